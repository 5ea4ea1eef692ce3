"""A visitor who says the decision or the award is made by someone else, or who sits on the evaluation panel, is an
influencer, in the seven languages: batch 53 (issue 14) read "I'm on the evaluation panel (5 of us). Final award is made
by the Chief Procurement Officer" as a user with the CPO's title, and "entschieden wird durch die Geschäftsführung"
said nothing. No word of someone else's title is the visitor's."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "field"), [
    ("I'm on the evaluation panel (5 of us). Final award is made by the Chief Procurement Officer.", "authority"),
    ("The award will be made by our board.", None),
    ("I sit on the tender panel.", None),
    ("Ich bin Einkäuferin; entschieden wird durch die Geschäftsführung.", None),
    ("Je suis acheteuse, la décision est décidée par la direction générale.", None),
    ("Soy compradora; el contrato es adjudicado por el comité de dirección.", None),
    ("Sou compradora; o contrato é decidido pela diretoria.", None),
    ("Sono buyer, il contratto è aggiudicato dal consiglio.", None),
    ("Ik ben inkoper, er wordt beslist door de directie.", None),
])
def test_a_decision_made_by_someone_else_makes_an_influencer(text: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None and authority.role == "influencer"


def test_no_word_of_someone_elses_title_is_the_visitors() -> None:
    authority = extract("Final award is made by the Chief Procurement Officer.", "authority", now=NOW).authority
    assert authority is not None and authority.title is None and authority.seniority == "unknown"


@pytest.mark.parametrize("text", [
    "I'm the CEO and the final award is mine.",
    "I make the final decision.",
])
def test_a_visitor_who_decides_stays_the_decision_maker(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"
