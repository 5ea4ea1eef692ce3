"""A stop said with regret ("ich muss jetzt leider aufhören") or after being held up ("hang on, stop, a customer just
walked in", persona set 15's luke) stops, through the real bot (issue 14); what the visitor needs to stop doing ("ich
muss aufhören, Geld zu verbrennen") is the need, and the questions go on. The readers are tested in process in
``test_a_visitor_who_must_stop_now_with_regret_is_heard_leaving``; this checks the classifier's reading and the
pipeline's and form's stop readers together.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_need_stated_in_any_language_never_stops_the_conversation import HELLO, at_the_budget_question
from tests.bot.test_a_refusal_to_go_on_stops_like_stop import stopped
from tests.bot.test_a_visitor_who_must_stop_now_with_regret_is_heard_leaving import HELD_UP_STOPS, STOPS
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("lang", list(STOPS))
def test_a_stop_with_regret_at_the_need_question_stops(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(STOPS[lang][0])
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()
    assert stack.lead_for(v.sender) is None, v.history()


@pytest.mark.parametrize("lang", ["en", "de", "nl"])
def test_a_stop_after_hang_on_at_a_later_question_stops(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_budget_question(v, playbook, lang)
    reply = v.say(HELD_UP_STOPS[lang])
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()


def test_what_the_visitor_must_stop_doing_is_the_need_and_the_questions_go_on(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de"})
    v.say(HELLO["de"])
    reply = v.say("ich muss aufhören, Geld zu verbrennen")
    assert not stopped(reply, "de"), f"a need stopped the chat:\n{v.history()}"
    assert asked(reply, playbook, "de") is not None, v.history()
