"""An average per deal the visitor's business earns ("19 clients, avg retainer $1,800", "average project is 12k") is a
metric, not a budget; their own budget beside it still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "I run a small marketing agency (4 ppl) in Denver and I'm after a white-label SEO partner. We have 19 clients, avg retainer $1,800. What's your wholesale rate?",
    "our average project is around 12k and we want more of them",
    "typical engagement for us is $25k",
])
def test_an_average_per_deal_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


def test_a_budget_beside_an_average_deal_is_the_budget():
    budget = extract("avg retainer of our clients is $1,800. our own budget for seo is 3k a month", now=NOW).budget
    assert (budget.min, budget.period) == (3000, "month")
