"""This year said of what happened to the business is no start, however long the subject of the fall (persona akosua,
tests/bot/test_truth_personas_heldout_12.py: "This year sales to the big farms dropped a lot so we want to reach more
distributors" was noted as a start in December 2026; "This year sales dropped" was already no start), in the seven
languages. Near misses stay a start: this year said as when the visitor wants to start."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Good afternoon. We run a poultry feed mill in Kumasi. This year sales to the big farms dropped a lot so we "
         "want to reach more distributors and agro-dealers.", "en"),
        ("This year sales to our biggest retail customers have dropped, we need more leads", "en"),
        ("Dieses Jahr sind die Verkäufe an die großen Farmen stark zurückgegangen, wir wollen mehr Händler erreichen", "de"),
        ("Cette année les ventes aux grandes fermes ont beaucoup baissé, on veut toucher plus de distributeurs", "fr"),
        ("Este año las ventas a las grandes granjas han caído mucho, queremos llegar a más distribuidores", "es"),
        ("Quest'anno le vendite alle grandi aziende agricole sono calate molto, vogliamo raggiungere più distributori", "it"),
        ("Este ano as vendas às grandes fazendas caíram muito, queremos chegar a mais distribuidores", "pt"),
        ("Dit jaar zijn de verkopen aan de grote boerderijen flink gedaald, we willen meer dealers bereiken", "nl"),
    ],
)
def test_this_year_said_of_a_fall_is_no_start(text: str, lang: str) -> None:
    for hint in (lang, None):
        assert extract(text, None, now=NOW, lang=hint).timing is None, hint


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we want to start this year", "en"),
        ("this year we want to reach more distributors", "en"),
        ("this year we need to get the sales to the big farms up", "en"),
        ("wir wollen dieses Jahr loslegen", "de"),
        ("on veut lancer ça cette année", "fr"),
        ("queremos empezar este año", "es"),
        ("vogliamo partire quest'anno", "it"),
        ("queremos começar este ano", "pt"),
        ("we willen dit jaar beginnen", "nl"),
    ],
)
def test_this_year_said_as_when_to_start_is_the_start(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated"
