"""Wanting to reach or attract buyers, distributors or students ("want to reach distributors in Germany and Poland",
"nous cherchons à attirer plus d'étudiants internationaux") is a lead-generation need (lost twice: batch_47), in the
seven languages. Reaching a person on the phone, or attracting staff, is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we make industrial valves in Sheffield and want to reach distributors in Germany and Poland",
    "we're a language school and want to attract international students",
    "Nous sommes une école de commerce à Montréal et nous cherchons à attirer plus d'étudiants internationaux, surtout d'Afrique.",
    "Wir wollen Händler in Polen erreichen.",
    "Queremos atraer estudiantes internacionales a nuestra escuela.",
    "Queremos atrair mais alunos para a nossa escola.",
    "Vogliamo raggiungere distributori in Germania.",
    "We willen distributeurs in Duitsland bereiken.",
])
def test_reaching_buyers_or_students_is_lead_generation(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "lead_generation" in found.need.categories


@pytest.mark.parametrize("text", [
    "you can reach me on 0161 496 0753 after 5",
    "we struggle to attract good staff",
])
def test_reaching_a_person_or_attracting_staff_is_no_lead_generation(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is None or "lead_generation" not in found.need.categories
