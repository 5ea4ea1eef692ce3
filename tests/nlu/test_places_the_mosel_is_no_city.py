"""The Mosel, a river and wine region, is no city: Mosul's German alternate name made "ein Weingut an der Mosel" a
firm in Iraq. Said in the seven languages it places nobody in Iraq; Mosul named as such still does (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "wir sind ein Weingut an der Mosel",
    "Weingut an der Mosel, 6 Leute",
    "we're a winery on the Mosel",
    "un domaine viticole sur la Moselle",
    "una bodega vinícola junto al Mosela",
    "uma empresa vinícola no vale do Mosela",
    "una cantina sulla Mosella",
    "een wijnmakerij aan de Moezel",
])
def test_the_mosel_places_nobody_in_iraq(text: str) -> None:
    location = extract(text, now=NOW).location
    assert location is None or location.country != "IQ"


def test_mosul_named_as_such_is_still_in_iraq() -> None:
    location = extract("we're based in Mosul", now=NOW).location
    assert location is not None and location.country == "IQ"
