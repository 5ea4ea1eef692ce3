""""A new one by September" is when the visitor wants the thing: "one" there stands for the website, the app, the
CRM, not a figure to reach by then ("50 new clients by March" stays a goal, no start date), in seven languages."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, low, high", [
    ("school website is ancient, head teacher wants a new one by september", "en", 240, 301),
    ("our app is dying, we need a new one by march", "en", 87, 118),
    ("the crm is a mess, want a proper one in place by end of january", "en", 55, 59),
    ("website's from 2012, boss wants a better one by the summer", "en", 150, 300),
    ("die Schulwebsite ist uralt, die Schulleitung will bis September eine neue", "de", 240, 301),
    ("le site de l'école est vieux, la directrice en veut un nouveau pour septembre", "fr", 240, 301),
    ("la web del colegio es antigua, la directora quiere una nueva para septiembre", "es", 240, 301),
    ("o site da escola é antigo, a diretora quer um novo até setembro", "pt", 240, 301),
    ("il sito della scuola è vecchio, la preside ne vuole uno nuovo entro settembre", "it", 240, 301),
    ("de schoolwebsite is oud, de directeur wil voor september een nieuwe", "nl", 240, 301),
])
def test_a_new_one_by_a_date_is_when(text, lang, low, high):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and low <= timing.horizon_days <= high


@pytest.mark.parametrize("text", [
    "we want 50 new clients by march",
    "hoping to hit one million in sales by september",
    "aiming for one hundred reviews by summer",
])
def test_a_figure_to_reach_by_a_date_is_no_start(text):
    assert extract(text, lang="en", now=NOW).timing is None
