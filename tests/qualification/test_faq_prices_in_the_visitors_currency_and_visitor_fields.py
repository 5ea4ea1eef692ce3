"""Prices the marketer gives per currency (``company.prices``) and the answer's fields from the conversation.

Issue 14: a German visitor asking the price was quoted in USD. The pricing text may quote amounts
(``{price.monthly_from}``) that the playbook gives in each currency the marketer prices in; a visitor whose country
uses one of them reads that amount, everyone else the default currency's. An amount is never shown beside a currency
it was not given in. A FAQ answer may quote the visitor's call-time zone (``{visitor.time_zone}``); while the
conversation does not know it, the sentence quoting it is left out.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from qualification import DEFAULT_PLAYBOOK, Playbook
from qualification.playbook import FaqEntry
from qualification.playbook_file import read_yaml
from qualification.schema import PlaybookError, parse_playbook
from qualification.translation import localized

RAW: dict[str, Any] = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))


def priced(prices: dict[str, Any], pricing: str = "Monthly programmes start at {price.monthly_from} a month.",
           german: str | None = "Monatliche Programme beginnen bei {price.monthly_from} im Monat.") -> Playbook:
    raw = copy.deepcopy(RAW)
    raw["company"]["prices"] = prices
    raw["company"]["pricing"] = pricing
    if german is not None:
        raw["company"]["translations"]["de"]["pricing"] = german
    return parse_playbook(raw)


def test_the_amount_is_in_the_visitors_currency_when_the_marketer_priced_in_it() -> None:
    playbook = priced({"monthly_from": {"USD": 5000, "EUR": 4500}})
    assert playbook.company.pricing_in("EUR", "en") == "Monthly programmes start at 4,500 EUR a month."
    german = localized(playbook, "de")
    assert german.company.pricing_in("EUR", "de") == "Monatliche Programme beginnen bei 4.500 EUR im Monat."


@pytest.mark.parametrize("currency", ["GBP", None, "CHF"])
def test_a_currency_the_marketer_did_not_price_in_gets_the_default_currencys_amount_never_a_relabelled_one(
    currency: str | None,
) -> None:
    playbook = priced({"monthly_from": {"USD": 5000, "EUR": 4500}})
    assert playbook.company.pricing_in(currency, "en") == "Monthly programmes start at 5,000 USD a month."


def test_every_amount_of_a_text_comes_from_one_currency() -> None:
    playbook = priced({"monthly_from": {"USD": 5000, "EUR": 4500}, "day_rate": {"USD": 1200}},
                      pricing="From {price.monthly_from} a month, or {price.day_rate} a day.", german=None)
    # No day rate in euros: both amounts in dollars, never euros for one and dollars for the other.
    assert playbook.company.pricing_in("EUR", "en") == "From 5,000 USD a month, or 1,200 USD a day."


def test_the_faq_answer_quotes_the_pricing_in_the_currency_asked_for() -> None:
    playbook = priced({"monthly_from": {"USD": 5000, "GBP": 4000}})
    pricing = next(e for e in playbook.faq if e.id == "pricing")
    assert playbook.faq_answer(pricing, currency="GBP") == "Monthly programmes start at 4,000 GBP a month."
    assert playbook.faq_answer(pricing) == "Monthly programmes start at 5,000 USD a month."


@pytest.mark.parametrize("prices, pricing, complaint", [
    ({"monthly_from": {"EUR": 4500}}, "From {price.monthly_from}.", "default currency (USD)"),
    ({"monthly_from": {"USD": 5000}}, "From {price.monthly}.", "unknown price {price.monthly}"),
    ({"monthly_from": {"USD": -5}}, "From {price.monthly_from}.", "positive number"),
    ({"monthly_from": {"USD": 5000, "EURO": 1}}, "From {price.monthly_from}.", "EURO"),
])
def test_a_price_the_playbook_cannot_quote_honestly_is_refused(
    prices: dict[str, Any], pricing: str, complaint: str
) -> None:
    with pytest.raises(PlaybookError) as refused:
        priced(prices, pricing=pricing, german=None)
    assert complaint in str(refused.value)


@pytest.mark.parametrize("prices, path, complaint", [
    ({"Monthly From": {"USD": 5000}}, "company.prices.Monthly From", "lower-case letters, digits and underscores"),
    ({"monthly_from": 5000}, "company.prices.monthly_from", "must map currency codes to amounts"),
    ({"monthly_from": {"USD": 5000, "XYZ": 1}}, "company.prices.monthly_from.XYZ", "not an ISO 4217 currency code"),
    ({"monthly_from": {"USD": 5000, "eur": 1}}, "company.prices.monthly_from.eur", "not an ISO 4217 currency code"),
    ({"monthly_from": {"USD": 0}}, "company.prices.monthly_from.USD", "must be a positive number"),
    ({"monthly_from": {"USD": "5000"}}, "company.prices.monthly_from.USD", "must be a positive number"),
    ({"monthly_from": {"USD": True}}, "company.prices.monthly_from.USD", "must be a positive number"),
])
def test_a_bad_price_name_currency_or_amount_is_named_at_the_price_or_currency_at_fault(
    prices: dict[str, Any], path: str, complaint: str
) -> None:
    # At the price or its currency, as the studio's price row shows it: never at a mapping key of its own.
    raw = copy.deepcopy(RAW)
    raw["company"]["prices"] = prices
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(raw)
    assert any(complaint in message for message in refused.value.errors.get(path, [])), refused.value.errors


def test_a_price_unknown_to_a_translation_of_the_pricing_text_is_refused() -> None:
    with pytest.raises(PlaybookError) as refused:
        priced({"monthly_from": {"USD": 5000}}, german="Ab {price.monatlich} im Monat.")
    assert "translations.de.pricing" in str(refused.value) and "{price.monatlich}" in str(refused.value)


def test_a_sentence_quoting_the_visitors_zone_is_left_out_until_the_zone_is_known() -> None:
    playbook = parse_playbook(RAW)
    entry = FaqEntry(id="zone", questions=("which time zone?",),
                     answer='Your call times are in {visitor.time_zone}. Tap "Other time zone" to change it.')
    assert playbook.faq_answer(entry) == 'Tap "Other time zone" to change it.'
    assert playbook.faq_answer(entry, visitor={"visitor.time_zone": "Central European Time, as you're in Berlin"}) \
        == 'Your call times are in Central European Time, as you\'re in Berlin. Tap "Other time zone" to change it.'


def test_the_default_playbooks_zone_answer_reads_whole_with_or_without_the_visitors_zone() -> None:
    playbook = parse_playbook(RAW)
    for lang in ("en", "de", "fr", "es", "pt", "it", "nl"):
        spoken = localized(playbook, lang)
        entry = next(e for e in spoken.faq if e.id == "time_zone")
        unknown = spoken.faq_answer(entry)
        known = spoken.faq_answer(entry, visitor={"visitor.time_zone": "ZONE"})
        assert unknown and "{" not in unknown and "ZONE" not in unknown, lang
        assert known and "ZONE" in known and known.endswith(unknown), lang


def test_an_unknown_field_of_the_visitor_is_refused_in_an_answer() -> None:
    raw = copy.deepcopy(RAW)
    raw["faq"][0]["answer"] = "Your zone: {visitor.zone}."
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(raw)
    assert "{visitor.time_zone}" in str(refused.value)
