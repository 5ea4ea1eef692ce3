"""A budget given before, said anew with its word beside the answer to another question, is put right (issue 14).

Set 12's nathalie gave "septante mille par an" to the budget question, then to the timing question "dès janvier.
Et pour le budget, ce sera plutôt nonante mille par an finalement, mon associé est d'accord": the start was taken,
and the budget kept at 70,000, never said back. A value over a given one inside an answer to another question was
left alone unless said as a correction ("actually ..."); a sum said with its field's word ("and the budget will be
more like 90k a year") names what it changes, and is a correction in any of the seven languages: taken, and said
back. (Reading "nonante mille" inside that longer French reply is the extractor's, ``nlu``.)

Near misses: a sum without its field's word beside the answer (another agency's quote) changes no budget.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing import (  # noqa: F401 (fixture)
    BEFORE_TIMING,
    playbook,
)
from tests.bot.test_form import tracker, validate

GIVEN = {**BEFORE_TIMING, "location": {"country": "BE", "city": "Namur"},
         "budget": {"min": 70000, "max": 70000, "currency": "EUR", "period": "year"}}

NAMED_ANEW = [
    ("en", "from January. And the budget will be more like 90k a year in the end"),
    ("fr", "dès janvier. Et le budget sera de 90 000 € par an finalement"),
    ("de", "ab Januar. Und das Budget wird eher 90.000 im Jahr sein"),
    ("es", "desde enero. Y el presupuesto será más bien 90.000 al año"),
    ("pt", "a partir de janeiro. E o orçamento vai ser mais 90 mil por ano"),
    ("it", "da gennaio. E il budget sarà più sui 90.000 all'anno"),
    ("nl", "vanaf januari. En het budget wordt eerder 90.000 per jaar"),
]
NO_BUDGET_WORD = [
    ("en", "from January, another agency quoted us 90k a year"),
    ("de", "ab Januar, eine andere Agentur wollte 90.000 im Jahr"),
    ("fr", "dès janvier, une autre agence nous a proposé 90 000 € par an"),
]


def at_the_timing_question(lang: str, said: str) -> tuple[dict[str, Any], list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="timing", attributes=GIVEN))
    return slots, texts


@pytest.mark.parametrize(("lang", "said"), NAMED_ANEW)
def test_a_budget_said_anew_with_its_word_at_the_timing_question_replaces_the_given_one(lang: str, said: str) -> None:
    slots, texts = at_the_timing_question(lang, said)
    attributes = slots.get("attributes") or {}
    assert (attributes.get("budget") or {}).get("min") == 90000, (attributes.get("budget"), texts)
    assert (attributes.get("timing") or {}).get("status") == "stated", texts
    assert any("90" in text for text in texts), f"the new budget was not said back: {texts}"


@pytest.mark.parametrize(("lang", "said"), NO_BUDGET_WORD)
def test_a_sum_beside_the_answer_without_the_budget_s_word_changes_no_budget(lang: str, said: str) -> None:
    slots, texts = at_the_timing_question(lang, said)
    assert ((slots.get("attributes") or {}).get("budget") or GIVEN["budget"]).get("min") == 70000, texts
