"""Budget: a sum said alone, with only a hedge or a shrug around it, at a question about something else ("meh 5k
maybe" at the industry question, read as the industry "other"), is a budget the visitor volunteers and no answer to
that question, in the seven languages; a figure alone with no sign of money ("meh 50 maybe") is no budget and
describes no business either; a sum in a sentence about the business and a sum at the head-count question are no
budget."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("meh 5k maybe", "en", "industry"),
    ("5k", "en", "industry"),
    ("$5,000", "en", "industry"),
    ("meh 5k maybe", "en", "location"),
    ("5k maybe", "en", "timing"),
    ("naja, vielleicht 5k", "de", "industry"),
    ("bof, 5k peut-être", "fr", "industry"),
    ("meh, quizás 5k", "es", "industry"),
    ("sei lá, uns 5 mil talvez", "pt", "industry"),
    ("boh, forse 5k", "it", "industry"),
    ("meh, misschien 5k", "nl", "industry"),
])
def test_a_sum_said_alone_is_a_budget_and_no_answer(text: str, lang: str, field: str) -> None:
    found = extract(text, field, now=NOW, lang=lang)
    assert found.budget is not None and (found.budget.min, found.budget.status) == (5000, "stated")
    assert found.industry is None


@pytest.mark.parametrize(("text", "field"), [
    ("meh 50 maybe", "industry"),
    ("we sell 5k units a month", "industry"),
    ("5k maybe", "company_size"),
])
def test_a_figure_that_is_no_sum_said_alone_is_no_budget(text: str, field: str) -> None:
    assert extract(text, field, now=NOW).budget is None


@pytest.mark.parametrize(("text", "lang"), [
    ("meh 50 maybe", "en"), ("50", "en"), ("bof, 50 peut-être", "fr"), ("boh, forse 50", "it"),
    ("naja, vielleicht 50", "de"), ("meh, quizás 50", "es"), ("sei lá, uns 50", "pt"), ("meh, misschien 50", "nl"),
])
def test_a_figure_alone_at_the_industry_question_describes_no_business(text: str, lang: str) -> None:
    assert extract(text, "industry", now=NOW, lang=lang).industry is None


def test_a_figure_in_a_sentence_about_the_business_still_describes_it() -> None:
    assert extract("we run 50 hotels", "industry", now=NOW).industry == "hospitality"
