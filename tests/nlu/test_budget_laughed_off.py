"""A budget question laughed off ("lol what budget") says there is none (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", ["lol what budget", "haha budget? what budget", "what budget lol", "lmao what budget?"])
def test_the_budget_question_thrown_back_with_a_laugh_is_no_budget(text: str) -> None:
    budget = extract(text, "budget", now=NOW).budget
    assert budget is not None and budget.status == "none"


@pytest.mark.parametrize("text", ["what budget?", "what budget do you usually see?", "what budget would you recommend"])
def test_a_question_back_about_the_budget_is_no_answer(text: str) -> None:
    assert extract(text, "budget", now=NOW).budget is None
