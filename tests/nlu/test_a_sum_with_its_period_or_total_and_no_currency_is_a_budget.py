"""A figure with money's period or its total right after it, and only hedges before it, is a sum in free text, with no
currency or budget word (issue 14): "so um die 1.500 im Monat" at a pending confirmation was not heard at all (the bot
hears from the free reading), nor "1500 a month", nor "this time maybe 15k total" at the need question. The currency is
the country's, then the default. Read for another question's field it stays unread, as before
(test_a_hedged_ceiling_a_period_is_the_budget). A count per period ("1.500
Besucher im Monat", "200 leads per month", "we get 2000 a month") and a total of a count ("1500 total customers") are
no money."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _budget(text: str, lang: str, field: str | None = None) -> tuple[float | None, str | None] | None:
    found = extract(text, field=field, now=NOW, lang=lang).budget
    return (found.min, found.period) if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "so um die 1.500 im Monat"), ("en", "1500 a month"), ("fr", "1 500 par mois"), ("es", "1.500 al mes"),
    ("pt", "1.500 por mês"), ("it", "1.500 al mese"), ("nl", "1.500 per maand"), ("en", "1.5k/mo"),
])
def test_a_sum_a_month_is_a_monthly_budget(lang: str, text: str) -> None:
    assert _budget(text, lang) == (1500, "month")


def test_a_sum_in_total_after_past_spend_is_a_one_time_budget() -> None:
    text = "we spent like 40k with our last agency and got nothing lol. this time maybe 15k total"
    assert _budget(text, "en") == (15000, "one_time")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "1.500 Besucher im Monat"), ("en", "1500 visits a month"), ("en", "200 leads per month"),
    ("en", "3 posts a week"), ("en", "we get 2000 a month"), ("en", "we have 1500 total customers"),
    ("nl", "we krijgen 1.500 bezoekers per maand"),
])
def test_a_count_a_month_or_in_total_is_no_money(lang: str, text: str) -> None:
    assert _budget(text, lang) is None
