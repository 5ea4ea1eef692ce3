"""Consulting named at the industry question, even with a hedge, is professional services in the seven languages
(issue 14, played, nlu-findings: "je sais pas trop, conseil ?" was stored as industry "other"). The category: the
consulting words ("conseil", "advies", which elsewhere ask for advice, "Beratung", "consultoría", "consultoria",
"consulenza", "consulting") answered alone, a hedge before or after them; a hedge alone names no line of work.
Near misses: advice asked for, and a council, are no consulting firm."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("je sais pas trop, conseil ?", "fr"),
        ("conseil", "fr"),
        ("du conseil", "fr"),
        ("advies", "nl"),
        ("geen idee, advies denk ik", "nl"),
        ("not sure, consulting I guess", "en"),
        ("keine Ahnung, Beratung", "de"),
        ("no sé, consultoría?", "es"),
        ("não sei, consultoria", "pt"),
        ("non so, consulenza", "it"),
    ],
)
def test_consulting_answered_even_unsure_is_professional_services(text, lang):
    assert extract(text, now=NOW, lang=lang, field="industry").to_dict().get("industry") == "professional_services"


@pytest.mark.parametrize(
    ("text", "lang", "industry"),
    [
        ("j'ai besoin de conseil", "fr", "other"),
        ("ik wil advies", "nl", "other"),
        ("conseil municipal", "fr", "government"),
        ("euh, boulangerie", "fr", "hospitality"),
        ("je sais pas trop", "fr", None),
        ("keine Ahnung", "de", None),
    ],
)
def test_advice_asked_for_a_council_or_a_hedge_alone_is_no_consulting(text, lang, industry):
    assert extract(text, now=NOW, lang=lang, field="industry").to_dict().get("industry") == industry


def test_the_french_and_dutch_words_name_no_industry_outside_its_question():
    assert "industry" not in extract("conseil", now=NOW, lang="fr").to_dict()
    assert "industry" not in extract("advies", now=NOW, lang="nl", field="need").to_dict()
