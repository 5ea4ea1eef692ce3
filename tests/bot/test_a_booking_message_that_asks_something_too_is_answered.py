"""A message that books a call and asks something with it gets both, through the real bot and service (issue 14,
Addendum 1 of B-booking).

Found playing ``make run``: "does monday 9:30 work? oh and can my boss join?" booked Monday 9:30 and dropped the
question. Whatever the classifier makes of it, the time named is booked and the question answered under the
confirmation (another person joins by the forwarded invitation), in seven languages.
"""

from __future__ import annotations

import re

import pytest

from bot.actions.booking import BOOKED_CALL
from bot.actions.phrasebook import translate
from harness.stack import Stack
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered, slot_times, start_of
from tests.bot.test_booking_the_time_the_visitor_names_is_the_time_booked import booked_start, shown_clock, written

pytestmark = pytest.mark.slow

WITH_A_QUESTION = {"en": "does {t} work? oh and can my boss join?", "de": "{t} passt, kann mein Chef auch teilnehmen?",
                   "fr": "{t}, je peux venir avec un collègue ?", "es": "a las {t}, ¿puedo traer a un compañero?",
                   "pt": "às {t}, posso levar um colega?", "it": "alle {t}, posso portare un collega?",
                   "nl": "om {t}, mag ik een collega meenemen?"}


@pytest.mark.parametrize("lang", list(WITH_A_QUESTION))
def test_a_time_named_with_a_question_about_someone_joining_books_it_and_answers_the_question(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    wanted = slot_times(v)[1]
    reply = v.say(WITH_A_QUESTION[lang].format(t=written(*shown_clock(v, 1), lang)))
    assert booked_start(stack, v) == start_of(wanted), f"not the time named:\n{v.history()}"
    # The second sentence of the answer about the booked call: how another person joins.
    forward = translate(BOOKED_CALL, lang).split("{when}", 1)[1][1:].split("{url}")[0].strip()
    calendar = re.search(r"/calendar/[\w-]+\.ics", reply)
    assert forward in reply and calendar is not None, f"the question was dropped:\n{v.history()}"
