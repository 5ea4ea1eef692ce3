"""Consent given after a no to keeping contact details ("ok fine, you can keep my details actually") asks the privacy
question again, in the seven languages (issue 14: visitors who refuse, then come back).

Played on make run: a Bristol plumbing firm said no at the privacy question, heard the close, then wrote "ok fine,
you can keep my details actually" and got "Sorry, I didn't quite get that. Could you say it another way?".
``nlu.replies.gives_consent_after_all`` reads the details allowed kept, or an agreement with a word of a mind changed;
``action_answer`` then opens the privacy question again (then the contact details), as a call asked for after a no
does. Near misses: a no before it ("you can't keep my details"), a question ("can you keep my details private?"), an
agreement about something else, and the same words when no consent was refused.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import ActionAnswer
from bot.actions.language import speaking
from nlu.replies import gives_consent_after_all
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

GIVEN = [
    ("en", "ok fine, you can keep my details actually"), ("en", "ok, I agree then"),
    ("de", "Sie dürfen meine Daten doch speichern"), ("de", "ich bin doch einverstanden"),
    ("fr", "vous pouvez garder mes coordonnées finalement"), ("fr", "finalement j'accepte"),
    ("es", "bueno, pueden guardar mis datos"), ("es", "al final acepto"),
    ("pt", "podem guardar os meus dados"), ("pt", "afinal aceito"),
    ("it", "potete tenere i miei dati"), ("it", "alla fine accetto"),
    ("nl", "u mag mijn gegevens toch bewaren"), ("nl", "ik ga toch akkoord"),
]
NOT_GIVEN = ["you can't keep my details", "no, you cannot keep my data", "can you keep my details private?",
             "vous ne pouvez pas garder mes données", "ok thanks", "I agree with your pricing", "no"]


def answered(lang: str, text: str, **slots: Any) -> list[Any]:
    events = [{"event": "user", "text": text, "timestamp": 1.0}]
    t = Tracker("conv-consent-after-all", {"attributes": {}, "lead_id": "lead-1", **slots},
                {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.3}}, events, False, None, {},
                "action_listen")
    with speaking(lang):
        return asyncio.run(ActionAnswer().run(CollectingDispatcher(), t, {}))


@pytest.mark.parametrize(("lang", "text"), GIVEN)
def test_consent_given_after_a_no_is_read(lang: str, text: str) -> None:
    assert gives_consent_after_all(text), text


@pytest.mark.parametrize("text", NOT_GIVEN)
def test_a_no_a_question_or_another_agreement_gives_no_consent(text: str) -> None:
    assert not gives_consent_after_all(text), text


@pytest.mark.parametrize(("lang", "text"), GIVEN)
def test_consent_given_after_a_no_opens_the_privacy_question_again(lang: str, text: str) -> None:
    events = answered(lang, text, consent=False)
    assert SlotSet("consent", None) in events and any(isinstance(e, dict) and e.get("event") == "followup"
                                                      for e in events), events


def test_the_same_words_with_no_consent_refused_open_nothing() -> None:
    events = answered("en", "ok fine, you can keep my details actually", consent=None)
    assert SlotSet("consent", None) not in events, events
