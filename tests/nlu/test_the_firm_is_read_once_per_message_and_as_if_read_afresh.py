"""One extract reads a message's firm once, and the answer is the one a fresh read gives.

``nlu.extract`` asks ``nlu.identity.company`` for the same message up to three times (the company, the location's check
for a town inside the firm's name, ``nlu.needs`` blanking the firm's words) and ``points_at_the_firm`` four times: the
last answers are kept. Kept answers must be the answers: over the corpora (seven languages), every question and words
taken by a town said, the firm read with the kept answers is the firm read afresh. A message with no firm after a
title is not searched for the title at all (``titles.seniority_of`` costs the most of the company's readers).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlu import extract, identity, titles
from nlu.text import Text

ROOT = Path(__file__).resolve().parent
_HELD_OUT = {f"batch_{n}.jsonl" for n in (54, 56, 58, 60, 62, 64)}  # read by the accuracy bench only
_FILES = [ROOT / "corpus.jsonl", *(p for p in sorted((ROOT / "blind").glob("*.jsonl")) if p.name not in _HELD_OUT)]
_TEXTS = [
    json.loads(line)["text"]
    for path in _FILES
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _fresh(text: Text, field: str | None, taken: set[str]) -> str | None:
    identity._firm_named.cache_clear()
    identity.points_at_the_firm.cache_clear()
    return identity.company(text, field, taken)


def test_the_firm_kept_is_the_firm_read_afresh_over_the_corpora():
    differ = []
    for raw in _TEXTS:
        text = Text.of(raw)
        town = raw.split()[-1].lower() if raw.split() else ""
        asked = [(field, taken) for field in (None, "company", "name", "need") for taken in (set(), {town})]
        fresh = [_fresh(text, field, taken) for field, taken in asked]
        kept = [
            identity.company(text, field, taken) for field, taken in asked
        ]  # in turn, with what the calls before kept
        kept_again = [identity.company(text, field, taken) for field, taken in reversed(asked)][::-1]
        if not fresh == kept == kept_again:
            differ.append(raw)
    assert not differ


@pytest.mark.parametrize(
    "said",
    [
        "we need more leads for our bakery",
        "wir brauchen mehr Anfragen für unsere Bäckerei",
        "on a besoin de plus de clients pour la boulangerie",
        "necesitamos más clientes para la panadería",
        "precisamos de mais clientes para a padaria",
        "ci servono più clienti per il panificio",
        "we hebben meer klanten nodig voor de bakkerij",
    ],
)
def test_a_message_with_no_firm_after_a_title_is_not_searched_for_a_title(said, monkeypatch):
    calls = []
    real = titles.seniority_of
    monkeypatch.setattr(titles, "seniority_of", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    identity._firm_named.cache_clear()
    assert identity.company(Text.of(said), None) is None
    assert calls == []


@pytest.mark.parametrize(
    ("said", "firm"),
    [
        ("Tom Becker, CFO, Northwind Freight", "Northwind Freight"),  # a firm after the title is still read
        ("Geschäftsführer bei Holzbau Becker", "Holzbau Becker"),
        ("directora de marketing en Grupo Almazara", "Grupo Almazara"),
        ("hoofd marketing bij Bakkerij Van Dam", "Bakkerij Van Dam"),
    ],
)
def test_a_firm_after_a_title_is_still_read(said, firm):
    identity._firm_named.cache_clear()
    assert identity.company(Text.of(said), None) == firm


def test_one_extract_reads_the_firm_of_its_message_once():
    identity._firm_named.cache_clear()
    extract("we're a small bakery and need more orders", now="2026-12-05")
    assert identity._firm_named.cache_info().misses == 1  # the company, and needs' firm, asked for once each: one read
