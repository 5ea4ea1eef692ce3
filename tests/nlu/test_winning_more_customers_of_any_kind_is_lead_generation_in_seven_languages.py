"""Winning more customers of any kind, named by what they are, is lead generation in the seven languages: "looking to
get more clinics as clients", "trying to sign up more restaurants as clients" and "getting more dentists to use our lab"
got no category, because only "more clients", "more patients" and the like were read. Near misses: customers who are
had already and ask for something or were lost ("more clients are asking for video", "we lost more clients than we
won"), staff hired or got to use a tool, and time won are no lead generation."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "looking to get more clinics as clients",
    "trying to sign up more restaurants as clients",
    "getting more dentists to use our lab",
    "we want to sign up more gyms",
    "we need to win more law firms",
    "get more hotels to book our tours",
    "wir wollen mehr Praxen als Kunden gewinnen",
    "mehr Zahnärzte dazu bringen, unser Labor zu nutzen",
    "mehr Restaurants gewinnen",
    "on veut plus de cliniques comme clients",
    "signer plus de restaurants",
    "convaincre plus de dentistes d'utiliser notre labo",
    "queremos más clínicas como clientes",
    "captar más restaurantes",
    "que más dentistas usen nuestro laboratorio",
    "queremos mais clínicas como clientes",
    "captar mais restaurantes",
    "fazer com que mais dentistas usem o nosso laboratório",
    "vogliamo più cliniche come clienti",
    "acquisire più ristoranti",
    "che più dentisti usino il nostro laboratorio",
    "we willen meer klinieken als klant",
    "meer restaurants binnenhalen",
    "meer tandartsen ons lab laten gebruiken",
])
@pytest.mark.parametrize("field", ["need", None])
def test_more_customers_named_by_their_kind_are_lead_generation(text: str, field: str | None) -> None:
    need = extract(text, field, now=NOW).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize("text", [
    "more clients are asking for video",
    "more clients are asking for SEO help",
    "we lost more clients than we won",
    "we need to hire more staff",
    "get more staff to use the CRM",
    "sign up more staff for the training",
    "meer personeel werven",
    "mehr Mitarbeiter gewinnen",
    "mehr Zeit gewinnen",
    "immer mehr Kunden fragen nach Videos",
    "wir haben mehr Kunden verloren als gewonnen",
    "de plus en plus de clients demandent des vidéos",
    "on a perdu plus de clients que gagné",
    "cada vez más clientes piden vídeos",
    "cada vez mais clientes pedem vídeos",
    "sempre più clienti chiedono video",
    "steeds meer klanten vragen om video",
])
@pytest.mark.parametrize("field", ["need", None])
def test_customers_had_already_staff_or_time_are_no_lead_generation(text: str, field: str | None) -> None:
    need = extract(text, field, now=NOW).need
    assert need is None or "lead_generation" not in need.categories


def test_what_customers_ask_for_is_still_read() -> None:
    # blanking "more clients are asking" leaves what they ask for: the visitor's clients want SEO help
    need = extract("more clients are asking for SEO help", "need", now=NOW).need
    assert need is not None and "seo" in need.categories
