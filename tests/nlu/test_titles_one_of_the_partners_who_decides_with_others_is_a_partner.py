"""A visitor who is one of several partners and says how they decide keeps the title, in the seven languages (issue
14, playing the product: "ich bin einer der Partner und entscheide mit" at a confirmation gave no title, "je suis l'un
des associés et je décide avec eux" none either). Their part in the decision follows nlu.titles' rule: deciding with
others is deciding ("je décide avec eux", "decido junto con ellos"); taking part ("entscheide mit", "beslis mee") is
influencing. Near misses: the partners named as others ("the partners decide"), a firm's name ("Müller & Partner")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "title", "role"), [
    ("I'm one of the partners and I decide with the others", "en", "partner", "decision_maker"),
    ("ich bin einer der Partner und entscheide mit", "de", "Partner", "influencer"),
    ("ich bin einer der Partner", "de", "Partner", "decision_maker"),
    ("je suis l'un des associés et je décide avec eux", "fr", "associé", "decision_maker"),
    ("soy uno de los socios y decido junto con ellos", "es", "socio", "decision_maker"),
    ("sou um dos sócios e decido com eles", "pt", "sócio", "decision_maker"),
    ("sono uno dei soci e decido insieme agli altri", "it", "socio", "decision_maker"),
    ("ik ben een van de partners en beslis mee", "nl", "partner", "influencer"),
])
def test_one_of_the_partners_keeps_the_title_and_their_part_in_the_decision(text: str, lang: str, title: str, role: str) -> None:
    authority = extract(text, now=NOW, lang=lang).authority
    assert authority is not None
    assert (authority.title, authority.seniority, authority.role) == (title, "c_level", role)


@pytest.mark.parametrize(("text", "lang"), [
    ("the partners decide", "en"), ("die Partner entscheiden", "de"), ("wir arbeiten mit einem der Partner zusammen", "de"),
])
def test_the_partners_as_others_give_the_visitor_no_title(text: str, lang: str) -> None:
    authority = extract(text, now=NOW, lang=lang).authority
    assert authority is None or authority.title is None


def test_a_firm_named_with_partner_is_the_company() -> None:
    read = extract("Müller & Partner", "company", now=NOW, lang="de")
    assert read.company == "Müller & Partner" and read.authority is None
