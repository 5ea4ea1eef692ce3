""""we are 21 since the two new fitters joined": the newcomers are counted inside the head count, never as it, in
the seven languages ("new" after the figure, as the rewrite into English leaves it: 'nieuwe', 'neuen', 'nouveaux',
'nuevos', 'novos', 'nuovi'). Found when 'sinds' was first translated and '21 sinds de twee nieuwe monteurs erbij
zijn' became a head count of 2."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "heads"), [
    ("we are 21 since the two new fitters joined", 21),
    ("we zijn met 18, nee wacht, 21 sinds de twee nieuwe monteurs en de planner erbij zijn", 21),
    ("we zijn met 21 sinds de 2 nieuwe monteurs erbij zijn", 21),
    ("wir sind 30, seit die 2 neuen Monteure dazu sind", 30),
    ("on est 14 depuis les deux nouveaux commerciaux", 14),
    ("somos 25 desde que entraron los 3 nuevos", 25),
    ("somos 40 com os 2 novos técnicos", 40),
    ("siamo 12 con i 2 nuovi tecnici", 12),
])
def test_the_count_said_with_its_newcomers_is_the_head_count(text: str, heads: int) -> None:
    size = extract(text, "company_size", now=NOW).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)


@pytest.mark.parametrize(("text", "heads"), [
    ("we zijn met 2", 2),  # a count with no newcomers is still read
    ("2 nieuwe klanten per maand, we zijn met 8", 8),  # new clients are no heads at all
    ("somos 3 socios", 3),
])
def test_a_count_with_no_newcomers_is_read_as_before(text: str, heads: int) -> None:
    size = extract(text, "company_size", now=NOW).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)
