"""Titles the tables lacked take the contract's seniority: a function's head ("BD head") is a director, one of the
principals c-level, a general manager ("I'm the GM") a manager by the contract's word, a buyer ("inkoper",
"comprador") and "just the admin person", said after one's age, an individual contributor (batches 52 and 53, issue 14).
Someone else's head or GM stays theirs."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "seniority"), [
    ("Hi, I am Rahul, BD head at a 150 member IT services company in Bengaluru.", "director"),
    ("I'm the biz dev head here.", "director"),
    ("I'm sales head for the region.", "director"),
    ("Architecture studio in Brooklyn. I'm one of the principals.", "c_level"),
    ("I'm one of three principals at the firm.", "c_level"),
    ("Boutique hotel in the Cotswolds, ~35 staff. I'm the GM.", "manager"),
    ("I'm the general manager of a car dealership.", "manager"),
    ("Goedemiddag, ik ben inkoper bij een woningcorporatie in Utrecht.", "individual_contributor"),
    ("Soy compradora en una cadena de supermercados.", "individual_contributor"),
    ("Sou comprador numa rede de farmácias.", "individual_contributor"),
    ("I'm 23 and just the admin person so not sure what we need really", "individual_contributor"),
])
def test_the_title_takes_the_contracts_seniority(text: str, seniority: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.seniority == seniority


@pytest.mark.parametrize("text", [
    "Our sales head wants a proposal by Friday.",
    "the GM wants more direct bookings",
    "Our principals are very traditional.",
])
def test_someone_elses_title_is_not_the_visitors(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.seniority == "unknown"
