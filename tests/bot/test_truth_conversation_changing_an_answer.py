"""Changing an answer, seeing what is noted, and answering beside a confirmation, through the real Rasa, action server
and lead service (issue 14, found playing over REST).

A visitor who told us their industry, budget and start in one message was asked "I noted the logistics industry, a
budget of up to $150k a month and a start by the end of January 2027. Is that right?". Playing it:
- "Change" asked the industry's question; "the budget" said to it was stored as the industry "other". Now "Change" to
  several values asks which one, a button each (and one for all being right); the button picked asks that question.
- "no the budget is kenyan shillings not dollars" was ignored. Now the currency is put right, the amount kept.
- "what about my budget, it's wrong" got the pricing answer. Now the budget question is asked again.
- "what do you have so far?" got "I'm not sure about that one". Now what is noted, then the question again.
- "maybe 60 riders plus 5 in the office" at the confirmation was lost. Now it is said back, the confirmation asked
  again, and the size question is not asked later.
Each conversation ends with the lead the service stored.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, DUTCH_ANSWERS, GERMAN_ANSWERS, SPANISH_ANSWERS, asked
from tests.bot.test_truth_conversation_corrections_of_any_field import ENGLISH, FRENCH, ITALIAN, PORTUGUESE, finished
from tests.waiting import wait_for

pytestmark = pytest.mark.slow

# lang: a greeting, the message that tells the industry, a budget and a start, and the answers to the rest.
OPENINGS = {
    "en": ("hi", "we are a logistics company, budget up to 150k dollars a month, we want to start by end of "
                 "january 2027", ENGLISH),
    "de": ("Hallo", "wir sind ein Logistikunternehmen, Budget bis 150.000 € im Monat, Start bis Ende Januar 2027",
           GERMAN_ANSWERS),
    "fr": ("Bonjour", "nous sommes une entreprise de logistique, budget jusqu'à 150 000 € par mois, démarrage d'ici "
                      "fin janvier 2027", FRENCH),
    "es": ("Hola", "somos una empresa de logística, presupuesto de hasta 150.000 € al mes, queremos empezar antes de "
                   "finales de enero de 2027", SPANISH_ANSWERS),
    "pt": ("Olá", "somos uma empresa de logística, orçamento até 150.000 € por mês, queremos começar até ao fim de "
                  "janeiro de 2027", PORTUGUESE),
    "it": ("Ciao", "siamo un'azienda di logistica, budget fino a 150.000 € al mese, vogliamo iniziare entro fine "
                   "gennaio 2027", ITALIAN),
    "nl": ("Hallo", "we zijn een logistiek bedrijf, budget tot 150.000 euro per maand, we willen starten voor eind "
                    "januari 2027", DUTCH_ANSWERS),
}


def at_the_confirmation(stack: Stack, playbook: Playbook, lang: str) -> tuple[Visitor, str, dict[str, str]]:
    """A visitor of ``lang`` at the confirmation that lists the industry, the budget and the start."""
    hello, opening, answers = OPENINGS[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    reply = v.say(opening)
    for _ in range(8):
        if asked(reply, playbook, lang) == CONFIRM and "150" in reply:
            return v, reply, answers
        slot = asked(reply, playbook, lang)
        assert slot is not None, v.history()
        reply = v.say(answers[slot])
    raise AssertionError(f"the heard values were never confirmed:\n{v.history()}")


def spoken_lines(reply: str) -> list[str]:
    """The bot's lines of a reply, without its buttons' ("[Yes]")."""
    return [line for line in reply.splitlines() if not line.startswith("[")]


def stored(stack: Stack, v: Visitor) -> dict:
    lead = wait_for(lambda: stack.lead_for(v.sender), timeout=20)
    return lead["attributes"]


@pytest.mark.parametrize("lang", list(OPENINGS))
def test_change_to_several_values_asks_which_and_the_one_picked_is_asked_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, lang)
    v.say("/deny")
    # Which one, a button each saying its value, and one for all being right: no question of the first item.
    assert [p for _, p in v.buttons][-1] == "/affirm" and len(v.buttons) == 4, v.history()
    assert any("150" in title for title, _ in v.buttons), v.history()
    budget = next(payload for title, payload in v.buttons if "150" in title)
    reply = v.say(budget)
    assert asked(reply, playbook, lang) == "budget", f"the budget picked was not asked:\n{v.history()}"
    finished(v, playbook, lang, {**answers, CONFIRM: answers[CONFIRM]}, v.say(answers["budget"]))
    attributes = stored(stack, v)
    # The industry kept (it was "other", the button's words read as its answer), the budget the one said anew.
    assert attributes.get("industry") == "logistics", f"{attributes}\n{v.history()}"
    assert attributes["budget"]["max"] != 150000 and attributes["timing"]["target_date"] == "2027-01-31", attributes


@pytest.mark.parametrize(("lang", "said"), [("en", "the budget"), ("de", "das Budget"), ("fr", "le budget"),
                                            ("es", "el presupuesto")])
def test_the_field_typed_after_change_is_asked_never_stored_as_the_first_items_answer(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, lang)
    v.say("/deny")
    reply = v.say(said)
    assert asked(reply, playbook, lang) == "budget", v.history()
    finished(v, playbook, lang, answers, v.say(answers["budget"]))
    assert stored(stack, v).get("industry") == "logistics", v.history()


@pytest.mark.parametrize(("lang", "said", "code"), [("en", "no the budget is kenyan shillings not dollars", "KES"),
                                                    ("de", "nein, das Budget ist in Pfund, nicht in Euro", "GBP")])
def test_a_no_with_the_currency_put_right_keeps_the_amount_in_the_new_currency(
        stack: Stack, playbook: Playbook, lang: str, said: str, code: str) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, lang)
    reply = v.say(said)
    lines = spoken_lines(reply)
    # Said back with the amount, then the rest asked, listed (never the same confirmation unchanged).
    assert "150" in lines[0] and asked(reply, playbook, lang) == CONFIRM and "150" not in lines[-1], v.history()
    finished(v, playbook, lang, answers, v.say(answers[CONFIRM]))
    budget = stored(stack, v)["budget"]
    assert budget["max"] == 150000 and budget["currency"] == code, f"{budget}\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), [("en", "what about my budget, it's wrong"),
                                            ("fr", "le budget n'est pas bon")])
def test_a_complaint_that_a_noted_value_is_wrong_asks_its_question_again(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, lang)
    reply = v.say(answers[CONFIRM])  # the budget confirmed with the rest, then said to be wrong at the next question
    assert asked(reply, playbook, lang) not in (None, CONFIRM), v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) == "budget", f"the budget was not asked again:\n{v.history()}"
    assert playbook.company.pricing not in reply, v.history()
    finished(v, playbook, lang, answers, v.say(answers["budget"]))
    assert stored(stack, v)["budget"]["max"] != 150000, v.history()


@pytest.mark.parametrize(("lang", "said"), [("en", "what do you have so far?"), ("de", "was haben Sie bisher notiert?"),
                                            ("fr", "qu'avez-vous noté ?"), ("nl", "wat heeft u tot nu toe genoteerd?")])
def test_a_request_for_a_recap_lists_what_is_noted_then_asks_the_question_again(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, lang)
    reply = v.say(answers[CONFIRM])
    pending = asked(reply, playbook, lang)
    reply = v.say(said)
    recap = translate("Here's what I have so far: {what}.", lang, what="\x00").split("\x00")[0]
    assert reply.startswith(recap) and "150" in spoken_lines(reply)[0], v.history()
    assert asked(reply, playbook, lang) == pending, f"the question on screen was not asked again:\n{v.history()}"


def test_an_answer_to_a_later_question_at_a_confirmation_is_heard_and_never_asked_again(
        stack: Stack, playbook: Playbook) -> None:
    v, _, answers = at_the_confirmation(stack, playbook, "en")
    reply = v.say("maybe 60 riders plus 5 in the office")  # 65: two groups of the firm's staff add up (937b34b)
    assert "65" in spoken_lines(reply)[0] and "65" not in spoken_lines(reply)[-1] and "Just to be sure" not in reply, v.history()
    assert asked(reply, playbook, "en") == CONFIRM, v.history()
    reply = v.say("yes")
    for _ in range(20):
        slot = asked(reply, playbook, "en")
        assert slot != "company_size", f"the head count said at the confirmation was asked again:\n{v.history()}"
        if slot is None:
            break
        reply = v.say(answers[slot])
    assert stored(stack, v)["company_size"]["min"] == 65, v.history()
