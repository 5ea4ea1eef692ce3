"""A sum the visitor says they can spend past ("we can spend above $50k") is a budget from that sum, even when they add
that someone else decides ("but the MD has final say"): play-testing read "we can spend above $50k but the MD has final
say" as no budget at all, the sum taken for the line above which the MD signs. Who decides makes the visitor an
influencer, not a decision maker. The same in the seven languages, and for the budget itself said to be past the sum
("our budget is above 50k", "our budget starts at 50k"); a ceiling said so ("up to 50k") is theirs too.

Near misses: a line drawn on spending ("anything we spend above 10k needs CFO approval", "if we spend over 10k the CFO
has to approve", "above 25k the MD has final say", "tout ce qui dépasse 50 000 € doit être validé par le gérant") is
someone's sign-off, not a budget; nor is what they spend now ("we spend over 10k, which needs the CFO's sign off")."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, floor", [
    ("we can spend above $50k but the MD has final say", 50000),
    ("we can spend above $50k, the MD has final say though", 50000),
    ("I'd happily spend more than 20k, but my boss decides", 20000),
    ("we'd go above 30k but the board has the final say", 30000),
    ("podemos gastar más de 50.000 € pero el director general tiene la última palabra", 50000),
    ("podemos invertir más de 50.000 €, aunque decide el director", 50000),
    ("wir können über 50.000 € ausgeben, aber der Geschäftsführer entscheidet", 50000),
    ("ich kann über 20.000 € ausgeben, aber über 50.000 € entscheidet der Vorstand", 20000),
    ("on peut dépenser plus de 50 000 € mais c'est le gérant qui décide", 50000),
    ("podemos gastar acima de 50.000 € mas quem decide é o diretor", 50000),
    ("a gente pode gastar mais de 50 mil, mas quem decide é o sócio", 50000),
    ("possiamo spendere oltre 50.000 € ma decide l'amministratore delegato", 50000),
    ("we kunnen meer dan 50.000 euro uitgeven maar de directeur beslist", 50000),
    # the budget itself said to be past the sum
    ("budget is above 50k but the MD has the final say", 50000),
    ("our budget starts at 50k but the CEO decides", 50000),
    ("el presupuesto es de más de 50.000 €, pero decide el director", 50000),
    ("das Budget liegt über 50.000 €, aber der Chef entscheidet", 50000),
    ("o orçamento é acima de 50 mil euros, mas quem decide é o sócio", 50000),
    ("il budget è oltre 50.000 €, ma decide il titolare", 50000),
    ("het budget is meer dan 50.000 euro, maar de directeur beslist", 50000),
])
def test_a_floor_the_visitor_can_spend_is_the_budget_from_it_and_someone_else_decides(text: str, floor: int) -> None:
    for field in (None, "budget"):
        said = extract(text, field=field, now=NOW)
        assert said.budget is not None and said.budget.min == floor and said.budget.max is None, field
        assert said.authority is not None and said.authority.role == "influencer", field


def test_a_ceiling_the_visitor_can_spend_is_the_budget_up_to_it() -> None:
    budget = extract("we can spend up to 50k but the MD has final say", field=None, now=NOW).budget
    assert budget is not None and budget.min is None and budget.max == 50000


@pytest.mark.parametrize("text", [
    "anything we spend above 10k needs CFO approval",
    "if we spend above 10k the CFO has to approve",
    "above 25k the MD has final say",
    "the CEO has final say on anything over 25k",
    "we spend over 10k, which needs the CFO's sign off",
    "tout ce qui dépasse 50 000 € doit être validé par le gérant",
    "alles boven 50.000 euro moet de directeur goedkeuren",
    "wenn wir über 10.000 € ausgeben, muss der Chef zustimmen",
    "any budget above 50k needs board approval",
    "prices start at 5k",
])
def test_a_line_drawn_on_spending_is_no_budget(text: str) -> None:
    assert extract(text, field=None, now=NOW).budget is None
