"""A start said with its landmark or reason at a question that is not the timing's is heard and said back, and the
question is asked again without "sorry" (addendum, issue 14).

"avant le temps des sucres, donc fin février" to the budget question got "Désolé, je n'ai pas compris" and the budget
asked again: a reply that long was read for a date only when the free reading found one, which it refuses in so many
words. It is now read as the timing question reads it (the date said last, after a landmark or a reason), at every
question but the timing's, in the seven languages. Near miss: a month said of something past ("we moved into our new
office in September") is no start.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from tests.bot.test_form import tracker, validate

STARTS = {
    "fr": "avant le temps des sucres, donc fin février", "en": "after the trade fair in spring, so early March",
    "de": "nach der Messe im Frühjahr, also Anfang März", "es": "después de la feria, o sea a finales de febrero",
    "it": "dopo la fiera di primavera, quindi inizio marzo", "pt": "depois do carnaval, lá pra março",
    "nl": "na de beurs in het voorjaar, dus begin maart",
}
SORRY = ("Sorry", "Désolé", "Entschuldigung", "Lo siento", "Mi dispiace", "Desculpe", "Sorry", "Perdón", "Scusi")


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize("lang", list(STARTS))
@pytest.mark.parametrize("question", ["budget", "company_size", "authority"])
def test_a_start_with_its_landmark_at_another_question_is_heard_and_said_back(lang: str, question: str) -> None:
    with speaking(lang):
        slots, said, _ = validate(tracker(STARTS[lang], requested=question, attributes={}))
    timing = (slots.get("heard") or {}).get("attributes", {}).get("timing")
    assert timing and timing["target_date"].startswith("2027-0"), (said, slots)
    assert any("2027" in s for s in said) and not any(s.startswith(SORRY) for s in said), said
    assert slots.get(question) is None and question not in slots.get("attributes", {}), slots


@pytest.mark.parametrize("text", ["sales dropped a lot, we moved into our new office in September",
                                  "cette année a été difficile, on a perdu deux gros clients en mars"])
def test_a_month_said_of_something_past_is_no_start(text: str) -> None:
    slots, said, _ = validate(tracker(text, requested="budget", attributes={}))
    assert not (slots.get("heard") or {}).get("attributes", {}).get("timing"), (said, slots)
