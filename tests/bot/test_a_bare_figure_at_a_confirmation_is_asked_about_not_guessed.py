"""A bare figure to a confirmation is never applied to a listed value by guess (issue 14).

"Ich habe notiert: Branche Fertigung, etwa 18 Mitarbeitende, Sitz in Graz. Stimmt das?" - "so um die 15.000" (a
budget, not asked yet) got the same confirmation again; "Moment, eher 12.000" then made the 18 people 12,000. A
figure whose unit is not said and which is far (a factor of ten or more) from every figure listed is asked about
("12.000: is that your budget, or your number of staff?"), each button saying it with its unit; nothing is stored.
Said with its unit or a budget word ("15.000 €", "Budget 15.000", "12.000 Mitarbeiter") it is what it says; near
the figure listed ("eher 20") it is no question of ours.
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
QUESTION = "{figure}: is that your budget, or your number of staff?"


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
    assert translate(QUESTION, lang, figure=figure) in texts, texts
    # Nothing stored, nothing heard anew: the 18 people still wait for their yes.
    assert "company_size" not in slots.get("attributes", {}), slots
    assert "budget" not in slots.get("attributes", {}) and "budget" not in slots.get("heard", {}).get("attributes", {})
    assert [b["payload"] for b in buttons][:2] == [translate("Budget: {figure}", lang, figure=figure),
                                                  translate("{figure} employees", lang, figure=figure)], buttons


@pytest.mark.parametrize(("lang", "said"), [("de", "eher 20"), ("de", "so um die 15.000 €"),
                                            ("de", "Budget so um die 15.000"), ("de", "eher 12.000 Mitarbeiter"),
                                            ("en", "yes"), ("en", "we start in 2026")])
def test_a_figure_with_its_unit_or_near_the_listed_one_is_not_asked_about(lang: str, said: str) -> None:
    slots_in = _confirming(lang)
    with speaking(lang):
        _, texts, _ = validate(tracker(said, requested=slots_in["confirming"][0], **slots_in))
    assert not any(":" in t and translate(QUESTION, lang, figure="\x00").split("\x00")[1] in t for t in texts), texts


def test_each_button_is_read_as_what_it_says() -> None:
    # The buttons send their words: the budget one is an amount with its budget word, the other a staff count.
    slots_in = _confirming("de")
    with speaking("de"):
        slots, _, _ = validate(tracker(translate("Budget: {figure}", "de", figure="15.000"),
                                       requested="industry", **slots_in))
        assert slots["heard"]["attributes"]["budget"]["max"] == 15000, slots
        slots, _, _ = validate(tracker(translate("{figure} employees", "de", figure="12.000"),
                                       requested="industry", **slots_in))
    assert (slots["attributes"].get("company_size") or slots["heard"]["attributes"]["company_size"])["max"] == 12000


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
    reply = v.say("Moment, eher 12.000")
    assert translate(QUESTION, "de", figure="12.000") in reply, v.history()
    assert "12.000 Mitarbeitende" not in reply.split("?")[-1], v.history()
    lead = stack.lead_for(v.sender)
    size = (lead or {}).get("attributes", {}).get("company_size") or {}
    assert size.get("max") != 12000, f"18 people became 12,000:\n{v.history()}"
