"""A partner who names their part in running the firm beside the partner word has one title, a partner's, c-level and
deciding, however it is joined: apart ("associée gérante", "socio amministratore", "sócio gerente"), in either order
("gérant associé"), with "and" ("Geschäftsführer und Gesellschafter", "socia y gerente", "vennoot en zaakvoerder"),
with a hyphen or a slash ("sócio-gerente", "directeur-eigenaar", "directeur/eigenaar"), or as the sole partner ("socio
unico", "associé unique", "Alleingesellschafter"). Play-testing left "sócio-gerente da empresa" without its title;
free text kept half of such titles ("associée", "sócio", "socio", "gérant") or read a manager ("socia y gerente"), a
director ("directeur/eigenaar"). The firm named after it in its own language ("da empresa", "della ditta") is no part
of the title.

Near misses: a partner's title someone else has ("il nostro socio amministratore decide", "o sócio-gerente é que
decide", "onze beherend vennoot beslist") is not the visitor's and makes them an influencer; "I'm a partner and we need
a CRM" is a partner and no more; "we are partners with HubSpot" is no title."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, title", [
    ("sócio-gerente da empresa", "sócio-gerente"),
    ("Sou sócio gerente da empresa", "sócio gerente"),
    ("sou sócia gerente", "sócia gerente"),
    ("sou sócio único da empresa", "sócio único"),
    ("soy socia y gerente", "socia y gerente"),
    ("soy socio gerente de la empresa", "socio gerente"),
    ("soy socio único", "socio único"),
    ("associée gérante", "associée gérante"),
    ("je suis gérant associé", "gérant associé"),
    ("je suis cogérant et associé", "cogérant et associé"),
    ("je suis associé unique", "associé unique"),
    ("socio amministratore", "socio amministratore"),
    ("sono socio amministratore della ditta", "socio amministratore"),
    ("sono socia e amministratrice", "socia e amministratrice"),
    ("sono socio unico", "socio unico"),
    ("ich bin Geschäftsführer und Gesellschafter", "Geschäftsführer und Gesellschafter"),
    ("ich bin geschäftsführender Gesellschafter", "geschäftsführender Gesellschafter"),
    ("ich bin Alleingesellschafter", "Alleingesellschafter"),
    ("ik ben directeur/eigenaar", "directeur/eigenaar"),
    ("ik ben vennoot en zaakvoerder", "vennoot en zaakvoerder"),
    ("ik ben beherend vennoot", "beherend vennoot"),
    ("ik ben enig aandeelhouder", "enig aandeelhouder"),
    ("I'm a partner and managing director", "partner and managing director"),
    ("I'm the owner/operator", "owner/operator"),
])
def test_a_partners_compound_title_is_one_c_level_title_of_a_decision_maker(text: str, title: str) -> None:
    for field in (None, "authority"):
        authority = extract(text, field=field, now=NOW).authority
        assert authority is not None, field
        assert (authority.title, authority.seniority, authority.role) == (title, "c_level", "decision_maker"), field


@pytest.mark.parametrize("text", [
    "il nostro socio amministratore decide",
    "o sócio-gerente é que decide",
    "el socio gerente es quien firma",
    "onze beherend vennoot beslist",
    "der Gesellschafter entscheidet",
])
def test_a_partners_title_someone_else_has_makes_the_visitor_an_influencer(text: str) -> None:
    authority = extract(text, field=None, now=NOW).authority
    assert authority is not None and authority.title is None and authority.role == "influencer"


def test_a_partner_then_another_clause_is_a_partner_and_no_more() -> None:
    authority = extract("I'm a partner and we need a CRM", field=None, now=NOW).authority
    assert authority is not None and authority.title == "partner"


def test_a_partnership_with_a_vendor_is_no_title() -> None:
    assert extract("we are partners with HubSpot", field=None, now=NOW).authority is None
