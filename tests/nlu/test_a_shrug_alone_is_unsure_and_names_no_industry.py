""""bof", "meh", "boh", "sei lá" typed at the industry question were stored as the industry "other": an invented value.
A shrug alone is an unsure reply in each of the seven languages, which describes no business and states no value;
followed by words of its own it is no shrug ("bof, on fait des meubles" answers)."""

from __future__ import annotations

import pytest

from nlu.extract import extract
from nlu.replies import yes_or_no

NOW = "2026-12-04"
SHRUGS = [
    ("meh", "en"), ("hard to say", "en"), ("no clue", "en"), ("who knows", "en"),
    ("bof", "fr"), ("bof...", "fr"), ("je sais pas", "fr"),
    ("schwer zu sagen", "de"),
    ("quién sabe", "es"),
    ("sei lá", "pt"), ("quem sabe", "pt"),
    ("boh", "it"), ("chissà", "it"),
    ("moeilijk te zeggen", "nl"), ("pff", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), SHRUGS)
def test_a_shrug_alone_is_an_unsure_reply(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) == "unsure"


@pytest.mark.parametrize(("text", "lang"), SHRUGS)
def test_a_shrug_at_the_industry_question_names_no_industry(text: str, lang: str) -> None:
    assert extract(text, "industry", now=NOW, lang=lang).industry is None


@pytest.mark.parametrize(("text", "lang"), [
    ("bof, on fait des meubles", "fr"),  # a shrug, then the answer
    ("Boh Ltd", "en"),
    ("pfizer supplier", "en"),
    ("who knows what we'll need, we make boats", "en"),
])
def test_a_shrug_with_words_of_its_own_is_no_shrug(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) != "unsure"


def test_a_shrug_at_the_budget_question_says_the_budget_is_unknown() -> None:
    budget = extract("meh", "budget", now=NOW, lang="en").budget
    assert budget is not None and budget.status == "unknown" and budget.min is None and budget.max is None
