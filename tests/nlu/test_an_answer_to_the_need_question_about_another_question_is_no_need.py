"""Need: at the need question, an answer that speaks only of another question states no need (found playing: "honestly
no idea on budget yet" was said back as the need), in the seven languages: the budget ("keine Ahnung beim Budget",
"pas de budget pour l'instant", "sem orçamento definido ainda", "nog geen budget") or a time alone ("not before March",
"erst ab April", "non prima di marzo"). An answer that also says what is wanted ("no budget, but we need more leads",
"no idea how to get more leads") is a need; the Portuguese "sem" (without) is no SEM."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "honestly no idea on budget yet", "no budget set yet", "keine Ahnung beim Budget", "pas de budget pour l'instant",
    "sem orçamento definido ainda", "nessun budget per ora", "nog geen budget",
    "not before March", "erst ab April", "pas avant mars", "no antes de marzo", "só em abril", "non prima di marzo",
    "niet voor de zomer",
])
def test_an_answer_about_another_question_is_no_need(text: str) -> None:
    assert extract(text, "need", now=NOW).need is None


@pytest.mark.parametrize(("text", "category"), [
    ("no budget, but we need more leads", "lead_generation"),
    ("the budget is for a new website", "website"),
    ("not before March, and we need a new site", "website"),
    ("no idea how to get more leads", "lead_generation"),
    ("sem pressa, queremos mais clientes", "lead_generation"),
    ("we need SEM", "paid_ads"),
])
def test_an_answer_that_also_says_what_is_wanted_is_a_need(text: str, category: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and category in need.categories


def test_the_portuguese_without_is_no_paid_ads_need() -> None:
    need = extract("sem orçamento definido ainda", None, now=NOW).need
    assert need is None or "paid_ads" not in need.categories
