"""The conversation after "stop" (issue 14), through the real Rasa, action server and service.

Each test stands for a kind of message a stopped visitor sends, not for its words:
a question to us (about their data, our prices, our process) is answered from
the playbook's FAQ, nothing of it stored, then the "start again" hint; a
request to carry on, in any of the bot's languages, is "start again": a fresh
form, with consent asked again.
"""

from __future__ import annotations

import sqlite3

import pytest

from bot.actions.conversation import STOPPED_HINT
from bot.actions.phrasebook import translate
from harness.script import CONSENT_CUE, SQL_ANSWERS, asked_slot, converse
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked
from webhooks.studio import transcript

pytestmark = pytest.mark.slow


def stopped(v: Visitor, playbook: Playbook, lang: str = "en") -> None:
    """A visitor who answers the first question, then stops."""
    reply = v.say("hi")
    assert asked(reply, playbook, lang) not in (None, CONFIRM), v.history()
    reply = v.say("stop")
    assert asked(reply, playbook, lang) is None, v.history()


def stored_text(stack: Stack, sender: str) -> str:
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        return " ".join(data for (data,) in db.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)))


@pytest.mark.parametrize(("question", "entry"), [
    ("do you keep my messages?", "data"),
    ("what do you do with my data?", "data"),
    ("what do you charge?", "pricing"),
    ("how much does it cost?", "pricing"),
    ("how does working with you work?", "process"),
])
def test_a_question_to_us_after_stop_is_answered_from_the_faq_stored_nowhere_then_the_hint(
        stack: Stack, playbook: Playbook, question: str, entry: str) -> None:
    v = Visitor(stack.rasa_url)
    stopped(v, playbook)
    reply = v.say(question)
    answer = playbook.faq_answer(next(e for e in playbook.faq if e.id == entry))
    assert answer and answer[:40] in reply, f"not answered from the FAQ:\n{v.history()}"
    assert reply.rstrip().endswith(translate(STOPPED_HINT, "en")), f"no hint after the answer:\n{v.history()}"
    assert asked_slot(reply, playbook) is None, v.history()
    assert question not in stored_text(stack, v.sender), "the question was stored"
    assert stack.lead_for(v.sender) is None, v.history()


@pytest.mark.parametrize("said", ["our budget is about 90k and I'm the CEO", "no, I don't want to continue",
                                  "let's continue: budget 90k, I'm the CEO"])
def test_a_statement_or_a_refusal_to_go_on_after_stop_gets_only_the_hint(
        stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    stopped(v, playbook)
    reply = v.say(said)
    assert reply == translate(STOPPED_HINT, "en"), v.history()
    assert "90k" not in stored_text(stack, v.sender) and stack.lead_for(v.sender) is None, v.history()


@pytest.mark.parametrize("said", ["can we continue where we left off?", "shall we carry on?", "ok let's go on"])
def test_asking_to_carry_on_after_stop_is_start_again_with_consent_asked_again(
        stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    stopped(v, playbook)
    restart = len(v.transcript)
    reply = v.say(said)
    slot = asked_slot(reply, playbook)
    assert slot not in (None, CONFIRM), f"only the hint:\n{v.history()}"
    converse(v, playbook, SQL_ANSWERS, opening=SQL_ANSWERS[slot])
    assert any(CONSENT_CUE in bot for _, bot in v.transcript[restart:]), f"consent not asked again:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"]["budget"]["min"] == 60000, v.history()


@pytest.mark.parametrize(("lang", "said"), [
    ("de", "weiter?"), ("de", "können wir weitermachen?"), ("fr", "on reprend ?"), ("es", "¿seguimos?"),
    ("it", "continuiamo?"), ("pt", "podemos continuar?"), ("nl", "verder?"),
])
def test_asking_to_carry_on_after_stop_in_the_visitors_language_starts_a_fresh_form(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say("hi")
    assert asked(reply, playbook, lang) not in (None, CONFIRM), v.history()
    reply = v.say("stop")
    assert asked(reply, playbook, lang) is None, v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, CONFIRM), f"only the hint:\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), [("en", "shall we carry on?"), ("de", "kein Problem, weiter")])
def test_a_request_to_carry_on_after_stop_is_kept_in_the_transcript_in_the_visitors_words(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    stopped(v, playbook, lang)
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, CONFIRM), v.history()
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        rows = list(db.execute("SELECT type_name, timestamp, data FROM events WHERE sender_id = ? "
                               "AND type_name IN ('user', 'bot') ORDER BY id", (v.sender,)))
    visitor = [line for line in transcript.lines(rows) if line.speaker == transcript.VISITOR]
    assert [line.text for line in visitor][-1] == said and not visitor[-1].clicked, visitor
