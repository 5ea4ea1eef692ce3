"""nlu.titles: an owner who names a co-owner beside their title ("soy la dueña junto con mi socio", "I'm the owner
together with my partner") is one of the owners, who decide: a decision maker, in the seven languages. The "with my
partner" read alone says the decision is shared with someone, and "soy la dueña junto con mi socio" came out an
influencer. An owner who runs the business with someone ("I'm the owner, I run it with my wife", luke in the fifteenth
persona set) runs it as its owner, not as a mere user of what we sell. Someone else's title, or a co-owner said to
decide, still leaves the visitor an influencer (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "soy la dueña junto con mi socio",
    "soy el dueño, junto con mi hermana",
    "I'm the owner together with my partner",
    "I'm the co-owner along with my brother",
    "owner, with my business partner",
    "ich bin Inhaberin zusammen mit meiner Schwester",
    "ich bin Mitinhaber, gemeinsam mit meinem Bruder",
    "je suis la propriétaire avec mon associé",
    "je suis la gérante, avec mon mari",
    "sou a dona junto com meu sócio",
    "sou sócia, junto com a minha irmã",
    "sono la titolare insieme a mio fratello",
    "sono il proprietario insieme al mio socio",
    "ik ben eigenaar samen met mijn zus",
    "ik ben mede-eigenaar samen met mijn compagnon",
])
def test_an_owner_together_with_a_co_owner_is_a_c_level_decision_maker(text: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "I'm the owner, I run it with my wife",
    "I'm the owner, I run it with my business partner",
    "I'm the founder and I'll be the one using it day to day",
    "soy el dueño, lo llevo con mi mujer",
    "ich bin der Inhaber, ich führe den Laden mit meiner Frau",
    "je suis le propriétaire, je le gère avec ma femme",
    "sou o dono, toco com a minha esposa",
    "sono il titolare, lo gestisco con mia moglie",
    "ik ben de eigenaar, ik run het met mijn vrouw",
])
def test_an_owner_who_runs_or_uses_it_still_decides(text: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize("text", [
    "my partner decides, I just run the shop",
    "I'm the owner together with my partner, but my partner decides",
    "I'm the store manager together with my sister",
    "I'm the office manager, I work with my boss",
    "soy la encargada, junto con mi jefe",
    "ich bin Filialleiterin, zusammen mit meinem Chef",
    "je suis responsable marketing avec mon patron",
    "sou gerente junto com o meu chefe",
    "sono la responsabile insieme al mio capo",
    "ik ben teamleider samen met mijn baas",
])
def test_a_co_owner_who_decides_or_a_title_below_the_owners_is_no_decision_maker(text: str) -> None:
    for field in (None, "authority"):
        authority = extract(text, field, now=NOW).authority
        assert authority is None or authority.role != "decision_maker", (field, authority)


def test_the_owner_named_by_someone_else_beside_a_relative_is_not_the_visitor_deciding() -> None:
    authority = extract("the owner works together with my sister", None, now=NOW).authority
    assert authority is None or authority.role != "decision_maker"


def test_a_user_below_the_owners_stays_a_user() -> None:
    authority = extract("I'm the marketing assistant, I'll be the one using it", "authority", now=NOW).authority
    assert authority is not None and authority.role == "user"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize(("text", "title"), [
    ("we're the owners, me and my husband", "owner"),
    ("my brother and I are the owners", "owner"),
    ("we're the co-founders, my sister and I", "co-founder"),
    ("mein Bruder und ich sind die Inhaber", "Inhaber"),
    ("wir sind beide Inhaber", "Inhaber"),
    ("mon associé et moi sommes les propriétaires", "propriétaire"),
    ("mi socio y yo somos los dueños", "dueño"),
    ("somos los dueños, mi hermano y yo", "dueño"),
    ("meu sócio e eu somos os donos", "dono"),
    ("io e mio fratello siamo i titolari", "titolare"),
    ("mijn zus en ik zijn de eigenaren", "eigenaar"),
])
def test_the_visitor_among_the_owners_said_in_the_plural_is_an_owner_who_decides(text: str, title: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority, authority.role) == (title, "c_level", "decision_maker")


@pytest.mark.parametrize("text", [
    "we're partners with HubSpot",
    "we are the owners' agency of choice",
    "the owners are my parents",
    "owners of small shops are our main clients",
    "nous sommes partenaires de Google",
    "somos socios de la cámara de comercio",
])
def test_owners_or_partners_the_visitor_is_not_among_are_no_title_of_theirs(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.seniority != "c_level", authority
