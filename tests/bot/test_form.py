"""The form's validation in process (no Rasa): what one message leaves behind, heard or given.

The tracker is built as Rasa hands it over (``tests/bot/test_draft.py``'s
``answering``); the real stack's conversations are in ``test_precision.py``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import form, runtime
from bot.actions.form import ValidateQualificationForm
from qualification import DEFAULT_PLAYBOOK, load_playbook

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture(autouse=True)
def playbook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())


def tracker(text: str, intent: str = "inform", requested: str | None = "need", confidence: float = 0.9,
            **slots: Any) -> Tracker:
    events = [{"event": "user", "timestamp": 1700000000.0, "text": text}]
    values: dict[str, Any] = {"attributes": {}, "answers": [], "requested_slot": requested, **slots}
    if requested is not None and requested not in slots:
        values[requested] = text
        events.append({"event": "slot", "name": requested, "value": text})
    loop = {"name": form.FORM} if requested is not None else {}
    return Tracker("conv-form-1", values, {"text": text, "intent": {"name": intent, "confidence": confidence}},
                   events, False, None, loop, "action_listen")


def validate(t: Tracker) -> tuple[dict[str, Any], list[str], list[dict[str, Any]]]:
    """The slots set (last value wins), the texts said and the buttons shown."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateQualificationForm().run(dispatcher, t, {}))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return slots, [m.get("text") or "" for m in dispatcher.messages], [
        b for m in dispatcher.messages for b in m.get("buttons") or ()]


def test_an_opening_message_is_heard_and_confirmed_not_given() -> None:
    slots, said, buttons = validate(tracker("we need SEO help; a 200-person fintech, budget about 50k",
                                            requested=None))
    assert "budget" not in slots["attributes"] and "company_size" not in slots["attributes"]
    assert slots["confirming"] and "budget" in slots["confirming"]
    assert said[-1].startswith("I noted ") and "a budget of about $50k" in said[-1]
    assert [b["payload"] for b in buttons] == ["/affirm", "/deny"]


def test_yes_gives_the_heard_values_with_their_source() -> None:
    heard = {"attributes": {"budget": {"min": 50000, "max": 50000, "currency": "USD"}}, "texts": {"budget": "50k"}}
    slots, _, _ = validate(tracker("/affirm", intent="affirm", requested="budget", heard=heard,
                                   confirming=["budget"]))
    assert slots["attributes"]["budget"]["min"] == 50000
    assert {"question": "budget", "text": "50k", "source": "confirmed"} in slots["answers"]
    assert slots["heard"]["attributes"] == {}


def test_change_asks_the_question_with_the_heard_value_as_first_button() -> None:
    heard = {"attributes": {"budget": {"min": 50000, "max": 50000, "currency": "USD"}}, "texts": {"budget": "50k"}}
    known = {"need": {"summary": "SEO", "categories": ["seo"]}, "company": "Acme",
             "authority": {"title": "CMO", "seniority": "c_level", "role": "decision_maker"},
             "industry": "software", "company_size": {"min": 50, "max": 50}, "location": {"country": "DE"}}
    slots, said, buttons = validate(tracker("/deny", intent="deny", requested="budget", heard=heard,
                                            confirming=["budget"], attributes=known))
    assert "budget" not in slots["attributes"] and slots["requested_slot"] == "budget"
    assert buttons and buttons[0] == {"title": "A budget of about $50k", "payload": "/affirm"}


KNOWN = {"need": {"summary": "SEO", "categories": ["seo"]}, "company": "Acme",
         "authority": {"title": "CMO", "seniority": "c_level", "role": "decision_maker"}, "industry": "software"}


def test_a_correction_is_said_back_without_sorry_and_replaces_the_answer() -> None:
    known = {**KNOWN, "company_size": {"min": 120, "max": 120}}
    answers = [{"question": "company_size", "text": "120 people", "source": "given"}]
    slots, said, _ = validate(tracker("sorry, we're actually 300 people", requested="location",
                                      attributes=known, answers=answers))
    assert slots["attributes"]["company_size"]["min"] == 300
    assert "Got it, about 300 people." in said and not any("Sorry" in s for s in said)
    assert slots["requested_slot"] == "location"
    assert [a["text"] for a in slots["answers"] if a["question"] == "company_size"] == [
        "sorry, we're actually 300 people"]


def test_a_question_mid_form_is_answered_and_the_question_asked_again_without_a_miss() -> None:
    slots, said, _ = validate(tracker("what do you charge?", confidence=0.3))
    assert PLAYBOOK.company.pricing in said and slots["requested_slot"] == "need"
    assert not slots.get("attributes") and "misses" not in str(slots.get("progress", {}).get("misses") or "")


def test_an_amount_in_a_question_is_no_budget() -> None:
    slots, said, _ = validate(tracker("how much does an SEO project cost, is 5k enough?", requested="budget",
                                      confidence=0.3))
    assert "budget" not in (slots.get("attributes") or {}), said
    assert PLAYBOOK.company.pricing in said


def test_after_stop_a_message_is_not_read() -> None:
    slots, said, _ = validate(tracker("my budget is 90k", requested="budget", stopped=True))
    assert said == [] and "attributes" not in slots and slots["requested_slot"] is None


def test_an_answer_is_acknowledged_and_a_british_amount_is_in_pounds() -> None:
    known = {"location": {"country": "GB", "city": "Manchester"}}
    slots, said, _ = validate(tracker("2k a month", requested="budget", attributes=known))
    assert slots["attributes"]["budget"]["currency"] == "GBP"
    assert said[-1].split(".")[0] in ("Thanks", "Got it", "Noted", "Thanks for that", "OK, noted", "Understood")


@pytest.mark.parametrize(("text", "requested"), [
    ("can you help us with SEO?", "need"), ("what do you do with my data?", "need"),
    ("we're a 40-person agency, can you do SEO for 5k a month?", None),
])
def test_nothing_in_a_question_is_taken_not_even_as_heard(text: str, requested: str | None) -> None:
    slots, said, _ = validate(tracker(text, requested=requested, confidence=0.3))
    assert said and not slots.get("attributes") and not (slots.get("heard") or {}).get("attributes"), said
    assert not any(s.startswith("I noted") for s in said)


def test_an_answer_put_as_a_question_is_heard_and_confirmed() -> None:
    known = {**KNOWN, "company_size": {"min": 50, "max": 50}, "location": {"country": "US"}}
    slots, said, buttons = validate(tracker("is 5k a month enough?", requested="budget", attributes=known))
    assert "budget" not in slots["attributes"] and "budget" in slots["heard"]["attributes"]
    assert said[-1] == "I noted a budget of about $5k a month. Is that right?" and buttons
