"""At a confirmation, a value the reply gives is said back once, and the confirmation asked in a line (issue 14).

"Noted: your company, Haulwell Ltd." was followed by "I noted your company, Haulwell Ltd, the logistics industry, ...
Is that right?": the same value twice in one turn, and the whole list again (in es and fr too: "on a pas encore de
budget"). "so um die 1.500 im Monat" and "ich bin einer der Partner und entscheide mit" each got the whole list again,
four times in a row. "Nimbus Payroll" (a company without a legal suffix, the company still unknown) got "Just to be
sure I have it right:" and then another question.

A value read in the reply is said back, and the confirmation asked again for the rest, listed without it (it was
"Is everything else as I noted it?", which asked about "everything else" without saying what it was: issue 14, item
6); an amount said per month or year is the budget; a short name, while the company is unknown, the company.
"Just to be sure I have it right:" is said only above the list itself, for a reply that said nothing we could read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from nlu.extract import extract
from qualification import Playbook
from tests.bot.test_form import tracker, validate
from tests.bot.test_language_conversations import CONFIRM, asked

OPENING = {"en": "we are a logistics firm with about 40 people in Leeds",
           "de": "Wir sind ein Logistikunternehmen mit etwa 40 Mitarbeitern in Leipzig",
           "fr": "nous sommes une entreprise de logistique d'environ 40 personnes à Lyon",
           "es": "somos una empresa de logística con unos 40 empleados en Valencia",
           "pt": "somos uma empresa de logística com cerca de 40 funcionários no Porto",
           "it": "siamo un'azienda di logistica con circa 40 dipendenti a Torino",
           "nl": "we zijn een logistiek bedrijf met ongeveer 40 medewerkers in Utrecht"}
NEED = {"need": {"summary": "more leads", "categories": ["lead_generation"]}}
ROLE = {"authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}}
NOTED = "I noted {what}. Is that right?"


def lists_the_rest(text: str, lang: str, said: str) -> bool:
    """Whether ``text`` is the confirmation's list, without the value ``said`` back just above it."""
    before, after = translate(NOTED, lang, what="\x00").split("\x00")
    return text.startswith(before) and text.endswith(after) and said not in text and len(text) > len(before + after)
UNSURE = "Just to be sure I have it right:"


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def _confirming(lang: str, *, company: bool = True) -> dict[str, Any]:
    heard = extract(OPENING[lang], now=date.today(), default_currency="EUR", lang=lang).to_dict()
    names = [n for n in ("industry", "company_size", "location") if n in heard]
    assert len(names) == 3, heard
    return {"attributes": {**NEED, **ROLE, **({"company": "Acme"} if company else {})},
            "heard": {"attributes": {n: heard[n] for n in names}, "texts": {n: OPENING[lang] for n in names}},
            "confirming": names}


# A value the reply states, and the field it is heard for, in the seven languages.
VALUES = [("en", "Haulwell Ltd", "company"), ("de", "Muster GmbH", "company"), ("fr", "Dupont SARL", "company"),
          ("es", "Transportes Ruiz S.L.", "company"), ("pt", "Costa & Filhos Lda", "company"),
          ("it", "Rossi Srl", "company"), ("nl", "Jansen BV", "company"),
          ("en", "Nimbus Payroll", "company"), ("fr", "Koala Threads", "company"),
          ("fr", "on n'a pas encore de budget", "budget"), ("es", "todavía no tenemos presupuesto", "budget"),
          ("de", "so um die 1.500 im Monat", "budget"), ("it", "circa 2.000 al mese", "budget"),
          ("nl", "ongeveer 3.000 per maand", "budget"), ("pt", "uns 1.500 por mês", "budget")]


@pytest.mark.parametrize(("lang", "said", "field"), VALUES)
def test_a_value_given_at_a_confirmation_is_said_back_once_and_the_rest_asked_in_a_line(lang: str, said: str,
                                                                                         field: str) -> None:
    slots_in = _confirming(lang, company=field != "company")
    with speaking(lang):
        slots, texts, buttons = validate(tracker(said, requested=slots_in["confirming"][0], **slots_in))
    assert field in slots["heard"]["attributes"], slots
    assert len(texts) == 2 and lists_the_rest(texts[-1], lang, said), texts
    # The value is said once: not in a list under the line that says it back.
    assert field != "company" or sum(said in t for t in texts) == 1, texts
    assert field in slots["confirming"] and [b["payload"] for b in buttons] == ["/affirm", "/deny"], slots


@pytest.mark.parametrize(("lang", "said"), [("en", "Nimbus Payroll"), ("fr", "Koala Threads"), ("de", "Berghof Käserei"),
                                            ("es", "Grupo Andino"), ("pt", "Sabor Mineiro"), ("it", "Bianchi Arredi"),
                                            ("nl", "Kaasboerderij Jansen")])
def test_a_company_name_the_classifier_calls_a_no_is_heard_as_the_company(lang: str, said: str) -> None:
    # The classifier's intent for "Nimbus Payroll" at the confirmation was deny (0.61): read by its words, it is the
    # company, said back, and the rest asked in a line (not "Change", which asked the heard need again).
    slots_in = _confirming(lang, company=False)
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="deny", requested=slots_in["confirming"][0], **slots_in))
    assert slots["heard"]["attributes"].get("company") == said, slots
    assert lists_the_rest(texts[-1], lang, said) and "company" in slots["confirming"], texts


@pytest.mark.parametrize(("lang", "said"), [("en", "no thanks"), ("de", "nein danke"), ("fr", "non merci"),
                                            ("es", "no gracias"), ("nl", "nee hoor"), ("en", "Not quite"),
                                            ("en", "Wrong Industry"), ("en", "Change It"), ("de", "Stimmt Nicht"),
                                            ("fr", "Pas vraiment"), ("es", "No exactamente"), ("pt", "Não Exatamente"),
                                            ("it", "Non Proprio"), ("nl", "Niet Helemaal")])
def test_a_no_or_a_change_in_two_words_is_still_a_no_not_a_company(lang: str, said: str) -> None:
    slots_in = _confirming(lang, company=False)
    with speaking(lang):
        slots, _, _ = validate(tracker(said, intent="deny", requested=slots_in["confirming"][0], **slots_in))
    assert "company" not in (slots.get("heard") or {}).get("attributes", {}), slots


@pytest.mark.parametrize(("lang", "said"), [("en", "hmm"), ("de", "hm, na ja"), ("fr", "euh"), ("es", "mmm"),
                                            ("pt", "hmm"), ("it", "boh"), ("nl", "hmm")])
def test_a_reply_that_says_nothing_readable_gets_the_list_again_once_with_a_check(lang: str, said: str) -> None:
    slots_in = _confirming(lang)
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested=slots_in["confirming"][0], **slots_in))
    before = translate(NOTED, lang, what="\x00").split("\x00")[0]
    assert texts[0] == translate(UNSURE, lang) and texts[-1].startswith(before), texts
    assert len(texts) == 2 and slots["confirming"] == slots_in["confirming"], texts


@pytest.mark.parametrize(("lang", "said"), [("en", "Anna Schmidt"), ("en", "yes"), ("de", "ja"), ("en", "hmm")])
def test_a_person_a_yes_or_a_sound_is_not_heard_as_the_company(lang: str, said: str) -> None:
    # Near misses: a person's name is their name (held), a yes confirms, a sound is nothing.
    slots_in = _confirming(lang, company=False)
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="affirm" if said in ("yes", "ja") else "inform",
                                           requested=slots_in["confirming"][0], **slots_in))
    assert "company" not in (slots.get("heard") or {}).get("attributes", {}), slots
    assert "company" not in (slots.get("attributes") or {}), slots
    # "Just to be sure" is said only above the list itself, never above another question.
    noted = translate("I noted {what}. Is that right?", lang, what="\x00").split("\x00")[0]
    assert translate(UNSURE, lang) not in texts or texts[-1].startswith(noted), texts


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "opening", "company", "role", "value", "back"), [
    ("en", "hi", "we need more leads, we are a logistics firm with about 40 people in Leeds", "Acme Ltd",
     "I'm the CEO", "about 2,000 a month", "£2k a month"),
    ("fr", "Bonjour", "nous voulons plus de leads, une entreprise de logistique d'environ 40 personnes à Lyon",
     "Dupont SARL", "Je suis le directeur général", "on n'a pas encore de budget", "budget"),
])
def test_a_value_at_a_confirmation_through_the_bot_is_said_once(stack: Stack, playbook: Playbook, lang: str,
                                                                hello: str, opening: str, company: str, role: str,
                                                                value: str, back: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    reply = v.say(opening)
    for _ in range(6):
        if asked(reply, playbook, lang) == CONFIRM:
            break
        reply = v.say(company if asked(reply, playbook, lang) == "company" else role)
    assert asked(reply, playbook, lang) == CONFIRM, v.history()
    reply = v.say(value)
    # Said back once, and the rest listed under it without it.
    last = [line for line in reply.splitlines() if not line.startswith("[")][-1]  # the buttons' lines left out
    assert reply.count(back) == 1 and lists_the_rest(last, lang, back), v.history()
