"""The greeting's hello in the visitor's register (bot.actions.greeting), in the seven languages."""

from __future__ import annotations

import pytest

from bot.actions.greeting import formal_greeting, in_their_register
from bot.actions.language import GREETINGS
from bot.actions.phrasebook import translate


@pytest.mark.parametrize(("lang", "said", "opens"), [
    ("it", "Buongiorno", "Buongiorno! "), ("it", "buonasera, avrei una domanda", "Buonasera! "),
    ("de", "guten tag", "Guten Tag! "), ("fr", "Bonsoir", "Bonsoir ! "), ("es", "buenos dias", "¡Buenos días! "),
    ("pt", "Bom dia!", "Bom dia! "), ("nl", "Goedemorgen", "Goedemorgen! "), ("en", "Good morning", "Good morning! "),
])
def test_a_formal_or_time_of_day_greeting_opens_the_bots_greeting(lang: str, said: str, opens: str) -> None:
    for greeting in GREETINGS:
        text = in_their_register(translate(greeting, lang), said, lang)
        assert text.startswith(opens) and text.count("!") == translate(greeting, lang).count("!"), text


@pytest.mark.parametrize(("lang", "said"), [("it", "Ciao"), ("en", "hi"), ("de", "Hallo"), ("es", "hola"),
                                             ("fr", "salut"), ("it", "buongiornissimo caffè"), ("en", "good")])
def test_another_hello_leaves_the_bots_greeting_as_it_is(lang: str, said: str) -> None:
    assert formal_greeting(said, lang) is None
    for greeting in GREETINGS:
        assert in_their_register(translate(greeting, lang), said, lang) == translate(greeting, lang)


def test_the_italian_greeting_never_opens_with_an_informal_ciao() -> None:
    assert not any(translate(greeting, "it").startswith("Ciao") for greeting in GREETINGS)
