"""Whatever a stranger types, the readers of a whole message added for issue 14 (a stop in words, a refusal to keep
doing something, a call asked for, a formal greeting, a bare yes) answer plainly, never raise, and take a message
at the length cap (the bot reads ``MAX_TEXT`` characters of a message) in well under a second (no backtracking).
The readers added since are read the same way (issue 18): the visitor's own bookings, "I don't know" alone, a
message without its words of regret, the one reading of a stop in words, and a confirmation answered in part.
And those added for issue 14 since: a request to cancel a booked call, a bare acknowledgement, consent given
after a no."""

from __future__ import annotations

import time

import pytest

from bot.actions.call_refusal import only_refuses_a_call, refusal_spans, without_refusals
from bot.actions.call_times import names_a_place_clock, whose_clock
from bot.actions.form import _without_registration
from bot.actions.greeting import formal_greeting, in_their_register
from bot.actions.questionnaire import MAX_TEXT
from bot.actions.stopping import keeps_on_about, refuses_to_go_on, stops_in_words
from nlu.call_request import asks_for_a_call, tells_of_their_own_bookings
from nlu.faq import about_the_bot
from nlu.leaving import asks_to_stop, names_no_stop, without_regret
from nlu.recap import (
    agrees_to_the_rest,
    answered_in_part,
    asks_about_own_details,
    asks_for_recap,
    currency_instead,
    fields_to_change,
    named_anew,
)
from nlu.replies import acknowledges_only, gives_consent_after_all, knows_not, yes_or_no
from nlu.rescheduling import asks_to_cancel
from nlu.text import plain
from scheduling.regions import region_alone, region_named
from tests.nlu.test_hostile import HOSTILE

LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "xx")
LONG = ["-" * MAX_TEXT, "no " * (MAX_TEXT // 3), "ik wil niet " * (MAX_TEXT // 12), "a'" * (MAX_TEXT // 2),
        "can i book a call " * (MAX_TEXT // 18), "Buongiorno! " * (MAX_TEXT // 12),
        # runs of the words the later readers look for: bookings, a shrug, regret, a stop with its softeners
        "our booking system " * (MAX_TEXT // 19), "sorry hmm " * (MAX_TEXT // 10), "weet ik " * (MAX_TEXT // 8),
        "leider jammer " * (MAX_TEXT // 14), "actually stop for now " * (MAX_TEXT // 22),
        # ... and the later ones: a cancellation, an acknowledgement, consent after a no, a call not wanted
        "please cancel the call " * (MAX_TEXT // 23), "ok " * (MAX_TEXT // 3),
        "you can keep my details " * (MAX_TEXT // 24), "no quiero una llamada " * (MAX_TEXT // 22),
        # ... and this session's: a call refused, a registration number, a province
        "no call please " * (MAX_TEXT // 15), "ondernemingsnummer 0456.789.123 " * (MAX_TEXT // 32),
        "Nova Scotia, " * (MAX_TEXT // 13)]


@pytest.mark.parametrize("text", HOSTILE + LONG)
def test_hostile_text_gets_a_plain_answer_from_each_reader(text: str) -> None:
    text = text[:MAX_TEXT]  # as the bot reads it (bot.actions.state.latest_text)
    started = time.process_time()
    assert isinstance(refuses_to_go_on(text), bool) and isinstance(keeps_on_about(text), bool)
    assert isinstance(asks_for_a_call(text), bool)
    # The readers of whole messages added for issue 14 (stops with a reason, a field to change, a recap, a currency
    # or a name put right, a question about the visitor's details or about the bot).
    assert isinstance(asks_to_stop(text), bool) and isinstance(names_no_stop(text), bool)
    assert isinstance(asks_for_recap(text), bool) and isinstance(asks_about_own_details(text), bool)
    assert isinstance(fields_to_change(text), tuple) and isinstance(about_the_bot(text), bool)
    assert currency_instead(text) is None or isinstance(currency_instead(text), str)
    assert named_anew(text) is None or isinstance(named_anew(text), tuple)
    # The readers added since (issue 18): the visitor's own bookings, "I don't know" alone, the words of regret taken
    # out of a message (read in the form nlu.text.plain gives it), the one reading of a stop in words, a confirmation
    # answered in part ("not the budget, but the rest yes").
    assert isinstance(tells_of_their_own_bookings(text), bool) and isinstance(knows_not(text), bool)
    assert isinstance(without_regret(plain(text)), str) and isinstance(stops_in_words(text), bool)
    assert answered_in_part(text) is None or isinstance(answered_in_part(text).wrong, tuple)
    assert isinstance(agrees_to_the_rest(text), bool)
    assert isinstance(asks_to_cancel(text), bool) and isinstance(acknowledges_only(text), bool)
    assert isinstance(gives_consent_after_all(text), bool)
    # This session's: a call refused, a company's registration number taken out, a state or province named.
    assert isinstance(only_refuses_a_call(text), bool) and isinstance(refusal_spans(text), list)
    assert isinstance(without_refusals(text), str)
    assert _without_registration(text) is None or isinstance(_without_registration(text), str)
    assert region_alone(text) is None or isinstance(region_alone(text).zone, str)
    for country in ("CA", "US", "BR", None):
        assert region_named(text, country) is None or isinstance(region_named(text, country).zone, str)
    for lang in LANGS:
        assert formal_greeting(text, lang) is None or isinstance(formal_greeting(text, lang), str)
        assert isinstance(in_their_register("Salve! Sono l'assistente.", text, lang), str)
        assert yes_or_no(text, lang=lang) in (None, "yes", "no", "unsure")
        assert whose_clock(text, lang) is None or isinstance(whose_clock(text, lang), str)
        assert isinstance(names_a_place_clock(text, lang), bool)
    # A guard against the class (backtracking on a long run), not a speed measure: bench/ measures speed.
    assert time.process_time() - started < 5, "backtracking: the cost grows faster than the text"
