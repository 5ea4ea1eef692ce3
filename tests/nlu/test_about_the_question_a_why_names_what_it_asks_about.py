"""A question about the question that names what it asks about ("why do you need my email?") names it: the lead
attribute (``nlu.about_the_question.named_attribute``), in the seven languages; a bare "why?" names none.

Issue 14: "why do you need my email?" asked at the name question got the name's reason. The question on screen
is not always the one asked about: the visitor may ask about one to come, or one answered earlier. The bot says
the reason of the attribute named, else the question's own.
"""

from __future__ import annotations

import pytest

from nlu.about_the_question import about_the_question, named_attribute

NAMED = [
    # email
    ("why do you need my email?", "email"), ("what do you need my email address for?", "email"),
    ("warum brauchen Sie meine E-Mail-Adresse?", "email"), ("pourquoi vous avez besoin de mon adresse e-mail ?", "email"),
    ("¿por qué necesitan mi correo?", "email"), ("porque é que precisam do meu email?", "email"),
    ("perché vi serve la mia email?", "email"), ("waarom hebben jullie mijn e-mailadres nodig?", "email"),
    # phone
    ("why do you want my phone number?", "phone"), ("wozu brauchen Sie meine Telefonnummer?", "phone"),
    ("pourquoi vous voulez mon numéro de téléphone ?", "phone"), ("¿para qué quieren mi teléfono?", "phone"),
    ("para que querem o meu telemóvel?", "phone"), ("a cosa vi serve il mio numero di telefono?", "phone"),
    ("waarom willen jullie mijn telefoonnummer?", "phone"),
    # budget
    ("why do you need to know our budget?", "budget"), ("wozu wollen Sie unser Budget wissen?", "budget"),
    ("pourquoi vous voulez savoir notre budget ?", "budget"), ("¿por qué necesitan saber nuestro presupuesto?", "budget"),
    ("porque querem saber o nosso orçamento?", "budget"), ("perché vi serve sapere il nostro budget?", "budget"),
    ("waarom willen jullie ons budget weten?", "budget"),
    # revenue
    ("why do you need our revenue?", "revenue"), ("why do you want to know our turnover?", "revenue"),
    ("warum fragen Sie nach unserem Umsatz?", "revenue"), ("pourquoi vous demandez notre chiffre d'affaires ?", "revenue"),
    ("¿por qué preguntan nuestra facturación?", "revenue"), ("porque perguntam o nosso faturamento?", "revenue"),
    ("perché vi serve il nostro fatturato?", "revenue"), ("waarom vragen jullie naar onze omzet?", "revenue"),
    # the others
    ("why do you need my name?", "name"), ("why does the company size matter?", "company_size"),
    ("why do you need my company name?", "company"), ("why do you need to know my job title?", "authority"),
    ("warum brauchen Sie unsere Branche?", "industry"), ("pourquoi vous voulez savoir notre pays ?", "location"),
    ("¿para qué quieren saber cuántos empleados tenemos?", "company_size"),
    ("perché vi serve sapere i nostri strumenti?", "tech_stack"),
]
BARE = ["why?", "why do you need that?", "warum wollen Sie das wissen?", "pourquoi cette question ?",
        "¿para qué es eso?", "para que serve isso?", "perché me lo chiede?", "waarom wilt u dat weten?"]
# What is no question about a question at all: a reason given, an answer, an FAQ.
NOT_ASKED = ["why we need leads: our pipeline is dry", "porque quieren ventas", "porque querem vendas",
             "my email is ana@firm.pt", "our budget is 10k",
             "what do you do with my data?", "can I change my email later?"]


@pytest.mark.parametrize("text, attribute", [(t, a) for t, a in NAMED if a])
def test_a_why_question_naming_an_attribute_is_read_with_the_attribute(text: str, attribute: str) -> None:
    assert about_the_question(text) == "why"
    assert named_attribute(text) == attribute


@pytest.mark.parametrize("text", BARE)
def test_a_why_question_naming_nothing_names_no_attribute(text: str) -> None:
    assert about_the_question(text) == "why"
    assert named_attribute(text) is None


@pytest.mark.parametrize("text", NOT_ASKED + [t for t, a in NAMED if a is None])
def test_a_message_that_asks_nothing_about_the_question_names_no_attribute(text: str) -> None:
    assert named_attribute(text) is None


@pytest.mark.parametrize("text, attribute", [
    ("do I have to give you my phone number?", "phone"), ("is the budget required?", "budget"),
    ("muss ich meinen Umsatz angeben?", "revenue"), ("¿es obligatorio el correo?", "email"),
])
def test_whether_an_attribute_must_be_given_names_it_too(text: str, attribute: str) -> None:
    assert about_the_question(text) == "must"
    assert named_attribute(text) == attribute
