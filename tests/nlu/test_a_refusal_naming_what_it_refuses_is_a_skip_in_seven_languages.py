"""A refusal that names what it refuses, and when, is a skip of the question, in the seven languages (issue 14,
played, nlu-findings: "I'd rather not give the company name yet" at the company question got "Sorry, I didn't catch
that. Which company are you with?", "je préfère ne pas dire le nom pour l'instant" "Désolé, je n'ai pas compris").
Near misses: a refusal with more said after it is read for what it says, and other refusals are no skip."""

from __future__ import annotations

import pytest

from nlu.replies import skips


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not give the company name yet",
        "I would rather not tell you yet",
        "rather not share the budget for now",
        "ich möchte den Namen lieber noch nicht nennen",
        "den Namen nenne ich lieber noch nicht",
        "je préfère ne pas dire le nom pour l'instant",
        "je préfère ne pas donner le nom de l'entreprise",
        "prefiero no dar el nombre por ahora",
        "prefiero no decirlo todavía",
        "prefiro não dizer o nome por enquanto",
        "preferisco non dire il nome per ora",
        "preferisco non dare il nome dell'azienda per ora",
        "ik noem de naam liever nog niet",
    ],
)
def test_a_refusal_naming_what_it_refuses_is_a_skip(text):
    assert skips(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not say the name is important, it's Acme",
        "I'd rather not give you a discount",
        "prefiero no dar el nombre de la empresa, es Acme",
        "ich möchte nicht",
        "ich will nicht aufgeben",
        "ik geef niet op",
        "ik zeg niet nee",
        "ik noem geen namen",
    ],
)
def test_a_refusal_with_more_said_or_of_something_else_is_no_skip(text):
    assert not skips(text)
