"""A title the visitor says they were promoted to replaces the one they had, in the seven languages: batch 53 (issue
14) kept "marketing manager" from "Was marketing manager till last month, just got promoted to Head of Marketing". A
colleague's promotion names no title of the visitor's."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "field", "seniority"), [
    ("Was marketing manager till last month, just got promoted to Head of Marketing 🎉 so yes it's my call now", "authority", "director"),
    ("I was a sales manager until May, now promoted to VP Sales.", None, "vp"),
    ("Ich war Teamleiterin und wurde im Oktober zur Marketingleiterin befördert.", None, "director"),
    ("J'étais chef de projet, j'ai été promue directrice marketing en septembre.", None, "director"),
    ("Era coordinadora y me ascendieron a directora de marketing.", None, "director"),
    ("Fui promovida a diretora de marketing em outubro, antes era analista.", None, "director"),
    ("Ero responsabile vendite, ora sono stato promosso a direttore commerciale.", None, "director"),
    ("Ik was teamleider en ben gepromoveerd tot hoofd marketing.", None, "director"),
])
def test_the_title_promoted_to_is_the_visitors(text: str, field: str | None, seniority: str) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None and authority.seniority == seniority


@pytest.mark.parametrize(("text", "seniority"), [
    ("My colleague was promoted to CMO last week, I'm the marketing coordinator.", "individual_contributor"),
    ("I'm the marketing manager; our old head of sales was promoted to COO.", "manager"),
])
def test_someone_elses_promotion_leaves_the_visitors_title(text: str, seniority: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.seniority == seniority
