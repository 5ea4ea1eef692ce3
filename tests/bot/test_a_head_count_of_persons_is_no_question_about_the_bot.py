"""A head count said in persons is no question about the bot (issue 14), in seven languages.

Played on make run: "une dizaine de personnes" to the need question (and "una decina di persone") got "Je suis
l'assistant virtuel de Brightline Growth Partners : un bot, pas une personne", the classifier's bot_challenge
("personne" as in "are you a person?"), and the ten people went unheard. A message the classifier calls "are you a
bot?" that reads as no question, says nothing of the bot and states a value (a size, a budget, a place ...) is read by
the form as facts. Near misses: "vous êtes une personne ?", "sei una persona vera?", "are you a real person?", "sind
Sie ein Mensch?", "¿eres una persona?", "é uma pessoa?", "ben je een mens?" are still answered.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_company_registration_number_is_no_phone_number_and_no_part_of_the_name import HELLO
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

COUNTED = [
    ("fr", "une dizaine de personnes", "10"),
    ("it", "una decina di persone", "10"),
    ("en", "about a dozen persons", "12"),
    ("de", "ungefähr zehn Personen", "10"),
    ("es", "unas diez personas", "10"),
    ("pt", "cerca de dez pessoas", "10"),
    ("nl", "we zijn met 12 personen", "12"),
]
ASKED = [
    ("fr", "vous êtes une personne ?"),
    ("it", "sei una persona vera?"),
    ("en", "are you a real person?"),
    ("de", "sind Sie ein Mensch?"),
    ("es", "¿eres una persona?"),
    ("pt", "é uma pessoa?"),
    ("nl", "ben je een mens?"),
]
BOT = {"fr": "un bot", "it": "un bot", "en": "a bot", "de": "ein Bot", "es": "un bot", "pt": "um bot", "nl": "een bot"}


@pytest.mark.parametrize(("lang", "said", "count"), COUNTED)
def test_a_head_count_in_persons_is_heard_not_answered_as_a_bot_question(
    stack: Stack, playbook: Playbook, lang: str, said: str, count: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(said)
    assert BOT[lang] not in reply, f"answered as 'are you a bot?':\n{v.history()}"
    assert count in reply, f"the head count not heard:\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), ASKED)
def test_asking_whether_the_bot_is_a_person_is_still_answered(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    reply = v.say(said)
    assert BOT[lang] in reply, v.history()
    assert asked(reply, playbook, lang) == "need", v.history()
