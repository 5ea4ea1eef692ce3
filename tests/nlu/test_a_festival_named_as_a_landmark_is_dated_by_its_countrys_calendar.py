"""Timing: a festival or holiday named as a landmark ("quero começar logo depois do carnaval", read as nothing in play)
is dated by the `holidays` library in the country that keeps it: Carnival, Eid and Ramadan, Songkran, Golden Week,
Pentecost, Ascension, Corpus Christi, Ferragosto, the fête nationale (Québec's 24 June for a visitor in Canada,
France's 14 July elsewhere), in the seven languages; "after" is the week after its last day. A name standing alone
("Carnival Cruise Line", "we're based in Corpus Christi", "our Ramadan campaign last year") is no landmark."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _last(country: str, name: str, categories: tuple[str, ...] = ("public",), subdiv: str | None = None) -> date:
    """The last day of the named holiday next year, as the library dates it (not a date written here by hand)."""
    days = holidays.country_holidays(country, subdiv=subdiv, years=2027, language="en_US", categories=categories)
    return max(d for d, n in days.items() if name in n.split("; "))


@pytest.mark.parametrize(("text", "lang", "field", "last"), [
    ("quero começar logo depois do carnaval", "pt", None, lambda: _last("BR", "Carnival", ("public", "optional"))),
    ("logo depois do carnaval", "pt", "timing", lambda: _last("BR", "Carnival", ("public", "optional"))),
    ("nach Karneval wollen wir starten", "de", None, lambda: _last("BR", "Carnival", ("public", "optional"))),
    ("we'd like to start after Eid", "en", None, lambda: _last("TR", "Eid al-Fitr")),
    ("after Golden Week we'd like to start", "en", None, lambda: _last("JP", "Children's Day")),
    ("we want to launch after Songkran", "en", None, lambda: _last("TH", "Songkran Festival")),
    ("nach Pfingsten wollen wir loslegen", "de", None, lambda: _last("NL", "Whit Monday")),
    ("on veut démarrer après l'Ascension", "fr", None, lambda: _last("NL", "Ascension Day")),
    ("vorremmo partire dopo Ferragosto", "it", None, lambda: _last("IT", "Assumption Of Mary Day")),
    ("on veut commencer après la fête nationale", "fr", None, lambda: _last("FR", "National Day")),
    ("on est à Montréal, on veut commencer après la fête nationale", "fr", None,
     lambda: _last("CA", "Saint John the Baptist Day", subdiv="QC")),
    ("na de pinksteren willen we beginnen", "nl", None, lambda: _last("NL", "Whit Monday")),
    ("queremos empezar después de Corpus Christi", "es", None, lambda: _last("PT", "Corpus Christi")),
])
def test_a_start_after_a_festival_is_the_week_after_its_last_day(text: str, lang: str, field: str | None, last) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == (last() + timedelta(days=7)).isoformat()


def test_ramadan_is_the_month_before_eid_al_fitr() -> None:
    eid = min(d for d, n in holidays.country_holidays("TR", years=2027, language="en_US").items() if n == "Eid al-Fitr")
    timing = extract("après le Ramadan on veut commencer", None, now=NOW, lang="fr").timing
    assert timing is not None and timing.target_date == (eid - timedelta(days=1) + timedelta(days=7)).isoformat()
    during = extract("during Ramadan we'd like to run ads", None, now=NOW, lang="en").timing
    assert during is not None and eid - timedelta(days=30) <= date.fromisoformat(during.target_date) < eid


@pytest.mark.parametrize("text", [
    "we're based in Corpus Christi and want to start in March",
    "we booked a Carnival Cruise Line trip, want to start in March",
    "our Ramadan campaign last year flopped, we want to start in March",
])
def test_a_festivals_name_standing_alone_is_no_landmark(text: str) -> None:
    timing = extract(text, None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-03")
