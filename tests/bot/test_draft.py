"""The draft: once the visitor has given an email and consented, each answer the form takes saves the
lead with ``"complete": false`` (signed, to a local receiver); nothing before that, nothing after the
final lead or a stop, and a service that fails never breaks the conversation."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import form, runtime
from bot.actions.conversation import ActionSubmitLead
from bot.actions.form import ValidateQualificationForm
from bot.actions.lead_service import LeadService
from bot.actions.outcome import PENDING_MESSAGE, PENDING_UNREACHABLE, lead_payload
from harness.ports import free_port
from nlu.attributes import Attributes
from qualification import DEFAULT_PLAYBOOK, load_playbook
from tests.bot.test_lead_service import SECRET, _Receiver, receiver  # noqa: F401 (the fixture)

EMAIL = "jane.doe@acme-analytics.io"
KNOWN = {"email": {"address": EMAIL, "free_mail": False}, "need": {"summary": "our SEO is weak", "categories": ["seo"]}}
PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture(autouse=True)
def playbook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, receiver: str) -> str:  # noqa: F811
    monkeypatch.setattr(runtime, "lead_service", lambda: LeadService(receiver, SECRET))
    return receiver


def answering(requested: str, text: str, intent: str, **slots: Any) -> Tracker:
    """The tracker as Rasa hands it to the form's validation: the reply just mapped to ``requested``."""
    events = [{"event": "user", "timestamp": 1700000000.0, "text": text},
              {"event": "slot", "name": requested, "value": text}]
    values = {"attributes": KNOWN, "answers": [], "requested_slot": requested, requested: text, **slots}
    return Tracker("conv-draft-1", values, {"text": text, "intent": {"name": intent, "confidence": 0.98}},
                   events, False, None, {"name": form.FORM}, "action_listen")


def validate(tracker: Tracker) -> tuple[list[dict[str, Any]], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateQualificationForm().run(dispatcher, tracker, {}))
    return events, dispatcher


def posted() -> list[dict[str, Any]]:
    return [json.loads(body) for _headers, body in _Receiver.received]


def next_question(events: list[dict[str, Any]]) -> Any:
    return [e["value"] for e in events if e.get("name") == "requested_slot"][-1]


def test_consent_after_the_email_saves_a_draft_and_the_form_goes_on(service: str) -> None:
    events, dispatcher = validate(answering("consent", "yes", "affirm"))
    [draft] = posted()
    assert draft["complete"] is False and draft["conversation_id"] == "conv-draft-1"
    assert draft["attributes"]["email"]["address"] == EMAIL
    assert draft["consent"][0]["granted"] is True
    assert next_question(events) not in (None, "consent") and dispatcher.messages, "the next question is asked"
    assert not any(e.get("name") == "lead_id" for e in events), "a draft is not the submitted lead"


def test_each_later_answer_updates_the_draft_with_it(service: str) -> None:
    validate(answering("company", "Acme Analytics", "inform", consent=True))
    [draft] = posted()
    assert draft["complete"] is False and draft["attributes"]["company"] == "Acme Analytics"
    assert {"question_id": "company", "text": "Acme Analytics", "source": "given"} in draft["answers"]


def test_after_stop_nothing_is_read_or_posted_and_the_form_closes(service: str) -> None:
    events, dispatcher = validate(answering("budget", "actually my budget is 90k", "inform", consent=True,
                                            stopped=True))
    assert not posted()
    assert next_question(events) is None and not dispatcher.messages
    assert not any(e.get("name") in ("attributes", "answers", "heard", "budget") for e in events), events


@pytest.mark.parametrize("requested, text, intent, slots", [
    ("consent", "no", "deny", {}),  # declined: contact details never travel
    ("company", "Acme Analytics", "inform", {"consent": None}),  # not asked yet
    ("company", "Acme Analytics", "inform", {"consent": True, "attributes": {"need": KNOWN["need"]}}),  # no email
    ("company", "Acme Analytics", "inform", {"consent": True, "lead_id": "lead_1"}),  # the final lead went out
    ("company", "Acme Analytics", "inform", {"consent": True, "human_requested": True}),  # posts the full lead
])
def test_no_draft_without_email_and_consent_or_once_the_lead_is_final(
        service: str, requested: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    events, _ = validate(answering(requested, text, intent, **slots))
    assert not [body for body in posted() if body.get("complete") is False]
    assert next_question(events) is not None


def test_a_message_already_handled_posts_nothing(service: str) -> None:
    validate(answering("company", "Acme Analytics", "inform", consent=True))
    marker = f"1700000000.0:{len('Acme Analytics')}"
    again = answering("company", "Acme Analytics", "inform", consent=True, seen_message=marker)
    validate(again)
    assert len(posted()) == 1


def test_the_answer_that_ends_the_form_leaves_the_lead_to_submit(service: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form, "slots_to_ask", lambda *args, **kwargs: ["consent"])
    events, _ = validate(answering("consent", "yes", "affirm"))
    assert posted() == [] and next_question(events) is None


@pytest.mark.parametrize("broken", ["down", "refuses", "crashes"])
def test_a_failed_draft_never_breaks_the_conversation_and_logs_no_personal_data(
        broken: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    class Crashing:
        def post_lead(self, payload: Any) -> Any:
            raise RuntimeError(f"boom {payload['attributes']['email']['address']}")

    service = {"down": LeadService(f"http://127.0.0.1:{free_port()}", SECRET, timeout=2),
               "refuses": LeadService(f"http://127.0.0.1:{free_port()}", None), "crashes": Crashing()}[broken]
    monkeypatch.setattr(runtime, "lead_service", lambda: service)
    with caplog.at_level(logging.WARNING):
        events, dispatcher = validate(answering("consent", "yes", "affirm"))
    assert SlotSet("consent", True) in events and next_question(events) not in (None, "consent")
    assert dispatcher.messages, "the next question is still asked"
    assert "conv-draft-1" in caplog.text and EMAIL not in caplog.text and "acme" not in caplog.text.lower()


def test_the_final_submission_is_complete_as_before(service: str) -> None:
    tracker = Tracker("conv-draft-1", {"attributes": KNOWN, "answers": [], "consent": True},
                      {"text": "done", "intent": {"name": "inform"}}, [], False, None, {}, "action_listen")
    asyncio.run(ActionSubmitLead().run(CollectingDispatcher(), tracker, {}))
    [final] = posted()
    assert "complete" not in final, "absent means complete, which every service version reads alike"


def test_the_payload_marks_only_drafts() -> None:
    attrs = Attributes.from_dict(KNOWN)
    assert lead_payload("c", attrs, [], True, PLAYBOOK, complete=False)["complete"] is False
    assert "complete" not in lead_payload("c", attrs, [], True, PLAYBOOK)


@pytest.mark.parametrize(("slots", "promise"), [
    ({"consent": True}, PENDING_MESSAGE),
    ({"consent": False, "attributes": {"need": KNOWN["need"]}}, PENDING_UNREACHABLE),
    ({"consent": None, "attributes": {"need": KNOWN["need"]}}, PENDING_UNREACHABLE),
])
def test_with_the_service_down_only_a_visitor_whose_email_we_keep_is_promised_an_email(
        monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], promise: str) -> None:
    monkeypatch.setattr(runtime, "lead_service", lambda: LeadService(f"http://127.0.0.1:{free_port()}", SECRET,
                                                                       timeout=1))
    values = {"attributes": KNOWN, "answers": [], **slots}
    tracker = Tracker("conv-draft-1", values, {"text": "done", "intent": {"name": "inform"}}, [], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSubmitLead().run(dispatcher, tracker, {}))
    assert [m["text"] for m in dispatcher.messages] == [promise]
