"""A month named in the visitor's own language needs no English cue, and "first of the year" is 1 January next.

"March" and "May" are English verbs, so alone they need a cue ("in", "by") to be months. "Março", "mars",
"März", "maart", "marzo", "mayo", "maio", "mai", "maggio", "mei" are nothing else, so the month translated
from them is read after words the English cue list does not know ("lá pra março", persona set 9's rogério).
"The first of the year" is the turn of the year, read like "new year" (persona set 9's travis).
"""

from __future__ import annotations

from datetime import date

import pytest

from nlu.extract import extract

NOW = date(2026, 12, 4)


def _target(text: str, lang: str | None = None) -> str | None:
    found = extract(text, field="timing", now=NOW, lang=lang).timing
    return found.target_date if found else None


@pytest.mark.parametrize(("text", "lang"), [
    ("depois do carnaval, lá pra março", "pt"),
    ("lá pra março", "pt"),
    ("hacia marzo más o menos", "es"),
    ("verso marzo direi", "it"),
    ("so gegen März", "de"),
    ("ergens rond maart", "nl"),
    ("plutôt vers mars", "fr"),
])
def test_march_in_the_visitors_language_is_the_coming_march(text: str, lang: str) -> None:
    assert (_target(text, lang) or "")[:7] == "2027-03"


@pytest.mark.parametrize(("text", "lang"), [("lá pra maio", "pt"), ("rond mei", "nl"), ("so gegen Mai", "de")])
def test_may_in_the_visitors_language_is_the_coming_may(text: str, lang: str) -> None:
    assert (_target(text, lang) or "")[:7] == "2027-05"


@pytest.mark.parametrize("text", ["we march on regardless", "it may be later, who knows", "tudo bem, o mar está calmo"])
def test_the_english_verbs_and_the_word_for_sea_stay_no_month(text: str) -> None:
    assert _target(text) is None


@pytest.mark.parametrize("text", [
    "first of the year",
    "the first of the year. and to answer your earlier question properly - marketing spend is my call now, "
    "only stuff over 60k a year has to go past my sister",
    "from the 1st of the year ideally",
    "we'd start on the first of the year",
])
def test_the_first_of_the_year_is_the_first_of_january_next(text: str) -> None:
    assert _target(text) == "2027-01-01"


def test_after_the_first_of_the_year_is_a_little_after_it() -> None:
    assert "2027-01-02" <= (_target("after the first of the year") or "") <= "2027-01-15"


@pytest.mark.parametrize("text", ["we were 9 at the start of the year", "the first of the year was slow for us"])
def test_the_year_begun_in_the_past_is_no_start_date(text: str) -> None:
    assert _target(text) is None


def test_a_french_marche_is_no_march() -> None:
    assert _target("On cherche un nouveau marché, pas de date", "fr") is None
