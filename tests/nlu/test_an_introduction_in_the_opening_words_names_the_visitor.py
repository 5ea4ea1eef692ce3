"""A visitor who opens with who they are is named however the introduction is typed: after a greeting and an emoji
("hey! 👋 Priyanka here"), with the firm and its town after "from" ("Marco from Ristorante Lucca in Boston"), as a
name and a firm before a full stop ("Dan Okafor, Bayline Freight."), in lower case ("hi its sam"), and with the
German or Dutch "hier". Words that only look like an introduction (a firm "here", "its fine", a firm and its town)
name nobody. (batch_46: four names lost.)"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name"), [
    ("hey! 👋 Anneke here, head of growth at Tidely. we need more demos", "Anneke"),
    ("hi 🙂 Tom here, we run a bakery in Leeds", "Tom"),
    ("Hello 👋🏽 Rahul here from Pune", "Rahul"),
    ("Sofia from Casa Verde in Lisbon, we'd like a new website", "Sofia"),
    ("Carlos from Taller Ruiz in Sevilla here", "Carlos"),
    ("Amara Okafor, Lagos Freight Co. We move containers for importers.", "Amara Okafor"),
    ("Claire Dubois, Atelier Lumière. On veut un nouveau site.", "Claire Dubois"),
    ("hi its sam, saw your ad. we're ok for now", ["Sam", "sam"]),
    ("hey it's priya, we need help with SEO", ["Priya", "priya"]),
    ("Hallo, Jonas hier, wir sind ein Bauunternehmen aus Köln", "Jonas"),
    ("Hoi, Pieter hier, wij zijn een bakkerij", "Pieter"),
])
def test_an_opening_introduction_names_the_visitor(text: str, name: str | list[str]) -> None:
    found = extract(text, None, now=NOW).name
    assert found in (name if isinstance(name, list) else [name])


@pytest.mark.parametrize(("text", "company"), [
    ("Amara Okafor, Lagos Freight Co. We move containers for importers.", "Lagos Freight Co"),
    ("Dan Whitfield, Harbour Logistics. Need a new site.", "Harbour Logistics"),
    ("Sofia from Casa Verde in Lisbon, we'd like a new website", "Casa Verde"),
])
def test_the_firm_said_with_the_name_is_the_company(text: str, company: str) -> None:
    assert extract(text, None, now=NOW).company == company


@pytest.mark.parametrize("text", [
    "its fine, we're ok for now",
    "it's ok, just looking",
    "Ristorante Lucca here, we need a website",
    "Atlas Freight, Boston. We need more leads.",
    "Leads from Google in Germany, mostly",
    "hi! 👋 quick question about prices",
    "Google here is our main source of leads",
    "Hier ist Ihre Antwort: wir brauchen SEO",
    "Hier is de informatie die u vroeg",
])
def test_words_that_only_look_like_an_introduction_name_nobody(text: str) -> None:
    assert extract(text, None, now=NOW).name is None


@pytest.mark.parametrize("text", [
    "Anna Weber, Marketing. We need more leads.",
    "Tom Baker, Thanks.",
    "Maria Lopez, Google. Need ads help",
])
def test_one_plain_word_after_the_name_is_no_firm(text: str) -> None:
    assert extract(text, None, now=NOW).company is None
