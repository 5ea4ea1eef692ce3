"""A start said with a verb of starting in the first person and a month, quarter or season is the visitor's start, in
free text as at the timing question, in the seven languages (issue 14, played: "on démarre en mars" gave no start; so
did "wir legen im März los", "cominciamo a giugno", "arrancamos em julho", whose verbs the rewrite leaves as they are).
Near misses: something else that starts then (a trade fair, a fiscal year, a course) is no start of the visitor's."""

from __future__ import annotations

import datetime as dt

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("on démarre en mars", "fr", 3),
        ("nous démarrons en mars", "fr", 3),
        ("on commence en avril", "fr", 4),
        ("on se lance au printemps", "fr", 4),
        ("nous commençons au deuxième trimestre", "fr", 5),
        ("arrancamos en abril", "es", 4),
        ("comenzamos en abril", "es", 4),
        ("iniciamos en primavera", "es", 4),
        ("partiamo a maggio", "it", 5),
        ("cominciamo a giugno", "it", 6),
        ("avviamo il progetto a maggio", "it", 5),
        ("começamos em junho", "pt", 6),
        ("arrancamos em julho", "pt", 7),
        ("a gente começa em agosto", "pt", 8),
        ("we kick off in March", "en", 3),
        ("we get going in April", "en", 4),
        ("wir legen im März los", "de", 3),
        ("im März legen wir los", "de", 3),
        ("wir fangen im April an", "de", 4),
        ("wir beginnen im Mai", "de", 5),
        ("we beginnen in maart", "nl", 3),
        ("we trappen in mei af", "nl", 5),
        ("in april gaan we van start", "nl", 4),
    ],
)
def test_a_start_said_with_a_verb_of_starting_is_the_start(text: str, lang: str, month: int) -> None:
    for field in (None, "timing"):
        timing = extract(text, field, now=NOW, lang=lang).timing
        assert timing is not None and timing.status == "stated", field
        assert timing.target_date is not None and dt.date.fromisoformat(str(timing.target_date)).month == month, field


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the trade fair starts in March", "en"),
        ("our fiscal year starts in April", "en"),
        ("le salon démarre en mars", "fr"),
        ("notre exercice commence en avril", "fr"),
        ("les cours commencent en mars", "fr"),
        ("la feria empieza en marzo", "es"),
        ("nuestro año fiscal comienza en abril", "es"),
        ("la fiera inizia a marzo", "it"),
        ("il nostro anno fiscale inizia ad aprile", "it"),
        ("a feira começa em março", "pt"),
        ("nosso ano fiscal começa em abril", "pt"),
        ("die Messe beginnt im März", "de"),
        ("die Kurse fangen im April an", "de"),
        ("de beurs begint in maart", "nl"),
        ("ons boekjaar begint in april", "nl"),
        ("in april gaan we naar Spanje", "nl"),
    ],
)
def test_something_else_that_starts_then_is_no_start(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None
