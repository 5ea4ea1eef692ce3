"""The practice-management and booking systems of the trades visitors come from (vets, dentists, clinics, salons,
gyms, restaurants, tradespeople) are tools of their stack, in the seven languages' markets: "we use vetport and
mailchimp" kept only mailchimp (the lead's visitor plays). A name that is not in the catalogue is still never
invented."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "tool"), [
    ("we use vetport and mailchimp", "vetport"),
    ("our clinic runs on ezyVet", "ezyvet"),
    ("bookings come through Cliniko", "cliniko"),
    ("we're on Dentally for the practice", "dentally"),
    ("class bookings are in Mindbody", "mindbody"),
    ("we use Fresha for appointments", "fresha"),
    ("reservations via OpenTable", "opentable"),
    ("jobs are scheduled in ServiceTitan", "servicetitan"),
    ("we run the firm on Buildertrend", "buildertrend"),
    ("Wir nutzen Doctolib für die Termine.", "doctolib"),
    ("On utilise Planity pour les rendez-vous.", "planity"),
    ("Usamos Doctoralia para las citas.", "doctoralia"),
    ("Usamos o TheFork para reservas.", "thefork"),
    ("Usiamo Treatwell per le prenotazioni.", "treatwell"),
    ("We gebruiken Phorest in de salon.", "phorest"),
])
def test_a_trades_system_is_in_the_stack(text: str, tool: str) -> None:
    assert tool in extract(text, None, now=NOW).tech_stack


@pytest.mark.parametrize("text", [
    "we use vetport and mailchimp",
    "we use some old in-house booking thing",
])
def test_no_unknown_name_is_invented(text: str) -> None:
    stack = extract(text, None, now=NOW).tech_stack
    assert all(tool in ("vetport", "mailchimp") for tool in stack)


@pytest.mark.parametrize("text", [
    "boutique hotel, we have seven rooms",
    "jobbers and wholesalers buy from us",
    "it's an open table format, very relaxed",
])
def test_everyday_words_that_look_like_a_system_are_none(text: str) -> None:
    assert extract(text, None, now=NOW).tech_stack == ()
