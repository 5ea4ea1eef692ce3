"""A reply that is wholly another question's value never becomes the answer to an open question (issue 14).

"spring" to "What would you like help with?" was said back as 'what you need: "spring" and a start in April 2027';
"I'm Liam, the founder" to the company question became the company "I'm Liam". A short reply to the need question
that states another value (a start, a place, a size, a budget) and no need we know is that value: heard and said
back, and the need asked again. A person's introduction at the company question is their name (held until they
agree to the privacy notice), never the company. Near misses: a need we know with a date ("SEO in spring"), words
that state nothing else ("spring campaign ideas"), a company said with the person ("Acme Ltd, I'm Liam"), a company
named after a person ("Liam Consulting"). A role or a place said alone at the company question ("CEO", "Berlin") is
that role or place, heard; "Studio Berlin" and "Berlin GmbH" are companies.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_form import tracker, validate
from tests.bot.test_language_conversations import asked

NEED = {"need": {"summary": "more leads", "categories": ["lead_generation"]}}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "said", "value"), [
    ("en", "spring", "timing"), ("en", "in spring", "timing"), ("en", "next month", "timing"),
    ("de", "im Frühjahr", "timing"), ("fr", "au printemps", "timing"), ("es", "en primavera", "timing"),
    ("pt", "na primavera", "timing"), ("it", "in primavera", "timing"), ("nl", "in het voorjaar", "timing"),
    ("en", "2k a month", "budget"), ("en", "Berlin", "location"), ("en", "about 50 people", "company_size"),
])
def test_another_value_alone_at_the_need_question_is_that_value_not_the_need(lang: str, said: str,
                                                                            value: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="need"))
    assert "need" not in (slots.get("attributes") or {}), f"{said!r} stored as the need: {slots}"
    assert value in slots["heard"]["attributes"], slots
    assert slots["requested_slot"] == "need", slots
    assert not any(f'"{said}"' in t or f"“{said}”" in t for t in texts), texts


@pytest.mark.parametrize(("lang", "said"), [("en", "SEO in spring"), ("en", "a new website by spring"),
                                            ("en", "spring campaign ideas"), ("de", "mehr Leads ab März")])
def test_a_need_said_with_a_date_or_with_no_other_value_is_the_need(lang: str, said: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="need"))
    assert slots["attributes"].get("need"), slots


@pytest.mark.parametrize(("lang", "said", "name"), [
    ("en", "I'm Liam, the founder", "Liam"), ("en", "I am Liam", "Liam"), ("de", "Ich bin Anna Schmidt", "Anna Schmidt"),
    ("fr", "je suis Claire Martin", "Claire Martin"), ("es", "soy Lucía García, la fundadora", "Lucía García"),
    ("pt", "sou a Ana Costa", "Ana Costa"), ("it", "sono Giulia Rossi", "Giulia Rossi"),
    ("nl", "ik ben Anna de Vries", "Anna de Vries"),
])
def test_an_introduction_at_the_company_question_is_the_name_never_the_company(lang: str, said: str,
                                                                              name: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="company", attributes=NEED))
    assert "company" not in slots["attributes"], f"the company became {slots['attributes'].get('company')!r}"
    assert slots["requested_slot"] == "company", slots
    assert (slots["heard"]["attributes"].get("name") or slots["attributes"].get("name")) == name, slots


@pytest.mark.parametrize(("said", "company"), [("Acme Ltd, I am Liam", "Acme Ltd"), ("Liam Consulting", "Liam Consulting"),
                                               ("Costa & Filhos Lda", "Costa & Filhos Lda")])
def test_a_company_said_with_or_named_after_a_person_is_the_company(said: str, company: str) -> None:
    with speaking("en"):
        slots, _, _ = validate(tracker(said, requested="company", attributes=NEED))
    assert slots["attributes"]["company"] == company, slots


@pytest.mark.parametrize(("lang", "said", "value"), [
    ("en", "CEO", "authority"), ("en", "Marketing Manager", "authority"), ("de", "Geschäftsführer", "authority"),
    ("en", "Berlin", "location"), ("fr", "Lyon", "location"), ("es", "Valencia", "location"), ("it", "Torino", "location"),
])
def test_a_role_or_a_place_alone_at_the_company_question_is_that_value(lang: str, said: str, value: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="company", attributes=NEED))
    assert "company" not in slots["attributes"], f"the company became {slots['attributes'].get('company')!r}"
    assert value in slots["heard"]["attributes"] and slots["requested_slot"] == "company", slots


@pytest.mark.parametrize("said", ["Studio Berlin", "Berlin GmbH", "Acme", "Lyon Conseil SARL"])
def test_a_company_with_a_place_in_its_name_is_the_company(said: str) -> None:
    with speaking("en"):
        slots, _, _ = validate(tracker(said, requested="company", attributes=NEED))
    assert slots["attributes"]["company"] == said, slots


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "need_words", "season", "intro"), [
    ("en", "hi", "we need more leads", "spring", "I'm Liam, the founder"),
    ("es", "Hola", "necesitamos más leads", "en primavera", "soy Lucía García, la fundadora"),
])
def test_another_value_at_an_open_question_through_the_bot(stack: Stack, playbook: Playbook, lang: str, hello: str,
                                                           need_words: str, season: str, intro: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(hello), playbook, lang) == "need", v.history()
    reply = v.say(season)
    assert asked(reply, playbook, lang) == "need", f"the start was taken as the need:\n{v.history()}"
    assert asked(v.say(need_words), playbook, lang) == "company", v.history()
    reply = v.say(intro)
    assert asked(reply, playbook, lang) == "company", f"the introduction was taken as the company:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is None or not lead["attributes"].get("company"), lead
