"""A bare hello mid-conversation ("ciao", "hello?", "hallo", "salut") is answered, and the question on screen asked
again (issue 14).

Played on make run: "ciao" to "I noted ... Is that right?" got "Just to be sure I have it right:" (a reply not
understood, counted as a miss), and "hello" to the company question "Sorry, I didn't catch that". A hello is neither
a yes, a no, nor an answer: the visitor's own word is said back ("Ciao!", which is polite whether they greet or take
leave) and the question waits. Goodbyes only ("tchau", "doei", "bye") are left to the goodbye; a hello before an
answer ("ciao, siamo Rossi srl") is that answer.
"""

from __future__ import annotations

import pytest

from bot.actions.greeting import only_greets
from bot.actions.language import speaking
from tests.bot.test_form import KNOWN, playbook, tracker, validate  # noqa: F401 (fixture)

HELLOS = [
    ("it", "ciao", "Ciao!"), ("it", "Ciao a tutti", "Ciao!"), ("it", "salve", "Salve!"), ("en", "hello?", "Hello!"),
    ("en", "hi again", "Hi!"), ("en", "ciao", "Ciao!"), ("de", "hallo", "Hallo!"), ("de", "Hallo zusammen", "Hallo!"),
    ("fr", "salut", "Salut !"), ("fr", "bonjour", "Bonjour !"), ("es", "hola", "¡Hola!"), ("es", "hola de nuevo", "¡Hola!"),
    ("pt", "olá", "Olá!"), ("pt", "oi", "Oi!"), ("nl", "hoi", "Hoi!"), ("nl", "hallo", "Hallo!"),
]
NO_BARE_HELLO = [("pt", "tchau"), ("nl", "doei"), ("en", "bye"), ("it", "ciao, siamo Rossi srl"),
                 ("en", "hi, we're 20 people"), ("it", "Ciao Bella Srl"), ("en", "hello@acme.io"), ("de", "hallo 123")]
HEARD = {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}},
         "texts": {"need": "we need more leads"}}


@pytest.mark.parametrize(("lang", "text", "back"), HELLOS)
def test_a_bare_hello_is_said_back_as_the_visitor_wrote_it(lang: str, text: str, back: str) -> None:
    assert only_greets(text, lang) == back


@pytest.mark.parametrize(("lang", "text"), NO_BARE_HELLO)
def test_a_goodbye_or_a_hello_before_an_answer_is_no_bare_hello(lang: str, text: str) -> None:
    assert only_greets(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "back"), HELLOS)
def test_a_hello_at_a_confirmation_confirms_nothing_and_asks_it_again(lang: str, text: str, back: str) -> None:
    with speaking(lang):
        slots, said, buttons = validate(tracker(text, intent="greet", requested="need", heard=HEARD,
                                                confirming=["need"]))
    assert said[0] == back and len(said) == 2, said
    assert slots.get("confirming") == ["need"] and not slots.get("attributes"), slots
    assert [b["payload"] for b in buttons] == ["/affirm", "/deny"], buttons
    assert not ((slots.get("progress") or {}).get("misses")), slots


@pytest.mark.parametrize(("lang", "text", "back"), [("it", "ciao", "Ciao!"), ("en", "hello", "Hello!"),
                                                    ("pt", "olá", "Olá!")])
def test_a_hello_at_an_open_question_is_no_answer_and_the_question_is_asked_again(lang: str, text: str,
                                                                                 back: str) -> None:
    known = {k: v for k, v in KNOWN.items() if k != "company"}
    with speaking(lang):
        slots, said, _ = validate(tracker(text, intent="greet", requested="company", attributes=known))
    assert said[0] == back and slots.get("requested_slot") == "company" and not slots.get("company"), (slots, said)
    assert "company" not in (slots.get("attributes") or {}), slots
