"""A title the visitor joined, started or was hired as ("joined here in September as CMO", "j'ai rejoint l'entreprise
en septembre comme CMO", "ich bin im September als CMO eingestiegen") is their title, after any words about their
experience, in the seven languages; someone else who joined as it ("my colleague joined as CMO") is not the visitor,
and years of experience are no head count or date (issue 14, batch_50)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "seniority"), [
    ("I've got 12 years in B2B marketing, joined here in September as CMO", "c_level"),
    ("15 years in SaaS, joined the company last spring as VP Marketing", "vp"),
    ("I started here in March as head of growth", "director"),
    ("been in marketing for a decade, was hired in June as marketing manager", "manager"),
    ("ich bin im September als CMO eingestiegen", "c_level"),
    ("j'ai rejoint l'entreprise en septembre comme CMO", "c_level"),
    ("j'ai rejoint la boîte il y a deux mois en tant que directrice marketing", "director"),
    ("entré en septiembre como CMO", "c_level"),
    ("entrei na empresa em setembro como CMO", "c_level"),
    ("sono entrato in azienda a settembre come CMO", "c_level"),
    ("ik ben in september begonnen als CMO", "c_level"),
])
def test_the_title_the_visitor_joined_as_is_theirs(text: str, seniority: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None and authority.seniority == seniority


def test_years_of_experience_are_no_head_count_or_date() -> None:
    found = extract("I've got 12 years in B2B marketing, joined here in September as CMO", now=NOW)
    assert found.company_size is None and found.timing is None


@pytest.mark.parametrize("text", [
    "my colleague joined as CMO in September",
    "a new CMO joined us in September",
    "our new CMO started in March",
])
def test_someone_else_who_joined_as_a_title_is_not_the_visitor(text: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is None or authority.seniority != "c_level"
