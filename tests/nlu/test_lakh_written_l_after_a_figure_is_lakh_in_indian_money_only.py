"""Lakh written "L" after a figure ("2.5L pm, can stretch to 3L", persona set 9's kavya in Bengaluru) is lakh when the
visitor counts Indian money (from India, or the rupee, lakh or crore said in the message): 250000-300000 INR a month.
Anywhere else, or followed by what litres and sizes are followed by ("3L of water", "a 500L tank", "L and XL"), the
"L" is no lakh."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high", [
    ("2.5L pm, can stretch to 3L if the leads are good", 250_000, 300_000),
    ("2.5L per month, can stretch to 3L", 250_000, 300_000),
    ("2.5 lakhs pm, can stretch to 3 lakhs", 250_000, 300_000),
    ("2.5 Lakh a month, max 3 Lakh", 250_000, 300_000),
    ("2.5 lacs per month", 250_000, 250_000),
    ("2.5 lac per month", 250_000, 250_000),
    ("budget 2.5L/month", 250_000, 250_000),
    ("2-3L pm", 200_000, 300_000),
])
def test_a_figure_in_lakh_at_the_budget_question_from_india_is_rupees_a_month(text, low, high):
    budget = extract(text, "budget", now=NOW, default_currency="INR").budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, "INR", "month")


@pytest.mark.parametrize("text, low", [
    ("budget ₹2.5L per month", 250_000),
    ("turnover ~6 cr, budget 2L a month", 200_000),
    ("we can do 4 lakh a month, maybe Rs 5L", 400_000),
])
def test_the_rupee_or_lakh_said_in_the_message_makes_an_l_lakh_from_anywhere(text, low):
    budget = extract(text, now=NOW, default_currency="USD").budget
    assert (budget.min, budget.currency, budget.period) == (low, "INR", "month")


def test_lakh_spent_in_the_past_is_no_budget():
    found = extract("lead gen mainly. we spent like 8L on FB ads via an agency last yr, mostly junk leads",
                    "need", now=NOW, default_currency="INR")
    assert found.budget is None


@pytest.mark.parametrize("text", [
    "we need 3L of water a day for the cafe",
    "the cafe has a 500L tank on the roof",
    "T-shirts in L and XL for the team",
    "size L please",
])
@pytest.mark.parametrize("currency", ["INR", "USD"])
def test_litres_and_sizes_are_no_lakh(text, currency):
    assert extract(text, now=NOW, default_currency=currency).budget is None


def test_an_l_after_a_figure_outside_indian_money_is_no_lakh():
    budget = extract("our budget is 2.5L pm", now=NOW, default_currency="USD").budget
    assert budget is None or budget.max < 1000
