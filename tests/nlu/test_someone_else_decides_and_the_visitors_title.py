"""When the visitor says someone else decides ("she signs off", "the practice owner Dr Mehta decides"), the visitor is
not the decision maker, the decider's title is not theirs, and the title they give for themselves is still read
(issue 14, in English, German, French and Italian)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "seniority", "title"), [
    ("our CMO said we can do 10-12k per quarter, she signs off, I run the day to day as marketing manager", "manager", "marketing manager"),
    ("she signs off, I run the campaigns as marketing manager", "manager", "marketing manager"),
    ("my boss signs off, I'm the marketing coordinator", "individual_contributor", "marketing coordinator"),
    ("the CEO decides, I'm head of growth", "director", "head of growth"),
    ("he decides, I'm the office manager", "manager", "office manager"),
    ("my manager approves the spend, I handle the ads day to day as PPC specialist", "individual_contributor", "PPC specialist"),
    ("the founders decide, I'm just the marketing assistant", "individual_contributor", "marketing assistant"),
    ("Dr Patel signs off, I'm the practice manager", "manager", "practice manager"),
    ("our MD has the final say, I'm an account executive", "individual_contributor", "account executive"),
    ("the partners decide, I'm a junior associate", "individual_contributor", "junior associate"),
    ("der Geschäftsführer entscheidet, ich bin Marketing Managerin", "manager", "Marketing Managerin"),
    ("c'est le directeur qui décide, moi je suis chargée de marketing", "individual_contributor", "chargée de marketing"),
    ("il titolare decide, io sono la responsabile marketing", "manager", "responsabile marketing"),
])
def test_the_visitors_own_title_is_read_when_someone_else_decides(text: str, seniority: str, title: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None
    assert (authority.seniority, authority.title) == (seniority, title)
    assert authority.role in ("influencer", "user")


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "the practice owner Dr Mehta decides, I just do the legwork",
    "the owner decides, I just help out with social",
    "die Inhaberin entscheidet, ich bin Assistentin",
    "she signs off, I'm just the coordinator",
])
def test_the_deciders_title_is_never_the_visitors(text: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert authority.role != "decision_maker"
    assert authority.seniority not in ("c_level", "vp")


@pytest.mark.parametrize("text", [
    "I make the call, she signs off on invoices",
    "I sign off on everything",
    "as soon as possible, I'm the CEO",
])
def test_a_visitor_who_decides_is_still_the_decision_maker(text: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"


def test_a_title_said_after_as_is_the_visitors() -> None:
    authority = extract("I joined last year as head of growth", now=NOW).authority
    assert authority is not None and (authority.title, authority.seniority) == ("head of growth", "director")
