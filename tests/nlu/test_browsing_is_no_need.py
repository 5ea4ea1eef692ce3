""""just browsing" typed at the need question states no need in any of the seven languages: nothing is stored, so
the bot may ask again (issue 14); a need said beside it still counts."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "just browsing",
    "only looking around",
    "Just browsing for now :)",
    "just having a look",
    "I'm just looking",
    "nur am schauen",
    "ich schaue mich nur um",
    "je regarde juste",
    "juste pour voir",
    "solo estoy mirando",
    "sólo echando un vistazo",
    "só estou a ver",
    "estou só a dar uma olhada",
    "sto solo guardando",
    "do solo un'occhiata",
    "ik kijk alleen even rond",
    "gewoon even rondkijken",
])
def test_looking_around_at_the_need_question_stores_no_need(text: str) -> None:
    assert extract(text, "need", now=NOW).need is None


@pytest.mark.parametrize(("text", "category"), [
    ("just browsing, but our SEO is bad", "seo"),
    ("looking for a new website", "website"),
    ("we're curious about paid ads", "paid_ads"),
    ("nur am schauen, aber wir brauchen mehr Anfragen", "lead_generation"),
])
def test_a_need_said_beside_browsing_is_still_read(text: str, category: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and category in need.categories


def test_a_need_in_words_of_no_category_is_still_kept_as_said() -> None:
    need = extract("help me figure out our positioning vs competitors in the Nordics", "need", now=NOW).need
    assert need is not None and need.summary
