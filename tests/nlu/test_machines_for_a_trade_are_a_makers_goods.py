"""Industry: machines for a trade are made or sold by a maker of goods, in the seven languages (persona set 12's
martín: "maquinaria agrícola" was 'other'; "máquinas agrícolas", "Landmaschinen", "landbouwmachines" too, while
"machines agricoles" and "agricultural machinery" said agriculture): manufacturing, the head noun deciding. A farm and
its produce stay agriculture."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "maquinaria agrícola", "paso, maquinaria agrícola", "vendemos maquinaria agrícola", "máquinas agrícolas", "Landmaschinen",
    "wir verkaufen Landmaschinen", "machines agricoles", "macchine agricole", "landbouwmachines", "agricultural machinery",
    "construction machinery",
])
def test_machines_for_a_trade_are_manufacturing(text: str) -> None:
    assert extract(text, "industry", now=NOW).industry == "manufacturing"


@pytest.mark.parametrize("text", ["we're a dairy farm", "kiwifruit producers", "we grow apples", "somos agricultores"])
def test_a_farm_and_its_produce_stay_agriculture(text: str) -> None:
    assert extract(text, "industry", now=NOW).industry == "agriculture"
