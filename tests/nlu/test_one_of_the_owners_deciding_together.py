"""At the role question, "one of the partners/owners/founders" ("sono uno dei soci", "einer der beiden Inhaber",
"l'un des associés", "uno de los socios", "um dos sócios", "een van de eigenaren", "I'm one of the owners") is the title
of one, c-level, and "we decide, the two of us" ("decidiamo in due", "wir entscheiden zu zweit", "on décide à deux",
"decidimos entre los dos", "decidimos nós dois", "we beslissen met z'n tweeën") says the visitor decides: a decision
maker, in the seven languages, because "sono uno dei soci, decidiamo in due" was not understood at all. Someone else
deciding as two ("the two founders decide") leaves the visitor an influencer (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "sono uno dei soci, decidiamo in due",
    "sono uno dei titolari, decidiamo noi due",
    "sono uno dei fondatori, decidiamo insieme",
    "I'm one of the partners, we decide, the two of us",
    "I'm one of the owners, the two of us decide",
    "I'm one of the co-owners, we both decide",
    "I'm one of the co-founders, the two of us decide",
    "ich bin einer der beiden Inhaber, wir entscheiden zu zweit",
    "ich bin eine der beiden Inhaberinnen, wir entscheiden gemeinsam",
    "je suis l'un des associés, on décide à deux",
    "je suis un des fondateurs, nous décidons à deux",
    "soy uno de los socios, decidimos entre los dos",
    "soy uno de los dueños, lo decidimos entre los dos",
    "sou um dos sócios, decidimos os dois",
    "sou um dos donos, decidimos nós dois",
    "ik ben een van de eigenaren, we beslissen met z'n tweeën",
    "ik ben één van de twee eigenaars, we beslissen samen",
])
def test_one_of_the_owners_who_decide_together_is_a_c_level_decision_maker(text: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize(("text", "title"), [
    ("I'm one of the owners", "owner"),
    ("I'm one of the co-founders", "co-founder"),
    ("soy uno de los fundadores", "fundador"),
    ("sou um dos fundadores", "fundador"),
    ("sono uno dei fondatori", "fondatore"),
    ("ik ben een van de eigenaren", "eigenaar"),
    ("ik ben een van de oprichters", "oprichter"),
])
def test_one_of_several_owners_has_the_title_of_one(text: str, title: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is not None and (authority.title, authority.seniority) == (title, "c_level")


@pytest.mark.parametrize("text", [
    "the two founders decide",
    "the two owners decide, I'm the office manager",
    "i due soci decidono, io sono l'assistente",
])
def test_others_deciding_as_two_leave_the_visitor_an_influencer(text: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is not None and authority.role != "decision_maker"


@pytest.mark.parametrize("text", [
    "we decide, the two of us", "the two of us decide", "both of us decide", "decidiamo in due", "decidiamo noi due",
    "wir entscheiden zu zweit", "on décide à deux", "decidimos entre los dos", "decidimos nós dois", "decidimos os dois",
    "we beslissen met z'n tweeën",
])
def test_deciding_as_two_alone_makes_the_visitor_a_decision_maker(text: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"
