"""An "ok" after the visitor refused to let us keep contact details takes note of the no, and reopens nothing (issue 14).

Played on make run: "no" to the privacy question got "To book a call I'd need to keep your email, and you'd rather we
didn't keep contact details, so I won't. ... If you'd like a call after all, I'll ask again for your OK to keep your
email."; the visitor's "ok" (the classifier's affirm, which outside the questions is a yes to a call) got the privacy
question again. A no is a no: a bare acknowledgement, in any of the seven languages, is answered with how to ask for a
call after all. Near misses: a yes ("yes", "ja", "oui, d'accord, un appel"), or asking for a call in words, is a
request for one, and the privacy question comes again, as promised.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import NO_IS_NO, ActionBookCall
from bot.actions.language import speaking
from bot.actions.phrasebook import say
from nlu.replies import acknowledges_only
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

ACKNOWLEDGED = [
    ("en", "ok"), ("en", "okay thanks"), ("en", "alright"), ("en", "OK."), ("en", "got it"), ("de", "alles klar"),
    ("de", "ok danke"), ("de", "in Ordnung"), ("fr", "d'accord"), ("fr", "ok merci"), ("fr", "entendu"),
    ("es", "vale"), ("es", "de acuerdo, gracias"), ("pt", "tá bom"), ("pt", "está bem, obrigado"),
    ("it", "va bene"), ("it", "ok grazie"), ("nl", "oké"), ("nl", "prima, bedankt"),
]
# A yes, or a call asked for in words: no mere acknowledgement.
ASKING = [("en", "yes"), ("en", "yes please"), ("en", "ok, book a call"), ("de", "ja"), ("fr", "oui"),
          ("es", "sí, quiero una llamada"), ("pt", "sim"), ("it", "sì"), ("nl", "ja graag")]
REFUSED = ("To book a call I'd need to keep your email, and you'd rather we didn't keep contact details, so I won't. "
           "If you'd like a call after all, I'll ask again for your OK to keep your email.")


def after_the_refusal(lang: str, text: str, intent: str = "affirm", stage: str = "sql") -> tuple[list[str],
                                                                                            list[dict[str, Any]]]:
    events = [{"event": "bot", "text": REFUSED, "timestamp": 1.0}, {"event": "user", "text": text, "timestamp": 2.0}]
    slots = {"attributes": {}, "consent": False, "lead_id": "lead-1", "lead_stage": stage}
    t = Tracker("conv-ok-after-no", slots, {"text": text, "intent": {"name": intent, "confidence": 0.9}}, events,
                False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        out = asyncio.run(ActionBookCall().run(dispatcher, t, {}))
    return [m.get("text") or "" for m in dispatcher.messages], out


@pytest.mark.parametrize(("lang", "text"), ACKNOWLEDGED)
def test_an_acknowledgement_after_the_refusal_keeps_the_no(lang: str, text: str) -> None:
    said, events = after_the_refusal(lang, text)
    with speaking(lang):
        assert said == [say(NO_IS_NO)], said
    # The privacy question is not opened again: consent stays refused, the lead stays the conversation's.
    assert not any(e.get("name") in ("consent", "lead_id") for e in events if e.get("event") == "slot"), events
    assert not any(e.get("event") == "followup" for e in events), events


@pytest.mark.parametrize(("lang", "text"), ASKING)
def test_a_yes_or_a_call_asked_for_after_the_refusal_asks_for_consent_again(lang: str, text: str) -> None:
    _, events = after_the_refusal(lang, text, intent="book_call" if "call" in text or "llamada" in text else "affirm")
    assert {"event": "slot", "timestamp": None, "name": "consent", "value": None} in events, events


@pytest.mark.parametrize(("lang", "text"), [("es", "vale"), ("en", "ok")])
def test_an_acknowledgement_after_a_close_that_offered_no_call_speaks_of_no_call(lang: str, text: str) -> None:
    # Played on make run: "vale" after "¡Mucha suerte, y vuelva cuando quiera!" (a lead not ready for a call) got
    # "Si al final quiere una llamada ...", a call nobody had spoken of.
    said, events = after_the_refusal(lang, text, stage="mql")
    with speaking(lang):
        assert say(NO_IS_NO) not in said, said
    assert not any(e.get("name") == "consent" for e in events if e.get("event") == "slot"), events


@pytest.mark.parametrize(("lang", "text"), ACKNOWLEDGED)
def test_an_acknowledgement_is_read_as_one(lang: str, text: str) -> None:
    assert acknowledges_only(text)


@pytest.mark.parametrize("text", ["yes", "sure", "ja", "oui", "sí", "sim", "sì", "ok, book a call", "ok we're 20 people",
                                  "no", "ok bye"])
def test_a_yes_a_no_or_words_of_their_own_are_no_mere_acknowledgement(text: str) -> None:
    assert not acknowledges_only(text)
