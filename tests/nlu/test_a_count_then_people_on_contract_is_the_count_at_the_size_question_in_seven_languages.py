"""Company size at the size question: a count, then people of a trade said to be on contract or freelance, is the
count (persona tom, set 17: "32, plus 6 delivery drivers on contract" read 6), in the seven languages; staff added
after a count still add up."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _size(text: str, lang: str) -> tuple[int | None, int | None] | None:
    size = extract(text, "company_size", now=NOW, lang=lang).company_size
    return None if size is None else (size.min, size.max)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("32, plus 6 delivery drivers on contract", "en"),
        ("32, plus 6 Fahrer als Freelancer", "de"),
        ("32, plus 6 chauffeurs en freelance", "fr"),
        ("32, más 6 repartidores freelance", "es"),
        ("32, più 6 autisti freelance", "it"),
        ("32, mais 6 motoristas freelance", "pt"),
        ("32, plus 6 chauffeurs als freelancers", "nl"),
    ],
)
def test_people_on_contract_after_the_count_are_not_added(text: str, lang: str) -> None:
    assert _size(text, lang) == (32, 32)


@pytest.mark.parametrize(
    ("text", "size"),
    [("15 + 5 contractors", 15), ("15 plus 5 part-timers", 20), ("15 plus 5 more staff", 20)],
)
def test_staff_added_after_a_count_add_up_and_contractors_do_not(text: str, size: int) -> None:
    assert _size(text, "en") == (size, size)
