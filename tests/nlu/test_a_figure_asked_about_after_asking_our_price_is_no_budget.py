"""A figure in a question right after the visitor asks our price is the price they ask about, not their budget (issue
14, batch_55): "How much do you charge for a basic SEO package? like is 1.5k/month realistic?" became a budget of
1,500 a month (the question opened with "like"). In the seven languages; the visitor's own figure ("We have 1.5k/month.",
"we could do 2k a month?", a budget said before the price question) is still the budget."""

from __future__ import annotations

import pytest

from nlu.extract import extract


def _budget(text: str, lang: str) -> float | None:
    found = extract(text, now="2026-12-04", lang=lang).budget
    return found.min if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How much do you charge for a basic SEO package? like is 1.5k/month realistic?"),
    ("en", "How much do you charge? is it like 5k or 20k?"),
    ("de", "Was kostet ein einfaches SEO-Paket? so 1.500 € im Monat, ist das realistisch?"),
    ("fr", "Combien vous facturez pour un pack SEO de base ? genre 1 500 € par mois c'est réaliste ?"),
    ("es", "¿Cuánto cobran por un paquete SEO básico? tipo ¿1.500 € al mes es realista?"),
    ("pt", "Quanto vocês cobram por um pacote de SEO? tipo 1.500 € por mês é realista?"),
    ("it", "Quanto chiedete per un pacchetto SEO base? tipo 1.500 € al mese è realistico?"),
    ("nl", "Wat kost een basis SEO-pakket? zoiets als 1.500 euro per maand, is dat realistisch?"),
])
def test_a_figure_asked_about_after_our_price_is_no_budget(lang: str, text: str) -> None:
    assert _budget(text, lang) is None


@pytest.mark.parametrize(("text", "amount"), [
    ("How much do you charge for a basic SEO package? We have 1.5k/month.", 1500),
    ("what do you charge? we could do 2k a month?", 2000),
    ("we have 3k a month. what do you charge?", 3000),
])
def test_the_visitors_own_figure_beside_a_price_question_is_the_budget(text: str, amount: int) -> None:
    assert _budget(text, "en") == amount
