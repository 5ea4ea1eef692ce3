"""A phone number volunteered at any question is answered, and never stored as anything (issue 14).

"+64 21 555 0199 is my mobile" at the privacy question got "Sorry, I didn't catch that."; at the size question the
same digits were 64 employees, "0171 2345678" 171. We don't ask for a phone number: the bot says so (we write by
email, or talk on a booked call), and asks the question on screen again; no digit of the number becomes a budget,
a size or a name. Said with an answer ("I'm Ana Costa, 021 555 0199"), the answer is read without the number.
Figures that are no number to dial (a budget written with spaces, a year range, a date) are read as before.
"""

from __future__ import annotations

import json

import pytest

from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.phrasing import NO_PHONE
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_form import tracker, validate

GIVEN = {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme"}}
PHONES = [("en", "+64 21 555 0199 is my mobile"), ("en", "my number is 021 555 0199"),
          ("en", "you can call me on 07700 900123"), ("de", "meine Handynummer ist 0171 2345678"),
          ("fr", "mon portable : 06 12 34 56 78"), ("es", "mi móvil es +34 612 345 678"),
          ("pt", "o meu telemóvel é 912 345 678"), ("it", "il mio cellulare è 333 1234567"),
          ("nl", "mijn mobiel is 06 12345678")]
# Questions whose reading takes digits (sizes, sums, a name's or company's words), and the privacy question.
QUESTIONS = ("company_size", "budget", "revenue", "name", "consent")


@pytest.mark.parametrize("requested", QUESTIONS)
@pytest.mark.parametrize(("lang", "said"), PHONES)
def test_a_phone_number_alone_is_answered_and_the_question_asked_again(lang: str, said: str, requested: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested=requested, **GIVEN))
    assert translate(NO_PHONE, lang) in texts, texts
    # Nothing read: no attribute, no answer, nothing heard; the question on screen stays open.
    assert "attributes" not in slots and "answers" not in slots and "heard" not in slots, slots
    assert slots.get(requested) is None, slots


@pytest.mark.parametrize(("lang", "requested", "said", "field", "kept"), [
    ("en", "name", "I'm Ana Costa, 021 555 0199", "name", "Ana Costa"),
    # The name first, the number offered after it: the name is the answer ("meine Handynummer ist" is none).
    ("pt", "name", "Rogério Alves - se preferir, meu WhatsApp é (31) 99876-5432", "name", "Rogério Alves"),
    ("de", "company_size", "wir sind 18 Leute, Handy 0171 2345678", "company_size", {"min": 18, "max": 18}),
])
def test_an_answer_said_with_a_phone_number_is_read_without_it(lang: str, requested: str, said: str, field: str,
                                                               kept: object) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested=requested, **GIVEN))
    assert translate(NO_PHONE, lang) in texts, texts
    assert slots["attributes"].get(field) == kept, slots
    assert "0171" not in json.dumps(slots) and "555" not in json.dumps(slots["attributes"]), slots


@pytest.mark.parametrize(("lang", "requested", "said"), [
    ("en", "budget", "around 150 000 a year"), ("fr", "budget", "1 500 000 € par an"),
    ("en", "company_size", "120 people"), ("en", "timing", "sometime 2025 - 2026"),
    # Dates in digits, which start with a "0" as a trunk number does.
    ("de", "timing", "ab 01.02.2025"), ("en", "timing", "01/03/2026 - 31/03/2026"),
])
def test_figures_that_dial_nothing_are_no_phone_number(lang: str, requested: str, said: str) -> None:
    with speaking(lang):
        _, texts, _ = validate(tracker(said, requested=requested, **GIVEN))
    assert translate(NO_PHONE, lang) not in texts, texts


@pytest.mark.slow
@pytest.mark.parametrize("at", ["consent", "budget", "company_size"])
def test_a_phone_number_through_the_bot_is_answered_and_not_in_the_lead(stack: Stack, playbook: Playbook,
                                                                        at: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    for _ in range(25):
        slot = asked_slot(reply, playbook)
        assert slot is not None, v.history()
        if slot == at:
            break
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))
    reply = v.say("+64 21 555 0199 is my mobile")
    assert NO_PHONE in reply, f"the phone number was not answered:\n{v.history()}"
    assert "didn't catch" not in reply, v.history()
    assert asked_slot(reply, playbook) == at, f"the question was not asked again:\n{v.history()}"
    reply = v.say(SQL_ANSWERS[at])
    for _ in range(25):
        slot = asked_slot(reply, playbook)
        if slot is None:
            break
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    stored = json.dumps([lead["attributes"], lead["answers"]])
    assert "0199" not in stored and "555" not in stored, stored
    assert (lead["attributes"].get("company_size") or {}).get("max") != 64, lead["attributes"]
