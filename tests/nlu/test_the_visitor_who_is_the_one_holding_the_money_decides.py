"""Authority: "I'm the one holding the purse strings" (batch_57: a Head of Ops read as an influencer) says the visitor
decides, as "I'm the one who holds the purse strings" did; the same said with the person first in the other six
languages ("ich bin diejenige, die das Budget verwaltet", "je suis celle qui signe", "ik ben degene die beslist").
Someone else holding it, or the visitor holding back something else, is no decision of theirs."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "Head of Ops here but I'm the one holding the purse strings",
    "I'm the one signing off on this",
    "I'm the one holding the budget",
    "I'm really the one making the final call",
    "ich bin diejenige, die das Budget verwaltet",
    "ich bin derjenige, der am Ende entscheidet",
    "je suis celle qui signe",
    "je suis la personne qui décide",
    "soy la persona que decide",
    "sou a pessoa que aprova",
    "sono quella che firma",
    "ik ben degene die het budget beheert",
    "ik ben degene die beslist",
])
def test_the_one_holding_the_money_or_signing_is_the_decision_maker(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"


@pytest.mark.parametrize("text", [
    "I'm the one holding back the launch",
    "she's the one holding the purse strings",
    "ik ben degene die het moet uitleggen",
    "je suis celle qui prépare le dossier",
])
def test_someone_else_holding_it_or_holding_back_something_else_is_no_decision(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.role != "decision_maker"
