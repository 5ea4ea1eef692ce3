"""Timing, found in the widget: "liefst vóór de bouwvakantie" got "Sorry, I didn't catch that". The building trades'
collective summer holiday and firms' summer closing (the Dutch bouwvak, the Belgian bouwverlof, the German
Betriebsferien) are dates, before or after them as said; the other languages' summer holidays, la rentrée, Semana Santa,
Ferragosto and Carnaval already were. A closing said with no before or after ("we're closed for bouwverlof") is no
start."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("liefst vóór de bouwvakantie", "nl", "2027-07-01", "2027-07-20"),
    ("voor het bouwverlof", "nl", "2027-07-01", "2027-07-13"),
    ("vor den Betriebsferien", "de", "2027-07-01", "2027-07-15"),
    ("after the bouwvak", "en", "2027-08-15", "2027-09-30"),
    ("nach den Sommerferien", "de", "2027-08-15", "2027-09-30"),
    ("après la rentrée", "fr", "2027-09-01", "2027-10-31"),
    ("antes de Semana Santa", "es", "2027-03-01", "2027-03-28"),
    ("dopo Ferragosto", "it", "2027-08-16", "2027-09-15"),
    ("depois do Carnaval", "pt", "2027-02-09", "2027-03-15"),
])
def test_a_summer_closing_or_a_holiday_season_is_a_date(text: str, lang: str, low: str, high: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and low <= timing.target_date <= high


def test_a_closing_said_with_no_before_or_after_is_no_start() -> None:
    assert extract("we're closed for bouwverlof", None, now=NOW, lang="en").timing is None
