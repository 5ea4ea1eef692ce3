"""Another agency asking what we charge, or a vendor pitching to us, names its own services, not a need of its own:
"we're an agency too, just curious what you charge for SEO retainers" stores no SEO need (invented: batch_46), and
"we sell backlink packages to agencies like yours ... who handles partnerships?" is a vendor with no need (the lead's
visitor plays), in the seven languages. An agency that asks for help with its own marketing keeps its need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "persona"), [
    ("we're a digital agency as well, wondering what you charge for PPC management", "competitor"),
    ("fellow SEO agency here, how do you price content writing?", "competitor"),
    ("I run a small PPC agency myself, curious about your rates", "competitor"),
    ("hey, quick pitch: our AI tool writes ad copy 10x faster, can I send a demo?", "vendor"),
    ("Hello from DataLeads, we provide verified B2B contact lists to marketing agencies", "vendor"),
    ("we're a web design agency in Leeds, do you white label?", "competitor"),
    ("Hi, I'm Jo from LinkHive, we sell guest post packages to agencies like yours from $299. Who handles partnerships?", "vendor"),
    ("we offer white-label social media management to agencies like yours, who looks after partnerships?", "vendor"),
    ("Wir sind auch eine Agentur und wollten mal sehen, was ihr für SEO verlangt.", "competitor"),
    ("Nous sommes aussi une agence, on voulait savoir combien vous facturez le référencement.", "competitor"),
    ("También somos una agencia, ¿cuánto cobráis por gestionar anuncios?", "competitor"),
    ("Também somos uma agência, quanto vocês cobram por SEO?", "competitor"),
    ("Siamo anche noi un'agenzia, quanto chiedete per la SEO?", "competitor"),
    ("Wij zijn ook een bureau, wat rekenen jullie voor SEO?", "competitor"),
    ("Wir verkaufen Backlink-Pakete an Agenturen wie Ihre. Wer ist für Partnerschaften zuständig?", "vendor"),
    ("Nous vendons des packs de backlinks aux agences comme la vôtre. Qui s'occupe des partenariats ?", "vendor"),
    ("Vendemos paquetes de enlaces a agencias como la vuestra. ¿Quién lleva las alianzas?", "vendor"),
    ("Vendemos pacotes de backlinks para agências como a sua. Quem cuida das parcerias?", "vendor"),
    ("Vendiamo pacchetti di backlink ad agenzie come la vostra. Chi si occupa delle partnership?", "vendor"),
    ("Wij verkopen backlinkpakketten aan bureaus zoals het uwe. Wie gaat over partnerships?", "vendor"),
])
def test_their_own_services_are_no_need(text: str, persona: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.persona == persona
    assert found.need is None


@pytest.mark.parametrize(("text", "category"), [
    ("we're a digital agency too and we need help with our own SEO", "seo"),
    ("we're a small agency and need more leads for ourselves", "lead_generation"),
    ("Wir sind eine Agentur und brauchen selbst mehr Anfragen.", "lead_generation"),
    ("Wir sind auch eine Agentur und brauchen Hilfe bei Google Ads.", "paid_ads"),
    ("Siamo anche noi un'agenzia e abbiamo bisogno di più clienti.", "lead_generation"),
])
def test_an_agency_asking_for_its_own_marketing_keeps_its_need(text: str, category: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and category in need.categories


@pytest.mark.parametrize("text", [
    "Hello from DataLeads, we provide verified B2B contact lists to marketing agencies",
    "I'm researching agencies for my boss, we need a new website",
])
def test_the_agencies_sold_to_or_researched_are_not_the_visitors_trade(text: str) -> None:
    assert extract(text, None, now=NOW).industry != "marketing_advertising"
