"""What a visitor session through the REST channel met (issue 14), through the real Rasa, action server and service.

Each test stands for a kind of reply, not for the words of the session:
a name given with an email to the name question; a time for the call given
to another question (no project start); a correction at the confirmation (the
values it does not touch stay in the summary); facts given again and again
instead of "yes" at the confirmation (the summary is not repeated each time);
an answer to another question given in a re-ask (taken, said back, and the
question asked again); a bare yes, ok or no to the role question (no role).
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

OPENING = ("Hi, I'm head of marketing at Northwind Analytics, a 50-person software company in London, we need "
           "more leads, budget 30k, start in April")


def answer_until(v: Visitor, playbook: Playbook, wanted: str, answers: dict[str, str], reply: str,
                 lang: str = "en") -> str:
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot == wanted:
            return reply
        assert slot is not None and slot in answers, f"{wanted} was never asked:\n{v.history()}"
        reply = v.say(answers[slot])
    raise AssertionError(f"{wanted} was never asked:\n{v.history()}")


def to_name_question(v: Visitor, playbook: Playbook) -> str:
    """A visitor who says most things at once, confirms them, skips the tools and consents: the name is asked."""
    return answer_until(v, playbook, "name", {CONFIRM: "yes", "tech_stack": "skip", "revenue": "skip",
                                              "consent": "yes"}, v.say(OPENING))


def finish(v: Visitor, playbook: Playbook, answers: dict[str, str], reply: str) -> str:
    """Answers every question still asked until the form ends."""
    for _ in range(15):
        slot = asked(reply, playbook, "en")
        if slot is None:
            return reply
        assert slot in answers, f"{slot} asked:\n{v.history()}"
        reply = v.say(answers[slot])
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


def confirmation_line(reply: str) -> str:
    """The reply's last "I noted ... Is that right?", or "" when nothing is put to the visitor to confirm."""
    noted = translate("I noted {what}. Is that right?", "en", what="\x00").split("\x00")
    return next((line for line in reversed(reply.splitlines()) if line.startswith(noted[0])), "")


@pytest.mark.parametrize(("said", "name", "email"), [
    ("Priya Shah, priya@acme.io", "Priya Shah", "priya@acme.io"),
    ("Daniel Okafor - daniel.okafor@northwind-analytics.co.uk", "Daniel Okafor",
     "daniel.okafor@northwind-analytics.co.uk"),
])
def test_a_name_given_with_an_email_to_the_name_question_is_the_name_and_the_email_is_kept(
        stack: Stack, playbook: Playbook, said: str, name: str, email: str) -> None:
    v = Visitor(stack.rasa_url)
    to_name_question(v, playbook)
    reply = v.say(said)
    assert asked(reply, playbook, "en") != "name", f"the name asked again:\n{v.history()}"
    assert email in reply, f"the email is not said back:\n{v.history()}"
    # The name answered the question asked: given, not confirmed again as if heard in passing.
    assert name not in confirmation_line(reply), f"the name is not taken as the answer:\n{v.history()}"
    finish(v, playbook, {CONFIRM: "yes", "email": email}, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"]["name"] == name and lead["attributes"]["email"]["address"] == email, v.history()


@pytest.mark.parametrize("said", ["lieber nächste Woche Dienstag vormittag", "any afternoon next week is good",
                                  "Thursday morning would suit me best", "next week works for me",
                                  "a call next Tuesday would be great", "Tuesday 10am works"])
def test_a_time_for_the_call_given_to_another_question_is_no_project_start(
        stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    to_name_question(v, playbook)
    reply = v.say(said)
    assert "start" not in reply.lower(), f"read as a project start:\n{v.history()}"
    assert asked(reply, playbook, "en") == "name", v.history()
    finish(v, playbook, {CONFIRM: "yes", "name": "Priya Shah", "email": "priya@northwind.io"}, v.say("Priya Shah"))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"]["timing"]["target_date"][5:7] == "04", f"the start in April changed:\n{v.history()}"


@pytest.mark.parametrize(("opening", "correction", "kept"), [
    ("Hi, we run 6 gyms in Manchester, fitness industry, need more members", "sorry, not 6 gyms, it's 8 now",
     ("industry", "Manchester")),
    ("hello, we're a 12-person dental practice in Leeds and need more patients", "sorry, not 12, it's 14 people now",
     ("industry", "Leeds")),
])
def test_a_correction_at_the_confirmation_keeps_every_other_value_in_the_summary(
        stack: Stack, playbook: Playbook, opening: str, correction: str, kept: tuple[str, ...]) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say(opening)
    assert asked(reply, playbook, "en") == CONFIRM, v.history()
    assert all(word in confirmation_line(reply) for word in kept), v.history()
    reply = v.say(correction)
    assert asked(reply, playbook, "en") == CONFIRM, v.history()
    # Said back, and the rest asked in a line (the list is just above); the values kept are confirmed with the yes,
    # and never asked again.
    assert confirmation_line(reply) == "" or all(word in confirmation_line(reply) for word in kept), v.history()
    reply = v.say("yes")
    for _ in range(4):
        assert asked(reply, playbook, "en") not in ("industry", "location"), f"a value left the summary:\n{v.history()}"
        if asked(reply, playbook, "en") in (None, "consent", "name", "email"):
            break
        reply = v.say({"company": "Acme Ltd", "authority": "I'm the owner"}.get(asked(reply, playbook, "en") or "",
                                                                                "not sure yet"))


def test_facts_given_again_and_again_at_the_confirmation_are_each_said_back_once_and_the_rest_listed(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de"})
    reply = v.say("Hallo, wir sind 50 Leute in Berlin und brauchen SEO, Budget etwa 20.000 €")
    assert asked(reply, playbook, "de") == CONFIRM, v.history()
    facts = ["wir sind eine Softwarefirma", "Start im April", "Ich bin Geschäftsführer", "wir nutzen HubSpot"]
    told = translate("Noted: {what}.", "de", what="\x00").split("\x00")
    for fact in facts:
        reply = v.say(fact)
        assert [t for t, _ in v.buttons] == [translate("Yes", "de"), translate("Change", "de")], v.history()
        # Each fact said back first, in a line of its own; then the rest listed to confirm (issue 14, e2c681d: never
        # "everything else" without saying what it is), and never the fact just said back a second time in the turn.
        lines = [line for line in reply.splitlines() if not line.startswith("[")]
        assert lines[0].startswith(told[0]) and lines[0].endswith(told[1]), f"{fact!r} not said back:\n{v.history()}"
        said = lines[0][len(told[0]):-len(told[1])]
        assert said and said not in lines[-1], f"{said!r} said twice in a turn:\n{v.history()}"
        assert asked(reply, playbook, "de") == CONFIRM and "20.000" in lines[-1], v.history()
    reply = v.say("ja")
    assert asked(reply, playbook, "de") not in (CONFIRM, "budget", "location", "company_size", "industry",
                                                "timing", "authority"), v.history()


@pytest.mark.parametrize("said", ["company is Peak Fitness Co", "company is Harbor Dental Group"])
def test_an_answer_to_another_question_given_in_a_re_ask_is_taken_and_the_question_asked_again(
        stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = answer_until(v, playbook, "authority", {"need": "more leads", "company": "skip"}, v.say("hi"))
    reply = v.say("yes")
    assert asked(reply, playbook, "en") == "authority", v.history()
    reply = v.say(said)
    sorry = translate("Sorry, I didn't catch that. {question}", "en", question="\x00").split("\x00")[0]
    assert sorry not in reply and said.split(" is ")[1] in reply, f"not taken:\n{v.history()}"
    assert asked(reply, playbook, "en") == "authority", v.history()


@pytest.mark.parametrize("said", ["yes", "ok", "no", "sure"])
def test_a_bare_yes_ok_or_no_to_the_role_question_is_no_role(stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    answer_until(v, playbook, "authority", {"need": "more leads", "company": "Northwind Analytics"}, v.say("hi"))
    reply = v.say(said)
    assert asked(reply, playbook, "en") == "authority", f"taken as a role:\n{v.history()}"
    reply = v.say("I'm the COO and I decide")
    assert asked(reply, playbook, "en") not in ("authority", None), v.history()
