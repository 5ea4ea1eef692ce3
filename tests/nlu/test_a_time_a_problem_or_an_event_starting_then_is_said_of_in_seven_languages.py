"""Timing, from the persona runs (set 15): "this year" said of a problem, of less business or of a hard time is no
deadline in any of the seven languages ("Cette année, on a eu moins de nouveaux mandats", "Dit jaar is het hard gegaan"
became a start in December); a month an event starts in, wanted before it ("before the new financial year starts in
April"), is a deadline at the month's start, not mid-April. Wishes for this year, and a month said alone, keep theirs."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


@pytest.mark.parametrize(("text", "lang"), [
    ("This year we had fewer leads than ever.", "en"),
    ("This year has been tough.", "en"),
    ("Dieses Jahr hatten wir weniger Anfragen.", "de"),
    ("Cette année, on a eu moins de nouveaux mandats que d'habitude.", "fr"),
    ("Bonjour, nous sommes une fiduciaire à Lausanne. Cette année, on a eu moins de nouveaux mandats que d'habitude.", "fr"),
    ("Este año hemos tenido menos clientes.", "es"),
    ("Quest'anno abbiamo avuto meno clienti.", "it"),
    ("Este ano tivemos menos pedidos.", "pt"),
    ("Dit jaar is het hard gegaan.", "nl"),
])
def test_this_year_said_of_less_business_or_a_hard_time_is_no_deadline(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "lang"), [("Dit jaar is het hard gegaan", "nl"), ("Cette année a été difficile", "fr")])
def test_at_the_timing_question_too(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is None or timing.status != "stated"


@pytest.mark.parametrize("text", ["we want to launch this year", "this year we need less churn and a new site"])
def test_a_wish_for_this_year_is_still_a_deadline(text: str) -> None:
    timing = extract(text, None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == "2026-12-12"


@pytest.mark.parametrize(("text", "lang"), [
    ("before the new financial year starts in April", "en"),
    ("bevor das neue Geschäftsjahr im April beginnt", "de"),
    ("avant que le nouvel exercice commence en avril", "fr"),
    ("antes de que empiece el nuevo año fiscal en abril", "es"),
    ("prima che inizi il nuovo anno fiscale ad aprile", "it"),
    ("antes de o novo ano fiscal começar em abril", "pt"),
    ("voordat het nieuwe boekjaar in april begint", "nl"),
])
def test_before_an_event_that_starts_in_a_month_is_before_the_month(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and "2027-03-31" <= timing.target_date <= "2027-04-01"


@pytest.mark.parametrize(("text", "lang"), [
    ("we need the site before the new financial year starts in April", "en"),
    ("avant que le nouvel exercice commence en avril", "fr"),
    ("antes de que empiece el nuevo año fiscal en abril", "es"),
    ("antes de o novo ano fiscal começar em abril", "pt"),
])
def test_before_an_event_that_starts_in_a_month_is_before_the_month_in_free_text(text: str, lang: str) -> None:
    # (German, Italian and Dutch say it with a conjunction the rewrite leaves as it is, "bevor", "prima che", "voordat":
    # in free text it is no aim yet)
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and "2027-03-31" <= timing.target_date <= "2027-04-01"


def test_a_start_in_the_month_is_still_its_middle() -> None:
    timing = extract("we want to start in April", "timing", now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == "2027-04-15"
