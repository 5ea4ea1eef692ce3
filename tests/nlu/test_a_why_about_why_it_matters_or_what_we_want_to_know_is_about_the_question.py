"""A why asking why something matters to us ("why is the size even important to you?") or why we need to know
a clause ("why do you need to know how much I want to spend?") is a question about the question, in the seven
languages, with the attribute it names; Swiss German's "ss" for "ß" reads as "ß" (issue 14, persona set 9:
"Wieso ist die Grösse für Sie überhaupt wichtig?" got "I didn't understand", and "Por que vocês precisam saber
quanto eu quero gastar?" got the pricing text instead of the budget's reason).

Answers and questions to us that share the words are no such question: a reason the visitor gives, what they
want to know about us, a question about our prices.
"""

from __future__ import annotations

import pytest

from nlu.about_the_question import about_the_question, named_attribute

# Why something matters to us, with the attribute it names (None: a demonstrative).
MATTERS = [
    # en
    ("why is company size important to you?", "company_size"), ("why is our revenue even relevant?", "revenue"),
    ("why's the budget so important?", "budget"), ("why does my job title matter to you?", "authority"),
    ("why is that even important to you guys?", None), ("why do you care how many people we have?", "company_size"),
    # de
    ("Wieso ist die Grösse für Sie überhaupt wichtig?", "company_size"),
    ("Warum ist die Größe für Sie wichtig?", "company_size"), ("Weshalb ist unser Umsatz relevant?", "revenue"),
    ("warum ist für euch das Budget so wichtig?", "budget"), ("wieso spielt die Branche eine Rolle?", "industry"),
    ("warum interessiert Sie unser Umsatz?", "revenue"), ("wieso ist das überhaupt wichtig?", None),
    # fr
    ("pourquoi la taille est importante pour vous ?", "company_size"),
    ("en quoi notre chiffre d'affaires est pertinent ?", "revenue"),
    ("pourquoi c'est important de savoir mon budget ?", "budget"), ("pourquoi le secteur vous intéresse ?", "industry"),
    # es
    ("¿por qué es tan importante el tamaño para ustedes?", "company_size"),
    ("¿por qué el presupuesto es importante?", "budget"), ("¿por qué les importa nuestra facturación?", "revenue"),
    # pt
    ("por que o tamanho é importante para vocês?", "company_size"), ("por que é importante o orçamento?", "budget"),
    ("porque é que o nosso faturamento é relevante?", "revenue"),
    # it
    ("perché è così importante la dimensione per voi?", "company_size"),
    ("perché il budget è importante?", "budget"), ("perché vi interessa il fatturato?", "revenue"),
    # nl
    ("waarom is de grootte voor jullie eigenlijk belangrijk?", "company_size"),
    ("waarom is ons budget relevant?", "budget"), ("waarom doet de omzet ertoe?", "revenue"),
]
# Why we need to know something asked as a clause.
CLAUSES = [
    # en
    ("why do you need to know how much I want to spend?", "budget"),
    ("why do you want to know how many people we are?", "company_size"),
    ("why do you need to know where we're based?", "location"), ("why are you asking how big we are?", "company_size"),
    # de
    ("Warum wollen Sie wissen, wie viel wir ausgeben?", "budget"),
    ("wieso müssen Sie wissen, wie gross wir sind?", "company_size"), ("warum fragen Sie, was wir verdienen?", "revenue"),
    # fr
    ("pourquoi vous voulez savoir combien je veux dépenser ?", "budget"),
    ("pourquoi avez-vous besoin de savoir combien on est ?", "company_size"),
    # es
    ("¿por qué necesitan saber cuánto quiero gastar?", "budget"), ("¿por qué quieren saber cuántos somos?", "company_size"),
    # pt
    ("Por que vocês precisam saber quanto eu quero gastar?", "budget"),
    ("por que querem saber quantos somos?", "company_size"), ("porque é que precisam de saber onde estamos?", "location"),
    # it
    ("perché volete sapere quanto voglio spendere?", "budget"), ("perché vi serve sapere quanti siamo?", "company_size"),
    # nl
    ("waarom willen jullie weten hoeveel ik wil uitgeven?", "budget"),
    ("waarom wilt u weten hoe groot we zijn?", "company_size"),
]
# The same words, said as a reason, an answer or a question about us: none is a question about the question.
NEAR_MISSES = [
    "why is the size of our pipeline important? because it's all we have",
    "the size is important to us because we are growing fast and need more leads every month",
    "we want to know how much it costs", "how much do you charge?", "what is important to you in a client?",
    "die Grösse ist uns wichtig", "wir wollen wissen, wie viel das kostet", "was kostet das?",
    "la taille est importante pour nous", "je veux savoir combien ça coûte",
    "el tamaño es importante para nosotros", "queremos saber cuánto cuesta",
    "o tamanho é importante para nós", "porque queremos saber quanto custa", "quanto custa?",
    "la dimensione è importante per noi", "vogliamo sapere quanto costa",
    "de grootte is belangrijk voor ons", "we willen weten hoeveel het kost",
]


@pytest.mark.parametrize("text, attribute", MATTERS + CLAUSES)
def test_a_why_about_what_matters_or_what_we_want_to_know_is_a_why_about_the_question(
        text: str, attribute: str | None) -> None:
    assert about_the_question(text) == "why"
    assert named_attribute(text) == attribute


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_reason_an_answer_or_a_question_about_us_with_the_same_words_is_none(text: str) -> None:
    assert about_the_question(text) is None
