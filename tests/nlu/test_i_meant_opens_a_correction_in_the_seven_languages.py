""""I meant X" opens a correction in each of the bot's seven languages (issue 14): "scusate, intendevo 800 al mese"
after "I noted a budget of 500 € a month, is that right?" was not read as one. Each form of "I meant" (and the
apology around it) is taken off, leaving the new value's words, and the message counts as the visitor correcting
themselves."""

from __future__ import annotations

import pytest

from bot.actions.hearing import corrects_itself
from nlu.corrections import correction


@pytest.mark.parametrize(("text", "value"), [
    ("sorry, I meant 800 a month", "800 a month"),
    ("Entschuldigung, ich meinte 800 im Monat", "800 im Monat"),
    ("ich meine natürlich 800 im Monat", "natürlich 800 im Monat"),
    ("pardon, je voulais dire 800 par mois", "800 par mois"),
    ("je veux dire 800 par mois", "800 par mois"),
    ("perdón, quise decir 800 al mes", "800 al mes"),
    ("perdona, quería decir 800 al mes", "800 al mes"),
    ("desculpe, queria dizer 800 por mês", "800 por mês"),
    ("quis dizer 800 por mês", "800 por mês"),
    ("scusate, intendevo 800 al mese", "800 al mese"),
    ("scusa, intendevo dire 800 al mese", "800 al mese"),
    ("volevo dire 800 al mese", "800 al mese"),
    ("sorry, ik bedoelde 800 per maand", "800 per maand"),
    ("ik bedoel 800 per maand", "800 per maand"),
])
def test_i_meant_and_a_value_is_a_correction_to_that_value(text: str, value: str) -> None:
    found = correction(text)
    assert found is not None and found.value == value, found
    assert corrects_itself(text)


@pytest.mark.parametrize("text", [
    "800 al mese", "intendiamo investire di più", "queremos decir algo sobre el proyecto", "we mean business",
])
def test_a_value_without_i_meant_is_no_correction(text: str) -> None:
    assert correction(text) is None
