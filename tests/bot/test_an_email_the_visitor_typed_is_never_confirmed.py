"""An email the visitor typed is given, not heard: it is never confirmed (issue 14).

"you can reach me at ana@kiwiphysio.co.nz" ("Noted: your email ..."), then the name, and the bot asked "I noted
your email ana@.... Is that right?". Only values inferred are confirmed; an address typed in the visitor's own
words is exact, and taken as written once they agree to the privacy notice.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_form import tracker, validate

EMAIL = "ana@kiwiphysio.co.nz"
GIVEN = {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme"}}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    # The in-process form posts a draft once email and consent are in: no service here to take it.
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "requested", "said", "field", "value"), [
    ("en", "name", f"you can reach me at {EMAIL}", "email", {"address": EMAIL, "free_mail": False}),
    ("en", "budget", f"my email is {EMAIL}", "email", {"address": EMAIL, "free_mail": False}),
    ("fr", "budget", f"mon adresse : {EMAIL}", "email", {"address": EMAIL, "free_mail": False}),
    ("en", "budget", "my name is Ana Ruiz", "name", "Ana Ruiz"),
    ("de", "budget", "ich heiße Anna Schmidt", "name", "Anna Schmidt"),
    ("es", "budget", "me llamo Lucía García", "name", "Lucía García"),
    ("nl", "budget", "mijn naam is Anna de Vries", "name", "Anna de Vries"),
])
def test_a_contact_detail_typed_after_consent_is_given_and_said_back_once(
        lang: str, requested: str, said: str, field: str, value: object) -> None:
    with speaking(lang):
        slots, texts, buttons = validate(tracker(said, requested=requested, consent=True, **GIVEN))
    assert slots["attributes"].get(field) == value, slots
    assert field not in slots["heard"]["attributes"], f"held to be confirmed: {slots['heard']}"
    assert not slots.get("confirming") and not buttons, (texts, buttons)
    assert sum(str(value if field == "name" else EMAIL) in t for t in texts) == 1, texts


@pytest.mark.parametrize(("consent", "said"), [(None, f"you can reach me at {EMAIL}"), (True, "Ana here")])
def test_a_detail_before_consent_or_without_its_cue_is_still_only_heard(consent: bool | None, said: str) -> None:
    # Before the privacy notice is agreed to, an address is held; a name made out of "Ana here" is inferred.
    slots, _, _ = validate(tracker(said, requested="budget", consent=consent, **GIVEN))
    assert "email" not in slots["attributes"] and "name" not in slots["attributes"], slots
    assert slots["heard"]["attributes"], slots


@pytest.mark.slow
@pytest.mark.parametrize(("at", "said"), [("timing", f"you can reach me at {EMAIL}"),
                                          ("budget", f"my email is {EMAIL}"),
                                          ("name", f"you can reach me at {EMAIL}")])
def test_an_email_typed_unasked_is_not_confirmed_after_the_name(stack: Stack, playbook: Playbook, at: str,
                                                                said: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    typed = False
    for _ in range(30):
        slot = asked_slot(reply, playbook)
        if slot is None:
            break
        assert not (typed and EMAIL in reply and "Is that right?" in reply), \
            f"the typed email was asked to be confirmed:\n{v.history()}"
        if slot == at and not typed:
            typed = True
            reply = v.say(said)
            continue
        assert slot != "email", f"the typed email was asked for again:\n{v.history()}"
        reply = v.say(SQL_ANSWERS.get(slot, "yes") if slot != "email" else EMAIL)
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == EMAIL, v.history()
