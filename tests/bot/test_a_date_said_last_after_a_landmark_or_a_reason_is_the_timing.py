"""A start said last, after a landmark or a reason, in a reply to the timing question (issue 14), in process.

"depois do carnaval, lá pra março" (persona set 9's rogério) is six words: longer than the replies whose date the
form trusts the reading for the question with, and the free reading, wary of a bare month, finds none. The form
took the month for a name of the calendar said of something else ("we moved into our new office in September") and
answered "não percebi". A reply that ends on its date, in a clause of a few words of its own ("lá pra março",
"probably March", "rond april"), after a landmark ("after carnival", "na de vakantie") or a reason ("once the
budget is signed off"), says when: the timing, in every language. A month inside a longer clause, or before what
the reply goes on to say, is still no start (the near misses).

The form is run as Rasa hands it a message (``tests/bot/test_form.py``'s tracker), in the visitor's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.actions import form, runtime
from bot.actions.language import speaking
from tests.bot.test_form import PLAYBOOK, tracker, validate

# Every answer the playbook asks for before the timing question: the timing is the question on screen, and the one
# asked again when a reply gives no start.
BEFORE_TIMING = {
    "need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Serra Azul",
    "authority": {"title": "owner", "seniority": "c_level", "role": "decision_maker"}, "industry": "manufacturing",
    "company_size": {"min": 40, "max": 40}, "location": {"country": "BR"},
    "revenue": {"min": 8000000, "max": 8000000, "currency": "BRL", "period": "year"},
    "tech_stack": ["Excel"], "budget": {"min": 6000, "max": 6000, "currency": "BRL", "period": "month"},
}

# lang, a reply ending on its month after a landmark or a reason, and that month's number.
SAID_LAST = [
    ("pt", "depois do carnaval, lá pra março", 3),
    ("pt", "assim que a obra acabar, lá pra maio", 5),
    ("en", "once the budget is signed off, probably March", 3),
    ("de", "wenn das neue Lager steht, so gegen März", 3),
    ("fr", "dès que le nouveau site est prêt, vers avril", 4),
    ("fr", "après les fêtes, vers mars", 3),
    ("es", "cuando cerremos el trimestre, por marzo", 3),
    ("it", "finita la vendemmia, verso ottobre", 10),
    ("it", "dopo le feste, verso marzo", 3),
    ("nl", "na de vakantie, rond maart", 3),
]
# A month said of something else in a reply as long: inside a longer clause, or before what the reply goes on to say.
NEAR_MISSES = [
    ("en", "sales dropped a lot, we moved into our new office in September"),
    ("en", "in September we moved offices, so now we need more leads"),
    ("de", "im September sind wir umgezogen, jetzt brauchen wir mehr Anfragen"),
    ("pt", "em setembro mudámos para um escritório novo"),
    ("it", "quest'anno le vendite sono calate molto e ci servono più clienti"),
]
# Replies that name the calendar in each language, and replies that name none (no month in "marché" or "mayor").
CALENDAR_NAMES = [
    ("en", "we moved into our new office in September"), ("de", "dieses Jahr lief es schlecht"),
    ("fr", "cette année a été difficile"), ("es", "en septiembre nos mudamos"), ("pt", "no verão passado"),
    ("it", "quest'anno le vendite sono calate"), ("nl", "dit kwartaal liep slecht"), ("de", "im Frühjahr 2025"),
]
NO_CALENDAR_NAMES = [
    ("fr", "le marché est difficile pour nous"), ("es", "el cliente mayor se fue"), ("en", "as soon as we can"),
    ("nl", "over een paar weken als het kan"), ("pt", "o quanto antes, por favor"),
]


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture(autouse=True)
def playbook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())


def at_the_timing_question(lang: str, said: str) -> tuple[dict[str, Any], list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="timing", attributes=BEFORE_TIMING))
    return slots, texts


@pytest.mark.parametrize(("lang", "said", "month"), SAID_LAST)
def test_a_month_said_last_after_a_landmark_or_a_reason_is_the_start_and_the_question_is_not_asked_again(
        lang: str, said: str, month: int) -> None:
    slots, texts = at_the_timing_question(lang, said)
    timing = (slots.get("attributes") or {}).get("timing") or {}
    assert timing.get("status") == "stated", (timing, texts)
    assert date.fromisoformat(timing["target_date"]).month == month, timing
    assert slots.get("requested_slot") != "timing", texts


@pytest.mark.parametrize(("lang", "said"), NEAR_MISSES)
def test_a_month_said_of_something_else_in_a_long_reply_is_no_start(lang: str, said: str) -> None:
    slots, texts = at_the_timing_question(lang, said)
    assert "timing" not in (slots.get("attributes") or {}), texts
    assert slots.get("requested_slot") == "timing", texts


@pytest.mark.parametrize(("lang", "said"), CALENDAR_NAMES)
def test_a_month_a_season_a_quarter_or_a_year_in_any_language_names_the_calendar(lang: str, said: str) -> None:
    with speaking(lang):
        assert form.names_the_calendar(said)


@pytest.mark.parametrize(("lang", "said"), NO_CALENDAR_NAMES)
def test_a_span_from_now_or_a_word_that_only_looks_like_a_month_names_no_calendar(lang: str, said: str) -> None:
    with speaking(lang):
        assert not form.names_the_calendar(said)
