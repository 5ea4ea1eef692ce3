"""German "Anfang des Jahres" was rewritten "early the jahres" and read as nothing; English "the start of the year",
"the middle of the year" and "mid-year" were not read either, nor their French, Spanish, Portuguese, Italian and
Dutch words (rewritten "early years"). Each must give what the English "early next year" / "mid next year" gives when
said in December (the next such part of a year), with "nächsten Jahres" still next year; a review called mid-year,
or "the year" in a phrase of no time, gives no date."""

from __future__ import annotations

from datetime import date

import pytest

from nlu import english
from nlu.text import Text
from nlu.timing import timing

NOW = date(2026, 12, 4)


def _when(text: str, lang: str) -> str | None:
    found = timing(Text.of(text), NOW, "timing", lang=lang)
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text", "english_text"), [
    ("en", "at the start of the year", "early next year"),
    ("en", "beginning of the year", "early next year"),
    ("en", "by the middle of the year", "mid next year"),
    ("en", "mid-year", "mid next year"),
    ("de", "Anfang des Jahres", "early next year"),
    ("de", "zu Beginn des Jahres", "early next year"),
    ("de", "bis Mitte des Jahres", "mid next year"),
    ("de", "Anfang nächsten Jahres", "early next year"),
    ("de", "Mitte nächsten Jahres", "mid next year"),
    ("de", "Ende nächsten Jahres", "end of next year"),
    ("de", "Ende des Jahres", "end of the year"),
    ("fr", "en début d'année", "early next year"),
    ("fr", "vers le milieu de l'année", "mid next year"),
    ("es", "a principios de año", "early next year"),
    ("es", "para mediados de año", "mid next year"),
    ("pt", "no início do ano", "early next year"),
    ("pt", "em meados do ano", "mid next year"),
    ("it", "a inizio anno", "early next year"),
    ("it", "entro metà anno", "mid next year"),
    ("nl", "begin van het jaar", "early next year"),
    ("nl", "halverwege het jaar", "mid next year"),
])
def test_a_part_of_the_year_reads_as_the_next_one(lang: str, text: str, english_text: str) -> None:
    expected = _when(english_text, "en")
    assert expected is not None  # the English must be read, or the comparison proves nothing
    assert _when(text, lang) == expected


def test_no_german_year_word_is_left_untranslated() -> None:
    for text in ("Anfang des Jahres", "Mitte des Jahres", "im Laufe des Jahres", "Anfang dieses Jahres", "Mitte nächsten Jahres"):
        assert "jahr" not in english.of(Text.of(text), "de").lower


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the mid-year review went well"),
    ("en", "best agency of the year"),
    ("de", "der Umsatz des Jahres war gut"),
    ("de", "Mitarbeiter des Jahres"),
])
def test_the_year_in_a_phrase_of_no_time_gives_no_date(lang: str, text: str) -> None:
    assert _when(text, lang) is None
