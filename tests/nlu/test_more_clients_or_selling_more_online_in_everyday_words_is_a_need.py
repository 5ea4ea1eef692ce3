"""Need: more clients in everyday words is lead generation in the seven languages ("Mehr Mandanten über Google" at the
need question had no category; "mehr Kundschaft", "plus de clientèle", "más clientela", "meer cliënten"), and selling
more online is a website need ("queremos vender más online, la tienda web no vende nada" had none). More clients than
the visitor can serve, or more clients asking for something, is no need; "na loja" (in the shop) is no Loja, Ecuador."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "meer klanten", "Mehr Mandanten über Google", "mehr Kundschaft", "plus de clientèle", "más clientela", "mais clientela",
    "più clientela", "meer cliënten", "more customers",
])
def test_more_clients_is_lead_generation(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize("text", [
    "queremos vender más online, la tienda web no vende nada", "we want to sell more online", "wir wollen mehr online verkaufen",
    "on veut vendre plus en ligne", "queremos vender mais online", "vogliamo vendere di più online", "we willen meer online verkopen",
])
def test_selling_more_online_is_a_website_need(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and "website" in need.categories


@pytest.mark.parametrize("text", [
    "mehr Kunden als wir bedienen können", "mehr Mandanten als wir bedienen können", "immer mehr Mandanten fragen nach",
    "more clients than we can handle", "più clienti di quanti ne possiamo gestire", "meer klanten dan we aankunnen",
    "más clientes de los que podemos atender", "mais clientes do que conseguimos atender",
])
def test_more_clients_than_can_be_served_or_asking_is_no_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "lead_generation" not in need.categories


@pytest.mark.parametrize(("text", "city"), [
    ("vendemos mais na loja do que online", None),
    ("estamos na loja de Lisboa", "Lisbon"),
    ("estamos no porto", "Porto"),
    ("estamos em Loja", "Loja"),
])
def test_a_lower_case_noun_after_na_is_no_city(text: str, city: str | None) -> None:
    location = extract(text, None, now=NOW).location
    assert (location.city if location else None) == city
