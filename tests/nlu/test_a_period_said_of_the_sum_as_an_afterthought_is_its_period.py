"""Budget: the period said of a sum in a clause after it, as an afterthought ("CEO approved €30k, oh and it's per
year not one-off", batch_57 read no period), is the sum's period, in the seven languages; the period it is said not
to be is not read, and a clause after the sum that says something else about it gives no period."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("CEO approved €30k, oh and it's per year not one-off", "en", "year"),
    ("CEO approved €30k, it's monthly", "en", "month"),
    ("budget is 12k, btw that's a year", "en", "year"),
    ("Der CEO hat 30.000 € freigegeben, ach und es ist pro Jahr, nicht einmalig", "de", "year"),
    ("Le PDG a validé 30 000 €, ah et c'est par an, pas en une fois", "fr", "year"),
    ("El CEO aprobó 30.000 €, ah y es al año, no de una vez", "es", "year"),
    ("O CEO aprovou 30.000 €, ah e é por ano, não pontual", "pt", "year"),
    ("Il CEO ha approvato 30.000 €, ah ed è all'anno, non una tantum", "it", "year"),
    ("De CEO keurde 30.000 euro goed, o en het is per jaar, niet eenmalig", "nl", "year"),
    ("De CEO keurde 30.000 euro goed, het is per maand", "nl", "month"),
])
def test_a_period_said_after_the_sum_is_its_period(text: str, lang: str, period: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.period) == (30000 if "30" in text else 12000, period)


@pytest.mark.parametrize(("text", "lang"), [
    ("budget is 30k, it's a great price", "en"),
    ("budget is 30k, it's a lot for us", "en"),
    ("das Budget ist 30.000 €, es ist viel für uns", "de"),
    ("le budget est de 30 000 €, c'est beaucoup pour nous", "fr"),
])
def test_a_clause_after_the_sum_that_names_no_period_gives_none(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and budget.min == 30000 and budget.period is None
