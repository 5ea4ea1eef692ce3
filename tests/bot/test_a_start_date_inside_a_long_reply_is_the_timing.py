"""A start said inside a long reply to the timing question (issue 14), through the real bot and service.

In a reply of more than a few words, a date that only the reading for the timing question found was dropped, and
the question asked again: "as soon as we can really, our pipeline is empty and the board is getting nervous" had
said when. That rule stood for a name of the calendar said of something else ("our pipeline dried up this year",
"we moved into our new office in September"), which the reading for the question takes for a start. Now only such a
date is dropped; a span from now that the reading finds in a long reply ("as soon as we can", "en quelques
semaines", "over een paar weken") is the answer, stored as the timing. ("we're hoping to get going ... around the
end of february if budget allows", the issue's own, is read by the free reading now, and stays here for its
category. Replies whose date neither reading finds, "tra qualche settimana, quando firmiamo il contratto", are the
extractor's to read.)
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

# lang, a long reply whose date only the reading for the timing question finds, and the days it is away (+/- 3).
DATED = [
    ("en", "we're hoping to get going with this sometime around the end of february if budget allows", None),
    ("en", "as soon as we can really, our pipeline is empty and the board is getting nervous", 7),
    ("fr", "en quelques semaines si possible, le temps de signer le contrat avec vous", 21),
    ("nl", "over een paar weken als het kan, als het contract getekend is", 14),
]
# A year, a month, a season said of something else, in a reply as long: no start date.
CALENDAR = [
    ("en", "we moved into our new office in September"),
    ("de", "im September sind wir in ein neues Büro umgezogen"),
    ("es", "en septiembre nos mudamos a una oficina nueva"),
    ("pt", "em setembro mudámos para um escritório novo"),
    ("en", "our pipeline dried up this year and we need to fix it"),
    ("de", "dieses Jahr lief es schlecht und wir brauchen dringend mehr Anfragen"),
    ("fr", "cette année a été difficile et nous avons besoin de plus de clients"),
    ("it", "quest'anno le vendite sono calate molto e ci servono più clienti"),
    ("nl", "dit jaar liep het slecht en we hebben meer klanten nodig"),
]


def attributes(stack: Stack, sender: str) -> dict[str, Any]:
    """The conversation's given attributes as Rasa's tracker store holds them now."""
    value: dict[str, Any] = {}
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        for (data,) in db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' ORDER BY id",
                                  (sender,)):
            event = json.loads(data)
            if event["name"] == "attributes":
                value = event.get("value") or {}
    return value


def at_the_timing_question(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(ANSWERS[lang]["need"])
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot == "timing":
            return
        assert slot is not None, f"the timing question was never asked:\n{v.history()}"
        reply = v.say(ANSWERS[lang].get(slot, "skip"))
    raise AssertionError(f"the timing question was never asked:\n{v.history()}")


@pytest.mark.parametrize(("lang", "said", "days"), DATED)
def test_a_date_in_a_long_reply_to_the_timing_question_is_stored_as_the_timing(
        stack: Stack, playbook: Playbook, lang: str, said: str, days: int | None) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_timing_question(v, playbook, lang)
    reply = v.say(said)
    assert asked(reply, playbook, lang) != "timing", f"the timing question was asked again:\n{v.history()}"
    timing = attributes(stack, v.sender).get("timing") or {}
    assert timing.get("status") == "stated", f"no start stored: {timing}\n{v.history()}"
    if days is not None:
        assert abs(int(timing["horizon_days"]) - days) <= 3, timing
    else:
        assert str(timing.get("target_date", "")).endswith(("-02-28", "-02-29")), timing


@pytest.mark.parametrize(("lang", "said"), CALENDAR)
def test_a_year_or_a_month_said_of_something_else_in_a_long_reply_is_no_start(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_timing_question(v, playbook, lang)
    reply = v.say(said)
    assert asked(reply, playbook, lang) == "timing", f"the timing question was not asked again:\n{v.history()}"
    assert "timing" not in attributes(stack, v.sender), v.history()
