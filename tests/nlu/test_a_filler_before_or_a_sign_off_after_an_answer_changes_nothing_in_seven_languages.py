"""A word that says nothing before an answer ("hmm", "well,", "ok so", "naja", "alors", "bueno,", "allora", "então",
"nou") or a sign-off after it ("thanks!", "cheers", ":)", an emoji, "danke", "merci", "gracias", "grazie", "obrigado",
"bedankt") changes nothing the extractor reads (issue 14, brittleness: bench/nlu_robustness.py's filler variations
broke 111 and 118 right answers; "Jane Doe thx" was no name, "tbh Acme" no firm). Near misses: a word that opens a
phrase with a meaning ("so far", "well over", "Ben from", "bon de") is no filler, nor is a laugh or a wave."""

from __future__ import annotations

import pytest

from nlu import extract
from nlu.fillers import trimmed

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "field", "lang", "path", "expected"),
    [
        ("Jane Doe thx", "name", "en", ("name",), "Jane Doe"),
        ("tbh Acme", "company", "en", ("company",), "Acme"),
        ("well, 2 weeks", "timing", "en", ("timing", "horizon_days"), 14),
        ("naja, Müller GmbH danke!", "company", "de", ("company",), "Müller GmbH"),
        ("also Anna Schmidt 🙂", "name", "de", ("name",), "Anna Schmidt"),
        ("alors, Dupont Conseil merci !", "company", "fr", ("company",), "Dupont Conseil"),
        ("bueno, María López gracias!", "name", "es", ("name",), "María López"),
        ("allora Giulia Rossi grazie mille", "name", "it", ("name",), "Giulia Rossi"),
        ("então, Padaria Central abraço", "company", "pt", ("company",), "Padaria Central"),
        ("nou ja, Jansen Installatie groetjes", "company", "nl", ("company",), "Jansen Installatie"),
    ],
)
def test_an_answer_between_a_filler_and_a_sign_off_is_read_as_the_answer_alone(text, field, lang, path, expected):
    read = extract(text, field=field, now=NOW, lang=lang).to_dict()
    value = read
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    assert value == expected, read


@pytest.mark.parametrize(
    "text",
    [
        "so far no budget",
        "well over 50 people",
        "Ben from Acme here",
        "bon de commande signé",
        "lol what budget",
        "this is Siobhan 👋",
        "hmm",
        "hm, na ja",  # fillers alone: no "ja" (yes) is left over
        "hmm ok",
        "euh, bon...",
        "allora, beh",
        "thanks!",
        "ok",
    ],
)
def test_a_word_that_opens_a_phrase_a_laugh_a_wave_or_a_filler_alone_stays(text):
    assert trimmed(text) == text


def test_over_fifty_said_with_well_is_still_more_than_fifty():
    read = extract("well over 50 people", field="company_size", now=NOW).to_dict()
    assert read["company_size"]["min"] > 50 or read["company_size"]["max"] is None, read


def test_ben_is_a_name_not_a_filler():
    assert extract("Ben from Acme here", field="name", now=NOW).name == "Ben"
