"""An answer to a question on screen that the classifier calls a greeting is not greeted (issue 14).

"Lisboa" to "Which city or time zone are you in?" was the classifier's greet: the bot answered "Hi! I'm the
assistant of our marketing team ..." before the times. Outside the questions, a greeting is answered only when it is
said as one (it opens with a hello, in any of the seven languages) or when no question of the bot's waits: the first
message, or after a line that asks nothing. Inside the questions the form reads every reply as an answer already.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.booking import ASK_ZONE
from bot.actions.language import ActionGreet, speaking
from bot.actions.phrasebook import translate, zone_name
from harness.stack import Stack
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered
from tests.bot.test_the_visitors_words_around_the_call_times_are_read_for_what_they_are import click

ANSWERED = "Thanks for your message. Is there anything else I can help you with?"


def _greeted(text: str, lang: str, last_bot: str | None, **slots: object) -> list[str]:
    events = ([{"event": "bot", "timestamp": 1.0, "text": translate(last_bot, lang)}] if last_bot else []) + [
        {"event": "user", "timestamp": 2.0, "text": text}]
    t = Tracker("conv-greet", {"language": lang, **slots}, {"text": text, "intent": {"name": "greet", "confidence": 0.7}},
                events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        asyncio.run(ActionGreet().run(dispatcher, t, {}))
    return [m.get("text") or "" for m in dispatcher.messages]


@pytest.mark.parametrize(("lang", "said"), [("en", "Lisboa"), ("de", "Lissabon"), ("fr", "Londres"),
                                            ("es", "Nueva York"), ("pt", "Lisboa"), ("it", "Londra"), ("nl", "Londen"),
                                            ("en", "Central time")])
def test_a_place_at_the_zone_question_is_not_greeted(lang: str, said: str) -> None:
    assert _greeted(said, lang, ASK_ZONE, awaiting_zone=True, lead_id="lead-1") == []


@pytest.mark.parametrize(("lang", "said"), [("en", "Manchester"), ("de", "Köln"), ("fr", "Bordeaux")])
def test_a_reply_to_any_question_of_the_bots_is_not_greeted(lang: str, said: str) -> None:
    assert _greeted(said, lang, ANSWERED) == []


@pytest.mark.parametrize(("lang", "said", "last_bot"), [
    ("en", "hi", None), ("de", "Guten Tag", None), ("fr", "Bonjour", ASK_ZONE), ("es", "hola de nuevo", ANSWERED),
    ("pt", "bom dia", ANSWERED), ("it", "buongiorno!", ANSWERED), ("nl", "hoi", ANSWERED), ("en", "hey there", ASK_ZONE),
    ("en", "Lisboa", None),
])
def test_a_hello_or_a_first_message_is_greeted(lang: str, said: str, last_bot: str | None) -> None:
    # Near misses: said as a greeting (even with a question waiting), or with no question waiting at all.
    assert len(_greeted(said, lang, last_bot)) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "place", "tz"), [("en", "Lisboa", "Europe/Lisbon"), ("de", "Lissabon", "Europe/Lisbon")])
def test_a_place_at_the_zone_question_through_the_bot_gets_the_times_without_a_hello(
        stack: Stack, playbook: Playbook, lang: str, place: str, tz: str) -> None:
    v = offered(stack, playbook, lang)
    assert translate(ASK_ZONE, lang) in click(v, "Other time zone", lang), v.history()
    reply = v.say(place)
    hello = translate("Hi! I'm the assistant of our marketing team. I'll ask a few quick questions so the right person "
                      "can help you.", lang).split("!")[1].strip()[:20]
    assert hello not in reply, f"a place answered with a hello:\n{v.history()}"
    assert f"({zone_name(tz, lang)}" in reply, v.history()
