"""A yes that points at the firm the bot read back ("yes, that's my company", "ja, das ist meine Firma", "sí, esa es
mi empresa", "c'est bien mon entreprise") confirms what was noted: it states no role (issue 14). ``nlu.titles`` read it
as the owner's words, so a confirmation made the visitor a c-level decision maker they never said they were.

The category: a word pointing at the firm, or none, with a yes or a word of confirming ("bien", "wel", "mesmo",
"really", "echt", "proprio") and "my/our company" (``nlu.identity.points_at_the_firm``), in the seven languages.
Near misses that still state ownership: the firm called theirs with more said ("it's my company, I founded it",
"c'est ma boîte, je l'ai créée", "sí, es mi empresa, soy la dueña"), a title ("ich bin Inhaber"), and the firm called
theirs with no yes, which the tests of ownership read as the owner's words ("c'est ma boîte", "het is mijn bedrijf")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("yes, that's my company", "en"),
    ("yep, it's really our company", "en"),
    ("ja, das ist meine Firma", "de"),
    ("genau, das ist unser Unternehmen", "de"),
    ("c'est bien mon entreprise", "fr"),
    ("oui, c'est ma boîte", "fr"),
    ("sí, esa es mi empresa", "es"),
    ("es mi empresa, sí", "es"),
    ("sim, é a minha empresa", "pt-PT"),
    ("isso, essa é minha empresa", "pt-BR"),
    ("sì, è la mia azienda", "it"),
    ("esatto, è proprio la mia azienda", "it"),
    ("ja, dat is mijn bedrijf", "nl"),
    ("klopt, het is wel ons bedrijf", "nl"),
])
@pytest.mark.parametrize("field", [None, "company"])
def test_a_yes_pointing_at_the_firm_states_no_role(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).authority is None


@pytest.mark.parametrize(("text", "lang"), [
    ("it's my company, I founded it", "en"),
    ("yes, it's my company, I founded it", "en"),
    ("ich bin Inhaber", "de"),
    ("ja, ich bin der Inhaber", "de"),
    ("c'est ma boîte, je l'ai créée", "fr"),
    ("c'est ma boîte", "fr"),
    ("sí, es mi empresa, soy la dueña", "es"),
    ("sim, sou o dono da empresa", "pt-BR"),
    ("sì, sono il titolare", "it"),
    ("het is mijn bedrijf", "nl"),
])
def test_ownership_said_beyond_a_yes_is_still_the_owners(text: str, lang: str) -> None:
    authority = extract(text, None, now=NOW, lang=lang).authority
    assert authority is not None
    assert authority.seniority == "c_level"
    assert authority.role == "decision_maker"
