"""A visitor who corrects their budget twice while the next question is on screen, through the real stack (issue 14).

Each correction is said back and the question on screen is asked again: a correction is no answer to it,
even one the reading for that question would take for "don't know" ("hmm wait, it's 12k, finance trimmed
it" to "is there a date you need this by?"). An amount corrected without a period keeps the period of the
amount it corrects: the visitor changed how much, not how often. The lead ends with the last amount, a
month, and the start they then gave.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import GERMAN_ANSWERS, asked, converse

pytestmark = pytest.mark.slow

ANSWERS = {"en": SQL_ANSWERS, "de": GERMAN_ANSWERS}
SAID_BACK = "Got it, {what}."


@pytest.mark.parametrize(("lang", "first", "second", "third", "start"), [
    ("en", "around 10k a month", "actually no, make that 15k a month", "hmm wait, it's 12k, finance trimmed it",
     "Q2 next year"),
    ("de", "etwa 10.000 € im Monat", "nein, eigentlich 15.000 € im Monat",
     "Moment, es sind 12.000 €, die Finanzabteilung hat gekürzt", "im zweiten Quartal nächsten Jahres"),
])
def test_a_budget_corrected_twice_at_the_next_question_is_said_back_each_time_and_that_question_still_asked(
        stack: Stack, playbook: Playbook, lang: str, first: str, second: str, third: str, start: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    answers = ANSWERS[lang]
    reply = v.say(answers["need"])
    for _ in range(15):
        if asked(reply, playbook, lang) == "budget":
            break
        reply = v.say(answers.get(asked(reply, playbook, lang) or "", "skip"))
    assert asked(reply, playbook, lang) == "budget", v.history()
    reply = v.say(first)
    assert asked(reply, playbook, lang) == "timing", v.history()
    said_back = translate(SAID_BACK, lang, what="\x00").split("\x00")[0]
    for correction, amount in ((second, "15"), (third, "12")):
        reply = v.say(correction)
        assert any(line.startswith(said_back) and amount in line for line in reply.splitlines()), \
            f"the correction was not said back:\n{v.history()}"
        assert asked(reply, playbook, lang) == "timing", f"the question on screen was passed over:\n{v.history()}"
    converse(v, playbook, answers, lang, start)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    budget, timing = lead["attributes"]["budget"], lead["attributes"].get("timing") or {}
    assert (budget["min"], budget["max"], budget["period"]) == (12000, 12000, "month"), budget
    assert str(timing.get("target_date", "")).startswith("2027-0"), timing
