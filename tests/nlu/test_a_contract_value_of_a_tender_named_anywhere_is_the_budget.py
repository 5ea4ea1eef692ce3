"""The contract value of a tender the visitor runs is their budget even when the tender is named in another sentence
("... run this through a formal bid. ... Estimated contract value is $95,000–$110,000 over 2 years. Can you respond to
a public RFP?"); a contract value of the visitor's own sales, with no tender, stays a metric."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high", [
    ("We're a county government in Colorado (Larimer area) and have to run this through a formal bid. Our IT policy "
     "requires SOC 2 Type II. Estimated contract value is $95,000–$110,000 over 2 years. Can you respond to a public RFP?", 95_000, 110_000),
    ("Estimated contract value is £60,000. The invitation to tender goes out in January.", 60_000, 60_000),
])
def test_the_tenders_contract_value_is_the_budget(text, low, high):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text", [
    "we sell software, average contract value is 40k",
    "our typical contract value is around $25k and we want more demos",
])
def test_a_contract_value_of_their_own_sales_is_no_budget(text):
    assert extract(text, now=NOW).budget is None
