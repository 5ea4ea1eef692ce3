""""That's my company" to a read-back that lists the company is a yes to it, and gives no role (issue 14).

Played on make run: "das ist meine Firma" to "Ich habe notiert: ..., Ihr Unternehmen, Acme GmbH. Stimmt das?" was the
classifier's affirm, yet a digression to the form, which answered nothing; read for its words, "my company" became "the
decision is yours" ("Noted: that the decision is yours."). An employee says "my company" as an owner does: it says
whose firm it is. Now, in the seven languages, with a yes before it or not, it confirms what was read back, and the
role question is still asked. Near misses: "that's not my company", a company named anew, or facts after it are no
bare yes.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from nlu.recap import owns_up_to_the_firm
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

OWNED = [
    ("en", "that's my company"), ("en", "Yes, that's my company!"), ("en", "it's our firm"),
    ("de", "das ist meine Firma"), ("de", "ja, das ist unser Unternehmen"), ("fr", "c'est mon entreprise"),
    ("fr", "oui, c'est bien notre société"), ("es", "es mi empresa"), ("es", "sí, es nuestra empresa"),
    ("pt", "é a minha empresa"), ("pt", "sim, é a nossa empresa"), ("it", "è la mia azienda"),
    ("it", "sì, è la nostra azienda"), ("nl", "dat is mijn bedrijf"), ("nl", "ja, dat is ons bedrijf"),
]
NOT_ONLY_OWNED = ["that's not my company", "das ist nicht meine Firma", "my company is Beta Ltd",
                  "that's my company, we have 20 people", "no, my company is Beta", "my company"]
HEARD = {"attributes": {"company": "Acme GmbH", "need": {"summary": "more leads", "categories": ["lead_generation"]}},
         "texts": {"company": "Acme GmbH", "need": "more leads"}}


@pytest.mark.parametrize(("lang", "text"), OWNED)
def test_owning_up_to_the_firm_is_read_in_each_language(lang: str, text: str) -> None:
    assert owns_up_to_the_firm(text)


@pytest.mark.parametrize("text", NOT_ONLY_OWNED)
def test_a_denial_a_firm_named_anew_or_more_facts_is_no_bare_owning_up(text: str) -> None:
    assert not owns_up_to_the_firm(text)


@pytest.mark.parametrize("intent", ["affirm", "inform"])
@pytest.mark.parametrize(("lang", "text"), OWNED)
def test_my_company_confirms_the_read_back_and_the_role_is_still_asked(lang: str, text: str, intent: str) -> None:
    with speaking(lang):
        slots, said, _ = validate(tracker(text, intent=intent, requested="need", heard=HEARD,
                                          confirming=["company", "need"]))
    attributes = slots.get("attributes") or {}
    assert attributes.get("company") == "Acme GmbH" and attributes.get("need"), (slots, said)
    assert "authority" not in attributes and slots.get("requested_slot") == "authority", (slots, said)
    assert not slots.get("confirming"), (slots, said)
    # No role said back from it ("Noted: that the decision is yours.").
    assert not any("decision is yours" in s or "Entscheidung treffen" in s for s in said), said
