"""At the budget question, a bare figure said as how many the company is ("we're 40") counts people, not money."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, heads, budget", [
    ("we're 40, budget 10k", 40, 10000),
    ("wir sind 40, Budget 10k", 40, 10000),
    ("on est 40, budget 10k", 40, 10000),
    ("somos 40, presupuesto 10k", 40, 10000),
    ("siamo in 25 e il budget è 8 mila euro", 25, 8000),
    ("we zijn met 15, budget 5k per maand", 15, 5000),
    ("we are about 60 people and can spend 3k a month", 60, 3000),
])
def test_a_head_count_said_beside_the_budget_is_not_the_budget(text, heads, budget):
    out = extract(text, field="budget", now=NOW)
    assert out.company_size is not None and out.company_size.min == heads
    assert out.budget is not None and out.budget.min == budget


def test_a_head_count_alone_at_the_budget_question_is_no_budget():
    out = extract("we're 40", field="budget", now=NOW)
    assert out.budget is None and out.company_size.min == 40


@pytest.mark.parametrize("text, budget", [("40", 40), ("we're at 40k", 40000), ("we are 5k a month", 5000)])
def test_money_after_we_are_is_still_money(text, budget):
    assert extract(text, field="budget", now=NOW).budget.min == budget
