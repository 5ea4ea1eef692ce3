"""A visitor who tells us something and asks a question in one message, through the real stack (issue 14).

"we're a small bakery chain around Lyon. how much does it cost usually?" gets the FAQ's answer, and the
sentence that told us something is not dropped: its values are heard, said back, and confirmed in their
turn, so the lead ends with the place they said, not one asked for again. The cases stand for a statement
sentence before a question, in three of the bot's languages.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import GERMAN_ANSWERS, SPANISH_ANSWERS, asked, converse

pytestmark = pytest.mark.slow

ANSWERS = {"en": SQL_ANSWERS, "de": GERMAN_ANSWERS, "es": SPANISH_ANSWERS}


@pytest.mark.parametrize(("lang", "greeting", "said", "city", "country"), [
    ("en", "hi", "interesting. we're a small bakery chain, 6 shops around Lyon. how much does it cost usually?",
     "Lyon", "FR"),
    ("de", "Hallo", "Wir sind ein Maschinenbauer aus Stuttgart mit 200 Leuten. Was kostet das bei Ihnen?",
     "Stuttgart", "DE"),
    ("es", "Hola", "Somos una clínica dental en Valencia. ¿Cuánto cobran más o menos?", "Valencia", "ES"),
])
def test_a_sentence_told_before_a_question_is_heard_said_back_and_kept_while_the_question_is_answered(
        stack: Stack, playbook: Playbook, lang: str, greeting: str, said: str, city: str, country: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    first = asked(v.say(greeting), playbook, lang)
    reply = v.say(said)
    pricing = playbook.faq_answer(next(e for e in playbook.faq if e.id == "pricing"))
    assert pricing and ("5,000" in reply or "5.000" in reply), f"the question was not answered:\n{v.history()}"
    noted = translate("Noted: {what}.", lang, what="\x00").split("\x00")[0]
    assert any(line.startswith(noted) and city in line for line in reply.splitlines()), \
        f"what they told us was dropped:\n{v.history()}"
    assert asked(reply, playbook, lang) == first, v.history()
    converse(v, playbook, ANSWERS[lang], lang, ANSWERS[lang][first or "need"])
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    location = lead["attributes"].get("location") or {}
    assert location.get("city") == city and location.get("country") == country, v.history()
