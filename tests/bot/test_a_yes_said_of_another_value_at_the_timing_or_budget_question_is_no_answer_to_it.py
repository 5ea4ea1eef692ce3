"""A yes said of another question's value, at the timing or budget question, answers neither (issue 14).

Played on make run: after "not sure yet, depends" to the budget question, "ok maybe 3k a month" to "Is there a date
you need this by?" was read as a yes to the question ("a start date", stored with no date) and the $3k was left
unheard. "oui, à partir de mars" to the budget question likewise stored a budget with no sum and said it back as
"a budget not decided yet". The yes is said of the value the reply gives: that value is heard, and no start date or
budget the visitor never gave is stored; the question stays open.

Near misses: a yes with the question's own value ("yes, March", "yes, 5k a month") is that answer; a bare yes
is asked as what an answer looks like, as before; "not sure yet" stays a budget not known.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

GIVEN = {
    "need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Brightsmile",
    "authority": {"title": "practice manager", "seniority": "manager", "role": "influencer"},
    "industry": "healthcare", "company_size": {"min": 50, "max": 50}, "location": {"country": "US", "city": "Austin"},
}
NOT_KNOWN = {**GIVEN, "budget": {"min": None, "max": None, "currency": None, "period": None, "status": "unknown"}}

# lang, a yes and a monthly budget, to the timing question.
BUDGET_AT_TIMING = [
    ("en", "ok maybe 3k a month"),
    ("en", "yes, about 3k a month"),
    ("de", "ja, etwa 3000 Euro im Monat"),
    ("fr", "oui, environ 3000 € par mois"),
    ("es", "sí, unos 3000 € al mes"),
    ("it", "sì, circa 3000 € al mese"),
    ("pt", "sim, uns 3000 € por mês"),
    ("nl", "ja, zo'n 3000 euro per maand"),
]
# lang, a yes and a start, to the budget question.
TIMING_AT_BUDGET = [
    ("en", "yes, from March 2027"),
    ("de", "ja, ab März 2027"),
    ("fr", "oui, à partir de mars"),
    ("es", "sí, a partir de marzo"),
    ("it", "sì, da marzo"),
    ("pt", "sim, a partir de março"),
    ("nl", "ja, vanaf maart"),
]


def reply(lang: str, said: str, requested: str, given: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """What the reply stores, what it has heard, and what the bot says."""
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested=requested, attributes=given, language=lang))
    heard = (slots.get("heard") or {}).get("attributes") or {}
    return slots.get("attributes") or given, heard, texts


@pytest.mark.parametrize(("lang", "said"), BUDGET_AT_TIMING)
def test_a_yes_with_a_budget_at_the_timing_question_stores_no_start_and_hears_the_budget(lang: str, said: str) -> None:
    stored, heard, texts = reply(lang, said, "timing", {**GIVEN, "budget": None})
    assert "timing" not in stored or stored["timing"] is None, (stored.get("timing"), texts)
    assert (heard.get("budget") or stored.get("budget") or {}).get("min") == 3000, (heard, texts)


@pytest.mark.parametrize(("lang", "said"), BUDGET_AT_TIMING[:2])
def test_a_budget_said_after_not_sure_at_the_timing_question_fills_it_in(lang: str, said: str) -> None:
    stored, _, texts = reply(lang, said, "timing", NOT_KNOWN)
    assert stored.get("timing") is None, (stored.get("timing"), texts)
    assert (stored.get("budget") or {}).get("min") == 3000, (stored.get("budget"), texts)
    assert any("3" in text for text in texts), f"the budget was not said back: {texts}"


@pytest.mark.parametrize(("lang", "said"), TIMING_AT_BUDGET)
def test_a_yes_with_a_start_at_the_budget_question_stores_no_budget(lang: str, said: str) -> None:
    stored, _, texts = reply(lang, said, "budget", GIVEN)
    assert stored.get("budget") is None, (stored.get("budget"), texts)


@pytest.mark.parametrize(("lang", "said", "requested", "field", "key", "value"), [
    ("en", "yes, March", "timing", "timing", "target_date", "2027-03-16"),
    ("fr", "oui, en mars", "timing", "timing", "target_date", "2027-03-16"),
    ("en", "yes, 5k a month", "budget", "budget", "min", 5000),
    ("de", "ja, 5000 Euro im Monat", "budget", "budget", "min", 5000),
    ("en", "not sure yet, depends", "budget", "budget", "status", "unknown"),
])
def test_a_yes_with_the_questions_own_value_is_its_answer(
        lang: str, said: str, requested: str, field: str, key: str, value: Any) -> None:
    stored, _, texts = reply(lang, said, requested, GIVEN)
    assert (stored.get(field) or {}).get(key) == value, (stored.get(field), texts)
