"""A decision the visitor takes together with a relative or a partner is theirs too (the visitor is a decision maker,
as "my partner and I decide" already was), in seven languages: held-out persona rohan (set 16) said "me and my father
take the decisions" and was read as an influencer; batch_67's "Mi socio y yo decidimos" gave no authority, though a
partner who decides is c-level. Near misses: others who must agree (a9a4446) keep the visitor an influencer."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text",
    [
        "im director, me and my father take the decisions",
        "my dad and I make all the decisions",
        "mein Vater und ich treffen die Entscheidungen",
        "mon père et moi prenons les décisions",
        "mi padre y yo tomamos las decisiones",
        "eu e o meu pai tomamos as decisões",
        "io e mio padre prendiamo le decisioni",
        "mijn vader en ik nemen de beslissingen",
    ],
)
def test_a_decision_taken_with_a_relative_makes_a_decision_maker(text: str) -> None:
    authority = extract(text, field="authority", now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"


@pytest.mark.parametrize(
    "text",
    [
        "Mi socio y yo decidimos",
        "mon associé et moi décidons",
        "me and my business partner decide",
    ],
)
def test_a_partner_deciding_with_a_partner_is_c_level(text: str) -> None:
    authority = extract(text, field="authority", now=NOW).authority
    assert authority is not None and (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize(
    "text",
    [
        "managing partner, but the other two partners have to agree",
        "my father decides, I just run the marketing",
    ],
)
def test_a_decision_others_must_agree_to_is_not_the_visitors(text: str) -> None:
    authority = extract(text, field="authority", now=NOW).authority
    assert authority is None or authority.role != "decision_maker"
