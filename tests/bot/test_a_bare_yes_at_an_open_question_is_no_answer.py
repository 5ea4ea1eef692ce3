"""A bare yes, ok or no to an open question (what they need, their company, their name) answers nothing (issue 14).

"yes" to "What's the marketing challenge you're looking to solve?" was stored as the need (summary "yes", "OK,
noted."), and the lead scored "not a service we offer". A reply that is only a yes of the chat's language (read by
``nlu.replies``, as every bare yes) is met by what an answer looks like and the question again, and nothing is
stored; a bare no refuses the question as a skip does. A name or a need that starts like a yes ("Yes Marketing",
"yes, SEO") is still the answer, and so is a name that is a yes only in another language ("Jo" in English).

What an answer looks like is the question, asked again: "Which company is it? Just its name ..." was followed by
"Which company are you with?" in the same turn (the same question twice in other words), and after a second "yes"
by the role question under it. One question a turn: the example alone, or, once the question is passed over, the next
question alone.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.phrasing import A_FEW_WORDS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_form import tracker, validate
from tests.bot.test_language_conversations import asked

# The bare yeses of the report, each in its chat's language, and a few more ways of saying it.
BARE_YES = [("en", "yes"), ("en", "sure"), ("en", "ok"), ("en", "Yep!"), ("de", "ja"), ("de", "jo"), ("fr", "oui"),
            ("fr", "oui oui"), ("es", "sí"), ("es", "vale"), ("pt", "sim"), ("pt", "claro"), ("it", "sì"),
            ("it", "certo"), ("nl", "ja hoor"), ("nl", "ja")]
OPEN = ("need", "company", "name")


def _known(requested: str) -> dict[str, object]:
    # The questions before this one answered, so that the form asks this one again (not an earlier one).
    attributes: dict[str, object] = {"need": {"summary": "more leads", "categories": ["lead_generation"]}}
    if requested == "name":
        # The name is asked after every question about the company, and the privacy question.
        attributes.update({"company": "Acme", "authority": {"title": "CMO", "seniority": "c_level",
                                                            "role": "decision_maker"},
                           "industry": "software", "company_size": {"min": 50, "max": 50},
                           "location": {"country": "DE"}, "timing": {"horizon_days": 30, "status": "stated"},
                           "budget": {"min": 50000, "max": 50000, "currency": "EUR", "period": None,
                                      "status": "stated"}})
        return {"attributes": attributes, "consent": True}
    return {"attributes": attributes} if requested != "need" else {}


@pytest.mark.parametrize("requested", OPEN)
@pytest.mark.parametrize(("lang", "said"), BARE_YES)
def test_a_bare_yes_at_an_open_question_stores_nothing_and_shows_an_example(lang: str, said: str,
                                                                            requested: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="affirm", requested=requested, **_known(requested)))
    assert slots.get(requested) is None, slots
    assert requested not in (slots.get("attributes") or {}), f"stored as the {requested}: {slots}"
    assert not slots.get("answers"), slots
    # The example is the question, asked once: not followed by the question's own words.
    assert texts == [translate(A_FEW_WORDS[requested], lang)], texts
    assert slots["requested_slot"] == requested, slots


@pytest.mark.parametrize(("lang", "said"), [("en", "yes"), ("de", "ja"), ("fr", "oui"), ("es", "sí"), ("pt", "sim"),
                                            ("it", "sì"), ("nl", "ja")])
def test_a_second_bare_yes_to_the_optional_company_question_asks_only_the_next_question(lang: str, said: str) -> None:
    # Asked twice already (its words, then the example): passed over for now, and the next question is the only one.
    progress = {"asked": {"company": 2}, "misses": {"example:company": 1}}
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="affirm", requested="company", progress=progress,
                                           **_known("company")))
    assert slots["requested_slot"] not in (None, "company"), slots
    assert translate(A_FEW_WORDS["company"], lang) not in texts and len(texts) == 1, texts


@pytest.mark.parametrize(("lang", "said"), [("en", "no"), ("de", "nein"), ("fr", "non"), ("es", "no"), ("pt", "não"),
                                            ("it", "no"), ("nl", "nee")])
def test_a_bare_no_at_the_need_question_stores_no_need(lang: str, said: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, intent="deny", requested="need"))
    assert "need" not in (slots.get("attributes") or {}), slots
    assert not slots.get("answers") and slots.get("need") is None, slots


@pytest.mark.parametrize(("lang", "requested", "said", "kept"), [
    ("en", "company", "Yes Marketing", "Yes Marketing"),  # a company named like a yes
    ("en", "company", "OK Corral Ltd", "OK Corral Ltd"),
    ("en", "name", "Jo", "Jo"),  # a yes in German only
    ("de", "company", "Ja Solutions GmbH", "Ja Solutions GmbH"),
])
def test_a_name_that_starts_like_a_yes_is_the_answer(lang: str, requested: str, said: str, kept: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, intent="inform", requested=requested, **_known(requested)))
    assert slots.get(requested) == said, slots


@pytest.mark.parametrize(("lang", "said"), [("en", "yes, SEO"), ("en", "sure, more leads from the website"),
                                            ("de", "ja, mehr Leads"), ("fr", "oui, du SEO")])
def test_a_need_said_after_a_yes_is_the_need(lang: str, said: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, intent="inform", requested="need"))
    assert slots.get("need") == said and (slots.get("attributes") or {}).get("need"), slots


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "bare", "need"), [
    ("en", "hi", "yes", "we need more inbound leads"), ("de", "Hallo", "ja", "wir brauchen mehr Leads"),
    ("fr", "Bonjour", "oui", "nous avons besoin de plus de leads"), ("es", "Hola", "sí", "necesitamos más leads"),
    ("pt", "Olá", "sim", "precisamos de mais leads"), ("it", "Buongiorno", "sì", "ci servono più lead"),
    ("nl", "Hallo", "ja hoor", "we hebben meer leads nodig"),
])
def test_a_bare_yes_to_the_need_question_through_the_bot_is_asked_again(
        stack: Stack, playbook: Playbook, lang: str, hello: str, bare: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(hello), playbook, lang) == "need", v.history()
    reply = v.say(bare)
    assert asked(reply, playbook, lang) == "need", f"a bare yes was taken as the need:\n{v.history()}"
    assert translate(A_FEW_WORDS["need"], lang) in reply, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or "need" not in lead["attributes"], lead
    reply = v.say(need)
    assert asked(reply, playbook, lang) not in (None, "need"), f"the need was not taken after:\n{v.history()}"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "bare", "need"), [
    ("en", "hi", "yes", "we need more inbound leads"), ("de", "Hallo", "ja", "wir brauchen mehr Leads"),
    ("es", "Hola", "sí", "necesitamos más leads"),
])
def test_a_bare_yes_to_the_company_question_through_the_bot_asks_one_question_a_turn(
        stack: Stack, playbook: Playbook, lang: str, hello: str, bare: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    assert asked(v.say(need), playbook, lang) == "company", v.history()
    reply = v.say(bare)
    # The example alone: not followed by the company question in other words.
    assert reply.strip() == translate(A_FEW_WORDS["company"], lang), v.history()
    reply = v.say(bare)
    # Passed over for now: the next question alone, no example above it.
    assert translate(A_FEW_WORDS["company"], lang) not in reply, v.history()
    assert asked(reply, playbook, lang) not in (None, "company") and reply.count("?") == 1, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or not lead["attributes"].get("company"), lead


# Every question before the timing and the budget answered, so that the form asks that one again.
_BEFORE = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme",
           "authority": {"title": "CMO", "seniority": "c_level", "role": "decision_maker"}, "industry": "software",
           "company_size": {"min": 50, "max": 50}, "location": {"country": "DE"}}
_BUDGET = {"budget": {"min": 50000, "max": 50000, "currency": "EUR", "period": None, "status": "stated"}}


@pytest.mark.parametrize("requested", ["timing", "budget"])
@pytest.mark.parametrize(("lang", "said"), [("en", "sure"), ("en", "yes"), ("de", "ja"), ("fr", "oui"), ("es", "sí"),
                                            ("pt", "sim"), ("it", "sì"), ("nl", "ja")])
def test_a_bare_yes_to_the_timing_or_budget_question_stores_nothing_and_asks_which(lang: str, said: str,
                                                                                   requested: str) -> None:
    # "Is there a date you need this by?" - "sure" was a start "stated" with no date.
    known = {**_BEFORE, **(_BUDGET if requested == "timing" else {})}
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="affirm", requested=requested, attributes=known))
    assert requested not in (slots.get("attributes") or {}), slots
    assert texts == [translate(A_FEW_WORDS[requested], lang)] and slots["requested_slot"] == requested, texts


@pytest.mark.parametrize(("lang", "said", "status"), [("en", "no", "no_timeline"), ("en", "yes, March", "stated"),
                                                      ("fr", "oui, en mars", "stated"), ("de", "nein", "no_timeline")])
def test_a_no_or_a_yes_with_its_date_answers_the_timing_question(lang: str, said: str, status: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, intent="deny" if status != "stated" else "affirm", requested="timing",
                                       attributes={**_BEFORE, **_BUDGET}))
    timing = slots["attributes"]["timing"]
    assert timing["status"] == status and (status != "stated" or timing["target_date"][5:7] == "03"), timing
