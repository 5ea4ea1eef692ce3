"""A value only heard so far, put right at a later question, is taken and said back (issue 14).

Found playing: "presupuesto unos 4000 al mes" in the opening, then "no, 3000" to the industry question got the reason
the industry question is asked (its "no" read as a refusal), and the budget stayed 4000; "no, 30 people" after 25 was
heard changed nothing and said nothing. A figure framed as a correction ("no, 3000", "nein, 3000", "actually 3k") puts
right the heard value it fits: the one near it when it could be two (3000 is near a budget of 4000, far from 25
people), in the old sum's currency and per its period unless it says its own, and it is said back ("Got it, a budget
of about €3k a month."); the question on screen is asked again. A bare "no", or a figure near nothing heard, changes
nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_form import tracker, validate
from tests.bot.test_language_conversations import asked

KNOWN = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Ruiz SL",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}}
HEARD = {"attributes": {"budget": {"min": 4000, "max": 4000, "currency": "EUR", "period": "month", "status": "stated"},
                        "company_size": {"min": 25, "max": 25}},
         "texts": {"budget": "presupuesto unos 4000 al mes", "company_size": "somos 25"}}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "no, 3000"), ("en", "actually 3k"), ("de", "nein, 3000"), ("fr", "non, 3000"), ("es", "no, 3000"),
    ("pt", "não, 3000"), ("it", "no, 3000"), ("nl", "nee, 3000"),
])
def test_a_figure_put_right_at_the_next_question_replaces_the_heard_sum_it_is_near(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="industry", attributes=KNOWN, heard=HEARD))
    budget = slots["attributes"]["budget"]
    assert (budget["max"], budget["currency"], budget["period"]) == (3000, "EUR", "month"), slots
    assert slots["heard"]["attributes"]["company_size"]["max"] == 25, slots
    said_back = translate("Got it, {what}.", lang, what="\x00").split("\x00")[0]
    assert texts[0].startswith(said_back) and len(texts) == 2 and slots["requested_slot"] == "industry", texts


@pytest.mark.parametrize(("lang", "said"), [("en", "no, 30 people"), ("de", "nein, 30 Mitarbeiter"),
                                            ("fr", "non, 30 personnes"), ("es", "no, 30 personas")])
def test_a_size_put_right_at_the_next_question_replaces_the_heard_size(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="industry", attributes=KNOWN, heard=HEARD))
    assert slots["attributes"]["company_size"]["max"] == 30, slots
    assert slots["heard"]["attributes"]["budget"]["max"] == 4000, slots


@pytest.mark.parametrize(("lang", "said"), [("en", "no"), ("es", "no"), ("en", "no, 900000"), ("en", "logistics")])
def test_a_bare_no_or_a_figure_near_nothing_heard_puts_nothing_right(lang: str, said: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="industry", attributes=KNOWN, heard=HEARD))
    assert "budget" not in (slots.get("attributes") or {}), slots
    assert (slots.get("heard") or HEARD)["attributes"]["budget"]["max"] == 4000, slots


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "opening", "company", "role", "fix", "back"), [
    ("es", "hola", "necesitamos mas clientes, somos 25 en Madrid, presupuesto unos 4000 al mes", "Logistica Ruiz",
     "soy el director general", "no, 3000", "3000"),
    ("en", "hi", "we need more leads, 25 people in Leeds, budget around 4k a month", "Acme Ltd", "I'm the CEO",
     "actually 3k", "3k"),
])
def test_a_heard_sum_put_right_through_the_bot_is_said_back_and_kept(
        stack: Stack, playbook: Playbook, lang: str, hello: str, opening: str, company: str, role: str, fix: str,
        back: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    v.say(opening)
    v.say(company)
    reply = v.say(role)
    question = asked(reply, playbook, lang)
    reply = v.say(fix)
    assert back.replace("000", ".000") in reply or back in reply, v.history()
    said_back = translate("Got it, {what}.", lang, what="\x00").split("\x00")[0]
    assert said_back in reply, v.history()
    assert asked(reply, playbook, lang) == question, f"the question on screen was not asked again:\n{v.history()}"
