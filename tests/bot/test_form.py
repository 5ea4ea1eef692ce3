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
    # "50k" names no currency: heard in USD before the country was known, it follows the country (Germany) now.
    assert buttons and buttons[0] == {"title": "A budget of about €50k", "payload": "/affirm"}


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


CONFIRMING_NEED = {"attributes": {"need": {"summary": "our CRM is a mess", "categories": ["crm"]},
                                  "company_size": {"min": 300, "max": 300}},
                   "texts": {"need": "our CRM is a mess", "company_size": "~300 person company"}}


def test_a_value_for_something_else_after_a_confirmation_is_heard_and_the_confirmation_asked_again() -> None:
    slots, said, buttons = validate(tracker("2k a month", requested="need", heard=CONFIRMING_NEED,
                                            confirming=["need", "company_size"]))
    # Not the need, not an industry, nothing given from an answer to another question.
    assert not slots["attributes"], slots["attributes"]
    assert slots["heard"]["attributes"]["budget"]["min"] == 2000
    assert slots["heard"]["attributes"]["need"]["categories"] == ["crm"]
    # The new value is said back by value, then the confirmation again for the rest, which it lists: the value just
    # said back is not said a second time in the same turn, and "everything else" is never asked unsaid (issue 14).
    assert said == ["Noted: a budget of about $2k a month.",
                    "I noted help with your CRM and about 300 people. Is that right?"], said
    assert slots["confirming"] == ["need", "company_size", "budget"], slots
    assert [b["payload"] for b in buttons] == ["/affirm", "/deny"]


def test_a_reply_to_a_confirmation_that_states_nothing_gets_the_confirmation_again_politely() -> None:
    slots, said, _ = validate(tracker("hmm", requested="need", heard=CONFIRMING_NEED,
                                      confirming=["need", "company_size"]))
    assert not slots["attributes"] and slots["confirming"] == ["need", "company_size"]
    assert said[0] == "Just to be sure I have it right:" and said[-1].startswith("I noted ")
    assert not any("Sorry" in s for s in said)


def test_a_new_value_for_the_confirmed_one_replaces_it_and_is_said_back() -> None:
    heard = {"attributes": {"budget": {"min": 50000, "max": 50000, "currency": "USD"}}, "texts": {"budget": "50k"}}
    known = {**KNOWN, "company_size": {"min": 50, "max": 50}, "location": {"country": "US"}}
    slots, said, _ = validate(tracker("no, more like 80k", intent="deny", requested="budget", heard=heard,
                                      confirming=["budget"], attributes=known))
    assert slots["attributes"]["budget"]["min"] == 80000 and "Got it, a budget of about $80k." in said
    assert slots["requested_slot"] == "timing"


def test_money_given_to_the_size_question_is_heard_said_back_and_the_size_asked_again() -> None:
    slots, said, _ = validate(tracker("honestly it was 20k but finance trimmed it to 12k",
                                      requested="company_size", attributes=KNOWN))
    assert "company_size" not in slots["attributes"] and slots["requested_slot"] == "company_size"
    assert slots["heard"]["attributes"]["budget"]["min"] == 12000
    assert not any("Sorry" in s for s in said) and said[0] == "Noted: a budget of about $12k.", said
    assert "company_size" not in str(slots.get("progress", {}).get("misses"))


def test_a_bare_number_to_the_size_question_is_still_its_answer() -> None:
    slots, _, _ = validate(tracker("50, budget about 20k", requested="company_size", attributes=KNOWN))
    assert slots["attributes"]["company_size"]["min"] == 50


def test_a_sum_given_to_the_revenue_question_is_no_correction_of_the_budget() -> None:
    known = {**KNOWN, "company_size": {"min": 300, "max": 300}, "location": {"country": "US"},
             "budget": {"min": 2000, "max": 2000, "currency": "USD", "period": "month"}}
    slots, said, _ = validate(tracker("about 80M", requested="revenue", attributes=known))
    assert slots["attributes"]["revenue"]["min"] == 80_000_000 and slots["attributes"]["budget"]["min"] == 2000
    assert not any("budget" in s for s in said) and not (slots.get("heard") or {}).get("attributes"), said


CONFIRMING_INDUSTRY = {"attributes": {"industry": "fintech"}, "texts": {"industry": "we're a fintech"}}


@pytest.mark.parametrize("text", ["2k a month", "hmm", "not sure what you mean"])
def test_a_reply_to_an_industry_confirmation_never_makes_the_industry_other(text: str) -> None:
    slots, said, _ = validate(tracker(text, requested="industry", heard=CONFIRMING_INDUSTRY,
                                      confirming=["industry"], attributes={k: v for k, v in KNOWN.items()
                                                                           if k != "industry"}))
    assert "industry" not in slots["attributes"], slots["attributes"]
    if text == "2k a month":
        # Said back, and the confirmation asked again for the fintech industry, which it names.
        assert said == ["Noted: a budget of about $2k a month.", "I noted the fintech industry. Is that right?"], said
        return
    assert said[-1].startswith("I noted the fintech industry") and said[-1].endswith("Is that right?"), said


def test_money_given_to_the_industry_question_is_no_industry_other() -> None:
    known = {k: v for k, v in KNOWN.items() if k != "industry"}
    slots, said, _ = validate(tracker("2k a month", requested="industry", attributes=known))
    assert "industry" not in slots["attributes"] and slots["requested_slot"] == "industry", said
    assert slots["heard"]["attributes"]["budget"]["min"] == 2000


def test_an_industry_the_extractor_does_not_know_is_still_an_answer_to_its_question() -> None:
    known = {k: v for k, v in KNOWN.items() if k != "industry"}
    slots, _, _ = validate(tracker("we make bespoke harpsichords", requested="industry", attributes=known))
    assert slots["attributes"]["industry"] == "other"


def test_money_given_to_the_company_question_is_no_company_name() -> None:
    slots, said, _ = validate(tracker("about 60k for the year", requested="company",
                                      attributes={"need": KNOWN["need"]}))
    assert "company" not in slots["attributes"] and slots["heard"]["attributes"]["budget"]["min"] == 60000
    assert slots["requested_slot"] == "company" and not any("Sorry" in s for s in said), said


def test_a_third_unclear_reply_to_a_confirmation_asks_the_questions_instead() -> None:
    # The second gets how to answer it (test_a_confirmation_not_understood_twice_is_asked_as_how_to_answer_it).
    first, _, _ = validate(tracker("hmm", requested="need", heard=CONFIRMING_NEED, confirming=["need", "company_size"]))
    second, _, _ = validate(tracker("hmm", requested="need", heard=CONFIRMING_NEED,
                                    confirming=["need", "company_size"], progress=first["progress"]))
    slots, said, buttons = validate(tracker("hmm", requested="need", heard=CONFIRMING_NEED,
                                            confirming=["need", "company_size"], progress=second["progress"]))
    assert not slots["attributes"] and slots["requested_slot"] == "need" and not slots.get("confirming"), said
    assert not said[-1].startswith("I noted") and buttons and buttons[0]["payload"] == "/affirm", said
    assert "Just to be sure I have it right:" not in said


def test_an_answer_that_tells_more_is_said_back_whole_the_answer_first() -> None:
    known = {k: v for k, v in KNOWN.items() if k != "industry"}
    slots, said, _ = validate(tracker("logistics, we move freight across the UK", requested="industry",
                                      attributes=known))
    assert slots["attributes"]["industry"] == "logistics" and "location" in slots["heard"]["attributes"]
    assert said[0] == "Noted: the logistics industry and a base in the United Kingdom.", said
    assert len(said) == 2 and not said[1].startswith(("Thanks", "Got it", "Noted")), said


def test_an_answer_before_a_confirmation_is_acknowledged_by_value_first() -> None:
    known = {k: v for k, v in KNOWN.items()}
    heard = {"attributes": {"location": {"country": "GB"}}, "texts": {"location": "across the UK"}}
    slots, said, buttons = validate(tracker("about 40 people", requested="company_size", attributes=known,
                                            heard=heard))
    assert slots["attributes"]["company_size"]["min"] == 40 and slots["confirming"] == ["location"]
    assert said == ["Noted: about 40 people.", "I noted a base in the United Kingdom. Is that right?"], said
    assert [b["payload"] for b in buttons] == ["/affirm", "/deny"]


def test_yes_to_a_confirmation_says_nothing_back_again() -> None:
    heard = {"attributes": {"location": {"country": "GB"}}, "texts": {"location": "across the UK"}}
    known = {**KNOWN, "company_size": {"min": 40, "max": 40}}
    slots, said, _ = validate(tracker("yes", intent="affirm", requested="location", attributes=known, heard=heard,
                                      confirming=["location"]))
    assert slots["attributes"]["location"]["country"] == "GB"
    assert not any("United Kingdom" in s for s in said), said


@pytest.mark.parametrize("text", [
    "sales dropped a lot this year, that is why I am here",
    "honestly this year has been rough for our inbound",
    "dieses Jahr lief es nicht gut für uns",
])
def test_a_year_said_of_a_problem_is_no_start_date_and_the_timing_is_asked_again(text: str) -> None:
    known = {**KNOWN, "company_size": {"min": 40, "max": 40}, "location": {"country": "US"},
             "budget": {"min": 5000, "max": 5000, "currency": "USD", "period": "month"}}
    slots, said, _ = validate(tracker(text, requested="timing", attributes=known))
    assert "timing" not in slots["attributes"] and "timing" not in (slots.get("heard") or {}).get("attributes", {})
    assert slots["requested_slot"] == "timing", said


@pytest.mark.parametrize("text", ["ab Januar", "we'd like to get started in January next year"])
def test_a_start_date_to_the_timing_question_is_taken(text: str) -> None:
    known = {**KNOWN, "company_size": {"min": 40, "max": 40}, "location": {"country": "US"},
             "budget": {"min": 5000, "max": 5000, "currency": "USD", "period": "month"}}
    slots, _, _ = validate(tracker(text, requested="timing", attributes=known))
    assert slots["attributes"]["timing"]["target_date"], slots["attributes"]


@pytest.mark.parametrize(("text", "intent", "confidence", "stops"), [
    ("Abbiamo bisogno di più contatti qualificati", "stop", 0.7, False),
    ("Nous avons besoin de plus de rendez-vous commerciaux", "goodbye", 0.65, False),
    ("stop, we don't need any more leads", "stop", 0.9, True),
    ("basta così", "stop", 0.7, True),
    ("não quero continuar", "stop", 0.62, True),
])
def test_a_stop_the_classifier_is_unsure_of_in_a_message_stating_a_need_is_an_answer(
        text: str, intent: str, confidence: float, stops: bool) -> None:
    known = {**KNOWN, "company_size": {"min": 40, "max": 40}, "location": {"country": "US"}}
    events = asyncio.run(ValidateQualificationForm().run(
        CollectingDispatcher(), tracker(text, intent=intent, requested="budget", confidence=confidence,
                                        attributes=known, budget=None), {}))  # Rasa maps no stop to the slot
    assert (events == []) is stops, events


@pytest.mark.parametrize(("text", "confidence", "stops"), [
    ("stop, we don't need any more leads", 0.92, True),
    ("Abbiamo bisogno di più contatti qualificati", 0.72, False),
    ("Abbiamo bisogno di più contatti qualificati", 0.45, False),
])
def test_a_sure_stop_at_the_need_question_stops_whatever_need_its_words_name(
        text: str, confidence: float, stops: bool) -> None:
    events = asyncio.run(ValidateQualificationForm().run(
        CollectingDispatcher(), tracker(text, intent="stop", requested="need", confidence=confidence, need=None), {}))
    assert (events == []) is stops, events


@pytest.mark.parametrize(("text", "days"), [
    ("as soon as we can really, our pipeline is empty and the board is getting nervous", 7),
    ("en quelques semaines si possible, le temps de signer le contrat avec vous", 21),
    ("over een paar weken als het kan, als het contract getekend is", 14),
])
def test_a_date_only_the_timing_question_reads_in_a_long_reply_is_taken_unless_it_is_a_year(
        text: str, days: int) -> None:
    known = {**KNOWN, "company_size": {"min": 40, "max": 40}, "location": {"country": "US"},
             "budget": {"min": 5000, "max": 5000, "currency": "USD", "period": "month"}}
    slots, said, _ = validate(tracker(text, requested="timing", attributes=known))
    assert abs(slots["attributes"]["timing"]["horizon_days"] - days) <= 3, said
