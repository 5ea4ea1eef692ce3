"""A given name that is also a yes or a greeting in one of the seven languages ("Sim", the Portuguese yes; "Si", the
Spanish and Italian one; "Ja", the German and Dutch one; "Ola", the Portuguese hello) is the given name when a surname
follows it with no pause: "Sim Wong" at the name question was stored as "Wong" (issue 14). A yes or OK written the same
way before one more word opens a firm's name ("Yes Marketing", "OK Bikes Ltd"). Near misses: a yes that is no given
name, or one set off by a pause, is taken off ("Yes Park" is Park, "sim, Wong" is Wong, "Sure Acme Logistics" is Acme
Logistics)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Sim Wong", "en"), ("Sim Wong", "pt"), ("Sim Wong", "fr"), ("Si Robertson", "es"), ("Si Robertson", "it"),
    ("Ja Morant", "de"), ("Ja Morant", "nl"), ("Ola Nordmann", "pt"), ("Ola Nordmann", "en"),
])
def test_a_given_name_that_is_also_a_yes_before_a_surname_is_the_whole_name(text: str, lang: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name == text


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Yes, Sim Wong", "en", "Sim Wong"), ("hi! Sim Wong", "en", "Sim Wong"), ("sim, Sim Wong", "pt", "Sim Wong"),
    ("Ja, Ja Morant", "de", "Ja Morant"),
])
def test_a_yes_before_such_a_name_is_taken_off_and_the_name_kept_whole(text: str, lang: str, name: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name == name


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Yes Park", "en", "Park"), ("Sure Sam Smith", "en", "Sam Smith"), ("sim, Wong", "pt", "Wong"),
    ("Hi Nguyen", "en", "Nguyen"), ("Olá, Ana Costa", "pt", "Ana Costa"), ("Ja, Anna Schmidt", "de", "Anna Schmidt"),
    ("Oui, Claire Dubois", "fr", "Claire Dubois"), ("Sí, Lucía Gómez", "es", "Lucía Gómez"),
    ("Sì, Giulia Bianchi", "it", "Giulia Bianchi"), ("Ja, Pieter de Vries", "nl", "Pieter de Vries"),
])
def test_a_yes_that_is_no_given_name_or_is_set_off_by_a_pause_is_no_part_of_the_name(text: str, lang: str, name: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name == name


@pytest.mark.parametrize(("text", "company"), [
    ("Yes Marketing", "Yes Marketing"), ("OK Bikes", "OK Bikes"), ("OK Bikes Ltd", "OK Bikes Ltd"),
    ("Oui Design", "Oui Design"),
])
def test_a_yes_opening_a_firm_of_one_more_word_is_the_firms_first_word(text: str, company: str) -> None:
    assert extract(text, "company", now=NOW).company == company


@pytest.mark.parametrize(("text", "company"), [
    ("Sure Acme Logistics", "Acme Logistics"), ("Yes, Acme", "Acme"), ("Yes, Marketing Ltd", "Marketing Ltd"),
])
def test_a_yes_before_a_longer_firm_or_set_off_by_a_pause_is_no_part_of_it(text: str, company: str) -> None:
    assert extract(text, "company", now=NOW).company == company
