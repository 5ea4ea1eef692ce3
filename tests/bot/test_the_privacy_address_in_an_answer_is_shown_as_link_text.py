"""The privacy notice's address in an answer to the visitor's question is shown as link text, never raw (issue 14:
"links as link text in the widget"), in seven languages and Brazil's Portuguese.

Held-out persona stefan (set 16) asked what we do with his data and read "... Details: https://brightline.example/
privacy": the playbook's answer fills in ``{privacy.url}`` bare, where the privacy question shows "[Privacy notice](...)".
The address written bare in an answer is now a link with the notice's name for its text; a link already written as one
(the privacy question's) is left as it is, and another address is not touched.
"""

from __future__ import annotations

import pytest

from bot.actions.faq import _linked
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook

ASKED = [
    ("en", "hi", "what do you do with my data?"),
    ("de", "Hallo", "Was machen Sie mit meinen Daten?"),
    ("fr", "Bonjour", "que faites-vous de mes données ?"),
    ("es", "Hola", "¿qué hacen con mis datos?"),
    ("it", "Ciao", "cosa fate con i miei dati?"),
    ("pt", "Olá", "o que fazem com os meus dados?"),
    ("pt-BR", "Oi", "o que vocês fazem com os meus dados?"),
    ("nl", "Hallo", "wat doen jullie met mijn gegevens?"),
]
URL = "https://brightline.example/privacy"


def test_a_bare_address_becomes_link_text_and_a_link_stays_one() -> None:
    assert _linked(f"Details: {URL}.", URL, "Privacy notice") == f"Details: [Privacy notice]({URL})."
    assert _linked(f"see [our notice]({URL})", URL, "Privacy notice") == f"see [our notice]({URL})"
    assert _linked(f"see {URL}/cookies", URL, "Privacy notice") == f"see {URL}/cookies"
    assert _linked("no address here", URL, "Privacy notice") == "no address here"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "said"), ASKED)
def test_the_data_answer_shows_the_privacy_notice_as_link_text(
    stack: Stack, playbook: Playbook, lang: str, hello: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    reply = v.say(said)
    url = playbook.privacy.url
    assert f"[{translate('Privacy notice', lang)}]({url})" in reply, v.history()
    assert reply.count(url) == reply.count(f"]({url})"), f"the address shown raw:\n{v.history()}"
