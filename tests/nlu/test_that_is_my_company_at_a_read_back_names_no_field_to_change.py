""""That's my company" said when the bot reads back what it noted ("I noted Acme Analytics, 40 people. Is that right?")
points at the firm already named: it confirms it, and names no field to change (issue 14; "das ist meine Firma",
"esa es mi empresa", "è la mia azienda", "é a minha empresa", "dat is mijn bedrijf" were read by
``nlu.recap.fields_to_change`` as a request to change the company, and the company was asked again).

The category: a word pointing at the firm ("that", "das", "c'", "esa", "essa", "è", "dat", "het") or a yes, then
"my/our company" in its words, in the seven languages (``nlu.identity.points_at_the_firm``). Near misses that still
name the company to change: the company said to be wrong, said not to be theirs, or named alone ("my company",
"meine Firma", "la mia azienda" as the answer to "Which one should I change?").
"""

from __future__ import annotations

import pytest

from nlu.recap import fields_to_change


@pytest.mark.parametrize("text", [
    "that is our firm",
    "that's my company",
    "das ist meine Firma",
    "das ist unser Unternehmen",
    "ja, das ist unsere Firma",
    "c'est bien mon entreprise",
    "c'est notre société",
    "esa es mi empresa",
    "es mi empresa",
    "sí, es mi empresa",
    "è la mia azienda",
    "questa è la mia azienda",
    "é a minha empresa",  # pt-PT
    "essa é minha empresa",  # pt-BR
    "é a nossa empresa, sim",
    "dat is mijn bedrijf",
    "het is ons bedrijf",
])
def test_the_firm_pointed_at_as_theirs_names_no_field_to_change(text: str) -> None:
    assert fields_to_change(text) == ()


@pytest.mark.parametrize("text", [
    "the company is wrong",
    "my company is wrong",
    "wrong company",
    "not my company",
    "die Firma stimmt nicht",
    "das ist nicht meine Firma",
    "ce n'est pas mon entreprise",
    "no es mi empresa",
    "a empresa está errada",
    "não é a minha empresa",
    "non è la mia azienda",
    "l'azienda è sbagliata",
    "dat is niet mijn bedrijf",
    "het bedrijf klopt niet",
    "change the company",
    "my company",
    "meine Firma",
    "la mia azienda",
])
def test_the_company_said_to_be_wrong_not_theirs_or_named_alone_is_the_field_to_change(text: str) -> None:
    assert fields_to_change(text) == ("company",)
