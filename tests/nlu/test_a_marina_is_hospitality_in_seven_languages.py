"""A marina is hospitality, as a golf club or a leisure centre is (blind: "we run a marina on the gold coast" gave no
industry), in the languages that name it apart ("Yachthafen", "port de plaisance", "puerto deportivo", "porto turistico",
"jachthaven"; Portuguese and Italian say "marina" too). Near miss: a boat built is no marina."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("we run a marina on the gold coast, berths go for $450/month", "en"), ("wir betreiben einen Yachthafen am Bodensee", "de"),
    ("un port de plaisance à La Rochelle", "fr"), ("somos un puerto deportivo en Mallorca", "es"),
    ("gerimos uma marina no Algarve", "pt"), ("gestiamo un porto turistico in Liguria", "it"), ("we hebben een jachthaven in Zeeland", "nl"),
])
def test_a_marina_is_hospitality(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == "hospitality"
