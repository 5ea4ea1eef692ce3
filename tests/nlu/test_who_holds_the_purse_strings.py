"""Who holds the money decides: a visitor who says someone else holds the purse strings or controls the budget ("she
holds the purse strings", "c'est elle qui tient les cordons de la bourse", "zij beheert het budget"), or that they
are meeting someone above them to decide ("Meeting my MD next week to decide"), is an influencer; one who holds them
is a decision maker; seven languages (issue 14, batch_50)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _role(text: str, field: str | None) -> str | None:
    found = extract(text, field, now=NOW).authority
    return found.role if found else None


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "Meeting my MD next week to decide, she holds the purse strings",
    "my MD holds the purse strings",
    "she holds the purse strings",
    "my wife holds the purse strings",
    "he controls the budget",
    "meeting my boss on Friday to decide",
    "I'm meeting the board next week to make the call",
    "sitting down with our CEO on Monday to decide",
    "die Chefin verwaltet das Budget",
    "ich treffe meine Chefin nächste Woche, um zu entscheiden",
    "c'est elle qui tient les cordons de la bourse",
    "je vois ma directrice la semaine prochaine pour décider",
    "ella maneja el presupuesto",
    "me reúno con mi jefa el lunes para decidirlo",
    "é ela quem controla o orçamento",
    "vou reunir com o meu chefe na sexta para decidir",
    "è lei che tiene i cordoni della borsa",
    "incontro il mio capo venerdì per decidere",
    "zij beheert het budget",
    "ik zie mijn directeur volgende week om te beslissen",
])
def test_someone_else_holding_the_money_makes_the_visitor_an_influencer(text: str, field: str | None) -> None:
    assert _role(text, field) == "influencer"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "I hold the purse strings",
    "I'm the one who holds the purse strings",
    "I control the budget",
    "c'est moi qui tiens les cordons de la bourse",
    "ich verwalte das Budget",
    "yo manejo el presupuesto",
    "sou eu quem controla o orçamento",
    "sono io che tengo i cordoni della borsa",
    "ik beheer het budget",
])
def test_a_visitor_who_holds_the_money_is_the_decision_maker(text: str, field: str | None) -> None:
    assert _role(text, field) == "decision_maker"


@pytest.mark.parametrize("text", [
    "meeting friends next week",
    "we need to decide on a budget next week",
    "our budget is 10k",
])
def test_a_meeting_or_a_budget_alone_says_nothing_of_the_decision(text: str) -> None:
    assert _role(text, None) is None


@pytest.mark.parametrize("text", [
    "our agency manages the budget for Google Ads",
    "la empresa tiene el presupuesto aprobado para el año",
    "l'azienda tiene il budget fermo fino a gennaio",
])
def test_a_firm_or_a_tool_handling_the_budget_makes_no_influencer(text: str) -> None:
    assert _role(text, None) != "influencer"
