"""Asking why we want the visitor's own budget or revenue is no question about our prices, in the seven languages
(issue 14, persona set 13: siobhán's "why do you need to know our budget?" is checked never to be answered with the
pricing text; the matcher found pricing for it at 0.86). The question on screen says why it is asked. Near misses: our
prices asked are the pricing entry ("how much do you charge?", "why is your pricing so high?"), and why we want their
email is the data entry."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "lang"), [
    ("why do you need to know our budget?", "en"), ("Warum wollen Sie wissen, wie hoch unser Budget ist?", "de"),
    ("pourquoi vous avez besoin de notre budget ?", "fr"), ("¿por qué preguntan nuestra facturación?", "es"),
    ("por que vocês precisam saber o nosso orçamento?", "pt"), ("perché vi serve sapere il nostro budget?", "it"),
    ("waarom willen jullie ons budget weten?", "nl"),
])
def test_why_we_ask_for_their_figure_is_not_the_pricing_entry(text: str, lang: str, localized_matchers) -> None:
    found = localized_matchers[lang].match(text, lang)
    assert found is None or found.entry != "pricing"


@pytest.mark.parametrize(("text", "entry"), [
    ("how much do you charge?", "pricing"), ("why is your pricing so high?", "pricing"), ("why do you need my email?", "data"),
])
def test_our_prices_or_their_email_asked_are_still_answered(text: str, entry: str, localized_matchers) -> None:
    found = localized_matchers["en"].match(text, "en")
    assert found is not None and found.entry == entry
