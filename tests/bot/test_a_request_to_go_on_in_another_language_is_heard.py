"""A request to go on in another language is heard, in the words visitors use to ask it (issue 14).

Played on make run: a Dutch conversation, then "can we continue in english?" at the company question; the question was
asked again in Dutch. A language's name was a request only beside words of asking ("please", "speak", "in"), and
"continue", "weitermachen", "continuer", "seguir", "continuar", "continuare", "verder" were none. Now the message is
a request, in the seven languages, and the conversation goes on in the language named.

Near misses: a language named in a statement of facts ("we sell to German customers", "we go to Germany next
year") is no request.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import conversation_language, requested

GOING_ON = [
    ("can we continue in english?", "en"),
    ("can we carry on in English pls", "en"),
    ("switch to english", "en"),
    ("do you speak english?", "en"),
    ("können wir auf Englisch weitermachen?", "en"),
    ("weiter auf Deutsch bitte", "de"),
    ("on peut continuer en anglais ?", "en"),
    ("on peut passer en français svp", "fr"),
    ("podemos seguir en inglés?", "en"),
    ("podemos continuar em inglês?", "en"),
    ("possiamo continuare in inglese?", "en"),
    ("kunnen we in het Engels verder?", "en"),
    ("kunnen we in het Nederlands doorgaan", "nl"),
]
NO_REQUEST = [
    "we sell to German customers", "we go to Germany next year", "can you do it in english and german",
    "we do English and German content",
]


def _user(text: str, **metadata: Any) -> dict[str, Any]:
    return {"event": "user", "text": text, "metadata": metadata, "parse_data": {"intent": {"name": "inform"}}}


@pytest.mark.parametrize(("text", "code"), GOING_ON)
def test_a_request_to_go_on_in_a_language_names_it(text: str, code: str) -> None:
    assert requested(text) == code


@pytest.mark.parametrize("text", NO_REQUEST)
def test_a_language_named_in_a_statement_is_no_request(text: str) -> None:
    assert requested(text) is None


def test_a_dutch_conversation_goes_on_in_english_when_the_visitor_asks_to_continue_in_it() -> None:
    events = [_user("hoi wij zoeken hulp met linkedin ads, budget zo'n 2k pm", language="nl"), _user("klopt"),
              _user("can we continue in english?", language="nl")]
    assert conversation_language(events, "en") == "en"
    assert conversation_language(events[:2], "en") == "nl"
