"""Number formats visitors use, read the same whatever the country."""

import pytest

from nlu.numbers import amounts, bound

CASES = [
    ("40k", 40000, 40000),
    ("€ 9.500", 9500, 9500),
    ("120 000 EUR", 120000, 120000),
    ("9,5k", 9500, 9500),
    ("1.2m", 1200000, 1200000),
    ("1,5 Mio.", 1500000, 1500000),
    ("12'000", 12000, 12000),
    ("10.000,50", 10000.5, 10000.5),
    ("2,500.75", 2500.75, 2500.75),
    ("5,00,000", 500000, 500000),
    ("2 lakh", 200000, 200000),
    ("3 crore", 30000000, 30000000),
    ("fifty thousand", 50000, 50000),
    ("a hundred and fifty", 150, 150),
    ("two and a half million", 2500000, 2500000),
    ("half a million", 500000, 500000),
    ("a couple hundred", 200, 200),
    ("twenty-five grand", 25000, 25000),
    ("a grand", 1000, 1000),
    ("10-20k", 10000, 20000),
    ("between 5 and 8 thousand", 5000, 8000),
    ("five to ten thousand", 5000, 10000),
    ("between two and three million", 2000000, 3000000),
    ("$10k-$15k", 10000, 15000),
    ("500k-1m", 500000, 1000000),
]


@pytest.mark.parametrize("text,low,high", CASES)
def test_formats(text, low, high):
    found = amounts(text.lower())
    assert len(found) == 1, found
    assert (found[0].min, found[0].max) == (low, high)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("up to 8k", (None, 8000)),
        ("no more than 8k", (None, 8000)),
        ("8k tops", (None, 8000)),
        ("at least 100k", (100000, None)),
        ("5k+", (5000, None)),
        ("over 250k", (250000, None)),
        ("50k or more", (50000, None)),
        ("around 50k", (50000, 50000)),
        ("just under 50k", (50000, 50000)),
    ],
)
def test_bounds(text, expected):
    lower = text.lower()
    (found,) = amounts(lower)
    assert bound(lower, found) == expected


@pytest.mark.parametrize("text", ["Q2", "GA4", "B2B", "24/7", "15.03.2027", "9:30", "v2", "x" * 50])
def test_things_that_are_not_amounts(text):
    assert amounts(text.lower()) == []


@pytest.mark.parametrize("text, low, high", [
    ("maybe two, two and a half thousand a month", 2000, 2500),
    ("5, maybe 6k", 5000, 6000),
    ("3, 4 thousand euros", 3000, 4000),
])
def test_a_bare_figure_hedged_upwards_to_a_scaled_one_is_a_range(text, low, high):
    [amount] = amounts(text)
    assert (amount.min, amount.max) == (low, high)


@pytest.mark.parametrize("text", ["we have 2 offices, 10k budget", "6, 5k"])
def test_figures_only_separated_by_a_comma_stay_apart(text):
    assert len(amounts(text)) == 2
