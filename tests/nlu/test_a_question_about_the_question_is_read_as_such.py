"""A visitor's question about the question asked ("why do you need that?", "do I have to answer?", "what do you
mean?") is read as such, in the bot's seven languages; an answer with the same words in it is not (issue 14)."""

from __future__ import annotations

import pytest

from nlu.about_the_question import about_the_question

WHY = [
    # en
    "why do you need to know that?", "what's that for?", "why do you ask?", "Why do you want to know?",
    "why are you asking me this", "why does that matter?", "why is that relevant", "what do you need that for?",
    "hmm, why do you need my email?", "what will you do with that info?", "why?", "what for?",
    "ok but why do you need this", "why would you need that", "how is that relevant?", "why is this important?",
    # de
    "Warum wollen Sie das wissen?", "wozu brauchen Sie das?", "wieso fragen Sie das?", "Wofür ist das?",
    "warum ist das wichtig?", "weshalb brauchen Sie meine E-Mail?", "wozu?",
    # fr
    "pourquoi vous voulez savoir ça ?", "ça sert à quoi ?", "pourquoi cette question ?", "à quoi ça sert ?",
    "pourquoi avez-vous besoin de savoir cela ?", "pourquoi vous me demandez ça", "c'est pour quoi faire ?",
    # es
    "¿por qué necesitan saber eso?", "¿para qué es eso?", "¿por qué lo pregunta?", "¿para qué lo necesitan?",
    "por qué quiere saberlo", "¿y eso para qué sirve?", "¿por qué es importante?",
    # pt
    "porque é que precisam de saber isso?", "para que é isso?", "porque pergunta isso?", "para que serve isso?",
    "por que vocês querem saber?", "pra que vocês precisam disso?",
    # it
    "perché vi serve saperlo?", "a cosa serve?", "perché me lo chiede?", "perché volete saperlo?",
    "a cosa vi serve questo?", "perché è importante?",
    # nl
    "waarom wilt u dat weten?", "waarvoor is dat?", "waarom vraagt u dat?", "waar is dat voor nodig?",
    "waarom hebben jullie dat nodig?", "waarom is dat belangrijk?",
]
MUST = [
    # en
    "do I have to answer this?", "is this required?", "can I skip this?", "do I need to answer that?",
    "is that mandatory", "is this question optional?", "must I answer?", "can I skip this one?",
    "what if I don't want to answer?", "do you really need that?", "can I leave this out?", "is it necessary?",
    # de
    "muss ich das beantworten?", "ist das Pflicht?", "kann ich das überspringen?", "ist die Frage freiwillig?",
    "muss ich darauf antworten?", "ist das notwendig?",
    # fr
    "je dois répondre ?", "c'est obligatoire ?", "je peux passer cette question ?", "est-ce que je suis obligé de répondre ?",
    "est-ce obligatoire ?", "c'est facultatif ?",
    # es
    "¿tengo que responder?", "¿es obligatorio?", "¿puedo saltarme esta pregunta?", "¿es necesario?",
    "¿debo contestar eso?", "¿puedo no responder?",
    # pt
    "tenho de responder?", "é obrigatório?", "posso saltar esta pergunta?", "posso pular essa?",
    "tenho que responder isso?", "é opcional?",
    # it
    "devo rispondere?", "è obbligatorio?", "posso saltare questa domanda?", "è facoltativo?",
    "devo per forza rispondere?", "posso non rispondere?",
    # nl
    "moet ik dat beantwoorden?", "is dat verplicht?", "kan ik deze vraag overslaan?", "is het nodig?",
    "moet ik daar op antwoorden?", "is dit optioneel?",
]
MEANING = [
    "what do you mean?", "what do you mean by that?", "what does that mean?", "I don't understand the question",
    "sorry, what do you mean by budget?",
    "was meinen Sie?", "wie meinen Sie das?", "ich verstehe die Frage nicht",
    "qu'est-ce que vous voulez dire ?", "c'est-à-dire ?", "je ne comprends pas la question",
    "¿qué quiere decir?", "¿a qué se refiere?", "no entiendo la pregunta",
    "o que quer dizer?", "como assim?", "não percebo a pergunta",
    "cosa intende?", "cosa vuol dire?", "non capisco la domanda",
    "wat bedoelt u?", "wat bedoel je daarmee?", "ik begrijp de vraag niet",
]
# Answers that share the words: each says something of its own.
ANSWERS = [
    "why we need leads: our pipeline is dry",
    "we need it for more leads",
    "why? because our pipeline is dry and we need leads",
    "do I have to answer? fine, about 50 people",
    "what do you mean by budget? we have about 10k a month",
    "it's required by the board that we grow 20%",
    "SEO is mandatory for us",
    "the budget is optional, depends on results",
    "is 5k a month enough?",
    "what do you charge?",
    "why not",
    "skip",
    "I'd rather not say",
    "warum nicht",
    "wir brauchen mehr Leads, deshalb frage ich",
    "pourquoi pas",
    "on a besoin de plus de leads, c'est pour ça",
    "por qué no",
    "perché no, siamo in 20",
    "waarom niet",
    "we weten het niet, misschien 10k",
    "what's your price for SEO?",
    "what do you do with my data?",
    "which services do you offer?",
]


@pytest.mark.parametrize("text", WHY)
def test_asking_why_the_question_is_asked_is_read_as_why(text: str) -> None:
    assert about_the_question(text) == "why"


@pytest.mark.parametrize("text", MUST)
def test_asking_whether_an_answer_is_needed_is_read_as_must(text: str) -> None:
    assert about_the_question(text) == "must"


@pytest.mark.parametrize("text", MEANING)
def test_asking_what_the_question_means_is_read_as_meaning(text: str) -> None:
    assert about_the_question(text) == "meaning"


@pytest.mark.parametrize("text", ANSWERS)
def test_an_answer_or_another_question_with_the_same_words_is_not_about_the_question(text: str) -> None:
    assert about_the_question(text) is None
