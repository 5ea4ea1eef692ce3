"""Back after a goodbye ("I'm back, where were we?"), the conversation goes on where it was (issue 14).

Played on make run (it): "devo scappare, ciao" got "Le sue risposte restano in questa chat: mi saluti quando vuole
riprendere da dove si è fermato", and "rieccomi, dove eravamo?" then "Mi scusi, non ho capito bene": a dead end right
after the promise. "Where were we?" and "I'm back" now ask to go on, in the seven languages (``goes_on``), and a
message the classifier could not place that asks so opens the form where it was, as "can we continue?" does.

Near misses: a sentence that says no ("I'm not back before March"), or keys mashed at random, is not this.
"""

from __future__ import annotations

import pytest

from bot.actions.resuming import goes_on
from tests.bot.test_a_need_said_before_a_price_question_in_a_first_message_is_heard import first_message
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

BACK = [
    ("it", "rieccomi, dove eravamo?"),
    ("en", "I'm back, where were we?"),
    ("de", "ich bin wieder da, wo waren wir?"),
    ("fr", "me revoilà, on en était où ?"),
    ("es", "ya estoy de vuelta, ¿dónde estábamos?"),
    ("pt", "voltei, onde estávamos?"),
    ("nl", "ik ben terug, waar waren we?"),
]


@pytest.mark.parametrize(("lang", "text"), BACK)
def test_back_and_where_were_we_asks_to_go_on(lang: str, text: str) -> None:
    assert goes_on(text)


@pytest.mark.parametrize(("lang", "text"), BACK)
def test_a_message_the_classifier_could_not_place_that_asks_it_opens_the_form(lang: str, text: str) -> None:
    _, texts, events = first_message(lang, text, intent="nlu_fallback")
    assert texts == [], texts
    assert any(e.get("event") == "followup" and e.get("name") == "qualification_form" for e in events), events


@pytest.mark.parametrize("text", ["I'm not back before March", "we are back to square one with leads"])
def test_a_no_or_another_back_is_no_request_to_go_on(text: str) -> None:
    assert not goes_on(text)


def test_keys_mashed_at_random_are_still_not_understood() -> None:
    _, texts, _ = first_message("en", "asdkjh qweoiu zxcmnb", intent="nlu_fallback")
    assert texts and "didn't quite get that" in texts[0], texts
