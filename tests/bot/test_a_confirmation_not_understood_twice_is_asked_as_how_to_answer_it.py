"""A confirmation whose reply is not understood twice in a row is asked as how to answer it (issue 14, set 12).

Set 12's wei ling answered "I noted help with lead generation and the logistics industry. Is that right?" with her
own yes, "can", which nothing reads as one: she got the same line again, then, after "can" once more, the need
question as if she had pressed Change. A first reply that says nothing we can read still gets the line again ("Just
to be sure I have it right:"); a second in a row gets, instead of the same line a third time, how to answer it (tap
Yes, or just say yes; Change to put something right) in the visitor's language, with the Yes and Change buttons and
no list; only a third is taken as Change. A clear reply at any point counts afresh: a yes confirms, a value is
heard and said back.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.form import HOW_TO_CONFIRM, UNCLEAR
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import CONFIRMING_NEED, tracker, validate

CONFIRMING = ["need", "company_size"]
# Replies nothing reads as yes, no or a value, in the seven languages.
UNREAD = [("en", "hmm"), ("de", "hm"), ("fr", "euh"), ("es", "ehh"), ("pt", "hum"), ("it", "mah"), ("nl", "tja")]


def reply(said: str, lang: str, misses: int, intent: str = "inform") -> tuple[dict[str, Any], list[str], list[str]]:
    progress = {"misses": {UNCLEAR: misses}, "last_miss": UNCLEAR} if misses else {}
    with speaking(lang):
        slots, texts, buttons = validate(tracker(said, intent=intent, requested="need", heard=CONFIRMING_NEED,
                                                 confirming=CONFIRMING, progress=progress))
    return slots, texts, [b["payload"] for b in buttons]


@pytest.mark.parametrize(("lang", "said"), UNREAD)
def test_a_first_unread_reply_gets_the_same_line_again(lang: str, said: str) -> None:
    slots, texts, buttons = reply(said, lang, 0)
    assert texts[0] == translate("Just to be sure I have it right:", lang), texts
    assert translate(HOW_TO_CONFIRM, lang) not in texts and buttons == ["/affirm", "/deny"], texts
    assert slots["confirming"] == CONFIRMING and not slots["attributes"], slots


@pytest.mark.parametrize(("lang", "said"), UNREAD)
def test_a_second_unread_reply_in_a_row_gets_how_to_answer_with_the_buttons_and_no_list(lang: str, said: str) -> None:
    slots, texts, buttons = reply(said, lang, 1)
    assert texts == [translate(HOW_TO_CONFIRM, lang)], texts
    assert buttons == ["/affirm", "/deny"], buttons
    assert slots["confirming"] == CONFIRMING and slots["requested_slot"] == "need", slots
    assert not slots["attributes"] and slots["heard"]["attributes"]["need"]["categories"] == ["crm"], slots


@pytest.mark.parametrize(("lang", "said"), UNREAD[:3])
def test_a_third_unread_reply_in_a_row_is_taken_as_change(lang: str, said: str) -> None:
    slots, texts, _ = reply(said, lang, 2)
    assert translate(HOW_TO_CONFIRM, lang) not in texts, texts
    assert slots.get("confirming") is None and set(CONFIRMING) <= set(slots["progress"]["doubted"]), slots


@pytest.mark.parametrize(("lang", "yes"), [("en", "yes"), ("de", "ja"), ("fr", "oui"), ("nl", "klopt")])
def test_a_yes_after_two_unread_replies_confirms(lang: str, yes: str) -> None:
    slots, texts, _ = reply(yes, lang, 2, intent="affirm")
    assert slots["attributes"]["need"]["categories"] == ["crm"], (slots, texts)
    assert translate(HOW_TO_CONFIRM, lang) not in texts


def test_a_value_after_an_unread_reply_is_heard_not_asked_how_to_answer() -> None:
    slots, texts, _ = reply("2k a month", "en", 1)
    assert slots["heard"]["attributes"]["budget"]["min"] == 2000, slots
    assert HOW_TO_CONFIRM not in texts, texts
