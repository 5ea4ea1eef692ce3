"""Corrections of any answered field, said at a later question, through the real Rasa, action server and service
(issue 14).

"Actually make that March", "sorry, I meant 50 people not 15", "change the budget to 20k", "scratch that, we're in
Dublin not London", "no wait, it's Q2": each names the field it corrects, or leaves it to its value, which only one
answered field can take. Each is read, said back ("Got it, ..."), never apologised for, stored (the lead and its
answer table), and the question on screen is asked again; at the privacy question, "no wait, ..." refuses nothing.
A correction whose value can't be read invents none: the corrected field's question is asked again.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, DUTCH_ANSWERS, GERMAN_ANSWERS, SPANISH_ANSWERS, asked

pytestmark = pytest.mark.slow

SAID_BACK = "Got it, {what}."
NOT_CAUGHT = "Sorry, I didn't catch that. {question}"
ENGLISH = {**SQL_ANSWERS, "company_size": "about 15 people", "location": "London, UK", CONFIRM: "yes"}
GERMAN = {**GERMAN_ANSWERS, "company_size": "etwa 15 Mitarbeiter", "location": "München, Deutschland"}
FRENCH = {
    "need": "Nous avons besoin de plus de leads qualifiés", "company": "Atelier Dubois",
    "authority": "Je suis la directrice marketing et je décide", "industry": "Nous sommes un éditeur de logiciels B2B",
    "company_size": "environ 15 personnes", "location": "Lyon, France", "revenue": "environ 5 millions d'euros par an",
    "tech_stack": "HubSpot", "budget": "environ 60 000 € par an", "timing": "nous voulons commencer le mois prochain",
    "name": "Claire Dubois", "consent": "oui", "email": "claire@atelier-dubois.fr", CONFIRM: "oui",
}
ITALIAN = {
    "need": "Abbiamo bisogno di più lead qualificati", "company": "Rossi Srl",
    "authority": "Sono il direttore marketing e decido io", "industry": "Siamo un'azienda di software B2B",
    "company_size": "circa 15 persone", "location": "Milano, Italia", "revenue": "circa 5 milioni di euro l'anno",
    "tech_stack": "HubSpot", "budget": "circa 60.000 € l'anno", "timing": "vogliamo iniziare il mese prossimo",
    "name": "Marco Rossi", "consent": "sì", "email": "marco@rossisrl.it", CONFIRM: "sì",
}
PORTUGUESE = {
    "need": "Precisamos de mais leads qualificados", "company": "Silva Lda",
    "authority": "Sou o diretor de marketing e decido eu", "industry": "Somos uma empresa de software B2B",
    "company_size": "cerca de 15 pessoas", "location": "Lisboa, Portugal", "revenue": "cerca de 5 milhões de euros por ano",
    "tech_stack": "HubSpot", "budget": "cerca de 60.000 € por ano", "timing": "queremos começar no próximo mês",
    "name": "João Silva", "consent": "sim", "email": "joao@silvalda.pt", CONFIRM: "sim",
}
# lang: greeting, answers, a start moved to March, a head count corrected from 15 to 50, the budget changed to 20,000.
OTHER_LANGUAGES = {
    "fr": ("Bonjour", FRENCH, "en fait plutôt en mars", "pardon, nous sommes 50 personnes, pas 15",
           "changez le budget à 20 000 €"),
    "es": ("Hola", {**SPANISH_ANSWERS, "company_size": "unos 15 empleados"}, "mejor dicho, en marzo",
           "perdón, somos 50 empleados, no 15", "cambia el presupuesto a 20.000 €"),
    "pt": ("Olá", PORTUGUESE, "na verdade, em março", "desculpe, somos 50 pessoas, não 15",
           "mude o orçamento para 20.000 €"),
    "it": ("Ciao", ITALIAN, "anzi, a marzo", "scusi, siamo 50 persone, non 15", "cambi il budget a 20.000 €"),
    "nl": ("Hallo", {**DUTCH_ANSWERS, "company_size": "ongeveer 15 medewerkers"}, "eigenlijk liever in maart",
           "sorry, we zijn 50 medewerkers, niet 15", "verander het budget naar 20.000 euro"),
}


def to(v: Visitor, playbook: Playbook, lang: str, answers: dict[str, str], wanted: str, reply: str) -> str:
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot == wanted:
            return reply
        assert slot is not None, f"{wanted} was never asked:\n{v.history()}"
        reply = v.say(answers[slot])
    raise AssertionError(f"{wanted} was never asked:\n{v.history()}")


def corrected(v: Visitor, playbook: Playbook, lang: str, said: str, pending: str, shown: tuple[str, ...]) -> None:
    reply = v.say(said)
    back = translate(SAID_BACK, lang, what="\x00").split("\x00")[0]
    lines = [line for line in reply.splitlines() if line.startswith(back)]
    assert lines and all(any(s in line for line in lines) for s in shown), f"{said!r} was not said back:\n{v.history()}"
    assert translate(NOT_CAUGHT, lang, question="\x00").split("\x00")[0] not in reply, v.history()
    assert asked(reply, playbook, lang) == pending, f"the question on screen was not asked again:\n{v.history()}"


def finished(v: Visitor, playbook: Playbook, lang: str, answers: dict[str, str], reply: str) -> str:
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot is None:
            break
        reply = v.say(answers[slot])
    return reply


@pytest.mark.parametrize("pending", ["consent", "name"])
def test_corrections_of_five_fields_at_a_later_question_are_said_back_stored_and_that_question_asked_again(
        stack: Stack, playbook: Playbook, pending: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = to(v, playbook, "en", ENGLISH, pending, v.say("hi"))
    for said, shown in (("actually make that March", ("March",)), ("sorry, I meant 50 people not 15", ("50",)),
                        ("change the budget to 20k", ("20",)), ("scratch that, we're in Dublin not London", ("Dublin",)),
                        ("no wait, it's Q2", ("2027",))):
        corrected(v, playbook, "en", said, pending, shown)
    finished(v, playbook, "en", ENGLISH, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert (attributes["company_size"]["min"], attributes["company_size"]["max"]) == (50, 50), attributes
    assert (attributes["budget"]["min"], attributes["budget"]["max"]) == (20000, 20000), attributes
    assert attributes["location"]["city"] == "Dublin", attributes
    assert str(attributes["timing"]["target_date"])[:7] in ("2027-04", "2027-05", "2027-06"), attributes
    assert "London" not in str(attributes), attributes
    # The answer table keeps the correction's words for each corrected question, not the first answer.
    table = {a["question_id"]: (a["text"], a.get("source")) for a in lead["answers"]}
    assert table["company_size"] == ("sorry, I meant 50 people not 15", "corrected"), table
    assert table["budget"] == ("change the budget to 20k", "corrected"), table
    assert table["location"] == ("scratch that, we're in Dublin not London", "corrected"), table
    assert table["timing"] == ("no wait, it's Q2", "corrected"), table


def test_german_corrections_at_a_later_question_are_said_back_and_stored(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de"})
    reply = to(v, playbook, "de", GERMAN, "consent", v.say("Hallo"))
    for said, shown in (("eigentlich lieber im März", ("März",)),
                        ("Korrektur: wir sind 50 Mitarbeiter, nicht 15", ("50",)),
                        ("ändern Sie das Budget auf 20.000 €", ("20",))):
        corrected(v, playbook, "de", said, "consent", shown)
    finished(v, playbook, "de", GERMAN, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert attributes["company_size"]["max"] == 50, attributes
    assert attributes["budget"]["max"] == 20000, attributes
    assert str(attributes["timing"]["target_date"]).startswith("2027-03"), attributes


def test_corrections_that_name_the_company_the_role_and_the_industry_are_said_back_and_stored(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to(v, playbook, "en", ENGLISH, "consent", v.say("hi"))
    for said, shown in (("sorry, the company name is Acme Labs", ("Acme Labs",)), ("actually my title is CMO", ("CMO",)),
                        ("correction: the industry is healthcare", ("healthcare",))):
        corrected(v, playbook, "en", said, "consent", shown)
    finished(v, playbook, "en", ENGLISH, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert attributes["company"] == "Acme Labs", attributes
    assert attributes["authority"]["title"] == "CMO", attributes
    assert attributes["industry"] == "healthcare", attributes


@pytest.mark.parametrize("lang", list(OTHER_LANGUAGES))
def test_corrections_in_the_other_languages_are_said_back_and_stored(stack: Stack, playbook: Playbook, lang: str) -> None:
    greeting, answers, start, size, budget = OTHER_LANGUAGES[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = to(v, playbook, lang, answers, "consent", v.say(greeting))
    for said, shown in ((start, ("2027",)), (size, ("50",)), (budget, ("20",))):
        corrected(v, playbook, lang, said, "consent", shown)
    finished(v, playbook, lang, answers, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert attributes["company_size"]["max"] == 50, attributes
    assert attributes["budget"]["max"] == 20000, attributes
    assert str(attributes["timing"]["target_date"]).startswith("2027-03"), attributes


@pytest.mark.parametrize("said", ["actually the budget is different", "sorry, change the budget"])
def test_a_correction_whose_value_cant_be_read_asks_that_question_again(
        stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = to(v, playbook, "en", ENGLISH, "consent", v.say("hi"))
    reply = v.say(said)
    assert asked(reply, playbook, "en") == "budget", f"the budget question was not asked again:\n{v.history()}"
    reply = v.say("about 25k a year")
    finished(v, playbook, "en", ENGLISH, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"]["budget"]["max"] == 25000, lead["attributes"]


@pytest.mark.parametrize(("said", "budget"), [("sorry, about 20k a year", 20000), ("oops, maybe 45k for the year", 45000)])
def test_an_answer_to_the_open_question_with_a_correction_word_answers_it_and_corrects_nothing(
        stack: Stack, playbook: Playbook, said: str, budget: int) -> None:
    answers = {**ENGLISH, "company_size": "about 300 people", "revenue": "around 20 million a year"}
    v = Visitor(stack.rasa_url)
    reply = to(v, playbook, "en", answers, "budget", v.say("hi"))
    reply = v.say(said)
    assert asked(reply, playbook, "en") == "timing", v.history()
    finished(v, playbook, "en", answers, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert attributes["budget"]["max"] == budget, attributes
    assert attributes["revenue"]["max"] == 20000000, attributes
