"""A sign-off line is never a budget, however it is phrased (issue 14, the issue's own example): "VP Sales, the CEO
has final say on anything over 25k" became a budget of over $25k ("final say on" was taken for a reported "says we
can"), and "needs approval past 15k" a budget of 15k. Lines in the other languages stay no budget; the visitor's own
spending above a figure ("we can spend anything over 25k", "budget is over 25k") is still the budget, and a budget
said beside a line is the budget, not the line."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _budget(text: str, lang: str = "en", field: str | None = None) -> tuple[float | None, float | None] | None:
    found = extract(text, field=field, now=NOW, lang=lang).budget
    return (found.min, found.max) if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "VP Sales, the CEO has final say on anything over 25k"), ("en", "the CEO has the final call on anything above 25k"),
    ("en", "needs approval past 15k"), ("en", "anything north of 20k needs approval from the board"),
    ("en", "everything beyond 50k goes to the board"), ("en", "the CEO signs off above 10k"),
    ("de", "ab 10.000 muss der Chef zustimmen"), ("fr", "au-delà de 10 000 c'est le DG qui valide"),
    ("es", "a partir de 10 mil decide el director"), ("pt", "acima de 10 mil quem aprova é o CEO"),
    ("it", "oltre i 10k decide il CdA"), ("nl", "boven de 10k beslist de directie"),
])
@pytest.mark.parametrize("field", [None, "authority"])
def test_a_sign_off_line_is_no_budget(lang: str, text: str, field: str | None) -> None:
    assert _budget(text, lang, field) is None


@pytest.mark.parametrize(("text", "budget"), [
    ("we can spend anything over 25k", (25000, None)), ("budget is over 25k", (25000, None)),
    ("we can go past 15k if needed", (15000, 15000)),
    ("our budget is 30k, anything over 25k needs the CFO's sign-off", (30000, 30000)),
])
def test_the_visitors_own_spending_above_a_figure_is_the_budget(text: str, budget: tuple[int, int | None]) -> None:
    assert _budget(text) == budget
