"""A reply that is only a time with the other languages' "from" ("a partir do mês que vem", "à partir de mars",
"a partire da marzo", "vanaf maart", "ab März", "desde marzo") or "of next year" ("in het tweede kwartaal van volgend
jaar") is read as when, even without the question (the bot's free reading drops a date only the question's reading
finds in a reply this long)."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, month", [
    ("a partir do mês que vem", "pt", "2027-01"),
    ("à partir de mars", "fr", "2027-03"),
    ("a partire da marzo", "it", "2027-03"),
    ("vanaf maart", "nl", "2027-03"),
    ("ab März", "de", "2027-03"),
    ("desde marzo", "es", "2027-03"),
    ("from march", "en", "2027-03"),
])
def test_from_a_time_alone_is_the_timing(text, lang, month):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize("text, lang", [
    ("in het tweede kwartaal van volgend jaar", "nl"),
    ("im zweiten Quartal nächsten Jahres", "de"),
    ("au deuxième trimestre de l'année prochaine", "fr"),
    ("in Q2 next year", "en"),
])
def test_the_second_quarter_of_next_year_alone_is_the_timing(text, lang):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and "2027-04-01" <= timing.target_date <= "2027-06-30"


@pytest.mark.parametrize("text, lang", [
    ("a partir do mês que vem o preço sobe", "pt"),
    ("ab März sind wir im Urlaub", "de"),
])
def test_a_time_in_a_statement_of_something_else_is_no_timing(text, lang):
    assert extract(text, lang=lang, now=NOW).timing is None
