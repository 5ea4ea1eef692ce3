"""A budget in the currency of any country visitors come from is compared with the scoring tiers.

The default playbook's exchange rates are what lets a budget in pesos or rand reach the tiers: with no rate a
budget cannot be compared and scores as unknown, so "80 mil pesos al mes" (about 52,000 USD a year) scored like no
budget at all. The countries are the ones visitors named in the labelled answers (every blind batch and the
corpus), so a batch from a new country asks for its rate here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.numbers import get_territory_currencies

from qualification import qualify

from .leads import attrs

NLU_TESTS = Path(__file__).resolve().parent.parent / "nlu"


def _currencies_visitors_use() -> list[str]:
    currencies: set[str] = set()
    for path in [NLU_TESTS / "corpus.jsonl", *sorted((NLU_TESTS / "blind").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            expect = json.loads(line)["expect"]
            if isinstance(expect.get("budget.currency"), str):
                currencies.add(expect["budget.currency"])
            if isinstance(expect.get("location.country"), str):
                currencies.update(get_territory_currencies(expect["location.country"], date(2026, 12, 4))[:1])
    return sorted(currencies)


def test_the_labelled_answers_name_currencies_well_beyond_the_big_five():
    assert len(_currencies_visitors_use()) >= 30


@pytest.mark.parametrize("currency", _currencies_visitors_use())
def test_the_default_playbook_has_a_rate_for_each_currency_visitors_use(playbook, currency):
    assert playbook.company.to_default_currency(1000, currency) is not None, currency


def test_a_monthly_budget_in_pesos_reaches_the_tier_its_dollar_value_does(playbook):
    def budget_points(**budget):
        return next(s for s in qualify(attrs(budget=budget), playbook).bant if s.letter == "budget").points

    # 80,000 MXN a month is about 52,000 USD a year: the top tier, as 4,320 USD a month is.
    in_pesos = budget_points(min=80000, max=80000, currency="MXN", period="month")
    assert in_pesos == budget_points(min=4320, max=4320, currency="USD", period="month") == 30
    # And a small budget stays small in any currency: 150,000 KES a month is about 13,900 USD a year.
    assert budget_points(min=150000, max=150000, currency="KES", period="month") < in_pesos


def test_every_rate_survives_being_written_as_json_and_read_back_as_yaml(playbook):
    # JSON writes 0.00006 as "6e-05", which YAML 1.1 reads as a string: the playbook written that way (as a test
    # fixture writes it, JSON being YAML) was refused, and every action failed ("must be a positive number").
    for currency, rate in playbook.company.exchange_rates.items():
        assert isinstance(yaml.safe_load(json.dumps(rate)), float), currency
