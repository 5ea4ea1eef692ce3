"""A sum a word names as the budget (or spend, or a grant for the work) is the budget; a bare sum beside it, which no
word names ("mostly new builds $600k-$1.2m"), gives way to it. Credit given in kind ("a Google Ad Grant ($10k/month
in free ad credit)") is no budget at all; a grant of money for the work is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high, currency, period", [
    ("Hi, Matt here from Kowhai Builders in Tauranga. 15 on the tools, mostly new builds $600k-$1.2m. After a decent "
     "website and maybe some Google ads, budget's about 8 grand for the site.", 8000, 8000, "NZD", None),
    ("We're a charity based in Bristol, 38 staff. We've got a Google Ad Grant ($10k/month in free ad credit) that we "
     "barely use. Looking for someone to manage it properly. Small budget — £1,500 a month tops.", None, 1500, "GBP", "month"),
    ("our listings are mostly $300k-$500k condos. we can spend about 2k a month", 2000, 2000, "USD", "month"),
    ("We're a food bank in Oregon, 30 staff. Need help with donor emails. We have a grant of 15000 for this.", 15000, 15000, "USD", None),
])
def test_the_sum_named_the_budget_is_the_budget(text, low, high, currency, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, period)


@pytest.mark.parametrize("text", [
    "we got a $10k google ad grant, how can you help",
    "We have the Google Ad Grant ($10,000 a month in ad credits) and need someone to run it",
])
def test_ad_credit_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


@pytest.mark.parametrize("text, amount", [("$3k a month", 3000), ("around 5k for the new site", 5000)])
def test_a_bare_sum_alone_is_still_the_budget(text, amount):
    assert extract(text, now=NOW).budget.min == amount


def test_a_bare_sum_of_the_same_order_before_a_named_one_is_not_dropped():
    # the figure now and where the budget could go are both read (here the later one, "now" said between)
    budget = extract("We're at $3k a month right now. Budget could go to 5k", now=NOW).budget
    assert budget.min == 5000 and budget.period == "month"


def test_an_ad_grant_said_with_its_verb_is_no_budget_and_the_fee_wanted_is():
    budget = extract("our ad grant is 10k/month but we want to pay an agency 1,500 a month to run it", now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (1500, 1500, "month")


def test_a_fee_paid_now_to_a_provider_is_still_no_budget():
    assert extract("currently paying our freelancer $2,500 a month for SEO", now=NOW).budget is None
