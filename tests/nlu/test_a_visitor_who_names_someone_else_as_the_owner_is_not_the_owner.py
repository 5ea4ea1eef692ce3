"""A visitor who names someone else as the owner of the business ("she's the owner", "the owner is my wife", "der Laden
gehört meiner Frau") is not its owner and not the one who decides: play-testing read "I run the shop with my wife,
she's the owner" as a c-level decision maker, "I run the shop" taken for owning it. Running it is no title; the
owner decides, so the visitor is an influencer, as when they say "my partner decides", "mein Chef entscheidet",
"c'est ma femme qui décide", or run it for someone ("I run the shop for my uncle"). The same in the seven languages.

Near misses: an owner who runs it with someone ("I'm the owner, I run it with my wife", "soy la dueña junto con mi
socio") and one who says the business is theirs ("sou a dona, a loja é minha", "ik ben de eigenaar, de zaak is van
mij") stay the deciding owner; "I run the shop with my wife" or "... for our customers", with no other owner named,
still reads as running one's own shop; a CEO of a firm his wife owns keeps the CEO's title, and a visitor who says they decide decides."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "I run the shop with my wife, she's the owner",
    "I run the shop, the owner is my wife",
    "I run the shop, my partner decides",
    "my wife is the owner, I run the shop",
    "I manage the shop but my husband owns it",
    "ich führe den Laden mit meiner Frau, sie ist die Inhaberin",
    "ich leite den Laden, der Laden gehört meiner Frau",
    "mein Chef entscheidet",
    "je gère la boutique avec ma femme, c'est elle la propriétaire",
    "ma femme est la propriétaire, je gère la boutique",
    "llevo la tienda con mi mujer, ella es la dueña",
    "la tienda es de mi mujer, yo la llevo",
    "eu toco a loja com a minha mulher, ela é a dona",
    "a loja é da minha mulher",
    "gestisco il negozio con mia moglie, lei è la titolare",
    "il negozio è di mia moglie",
    "ik run de winkel met mijn vrouw, zij is de eigenaar",
    "de eigenaar is mijn vrouw, ik run de winkel",
    "ik heb een winkel, mijn vrouw is de eigenaar",
    # a person of the visitor's who decides
    "ich führe den Laden, meine Frau entscheidet",
    "je gère la boutique, c'est ma femme qui décide",
    "gestisco il negozio ma decide mio fratello",
    # running it for someone
    "I run the restaurant for the owner",
    "I run the shop for my uncle",
    "ich leite die Praxis für meinen Chef",
    "je gère la boutique pour mon oncle",
    "llevo la tienda para mi tío",
    "eu giro a loja para o meu tio",
    "gestisco il negozio per mio zio",
    "ik run de winkel voor mijn oom",
])
def test_someone_else_named_as_the_owner_makes_the_visitor_an_influencer_with_no_owners_title(text: str) -> None:
    for field in (None, "authority"):
        authority = extract(text, field=field, now=NOW).authority
        assert authority is not None, field
        assert authority.role == "influencer", field
        assert authority.seniority != "c_level", field
        assert authority.title is None, field


@pytest.mark.parametrize("text, title", [
    ("I'm the owner, I run it with my wife", "owner"),
    ("soy la dueña junto con mi socio", "dueña"),
    ("sou a dona, a loja é minha", "dona"),
    ("ik ben de eigenaar, de zaak is van mij", "eigenaar"),
    ("ich bin die Inhaberin, meine Frau hilft im Laden", "Inhaberin"),
])
def test_an_owner_who_says_so_is_still_the_owner_who_decides(text: str, title: str) -> None:
    authority = extract(text, field=None, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority, authority.role) == (title, "c_level", "decision_maker")


@pytest.mark.parametrize("text", [
    "I run the shop with my wife",
    "I run the shop for our customers",
    "I run the agency for my clients",
    "I run the shop for my family",
    "llevo una tienda para mi familia",
])
def test_running_ones_own_business_with_no_other_owner_named_is_still_owning_it(text: str) -> None:
    authority = extract(text, field=None, now=NOW).authority
    assert authority is not None and (authority.seniority, authority.role) == ("c_level", "decision_maker")


def test_a_ceo_of_a_firm_someone_else_owns_keeps_the_title_and_who_decides_is_the_titles() -> None:
    authority = extract("I'm the CEO, my wife is the owner", field=None, now=NOW).authority
    assert authority is not None and (authority.title, authority.seniority, authority.role) == ("CEO", "c_level", "decision_maker")


def test_a_visitor_who_says_they_decide_decides_whoever_owns_it() -> None:
    authority = extract("I run the company, she's the owner but I make the decisions", field=None, now=NOW).authority
    assert authority is not None and authority.role == "decision_maker"


@pytest.mark.parametrize("text", [
    "el servicio es de mi interés",
    "a ideia é da minha equipa",
    "l'idea è di mia iniziativa",
    "het idee is van mijn hand",
])
def test_something_said_to_be_of_the_visitors_that_is_no_person_names_no_owner(text: str) -> None:
    assert extract(text, field=None, now=NOW).authority is None
