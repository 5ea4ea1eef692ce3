"""A job seeker who asks about jobs at the first question (issue 14), through the real bot, in seven languages.

"Vocês estão contratando?" to "what can we help with?" used to be stored as the visitor's need, with the job seeker
heard beside it; "are you hiring?" in English got "I'm not sure about that one" and the question again. Who the
visitor is, in a way the playbook turns away, is heard and confirmed ("I noted that you're looking for a job. Is
that right?"), as when they open with it; on a yes the conversation closes as for any job seeker, and nothing of
the question is stored as a need. A need that names what a business wants ("we're hiring fast and need more
leads") stays a need.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

ASKED_ABOUT_JOBS = [
    ("en", "hi", "are you hiring?"), ("en", "hi", "any openings for a designer?"),
    ("de", "Hallo", "Stellen Sie gerade ein?"), ("fr", "Bonjour", "Vous recrutez ?"),
    ("es", "Hola", "¿Están contratando?"), ("it", "Buongiorno", "cerco lavoro, avete posizioni aperte?"),
    ("nl", "Hallo", "Hebben jullie vacatures?"), ("pt", "Olá", "Vocês estão contratando?"),
    ("pt", "Olá", "Têm vagas?"),
]


@pytest.mark.parametrize(("lang", "hello", "said"), ASKED_ABOUT_JOBS)
def test_a_job_seeker_at_the_need_question_is_confirmed_closed_and_no_need_is_stored(
        stack: Stack, playbook: Playbook, lang: str, hello: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(hello)
    assert asked(reply, playbook, lang) == "need", v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) == CONFIRM, f"who they are was not heard and confirmed:\n{v.history()}"
    assert said not in reply, f"the question was said back as a need:\n{v.history()}"
    reply = v.say(translate("Yes", lang).lower())
    assert asked(reply, playbook, lang) is None, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["stage"] == "disqualified", v.history()
    assert lead["attributes"].get("persona") == "job_seeker", lead["attributes"]
    assert "need" not in lead["attributes"], f"stored as a need: {lead['attributes'].get('need')}"
    assert not any(a["question_id"] == "need" for a in lead["answers"]), lead["answers"]


@pytest.mark.parametrize(("lang", "said"), [("en", "we're hiring fast and need more inbound leads"),
                                            ("pt", "estamos contratando e precisamos de mais leads")])
def test_a_business_that_is_hiring_keeps_its_need(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say("hi")
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, "need", CONFIRM), f"the need was not taken:\n{v.history()}"
