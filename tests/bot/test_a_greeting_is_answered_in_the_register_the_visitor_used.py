"""A greeting is answered in the register the visitor used (issue 14), through the real bot.

"Buongiorno" was answered "Ciao!", then every question in the formal Lei. A formal or time-of-day greeting is said
back as the visitor said it ("Buongiorno!", "Guten Tag!", "¡Buenos días!"), in the seven languages; any other hello
opens with the language's own, never an informal one before formal questions ("ciao" gets "Salve!").
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

FORMAL = [
    ("it", "Buongiorno", "Buongiorno!"), ("it", "buonasera!", "Buonasera!"), ("de", "Guten Tag", "Guten Tag!"),
    ("fr", "Bonsoir", "Bonsoir !"), ("es", "Buenos días", "¡Buenos días!"), ("pt", "Bom dia", "Bom dia!"),
    ("nl", "Goedemorgen", "Goedemorgen!"), ("en", "Good morning", "Good morning!"),
]
# A hello that names no register: the bot's own, formal or neutral.
OTHER = [("it", "Ciao", "Salve!"), ("en", "hi", None), ("de", "Hallo", "Hallo!"), ("es", "Hola", "¡Hola!")]


@pytest.mark.parametrize(("lang", "hello", "back"), FORMAL)
def test_a_formal_greeting_is_said_back_as_the_visitor_said_it(
        stack: Stack, playbook: Playbook, lang: str, hello: str, back: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(hello)
    assert reply.startswith(back), v.history()
    assert asked(reply, playbook, lang) == "need", v.history()


@pytest.mark.parametrize(("lang", "hello", "back"), OTHER)
def test_another_hello_opens_with_the_languages_own_and_never_an_informal_one(
        stack: Stack, playbook: Playbook, lang: str, hello: str, back: str | None) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(hello)
    assert not reply.startswith("Ciao"), v.history()
    assert back is None or reply.startswith(back), v.history()
    assert asked(reply, playbook, lang) == "need", v.history()
