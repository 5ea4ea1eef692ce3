""""Am I chatting with a real person?" is a question about us; "can I talk to a person?" asks for one (issue 14).

tests/bot/data/held_out_bot_or_person.yml was written blind, before the
training examples changed: lines asking whether a bot answers, and lines
asking for a person, in seven languages. Measured with the real classifier:
before, 10 of 22 questions read as a question about us (the rest handed the
visitor to a person unasked) and 14 of 16 requests as requests; after the
training examples of this change, 20 of 22 and 15 of 16.

Through the real bot, the question gets the playbook's honest answer and a
button that offers a person, and nobody is fetched; the request still hands
over.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from harness.stack import Stack, Visitor

pytestmark = pytest.mark.slow

HELD_OUT = Path(__file__).with_name("data") / "held_out_bot_or_person.yml"


@pytest.fixture(scope="module")
def intents(bot_model: Path) -> dict[str, list[tuple[str, str]]]:
    from rasa.core.agent import Agent

    held_out = yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))
    agent = Agent.load(str(bot_model))

    async def parse() -> dict[str, list[tuple[str, str]]]:
        parsed: dict[str, list[tuple[str, str]]] = {}
        for label, texts in held_out.items():
            parsed[label] = [(text, (await agent.parse_message(text))["intent"]["name"]) for text in texts]
        return parsed

    return asyncio.run(parse())


def test_a_question_whether_a_person_answers_is_read_as_one_in_seven_languages(intents) -> None:
    wrong = [(text, intent) for text, intent in intents["asks_whether_bot"] if intent != "bot_challenge"]
    print(f"asks whether a bot answers: {len(intents['asks_whether_bot']) - len(wrong)}/{len(intents['asks_whether_bot'])}")
    assert len(wrong) <= 2, wrong
    handed_over = [text for text, intent in intents["asks_whether_bot"] if intent == "request_human"]
    assert handed_over == []


def test_a_request_for_a_person_is_still_read_as_one(intents) -> None:
    wrong = [(text, intent) for text, intent in intents["asks_for_person"] if intent != "request_human"]
    print(f"asks for a person: {len(intents['asks_for_person']) - len(wrong)}/{len(intents['asks_for_person'])}")
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("en", "hold on, am I messaging with an actual human?", "a bot, not a person"),
    ("de", "schreibe ich gerade mit einem echten Menschen?", "ein Bot, kein Mensch"),
    ("es", "¿me responde una persona de carne y hueso?", "un bot, no una persona"),
])
def test_the_question_gets_the_honest_answer_and_a_person_offered_not_fetched(
        stack: Stack, lang: str, question: str, answer: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say({"en": "hi", "de": "Hallo", "es": "Hola"}[lang])
    reply = v.say(question)
    assert answer in reply, v.history()
    assert any(payload == "/request_human" for _, payload in v.buttons), v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or not lead.get("human_request"), v.history()
    reply = v.say("/request_human")
    assert {"en": "talk to a person", "de": "mit einer Person sprechen", "es": "hablar con una persona"}[lang] \
        in reply, v.history()
