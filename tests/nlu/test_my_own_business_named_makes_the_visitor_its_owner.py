"""A visitor who calls the business theirs ("it's my clinic, I decide", "c'est ma boutique", "è il mio ristorante") owns
it: seniority c_level and, unless they say otherwise, the decision is theirs. The lead's visitor plays got only the
role from "it's my clinic, I decide" (seniority unknown), while "I'm the owner" gave c_level. Someone who only works
there ("my clinic's manager", "my company wants") is not made its owner."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "it's my clinic, I decide",
    "it's my shop so it's my call",
    "it's my own salon",
    "Es ist meine Praxis, ich entscheide.",
    "C'est ma boutique, c'est moi qui décide.",
    "Es mi clínica, decido yo.",
    "É a minha loja, eu decido.",
    "È il mio ristorante, decido io.",
    "Het is mijn praktijk, ik beslis.",
])
def test_the_business_called_mine_makes_the_visitor_its_owner(text: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is not None
    assert authority.seniority == "c_level"
    assert authority.role == "decision_maker"
    assert authority.title is None  # no title was said: the words are not one


@pytest.mark.parametrize("text", [
    "I'm the manager of my clinic's front desk",
    "my shop manager decides",
    "Het is mijn eerste keer hier",
])
def test_working_there_is_not_owning_it(text: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is None or authority.seniority != "c_level"
