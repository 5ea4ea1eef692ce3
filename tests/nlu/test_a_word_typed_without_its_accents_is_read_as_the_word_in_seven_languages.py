"""A word the readers know with accents, typed without them or with German's umlauts spelt out, is read as the word
(issue 14, brittleness: bench/nlu_robustness.py's no_accents kept 75.6% of the right answers right, umlauts_spelled
75.4%). What is typed without accents and is another real word ("schon" for "schön", Spanish "ano" for "año",
English "debut" for "début") stays as written: it may be that word (nlu.typos)."""

from __future__ import annotations

import pytest

from nlu import extract
from nlu.typos import corrected

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "field", "lang", "path", "expected"),
    [
        ("Geschaftsfuhrer", "authority", "de", ("authority", "seniority"), "c_level"),
        ("CHF 80'000 jahrlich", "budget", "de", ("budget", "period"), "year"),
        ("oeffentliche Verwaltung", "industry", "de", ("industry",), "government"),
        ("Spaetestens Ende Maerz", "timing", "de", ("timing", "target_date"), "2027-03-31"),
        ("Anfang Marz", "timing", "de", ("timing", "target_date"), "2027-03-06"),
        ("no início do proximo ano", "timing", "pt", ("timing", "target_date"), "2027-01-31"),
        ("a concorrencia gasta uns 30 mil por mês", None, "pt", ("budget",), None),
        ("unos 2.000 euros al mes a partir del proximo mes", "budget", "es", ("budget", "period"), "month"),
        ("siamo una societa di consulenza", None, "it", ("industry",), "professional_services"),
        ("we zijn gevestigd in Belgie", None, "nl", ("location", "country"), "BE"),
        ("we run a small cafe in Leeds", None, "en", ("industry",), "hospitality"),
    ],
)
def test_a_word_typed_without_its_accents_is_read_as_with_them(text, field, lang, path, expected):
    read = extract(text, field=field, now=NOW, lang=lang).to_dict()
    value = read
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    assert value == expected, read


@pytest.mark.parametrize(
    ("typed", "written", "field", "lang"),
    [
        ("fin du deuxieme trimestre", "fin du deuxième trimestre", "timing", "fr"),
        ("Geschaftsfuhrerin, entscheide allein", "Geschäftsführerin, entscheide allein", "authority", "de"),
        ("no início do proximo ano", "no início do próximo ano", "timing", "pt"),
    ],
)
def test_typed_without_accents_reads_as_written_with_them(typed, written, field, lang):
    read = extract(typed, field=field, now=NOW, lang=lang).to_dict()
    assert read and read == extract(written, field=field, now=NOW, lang=lang).to_dict()


@pytest.mark.parametrize("word", ["schon", "ano", "debut", "esta", "mas", "pais", "publico", "Ende"])
def test_a_word_typed_without_accents_that_is_another_real_word_stays_as_written(word):
    assert corrected(word) == word


def test_the_accents_given_back_keep_the_capital_the_visitor_typed():
    assert corrected("Geschaeftsfuehrer, ab Maerz") == "Geschaeftsfuehrer, ab März"
    assert corrected("Spaetestens") == "Spätestens"
