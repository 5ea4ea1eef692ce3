"""An amount heard before the country was known is confirmed in the country's currency (issue 14, found playing).

"so 1.500 im Monat" at the industry question, with no country yet, was heard in the playbook's default currency
(USD); the visitor then said "Graz", and the confirmation still said "ein Budget von etwa 1.500 $" while the stored
lead (re-read once given) had EUR. Given amounts were re-read in the country's currency, heard ones never: every
amount whose currency the visitor did not name now follows the country once it is known, heard or given, so the
line said and the lead agree. A currency the visitor named ("1.500 Dollar", "$1,500") never changes.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing import playbook  # noqa: F401
from tests.bot.test_form import tracker, validate

KNOWN = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Pichler",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}}
BEFORE_LOCATION = {**KNOWN, "industry": "manufacturing", "company_size": {"min": 34, "max": 34}}

# lang, an amount said at the industry question without a currency, the place said next, and its currency.
CASES = [
    ("de", "so 1.500 im Monat", "Graz", "EUR"),
    ("en", "maybe 2k a month", "Manchester", "GBP"),
    ("fr", "environ 1 500 par mois", "Genève", "CHF"),
    ("es", "unos 1.500 al mes", "Madrid", "EUR"),
    ("pt", "uns 1.500 por mês", "Lisboa", "EUR"),
    ("it", "circa 1.500 al mese", "Milano", "EUR"),
    ("nl", "ongeveer 1.500 per maand", "Gent", "EUR"),
]
NAMED = [("de", "so 1.500 Dollar im Monat", "Graz"), ("en", "maybe $2,000 a month", "Manchester")]


def heard_then_placed(lang: str, amount: str, place: str) -> tuple[dict[str, Any], list[str]]:
    with speaking(lang):
        first, _, _ = validate(tracker(amount, requested="industry", attributes=KNOWN))
        assert first["heard"]["attributes"].get("budget"), first
        slots, texts, _ = validate(tracker(place, requested="location", attributes=BEFORE_LOCATION,
                                          heard=first["heard"]))
    return slots, texts


@pytest.mark.parametrize(("lang", "amount", "place", "currency"), CASES)
def test_an_amount_heard_without_a_currency_is_confirmed_in_the_currency_of_the_place_said_later(
        lang: str, amount: str, place: str, currency: str) -> None:
    slots, texts = heard_then_placed(lang, amount, place)
    assert slots["heard"]["attributes"]["budget"]["currency"] == currency, slots["heard"]
    symbol = {"EUR": "€", "GBP": "£", "CHF": "CHF"}[currency]
    assert any(symbol in text for text in texts) and not any("$" in text for text in texts), texts


@pytest.mark.parametrize(("lang", "amount", "place"), NAMED)
def test_an_amount_heard_with_its_currency_keeps_it_when_the_place_is_said(lang: str, amount: str, place: str) -> None:
    slots, texts = heard_then_placed(lang, amount, place)
    assert slots["heard"]["attributes"]["budget"]["currency"] == "USD", slots["heard"]
