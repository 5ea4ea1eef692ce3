"""Company size and authority: "sole proprietor", "sole proprietorship", "Einzelunternehmer", "eenmanszaak" name the
legal form a business is owned in, and such a business may employ staff ("Sole proprietor, electrical contracting,
Calgary", batch_59 read a company of one): they make the visitor its owner and count no one; working alone said as
such ("sole trader", "just me", "ich bin allein", "zzp'er", "soy autónomo") stays a company of one, and a count said
beside the legal form is the count."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Sole proprietor, electrical contracting, Calgary", "en"),
    ("sole proprietorship, plumbing, Denver", "en"),
    ("Einzelunternehmer, Elektroinstallation, Graz", "de"),
    ("ik heb een eenmanszaak in loodgieterswerk", "nl"),
    ("j'ai une entreprise individuelle de plomberie à Lyon", "fr"),
    ("ho una ditta individuale, idraulico a Torino", "it"),
    ("sou empresário em nome individual, canalizador em Braga", "pt"),
])
def test_a_one_owner_legal_form_counts_no_one(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None


def test_a_sole_proprietor_is_the_businesss_owner_who_decides() -> None:
    authority = extract("Sole proprietor, electrical contracting, Calgary", None, now=NOW, lang="en").authority
    assert authority is not None and (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize(("text", "lang"), [
    ("im a sole trader electrician in auckland, need more local jobs", "en"),
    ("just me, sole proprietor", "en"),
    ("ich bin allein, Einzelunternehmer", "de"),
    ("soy autónomo, fontanero en Valencia", "es"),
    ("ik ben zzp'er", "nl"),
])
def test_working_alone_said_as_such_is_a_company_of_one(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (1, 1)


@pytest.mark.parametrize(("text", "lang", "heads"), [
    ("I'm a sole proprietor with 3 employees", "en", 3),
    ("ich bin Einzelunternehmer mit 4 Angestellten", "de", 4),
])
def test_a_count_said_beside_the_legal_form_is_the_count(text: str, lang: str, heads: int) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)
