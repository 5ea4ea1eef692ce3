"""What a visitor says about their own answers is read as that, at any question, in the seven languages (issue 14).

The form in process (no Rasa; the same conversations through the real stack are in
``test_truth_conversation_changing_an_answer.py``). A visitor told the industry, a budget and a start in one message,
then answered the need, the company and the role; the confirmation lists the three values. Found playing:
- "Change" to several values asked the first one's question, and "the budget" said to it became the industry
  "other". Now it asks which one (a button each, one for all being right); a field named, typed or clicked, at any
  question, asks that field's question next; the rest listed are confirmed. A field typed unasked has its old value
  let go; one picked from "which one?" keeps its heard value, unconfirmed, as the first button under its question.
- "no the budget is kenyan shillings not dollars" was not read: the sum is now in that currency, its amount kept.
- "what do you have so far?" was not understood: what is noted is listed, then the question on screen again.
- "maybe 60 riders plus 5 in the office" at the confirmation was lost: it is said back, and confirmed with the rest.
Near misses: an answer that names its field ("our budget is about 5,000 a month" to the budget question) is the
answer; "Change" to a single value asks its question as before; a second "no" to "which one?" asks them in turn.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import tracker, validate

# lang: the opening (industry, budget, start), the need, the company, the role.
OPENINGS = {
    "en": ["we are a logistics company, budget up to 150k dollars a month, we want to start by end of january 2027",
           "more leads", "Haulwell Ltd", "I'm the CEO"],
    "de": ["wir sind ein Logistikunternehmen, Budget bis 150.000 € im Monat, Start bis Ende Januar 2027", "mehr Leads",
           "Haulwell GmbH", "ich bin der Geschäftsführer"],
    "fr": ["nous sommes une entreprise de logistique, budget jusqu'à 150 000 € par mois, démarrage d'ici fin janvier "
           "2027", "plus de leads", "Haulwell SARL", "je suis le directeur général"],
    "es": ["somos una empresa de logística, presupuesto de hasta 150.000 € al mes, queremos empezar antes de finales "
           "de enero de 2027", "más leads", "Haulwell S.L.", "soy el director general"],
    "pt": ["somos uma empresa de logística, orçamento até 150.000 € por mês, queremos começar até ao fim de janeiro "
           "de 2027", "mais leads", "Haulwell Lda", "sou o diretor geral"],
    "it": ["siamo un'azienda di logistica, budget fino a 150.000 € al mese, vogliamo iniziare entro fine gennaio 2027",
           "più lead", "Haulwell Srl", "sono l'amministratore delegato"],
    "nl": ["we zijn een logistiek bedrijf, budget tot 150.000 euro per maand, we willen starten voor eind januari 2027",
           "meer leads", "Haulwell BV", "ik ben de directeur"],
}
LANGS = list(OPENINGS)
LISTED = ["industry", "budget", "timing"]
KEPT = ("attributes", "answers", "heard", "confirming", "progress", "consent")


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


class Chat:
    """One visitor's messages to the form, its slots carried from each message to the next as Rasa carries them."""

    def __init__(self, lang: str) -> None:
        self.lang, self.slots = lang, {}
        self.requested: str | None = None

    def say(self, text: str) -> tuple[list[str], list[dict[str, Any]]]:
        intent = {"/affirm": "affirm", "/deny": "deny"}.get(text, "inform")
        kept = {k: v for k, v in self.slots.items() if k in KEPT}
        with speaking(self.lang):
            slots, texts, buttons = validate(tracker(text, intent=intent, requested=self.requested,
                                                     confidence=0.9 if intent != "inform" else 0.4, **kept))
        self.slots.update(slots)
        self.requested = self.slots.get("requested_slot")
        return texts, buttons

    def heard(self, name: str) -> Any:
        return ((self.slots.get("heard") or {}).get("attributes") or {}).get(name)

    def given(self, name: str) -> Any:
        return (self.slots.get("attributes") or {}).get(name)


def at_the_confirmation(lang: str) -> Chat:
    chat = Chat(lang)
    for message in OPENINGS[lang]:
        chat.say(message)
    assert chat.slots.get("confirming") == LISTED, chat.slots
    return chat


@pytest.mark.parametrize("lang", LANGS)
def test_change_to_several_values_asks_which_with_a_button_each_and_one_for_all_being_right(lang: str) -> None:
    chat = at_the_confirmation(lang)
    texts, buttons = chat.say("/deny")
    assert texts == [translate(form.WHICH_QUESTION, lang)], texts
    assert [b["payload"] for b in buttons][-1] == "/affirm" and len(buttons) == 4, buttons
    assert buttons[-1]["title"] == translate(form.ALL_FINE, lang)
    assert "150" in buttons[1]["title"] and not chat.given("industry"), (buttons, chat.slots)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("picked", [0, 1, 2])
def test_the_button_picked_asks_that_question_and_confirms_the_rest(lang: str, picked: int) -> None:
    chat = at_the_confirmation(lang)
    _, buttons = chat.say("/deny")
    texts, new_buttons = chat.say(buttons[picked]["payload"])
    field = LISTED[picked]
    assert chat.requested == field and texts[0] == translate(form.PUT_RIGHT, lang), (texts, chat.slots)
    # Its heard value kept, unconfirmed, and offered as the first button under its question (issue 14: the pick
    # was forgotten); the other two values listed are the visitor's now.
    assert chat.given(field) is None and chat.heard(field) is not None, chat.slots
    assert new_buttons and new_buttons[0]["payload"] == "/affirm", new_buttons
    assert all(chat.given(n) is not None for n in LISTED if n != field), chat.slots


@pytest.mark.parametrize("lang", LANGS)
def test_all_fine_confirms_every_value_listed(lang: str) -> None:
    chat = at_the_confirmation(lang)
    _, buttons = chat.say("/deny")
    chat.say(buttons[-1]["payload"])
    assert chat.given("industry") == "logistics" and chat.given("budget")["max"] == 150000, chat.slots


def test_a_second_no_to_which_one_asks_each_question_in_turn() -> None:
    chat = at_the_confirmation("en")
    chat.say("/deny")
    texts, buttons = chat.say("/deny")
    assert chat.requested == "industry" and buttons and buttons[0]["payload"] == "/affirm", texts
    assert chat.given("industry") is None, chat.slots


def test_change_to_a_single_value_asks_its_question_with_the_value_heard_as_a_button() -> None:
    chat = Chat("en")
    for message in ("we are a logistics company", "more leads", "Haulwell Ltd", "I'm the CEO"):
        chat.say(message)
    assert chat.slots.get("confirming") == ["industry"], chat.slots
    texts, buttons = chat.say("/deny")
    assert chat.requested == "industry" and buttons[0]["payload"] == "/affirm", texts
    assert translate(form.WHICH_QUESTION, "en") not in texts


# Near misses: an answer to the budget question that names the budget is its answer.
ANSWERS = {"en": "our budget is about 5,000 a month", "de": "unser Budget liegt bei etwa 5.000 € im Monat",
           "fr": "notre budget est d'environ 5 000 € par mois", "es": "nuestro presupuesto es de unos 5.000 € al mes",
           "pt": "o nosso orçamento é de cerca de 5.000 € por mês", "it": "il nostro budget è di circa 5.000 € al mese",
           "nl": "ons budget is ongeveer 5.000 euro per maand"}


# A field named as wrong, or to change, typed at a later question (the company's): its question is next.
TYPED = {"en": "what about my budget, it's wrong", "de": "das Budget stimmt nicht", "fr": "le budget n'est pas bon",
         "es": "el presupuesto está mal", "pt": "quero mudar o orçamento", "it": "il budget è sbagliato",
         "nl": "het budget klopt niet"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_field_said_to_be_wrong_at_any_question_is_asked_next_and_answers_nothing(lang: str) -> None:
    chat = Chat(lang)
    chat.say(OPENINGS[lang][0])
    chat.say(OPENINGS[lang][1])
    assert chat.requested == "company" and chat.heard("budget"), chat.slots
    texts, buttons = chat.say(TYPED[lang])
    assert chat.requested == "budget" and texts[0] == translate(form.PUT_RIGHT, lang), texts
    assert chat.heard("budget") is None and chat.given("company") is None and not buttons, chat.slots
    # The question asked out of turn is then answered as itself, and the company asked after it.
    chat.say(ANSWERS[lang])
    assert chat.given("budget") and chat.given("budget")["min"] == 5000 and chat.requested == "company", chat.slots


@pytest.mark.parametrize("lang", LANGS)
def test_an_answer_that_names_the_budget_is_the_budget(lang: str) -> None:
    chat = Chat(lang)
    chat.requested = "budget"
    texts, _ = chat.say(ANSWERS[lang])
    assert chat.given("budget") and chat.given("budget")["min"] == 5000, (texts, chat.slots)
    assert translate(form.PUT_RIGHT, lang) not in texts


CURRENCY = {"en": ("no the budget is kenyan shillings not dollars", "KES"),
            "de": ("nein, das Budget ist in Pfund, nicht in Euro", "GBP"),
            "fr": ("non, le budget est en francs suisses, pas en euros", "CHF"),
            "es": ("no, el presupuesto es en dólares, no en euros", "USD"),
            "pt": ("não, o orçamento é em libras, não em euros", "GBP"),
            "it": ("no, il budget è in franchi, non in euro", "CHF"),
            "nl": ("nee, het budget is in ponden, niet in euro", "GBP")}


@pytest.mark.parametrize("lang", LANGS)
def test_a_no_with_the_currency_put_right_keeps_the_amount_says_it_back_and_lists_the_rest(lang: str) -> None:
    chat = at_the_confirmation(lang)
    said, code = CURRENCY[lang]
    texts, _ = chat.say(said)
    budget = chat.given("budget")
    assert budget and budget["max"] == 150000 and budget["currency"] == code, chat.slots
    assert len(texts) == 2 and "150" in texts[0] and "150" not in texts[1], texts
    assert chat.slots["confirming"] == ["industry", "timing"], chat.slots


def test_a_currency_put_right_at_a_later_question_changes_the_budget_given() -> None:
    chat = at_the_confirmation("en")
    chat.say("/affirm")
    texts, _ = chat.say("sorry, it's in euros, not dollars")
    assert chat.given("budget")["currency"] == "EUR" and chat.given("budget")["max"] == 150000, (texts, chat.slots)
    assert any("150" in t for t in texts), texts


RECAP = {"en": "what do you have so far?", "de": "was haben Sie bisher notiert?", "fr": "qu'avez-vous noté ?",
         "es": "¿qué has anotado?", "pt": "o que anotou até agora?", "it": "cosa ha annotato finora?",
         "nl": "wat heeft u tot nu toe genoteerd?"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_request_for_a_recap_lists_what_is_noted_then_asks_the_same_question(lang: str) -> None:
    chat = Chat(lang)
    chat.say(OPENINGS[lang][0])
    chat.say(OPENINGS[lang][1])
    assert chat.requested == "company"
    texts, _ = chat.say(RECAP[lang])
    head = translate(form.RECAP, lang, what="\x00").split("\x00")[0]
    check = translate(form.RECAP_HEARD, lang, what="\x00").split("\x00")[0]
    assert texts[0].startswith(head) and check in texts[0] and "150" in texts[0], texts
    assert chat.requested == "company" and len(texts) == 2 and chat.given("company") is None, (texts, chat.slots)


def test_a_recap_before_anything_is_noted_says_so() -> None:
    chat = Chat("en")
    chat.requested = "need"
    texts, _ = chat.say("what have you noted?")
    assert texts[0] == form.RECAP_NOTHING and chat.requested == "need", texts


# Staff in two groups of the firm add up (60 riders and 5 in the office: 65, since 937b34b).
VOLUNTEERED = {"en": "maybe 60 riders plus 5 in the office", "de": "vielleicht 60 Fahrer plus 5 im Büro",
               "fr": "peut-être 60 livreurs plus 5 au bureau", "es": "quizás 60 repartidores más 5 en la oficina",
               "pt": "talvez 60 motoristas mais 5 no escritório", "it": "forse 60 rider più 5 in ufficio",
               "nl": "misschien 60 bezorgers plus 5 op kantoor"}


@pytest.mark.parametrize("lang", LANGS)
def test_an_answer_to_a_later_question_at_a_confirmation_is_said_back_and_confirmed_with_the_rest(lang: str) -> None:
    chat = at_the_confirmation(lang)
    texts, buttons = chat.say(VOLUNTEERED[lang])
    assert chat.heard("company_size") and chat.heard("company_size")["min"] == 65, chat.slots
    assert translate("Just to be sure I have it right:", lang) not in texts, texts
    noted = translate("I noted {what}. Is that right?", lang, what="\x00").split("\x00")[0]
    assert "65" in texts[0] and texts[-1].startswith(noted) and "65" not in texts[-1], texts
    chat.say("/affirm")
    assert chat.given("company_size")["min"] == 65 and chat.requested != "company_size", chat.slots
