"""More wordings of a question about a named attribute (``nlu.about_the_question``), found writing the bot's test
of a why that names another question: "what do you want my budget for?", "pourquoi demander notre budget ?",
"Muss ich Ihnen meine Telefonnummer geben?"."""

from __future__ import annotations

import pytest

from nlu.about_the_question import about_the_question, named_attribute


@pytest.mark.parametrize(("text", "kind", "attribute"), [
    ("and what do you want my budget for?", "why", "budget"),
    ("what do you need our revenue for?", "why", "revenue"),
    ("what will you use my email for?", "why", "email"),
    ("et pourquoi demander notre budget ?", "why", "budget"),
    ("pourquoi savoir notre chiffre d'affaires ?", "why", "revenue"),
    ("Muss ich Ihnen meine Telefonnummer geben?", "must", "phone"),
    ("muss ich euch unseren Umsatz nennen?", "must", "revenue"),
])
def test_the_question_and_what_it_names_are_read(text: str, kind: str, attribute: str) -> None:
    assert about_the_question(text) == kind
    assert named_attribute(text) == attribute


@pytest.mark.parametrize("text", [
    "what do you want for christmas?",
    "what do you need a budget for a website like ours?",
    "pourquoi demander un devis à trois agences ?",
    "muss ich Ihnen noch etwas schicken?",
    "we want our budget for next year to go further",
])
def test_near_misses_are_no_question_about_the_question(text: str) -> None:
    assert named_attribute(text) is None
