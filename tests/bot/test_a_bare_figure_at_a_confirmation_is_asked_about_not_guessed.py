"""A bare figure to a confirmation is never applied to a listed value by guess (issue 14).

"Ich habe notiert: Branche Fertigung, etwa 18 Mitarbeitende, Sitz in Graz. Stimmt das?" - "so um die 15.000" (a
budget, not asked yet) got the same confirmation again; "Moment, eher 12.000" then made the 18 people 12,000. A
figure whose unit is not said and which is far (more than a factor of ten) from every figure listed is asked about
("12.000: is that your budget, your number of staff, or your revenue?": a large bare figure is often the revenue),
each button saying it with its unit; nothing is stored. That question is the turn's only one: the confirmation is
not shown again under it (it was, in the same turn). Said with its unit or a budget word ("15.000 €", "Budget
15.000", "12.000 Mitarbeiter") it is what it says; near the figure listed ("eher 20") it is no question of ours.
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

OPENING = {"en": "We're a manufacturer with about 18 employees in Graz",
           "de": "Wir sind ein Maschinenbauer mit etwa 18 Mitarbeitern in Graz",
           "fr": "Nous sommes un fabricant d'environ 18 employés à Graz",
           "es": "Somos un fabricante con unos 18 empleados en Graz",
           "pt": "Somos um fabricante com cerca de 18 funcionários em Graz",
           "it": "Siamo un produttore con circa 18 dipendenti a Graz",
           "nl": "We zijn een fabrikant met ongeveer 18 medewerkers in Graz"}
QUESTION = "{figure}: is that your budget, your number of staff, or your revenue?"
BUTTONS = ("Budget: {figure}", "{figure} employees", "Revenue: {figure}")


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def _confirming(lang: str) -> dict[str, Any]:
    """The slots of "I noted ..., about 18 employees, a base in Graz. Is that right?" on screen."""
    heard = extract(OPENING[lang], now=date.today(), default_currency="EUR", lang=lang).to_dict()
    names = [n for n in ("industry", "company_size", "location") if n in heard]
    assert "company_size" in names, heard
    return {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme"},
            "heard": {"attributes": {n: heard[n] for n in names}, "texts": {n: OPENING[lang] for n in names}},
            "confirming": names}


@pytest.mark.parametrize(("lang", "said", "figure"), [
    ("de", "so um die 15.000", "15.000"), ("de", "Moment, eher 12.000", "12.000"), ("en", "about 12,000", "12,000"),
    ("en", "actually more like 12,000", "12,000"), ("fr", "plutôt 12 000", "12 000"), ("es", "más bien 12.000", "12.000"),
    ("pt", "uns 15.000", "15.000"), ("it", "circa 15.000", "15.000"), ("nl", "eerder 12.000", "12.000"),
])
def test_a_bare_figure_far_from_the_listed_one_is_asked_about(lang: str, said: str, figure: str) -> None:
    slots_in = _confirming(lang)
    with speaking(lang):
        slots, texts, buttons = validate(tracker(said, requested=slots_in["confirming"][0], **slots_in))
    # One question, and nothing under it: not the confirmation again.
    assert texts == [translate(QUESTION, lang, figure=figure)], texts
    # Nothing stored, nothing heard anew: the 18 people still wait for their yes, the confirmation on screen.
    assert "company_size" not in slots.get("attributes", {}), slots
    assert "budget" not in slots.get("attributes", {}) and "budget" not in slots.get("heard", {}).get("attributes", {})
    assert slots["confirming"] == slots_in["confirming"] and slots["requested_slot"] == slots_in["confirming"][0], slots
    assert [b["payload"] for b in buttons] == [translate(b, lang, figure=figure) for b in BUTTONS], buttons


@pytest.mark.parametrize(("lang", "said"), [("de", "eher 20"), ("de", "so um die 15.000 €"),
                                            ("de", "Budget so um die 15.000"), ("de", "eher 12.000 Mitarbeiter"),
                                            ("en", "yes"), ("en", "we start in 2026")])
def test_a_figure_with_its_unit_or_near_the_listed_one_is_not_asked_about(lang: str, said: str) -> None:
    slots_in = _confirming(lang)
    with speaking(lang):
        _, texts, _ = validate(tracker(said, requested=slots_in["confirming"][0], **slots_in))
    assert not any(":" in t and translate(QUESTION, lang, figure="\x00").split("\x00")[1] in t for t in texts), texts


@pytest.mark.parametrize("lang", list(OPENING))
def test_each_button_is_read_as_what_it_says(lang: str) -> None:
    # The buttons send their words: the budget and revenue ones an amount with its field's word, the other a count.
    slots_in = _confirming(lang)
    with speaking(lang):
        slots, _, _ = validate(tracker(translate("Budget: {figure}", lang, figure="15.000"),
                                       requested="industry", **slots_in))
        assert slots["heard"]["attributes"]["budget"]["max"] == 15000, slots
        slots, _, _ = validate(tracker(translate("{figure} employees", lang, figure="12.000"),
                                       requested="industry", **slots_in))
        assert (slots["attributes"].get("company_size") or slots["heard"]["attributes"]["company_size"])["max"] == 12000
        slots, _, _ = validate(tracker(translate("Revenue: {figure}", lang, figure="15.000"),
                                       requested="industry", **slots_in))
    assert slots["heard"]["attributes"]["revenue"]["max"] == 15000, slots


def _budget_and_size(revenue: bool = False) -> dict[str, Any]:
    """ "I noted about 20 people and a budget of about 50k (and a revenue of about 200k). Is that right?" on screen."""
    heard = {"company_size": {"min": 20, "max": 20},
             "budget": {"min": 50000, "max": 50000, "currency": "EUR", "period": None, "status": "stated"},
             **({"revenue": {"min": 200000, "max": 200000, "currency": "EUR"}} if revenue else {})}
    return {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme"},
            "heard": {"attributes": heard, "texts": {n: "opening" for n in heard}}, "confirming": list(heard)}


# A bare figure near the budget listed (a factor of ten or less), framed as a correction or not, in the 7 languages.
NEAR_THE_BUDGET = [("en", "5000"), ("en", "no, 5.000"), ("en", "more like 5,000"), ("de", "eher 5.000"),
                   ("de", "nein, 5000"), ("fr", "plutôt 5 000"), ("fr", "non, 5000"), ("es", "más bien 5.000"),
                   ("es", "no, 5000"), ("pt", "uns 5.000"), ("pt", "não, 5000"), ("it", "circa 5.000"),
                   ("it", "no, 5000"), ("nl", "eerder 5.000"), ("nl", "nee, 5000"), ("en", "80000"),
                   ("de", "eher 80.000")]


@pytest.mark.parametrize(("lang", "said"), NEAR_THE_BUDGET)
def test_a_bare_figure_near_the_listed_budget_replaces_it_and_is_said_back(lang: str, said: str) -> None:
    slots_in = _budget_and_size()
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="company_size", **slots_in))
    figure = 80000 if "8" in said else 5000
    assert slots["attributes"]["budget"]["max"] == figure, slots
    assert "budget" not in slots["heard"]["attributes"], slots
    # The 20 people are untouched, still to confirm; no question about what the figure is.
    assert slots["heard"]["attributes"]["company_size"]["max"] == 20, slots
    assert not any(translate(QUESTION, lang, figure="\x00").split("\x00")[1] in t for t in texts), texts
    said_back = translate("Got it, {what}.", lang, what="\x00").split("\x00")[0]
    assert any(t.startswith(said_back) for t in texts), texts


@pytest.mark.parametrize(("lang", "said"), [("en", "25"), ("de", "eher 25"), ("fr", "plutôt 25"), ("nl", "eerder 25")])
def test_a_small_bare_figure_near_the_listed_size_replaces_the_size(lang: str, said: str) -> None:
    slots_in = _budget_and_size()
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="company_size", **slots_in))
    assert slots["attributes"]["company_size"]["max"] == 25, slots
    assert slots["heard"]["attributes"]["budget"]["max"] == 50000, slots


@pytest.mark.parametrize(("lang", "said", "figure"), [("en", "100,000", "100,000"), ("de", "eher 120.000", "120.000"),
                                                      ("fr", "plutôt 150 000", "150 000")])
def test_a_bare_figure_near_two_listed_sums_asks_which_of_the_two(lang: str, said: str, figure: str) -> None:
    # Near the budget (50k) and the revenue (200k) alike: which one is asked, offering those two.
    slots_in = _budget_and_size(revenue=True)
    with speaking(lang):
        slots, texts, buttons = validate(tracker(said, requested="company_size", **slots_in))
    assert texts == [translate("{figure}: is that your budget, or your revenue?", lang, figure=figure)], texts
    assert [b["payload"] for b in buttons] == [translate(b, lang, figure=figure) for b in (BUTTONS[0], BUTTONS[2])]
    assert "budget" not in slots.get("attributes", {}) and "revenue" not in slots.get("attributes", {}), slots


@pytest.mark.parametrize(("lang", "said"), [("en", "5000 people"), ("de", "5.000 Mitarbeiter"), ("en", "yes"),
                                            ("en", "no"), ("fr", "oui"), ("en", "we start in 2026"),
                                            ("en", "call me on 0171 2345678")])
def test_a_figure_with_its_unit_or_no_figure_is_no_bare_figure(lang: str, said: str) -> None:
    # Near misses: a unit said ("5000 people" is the size, whatever the budget listed), a yes or no, a year, a phone.
    slots_in = _budget_and_size()
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="company_size", **slots_in))
    assert (slots.get("attributes") or {}).get("budget", {}).get("max") != 5000, slots
    assert not any(translate(QUESTION, lang, figure="\x00").split("\x00")[1] in t for t in texts), texts


@pytest.mark.slow
def test_a_bare_figure_at_a_german_confirmation_through_the_bot(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de"})
    v.say("Hallo")
    reply = v.say(f"Wir brauchen mehr Leads. {OPENING['de']}")
    for _ in range(6):
        if asked(reply, playbook, "de") == CONFIRM:
            break
        reply = v.say("Muster GmbH" if asked(reply, playbook, "de") == "company" else "Ich bin der Geschäftsführer")
    assert asked(reply, playbook, "de") == CONFIRM and "18" in reply, v.history()
    reply = v.say("so um die 15.000")
    assert translate(QUESTION, "de", figure="15.000") in reply, v.history()
    # One question: the confirmation is not shown again under it.
    assert asked(reply, playbook, "de") != CONFIRM and reply.count("?") == 1, v.history()
    reply = v.say("Moment, eher 12.000")
    assert translate(QUESTION, "de", figure="12.000") in reply, v.history()
    assert asked(reply, playbook, "de") != CONFIRM and "12.000 Mitarbeitende" not in reply.split("[")[0], v.history()
    lead = stack.lead_for(v.sender)
    size = (lead or {}).get("attributes", {}).get("company_size") or {}
    assert size.get("max") != 12000, f"18 people became 12,000:\n{v.history()}"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "opening", "company", "role", "figure", "back"), [
    ("en", "hi", "we need more leads, a 20 person software firm in Berlin, budget about 50k", "Acme", "I'm the CEO",
     "no, 5000", "5k"),
    ("fr", "Bonjour", "nous voulons plus de leads, 20 personnes, éditeur de logiciels à Lyon, budget environ 50k",
     "Dupont SARL", "Je suis le directeur général", "plutôt 5 000", "5 000"),
])
def test_a_bare_figure_near_the_heard_budget_through_the_bot_replaces_it(
        stack: Stack, playbook: Playbook, lang: str, hello: str, opening: str, company: str, role: str, figure: str,
        back: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    reply = v.say(opening)
    for _ in range(6):
        if asked(reply, playbook, lang) == CONFIRM and "50" in reply.splitlines()[-1]:
            break
        reply = v.say(company if asked(reply, playbook, lang) == "company" else role)
    assert asked(reply, playbook, lang) == CONFIRM, v.history()
    reply = v.say(figure).replace("\u202f", " ").replace("\xa0", " ")
    said_back = translate("Got it, {what}.", lang, what="\x00").split("\x00")[0].replace("\xa0", " ")
    assert said_back in reply and back in reply, v.history()
    assert translate(QUESTION, lang, figure="\x00").split("\x00")[1] not in reply, v.history()


@pytest.mark.parametrize(("lang", "said"), [("en", "no, 5000"), ("de", "nein, eher 5.000"), ("fr", "non, plutôt 5 000"),
                                            ("es", "no, más bien 5.000"), ("pt", "não, uns 5.000"),
                                            ("it", "scusate, intendevo 800 al mese"), ("nl", "nee, eerder 5.000")])
def test_a_figure_that_puts_a_listed_sum_right_is_in_that_sums_currency(lang: str, said: str) -> None:
    # The budget listed is in pounds; the visitor's bare figure names none: it was read in the default (USD).
    slots_in = _budget_and_size()
    slots_in["heard"]["attributes"]["budget"]["currency"] = "GBP"
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="company_size", **slots_in))
    assert slots["attributes"]["budget"]["currency"] == "GBP", slots


def test_a_figure_that_names_its_currency_keeps_it() -> None:
    # Near miss: "800 dollars a month" says its currency.
    slots_in = _budget_and_size()
    with speaking("en"):
        slots, _, _ = validate(tracker("sorry, I meant 800 dollars a month", requested="company_size", **slots_in))
    assert slots["attributes"]["budget"]["currency"] == "USD", slots
