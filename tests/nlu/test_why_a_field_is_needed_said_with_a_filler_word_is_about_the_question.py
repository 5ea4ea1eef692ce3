"""About the question: why the bot needs a field, asked with a filler word between the verb and the field ("Wozu
brauchen Sie eigentlich unser Budget?", persona set 12: answered with our price), is a question about the question in
the seven languages ("actually", "denn", "au juste", "realmente", "mesmo", "davvero", "eigenlijk"), naming the field.
A question with more in it ("..., was kostet das?") or about our price is none."""

from __future__ import annotations

import pytest

from nlu.about_the_question import about_the_question, named_attribute


@pytest.mark.parametrize(("text", "slot"), [
    ("Wozu brauchen Sie eigentlich unser Budget?", "budget"),
    ("Warum brauchen Sie denn meine E-Mail?", "email"),
    ("why do you actually need our budget?", "budget"),
    ("Pourquoi vous avez besoin de notre budget au juste ?", "budget"),
    ("Para qué necesitan realmente nuestro presupuesto?", "budget"),
    ("Porque é que precisam mesmo do nosso orçamento?", "budget"),
    ("Perché vi serve davvero il nostro budget?", "budget"),
    ("Waarvoor hebben jullie eigenlijk ons budget nodig?", "budget"),
    ("Por qué necesitan saber cuántos somos?", "company_size"),
    ("Porque é que precisam do meu email?", "email"),
])
def test_why_a_field_is_needed_with_a_filler_is_a_why_naming_the_field(text: str, slot: str) -> None:
    assert about_the_question(text) == "why"
    assert named_attribute(text) == slot


@pytest.mark.parametrize("text", [
    "Wozu brauchen Sie eigentlich ein Budget von uns, was kostet das?",
    "Was kostet das eigentlich?",
    "why do you actually charge that much?",
])
def test_a_question_with_more_or_about_our_price_is_not_about_the_question(text: str) -> None:
    assert about_the_question(text) is None
