"""nlu.titles: "I am one of the 3 partners, we decide together" names the visitor's title in free text as at the role
question: a partner, c-level. A count between "one of the" and the title ("one of the 3 partners", "l'un des 3
associés", "uno de los 2 socios", "um dos 3 sócios", "uno dei 3 soci", "een van de 2 vennoten", "einer der drei
Geschäftsführer") hid it from the free reading (title None, seniority unknown). Near misses: partners the firm has,
with the visitor's own title given, keep the visitor's (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize(("text", "title", "seniority", "role"), [
    ("I am one of the 3 partners, we decide together", "partner", "c_level", "decision_maker"),
    ("I'm one of the 2 partners here", "partner", "c_level", "decision_maker"),
    ("I'm one of the 2 directors", "director", "director", "influencer"),
    ("I'm one of the two directors", "director", "director", "influencer"),
    ("ich bin einer der drei Geschäftsführer, wir entscheiden gemeinsam", "Geschäftsführer", "c_level", "decision_maker"),
    ("ich bin einer der 2 Geschäftsführer", "Geschäftsführer", "c_level", "decision_maker"),
    ("je suis l'un des 3 associés, on décide ensemble", "associé", "c_level", "decision_maker"),
    ("je suis l'un des associés", "associé", "c_level", "decision_maker"),
    ("soy uno de los 2 socios, decidimos juntos", "socio", "c_level", "decision_maker"),
    ("soy uno de los socios", "socio", "c_level", "decision_maker"),
    ("sou um dos 3 sócios, decidimos juntos", "sócio", "c_level", "decision_maker"),
    ("sou um dos sócios", "sócio", "c_level", "decision_maker"),
    ("sono uno dei 3 soci, decidiamo insieme", "socio", "c_level", "decision_maker"),
    ("sono uno dei soci", "socio", "c_level", "decision_maker"),
    ("ik ben een van de 2 vennoten, we beslissen samen", "vennoot", "c_level", "decision_maker"),
    ("ik ben een van de vennoten", "vennoot", "c_level", "decision_maker"),
])
def test_one_of_several_partners_counted_or_not_is_read_in_free_text_as_at_the_role_question(
        text: str, title: str, seniority: str, role: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority, authority.role) == (title, seniority, role)


@pytest.mark.parametrize(("text", "title", "seniority"), [
    ("we have 3 partners and I'm the marketing manager", "marketing manager", "manager"),
    ("die 3 Gesellschafter entscheiden, ich bin Marketingleiterin", "Marketingleiterin", "director"),
    ("les 3 associés décident, je suis responsable marketing", "responsable marketing", "manager"),
    ("los 2 socios deciden, yo soy la gerente de marketing", "gerente de marketing", "manager"),
    ("os 3 sócios decidem, eu sou gerente de marketing", "gerente de marketing", "manager"),
    ("i 3 soci decidono, io sono la responsabile marketing", "responsabile marketing", "manager"),
    ("de 2 vennoten beslissen, ik ben marketingmanager", "marketingmanager", "manager"),
])
def test_partners_counted_beside_the_visitors_own_title_are_someone_else(text: str, title: str, seniority: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority) == (title, seniority)
    assert authority.role != "decision_maker"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize(("text", "title", "seniority"), [
    ("I'm one of the three managing directors", "managing director", "c_level"),
    ("ich bin eine der zwei Geschäftsführerinnen", "Geschäftsführerin", "c_level"),
    ("ich bin einer der beiden Direktoren", "Direktor", "director"),
    ("je suis l'un des deux directeurs", "directeur", "director"),
    ("soy uno de los dos directores", "director", "director"),
    ("sou um dos dois diretores", "diretor", "director"),
    ("sono uno dei due direttori", "direttore", "director"),
    ("ik ben een van de twee directeuren", "directeur", "director"),
])
def test_one_of_several_directors_has_the_title_of_one(text: str, title: str, seniority: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority) == (title, seniority)


@pytest.mark.parametrize("text", [
    "the two directors decide, I'm the office manager",
    "los dos directores deciden, yo soy la responsable de marketing",
    "i due direttori decidono, io sono l'assistente",
])
def test_directors_the_visitor_is_not_one_of_are_someone_else(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.seniority != "director" and authority.role != "decision_maker", authority
