"""A visitor who says they have or run a business ("Tenho uma clínica de estética") is its owner, c-level and the
decision maker, in the seven languages, as "I own a couple of physio clinics" already was: batch 52 (issue 14) read no
seniority there. Having a question, a problem or a website is no business."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "Oi! Tenho uma clínica de estética em Curitiba, somos 9.",
    "I have a small bakery in Leeds and want more orders.",
    "I run a dental practice in Cork.",
    "Ich habe eine kleine Physiopraxis in Graz.",
    "J'ai une boutique de vêtements à Lille.",
    "Tengo una tienda de bicicletas en Sevilla.",
    "Ho un ristorante a Napoli.",
    "Ik heb een kapsalon in Gent.",
])
def test_a_business_the_visitor_has_makes_them_its_owner(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.seniority == "c_level" and authority.role == "decision_maker"
    assert authority.title is None  # "Tenho uma clínica" is no job title


@pytest.mark.parametrize("text", [
    "I have a question about your pricing.",
    "Tenho uma dúvida sobre o preço.",
    "Ich habe eine Frage zu Ihren Paketen.",
    "we have a website but it's slow",
])
def test_having_no_business_names_no_owner(text: str) -> None:
    assert extract(text, None, now=NOW).authority is None
