"""A short name that is also a yes, said alone at the name question, is the name (issue 14), through the real bot.

"Jo" is a name, and in German and Dutch chat also a yes ("jo", as set 9's andrea says it). To "Wie heißen Sie?"
it answers the question: the visitor is called Jo. The name question asks for a name, so a short word shaped like
a name there is the name, whatever the classifier makes of it, in every language the bot speaks; a bare yes in
lower case ("ja", "yes") names nobody and is never stored as one (the near misses). (Checked 2026-12-04: the
bot asks for the name, and already takes "Jo" there; this guards it. An Italian "Si" there gets "non ho capito":
a yes typed without its accent as much as a name, left so.)
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_start_date_inside_a_long_reply_is_the_timing import attributes
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

# lang, a short name that is also a word of agreement somewhere.
NAMES = [("de", "Jo"), ("nl", "Jo"), ("en", "Jo"), ("es", "Jo"), ("pt", "Jo")]
# lang, a bare yes in lower case: no name.
NOT_NAMES = [("de", "ja"), ("en", "yes")]
# The yes to the privacy question, which comes before the name.
AGREES = {"de": "ja", "nl": "ja", "en": "yes", "es": "sí", "pt": "sim"}


def at_the_name_question(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(ANSWERS[lang]["need"])
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot == "name":
            return
        assert slot is not None, f"the name question was never asked:\n{v.history()}"
        reply = v.say(AGREES[lang] if slot == "consent" else ANSWERS[lang].get(slot, "skip"))
    raise AssertionError(f"the name question was never asked:\n{v.history()}")


@pytest.mark.parametrize(("lang", "said"), NAMES)
def test_a_short_name_alone_at_the_name_question_is_stored_as_the_name(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_name_question(v, playbook, lang)
    v.say(said)
    assert attributes(stack, v.sender).get("name") == said, v.history()


@pytest.mark.parametrize(("lang", "said"), NOT_NAMES)
def test_a_bare_yes_at_the_name_question_is_no_name(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_name_question(v, playbook, lang)
    v.say(said)
    assert attributes(stack, v.sender).get("name") is None, v.history()
