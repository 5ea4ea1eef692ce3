"""Heading a function, said with the verb, is a director's seniority in seven languages, as "I lead the marketing"
and "I run sales" already were: "Ich leite das Marketing", "je dirige le marketing", "dirijo el marketing", "dirijo o
comercial", "dirigo le vendite", "ik leid de marketing", "I head it up" (batch_67: "Ich leite das Marketing" was read
as a manager, "fundraising team of 6, I head it up" as no one). Near misses: handling a function ("je gère le
marketing", "ich betreue den Vertrieb") stays a manager's, leading a team a manager's, and heading somewhere no
seniority."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text",
    [
        "fundraising team of 6, I head it up",
        "I head the marketing side",
        "Ich leite das Marketing bei einem Maschinenbauer",
        "ich leite den Vertrieb",
        "je dirige le marketing d'une PME",
        "dirijo el marketing de una cadena de hoteles",
        "dirijo o comercial da empresa",
        "dirigo le vendite di un'azienda di Bergamo",
        "ik leid de marketing bij een bouwbedrijf",
    ],
)
def test_heading_a_function_is_a_director(text: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None and authority.seniority == "director"


@pytest.mark.parametrize(
    "text, seniority",
    [
        ("je gère le marketing", "manager"),
        ("ich betreue den Vertrieb", "manager"),
        ("I lead a small team of designers", "manager"),
        ("I head to Berlin next week", None),
        ("we're heading it up the hill", None),
    ],
)
def test_handling_a_function_or_leading_a_team_is_no_director(text: str, seniority: str | None) -> None:
    authority = extract(text, now=NOW).authority
    assert (authority.seniority if authority is not None else None) == seniority
