"""A correction of an earlier answer is read for the field it names and the words of its new value, in the bot's seven
languages (issue 14); a message without a correction word is none, whatever value it states."""

from __future__ import annotations

import pytest

from nlu.corrections import correction


@pytest.mark.parametrize(("text", "field", "value"), [
    # named
    ("change the budget to 20k", "budget", "20k"),
    ("sorry, the budget is 20k a month", "budget", "20k a month"),
    ("actually our start date is April", "timing", "April"),
    ("change our location to Madrid", "location", "Madrid"),
    ("ändern Sie das Budget auf 20.000 €", "budget", "20.000 €"),
    ("Korrektur: der Starttermin ist im März", "timing", "im März"),
    ("pardon, le budget est de 20 000 €", "budget", "de 20 000 €"),
    ("en fait, la date de début est en avril", "timing", "en avril"),
    ("perdón, el presupuesto es 20.000 €", "budget", "20.000 €"),
    ("desculpe, o orçamento é 20.000 €", "budget", "20.000 €"),
    ("scusi, il budget è 20.000 €", "budget", "20.000 €"),
    ("sorry, het budget is 20.000 euro", "budget", "20.000 euro"),
    # implied by the value
    ("actually make that March", None, "March"),
    ("sorry, I meant 50 people not 15", None, "50 people"),
    ("no wait, it's Q2", None, "Q2"),
    ("scratch that, we're in Dublin not London", None, "in Dublin"),
    ("eigentlich lieber im März", None, "März"),
    ("Korrektur: wir sind 50 Mitarbeiter, nicht 15", None, "50 Mitarbeiter"),
    ("en fait plutôt en mars", None, "en mars"),
    ("mejor dicho, en marzo", None, "en marzo"),
    ("perdón, somos 50 personas, no 15", None, "50 personas"),
    ("na verdade, em março", None, "em março"),
    ("anzi, a marzo", None, "a marzo"),
    ("scusi, siamo 50 persone non 15", None, "50 persone"),
    ("eigenlijk in maart", None, "in maart"),
    ("sorry, ik bedoelde 50 mensen, niet 15", None, "50 mensen"),
])
def test_a_correction_gives_its_field_and_value(text: str, field: str | None, value: str) -> None:
    said = correction(text)
    assert said is not None
    assert (said.field, said.value) == (field, value)


@pytest.mark.parametrize("text", [
    "we need more leads", "about 50 people", "Acme Analytics", "no", "next month", "we're in Dublin",
    "wir brauchen mehr Leads", "nous sommes 50", "en marzo", "em março", "a marzo", "in maart",
    "we need to change our website and our CRM, we use HubSpot and want a new one by next month please",
])
def test_a_message_without_a_correction_word_is_no_correction(text: str) -> None:
    assert correction(text) is None
