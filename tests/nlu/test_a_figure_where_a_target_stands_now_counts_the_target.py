"""Company size: a bare figure said as where things stand now ("currently at about 120") after a target that counts a
thing ("our target is 500 MQLs a quarter") is that thing's count, not the company's people (batch_50 stored 120
heads). Heads said as such after a target, or a count of people, are still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Our target is 500 MQLs a quarter, currently at about 120", "en"),
    ("We want 200 leads a month, currently at around 60", "en"),
    ("Goal is 1000 signups per month, right now we're at 300", "en"),
    ("aiming for 50 demos booked a month, we're at like 18 rn... right now we're at 18", "en"),
    ("target: 2k new subscribers by summer. currently ~650", "en"),
    ("we need 40 qualified leads a month, at the moment about 12", "en"),
    ("Unser Ziel sind 500 MQLs pro Quartal, aktuell sind wir bei etwa 120", "de"),
    ("Notre objectif est de 500 leads par trimestre, actuellement on est à environ 120", "fr"),
    ("Nuestro objetivo son 500 MQLs al trimestre, ahora mismo estamos en unos 120", "es"),
    ("O nosso objetivo são 500 leads por trimestre, atualmente estamos em cerca de 120", "pt"),
    ("Il nostro obiettivo è 500 lead a trimestre, attualmente siamo a circa 120", "it"),
    ("Ons doel is 500 leads per kwartaal, momenteel zitten we op ongeveer 120", "nl"),
])
def test_a_figure_where_a_target_stands_now_is_no_head_count(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None


@pytest.mark.parametrize(("text", "size"), [
    ("we're hiring fast, currently at about 120", 120),
    ("headcount target is 200 by next year, currently at about 120", 120),
    ("we want 500 leads a month; the team is currently at 35", 35),
    ("target is 500 MQLs a quarter, currently at about 120 people", 120),
    ("we get 300 leads a month, we're 25 people", 25),
])
def test_heads_said_as_such_beside_a_target_are_read(text: str, size: int) -> None:
    size_read = extract(text, None, now=NOW).company_size
    assert size_read is not None and (size_read.min, size_read.max) == (size, size)
