"""What the form makes of a reply, answer or digression, with the real classifier (issue 14).

tests/bot/data/held_out_form_replies.yml was written blind: answers to the
form's questions in seven languages (dates, amounts, company and people's
names that look like "stop" or "pricing"), and digressions (stop, a person,
skip, yes, no). The classifier alone sends some answers off as digressions at
the form's 0.6 bar ("before end of Q1" stop 0.60, "Exit Strategy Partners"
stop 0.82, "Inês Costa" ask_pricing 0.75); the form's gate
(``bot.actions.form.digresses``) must read every one of them as an answer.
Measured at the commit that added the gate: the classifier alone (a refused
intent at 0.6 or more) sends off 6 of 59 answers; the form's former rule (that,
unless the reply states the slot asked) 3 ("End Point Labs", "Exit Strategy
Partners", "Inês Costa"); with the gate 0. Stop and human digressions: 7 of 10.
After stop, request_human and inform examples of the same kinds (bot/data/nlu.yml, none of these
texts): classifier alone 7 of 59 answers sent off, the form 0; stop and human 10 of 10.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.actions.form import DIGRESSION_CONFIDENCE, digresses
from nlu.extract import extract
from nlu.language import language

pytestmark = pytest.mark.slow

HELD_OUT = Path(__file__).with_name("data") / "held_out_form_replies.yml"
DOMAIN = Path(__file__).parents[2] / "bot" / "domain.yml"


def refused_intents() -> set[str]:
    """The intents a form slot's mapping refuses: the messages the form may hand to a digression's rule."""
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    return {intent for slot in domain["slots"].values() for mapping in slot.get("mappings") or ()
            for intent in mapping.get("not_intent") or ()}


@pytest.fixture(scope="module")
def parsed(bot_model: Path) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    held_out = yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))
    agent = Agent.load(str(bot_model))
    cases = [("answer", slot, text) for slot, texts in held_out["answers"].items() for text in texts] + [
        ("digression", intent, text) for intent, texts in held_out["digressions"].items() for text in texts]

    async def parse() -> list[dict[str, Any]]:
        results = []
        for kind, label, text in cases:
            intent = (await agent.parse_message(text))["intent"]
            results.append({"kind": kind, "label": label, "text": text, "intent": intent["name"],
                            "confidence": intent["confidence"]})
        return results

    return asyncio.run(parse())


def sent_off(case: dict[str, Any], slot: str) -> bool:
    """Whether the form, asking ``slot``, hands the reply to a digression's rule instead of reading it."""
    if case["intent"] not in refused_intents():
        return False
    text = case["text"]
    free = extract(text, now=date.today(), lang=language(text).code)
    return digresses(case["intent"], case["confidence"], text, free, slot)


def test_no_answer_to_a_question_is_taken_for_a_stop_a_request_or_a_question(parsed) -> None:
    answers = [c for c in parsed if c["kind"] == "answer"]
    by_classifier = [c["text"] for c in answers
                     if c["intent"] in refused_intents() and c["confidence"] >= DIGRESSION_CONFIDENCE]
    by_form = [(c["text"], c["intent"], round(c["confidence"], 2)) for c in answers if sent_off(c, c["label"])]
    print(f"answers sent off: classifier alone {len(by_classifier)}/{len(answers)}, form {len(by_form)}/{len(answers)}")
    assert by_form == []


@pytest.mark.parametrize("slot", ["company", "budget", "need"])
def test_a_stop_or_a_request_for_a_person_is_one_whatever_the_question(parsed, slot: str) -> None:
    meant = [c for c in parsed if c["kind"] == "digression" and c["label"] in ("stop", "request_human")]
    missed = [(c["text"], c["intent"], round(c["confidence"], 2)) for c in meant
              if c["intent"] != c["label"] or not sent_off(c, slot)]
    print(f"stop and human recognised asking {slot}: {len(meant) - len(missed)}/{len(meant)}")
    assert len(missed) <= 3, missed


def test_yes_no_and_skip_are_read_as_such(parsed) -> None:
    meant = [c for c in parsed if c["kind"] == "digression" and c["label"] in ("affirm", "deny", "skip")]
    wrong = [(c["text"], c["label"], c["intent"]) for c in meant if c["intent"] != c["label"]]
    assert len(wrong) <= 2, wrong
