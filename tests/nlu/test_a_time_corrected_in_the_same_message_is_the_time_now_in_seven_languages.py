"""Timing: a start corrected inside one message is the time corrected to (batch_67 #71 "Queremos arrancar en marzo,
no, mejor en abril" read March; persona thabo's "scratch February, make it March" read nothing), in the seven
languages: a bare "no" set off by commas with the language's "better" or "rather", or a time struck out ("scratch",
"vergiss", "oubliez", "olvida", "esquece", "lascia perdere", "vergeet") and the one said in its place. The new year
and German "am besten ab" are read in every language as English reads them. Near misses keep their reading."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"
MARCH, APRIL = ("2027-03-01", "2027-03-31"), ("2027-04-01", "2027-04-30")


def _target(text: str, lang: str, field: str | None = None) -> str | None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    return None if timing is None else timing.target_date


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We want to start in March, no, better April", "en"),
        ("start in March, no, April", "en"),
        ("Wir wollen im März starten, nein, lieber im April", "de"),
        ("On veut commencer en mars, non, plutôt en avril", "fr"),
        ("Queremos arrancar en marzo, no, mejor en abril", "es"),
        ("Vogliamo partire a marzo, no, meglio ad aprile", "it"),
        ("Queremos começar em março, não, melhor em abril", "pt"),
        ("We willen in maart starten, nee, liever in april", "nl"),
    ],
)
def test_a_time_said_again_after_a_no_is_the_time(text: str, lang: str) -> None:
    target = _target(text, lang)
    assert target is not None and APRIL[0] <= target <= APRIL[1]


@pytest.mark.parametrize(
    ("text", "lang", "field"),
    [
        ("scratch February, make it March", "en", None),
        ("Thabo Nkosi. oh and scratch February, make it March, Feb is our busiest month", "en", "name"),
        ("Vergiss Februar, lieber März", "de", None),
        ("Oubliez février, plutôt mars", "fr", None),
        ("Olvida febrero, mejor marzo", "es", None),
        ("Lascia perdere febbraio, meglio marzo", "it", None),
        ("Esquece fevereiro, melhor março", "pt", None),
        ("Vergeet februari, liever maart", "nl", None),
    ],
)
def test_a_time_struck_out_gives_way_to_the_one_said_in_its_place(text: str, lang: str, field: str | None) -> None:
    target = _target(text, lang, field)
    assert target is not None and MARCH[0] <= target <= MARCH[1]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We want to start in the new year", "en"),
        ("Wir wollen im neuen Jahr starten", "de"),
        ("On veut commencer dans la nouvelle année", "fr"),
        ("Queremos empezar en el año nuevo", "es"),
        ("Vogliamo partire nel nuovo anno", "it"),
        ("Queremos começar no ano novo", "pt"),
        ("We willen starten in het nieuwe jaar", "nl"),
    ],
)
def test_a_start_in_the_new_year_is_the_turn_of_the_year(text: str, lang: str) -> None:
    assert _target(text, lang) == "2027-01-01"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We need more leads, ideally from February", "en"),
        ("Wir brauchen mehr Leads, am besten ab Februar", "de"),
        ("Il nous faut plus de leads, idéalement à partir de février", "fr"),
        ("Necesitamos más clientes, idealmente a partir de febrero", "es"),
        ("Ci servono più contatti, possibilmente da febbraio", "it"),
        ("Precisamos de mais leads, de preferência a partir de fevereiro", "pt"),
        ("We hebben meer leads nodig, het liefst vanaf februari", "nl"),
    ],
)
def test_a_start_said_as_best_from_a_month_is_that_month(text: str, lang: str) -> None:
    target = _target(text, lang)
    assert target is not None and target.startswith("2027-02")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we want to start in March, no later than April", "en"),
        ("we want to start in March, no rush", "en"),
        ("we want to start in March, not April", "en"),
        ("Wir wollen im März starten, nicht im April", "de"),
        ("On veut commencer en mars, pas en avril", "fr"),
        ("Queremos arrancar en marzo, no en abril", "es"),
    ],
)
def test_a_no_that_corrects_nothing_keeps_the_first_time(text: str, lang: str) -> None:
    target = _target(text, lang)
    assert target is not None and MARCH[0] <= target <= MARCH[1]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("forget February, it's our busiest month", "en"),
        ("scratch the newsletter, make it a webinar", "en"),
        ("Feliz año nuevo a todos, necesitamos más clientes", "es"),
        ("Gelukkig nieuwjaar! We zoeken een nieuw bureau", "nl"),
    ],
)
def test_no_time_replaced_and_no_start_in_the_new_year_says_nothing_of_when(text: str, lang: str) -> None:
    assert _target(text, lang) is None
