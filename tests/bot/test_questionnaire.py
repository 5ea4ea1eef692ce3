"""The form's plan without a server: slots from the playbook, consent placement, wording, replies."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.actions.questionnaire import (
    CONSENT,
    MAX_RETRIES,
    Progress,
    Reply,
    interpret,
    slots_to_ask,
    wording,
)
from nlu.attributes import Attributes
from qualification import Playbook, Signals, load_playbook
from qualification.slots import CONTACT

SIGNALS = Signals(engaged=True)


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return load_playbook()


def test_slots_follow_the_playbooks_order_with_consent_before_contact_details(playbook: Playbook) -> None:
    slots = slots_to_ask(playbook, Attributes(), SIGNALS, Progress(), None)
    expected = [q.attribute for q in playbook.questions if q.applies(Attributes(), SIGNALS)]
    first_contact = min(slots.index(s) for s in ("email", "name") if s in slots)
    assert slots[first_contact - 1] == CONSENT
    assert [s for s in slots if s != CONSENT] == list(dict.fromkeys(expected))


def test_known_attributes_and_skipped_slots_are_not_asked(playbook: Playbook) -> None:
    attrs = Attributes.from_dict({"budget": {"min": 5000, "max": 5000, "currency": "USD"}, "industry": "software"})
    slots = slots_to_ask(playbook, attrs, SIGNALS, Progress().skip("timing"), None)
    assert not {"budget", "industry", "timing"} & set(slots)


def test_declined_consent_means_no_contact_questions(playbook: Playbook) -> None:
    slots = slots_to_ask(playbook, Attributes(), SIGNALS, Progress(), False)
    assert not {"email", "name", CONSENT} & set(slots)


def test_a_volunteered_email_still_needs_consent(playbook: Playbook) -> None:
    attrs = Attributes.from_dict({"email": {"address": "a@b-corp.com"}, "name": "A B"})
    assert CONSENT in slots_to_ask(playbook, attrs, SIGNALS, Progress(), None)
    assert CONSENT not in slots_to_ask(playbook, attrs, SIGNALS, Progress(), True)


def test_a_disqualified_visitor_is_asked_nothing_more(playbook: Playbook) -> None:
    assert slots_to_ask(playbook, Attributes(persona="student"), SIGNALS, Progress(), None) == []


def test_a_marketers_edit_changes_the_slots_and_the_words(playbook: Playbook) -> None:
    first, *rest = playbook.questions
    edited = replace(playbook, questions=(*rest, replace(first, wording=("Brand new words?",))))
    slots = slots_to_ask(edited, Attributes(), SIGNALS, Progress(), None)
    assert slots[0] == rest[0].attribute
    assert wording(edited, first.attribute, Progress(), "c1") == "Brand new words?"


def test_wording_rotates_and_apologises_after_a_miss(playbook: Playbook) -> None:
    question = next(q for q in playbook.questions if len(q.wording) > 1)
    slot = question.attribute
    progress = Progress()
    seen = set()
    for _ in range(len(question.wording)):
        seen.add(wording(playbook, slot, progress, "c1"))
        progress = progress.ask(slot)
    assert seen == set(question.wording)
    assert wording(playbook, slot, progress.miss(slot), "c1").startswith("Sorry, I didn't catch that.")
    assert playbook.privacy.url in wording(playbook, CONSENT, Progress(), "c1")


def test_replies_are_judged_by_what_the_extractor_found() -> None:
    budget = Attributes.from_dict({"budget": {"min": 10, "max": 10, "currency": "USD"}})
    assert interpret("budget", "10 dollars", "inform", budget, Progress(), True).outcome == "answered"
    # A required question is needed: the first skip hears why; once told, a skip skips. An optional one skips at once.
    assert interpret("budget", "skip", "skip", Attributes(), Progress(), True).outcome == "needed"
    assert interpret("budget", "skip", "skip", Attributes(), Progress().explain("budget"), True).outcome == "skipped"
    assert interpret("company", "skip", "skip", Attributes(), Progress(), False).outcome == "skipped"
    assert interpret("budget", "??", "inform", Attributes(), Progress(), True).outcome == "not_understood"
    # An optional question is asked once more, then given up.
    assert interpret("budget", "??", "inform", Attributes(), Progress(), False).outcome == "not_understood"
    assert interpret("budget", "??", "inform", Attributes(), Progress().miss("budget"), False).outcome == "gave_up"
    assert interpret("need", "<script>alert(1)</script>", "inform", Attributes.from_dict(
        {"need": {"summary": "<script>alert(1)</script>", "categories": []}}), Progress(), True).outcome == \
        "not_understood"
    assert interpret("name", "Daniel Okafor", "out_of_scope", Attributes(name="Daniel Okafor"), Progress(),
                     True).outcome == "answered"
    missed = Progress()
    for _ in range(MAX_RETRIES):
        missed = missed.miss("budget")
    assert interpret("budget", "??", "inform", Attributes(), missed, True).outcome == "gave_up"
    assert interpret(CONSENT, "yes", "affirm", Attributes(), Progress(), True).value is True
    assert interpret(CONSENT, "no", "deny", Attributes(), Progress(), True).value is False


def test_a_skip_at_the_privacy_question_is_explained_first_and_a_no_once_explained() -> None:
    assert interpret(CONSENT, "skip", "skip", Attributes(), Progress(), True).outcome == "needed"
    explained = Progress().explain(CONSENT)
    assert interpret(CONSENT, "skip", "skip", Attributes(), explained, True) == Reply("answered", False)
    assert interpret(CONSENT, "no", "deny", Attributes(), Progress(), True) == Reply("answered", False)


def test_progress_survives_the_slot_round_trip() -> None:
    progress = Progress().ask("budget").miss("budget").skip("timing")
    assert Progress.from_slot(progress.to_slot()) == progress
    assert Progress.from_slot("garbage") == Progress()


def test_an_optional_question_passed_over_twice_waits_for_the_others_then_is_given_up(playbook: Playbook) -> None:
    """A visitor who answers "which company?" with their role, then their size, is not asked it a third time in a
    row: the other questions come first, it is asked once more before the contact details, and then let go."""
    optional = next(q.attribute for q in playbook.questions if not q.required and q.attribute not in CONTACT)
    first = slots_to_ask(playbook, Attributes(), SIGNALS, Progress(), None)
    progress = Progress()
    for times in (1, 2, 3):
        progress = progress.ask(optional)
        slots = slots_to_ask(playbook, Attributes(), SIGNALS, progress, None)
        others = [s for s in first if s != optional]
        if times == 1:
            assert slots == first
        elif times == 2:
            contact_at = next(i for i, s in enumerate(slots) if s == CONSENT or s in CONTACT)
            assert slots[contact_at - 1] == optional and [s for s in slots if s != optional] == others
        else:
            assert slots == others


def test_a_required_question_is_asked_however_often_it_was_passed_over(playbook: Playbook) -> None:
    required = next(q.attribute for q in playbook.questions if q.required and q.attribute not in CONTACT)
    progress = Progress(asked={required: 5})
    assert required in slots_to_ask(playbook, Attributes(), SIGNALS, progress, None)
