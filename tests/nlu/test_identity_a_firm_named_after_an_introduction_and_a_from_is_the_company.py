"""A business named after a self-introduction and the word for "from", after a pause, is the visitor's company, in the
seven languages (issue 14: "Olá! Sou a Carla, da Sabor Mineiro, uma rede de restaurantes…" gave no company): "I'm
Carla, from …", "Ich bin Carla, von …", "Je suis Carla, de chez …", "Soy Carla, de …", "Sou a Carla, da …", "Sono
Carla, di …", "Ik ben Carla, van …". The bot hears it and confirms it (a value from free text is never given). Near
misses: a place, a department, a team or a channel after "from" is no company."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Olá! Sou a Carla, da Sabor Mineiro, uma rede de restaurantes em BH", "pt", "Sabor Mineiro"),
    ("I'm Carla, from Sabor Mineiro", "en", "Sabor Mineiro"), ("Ich bin Carla, von Holzbau Becker", "de", "Holzbau Becker"),
    ("Je suis Carla, de chez Sabor Mineiro", "fr", "Sabor Mineiro"), ("Je suis Carla de chez Dupont Frères", "fr", "Dupont Frères"),
    ("Soy Carla, de Sabor Mineiro", "es", "Sabor Mineiro"), ("Sono Carla, di Pane e Vino", "it", "Pane e Vino"),
    ("Ik ben Carla, van Bakkerij Jansen", "nl", "Bakkerij Jansen"),
])
def test_a_firm_after_an_introduction_and_a_from_is_the_company(text: str, lang: str, company: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert (read.name, read.company) == ("Carla", company)


@pytest.mark.parametrize(("text", "lang"), [
    ("I'm Carla, from London", "en"), ("I'm Carla, from Marketing", "en"), ("I'm Carla, from the team", "en"),
    ("Sou a Carla, do Brasil", "pt"), ("Soy Carla, de Madrid", "es"), ("Ich bin Carla, aus Berlin", "de"),
    ("Sono Carla, di Milano", "it"), ("I'm Carla, from LinkedIn", "en"),
])
def test_a_place_a_department_a_team_or_a_channel_after_from_is_no_company(text: str, lang: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert read.name == "Carla" and read.company is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Carla from Sabor Mineiro here", "en"), ("Carla von Sabor Mineiro hier", "de"), ("Carla de chez Sabor Mineiro ici", "fr"),
    ("Carla de Sabor Mineiro aquí", "es"), ("Carla da Sabor Mineiro aqui", "pt"), ("Carla di Sabor Mineiro qui", "it"),
    ("Carla van Sabor Mineiro hier", "nl"),
])
def test_a_name_from_a_firm_closed_by_here_names_both(text: str, lang: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert (read.name, read.company) == ("Carla", "Sabor Mineiro")


@pytest.mark.parametrize(("text", "lang"), [
    ("Carla from London here", "en"), ("Carla von Berlin hier", "de"), ("Carla de Lyon ici", "fr"),
    ("Carla de Madrid aquí", "es"), ("Carla da Lisboa aqui", "pt"), ("Carla di Milano qui", "it"),
    ("Carla van Amsterdam hier", "nl"),
])
def test_a_place_after_from_with_here_is_no_company_and_the_name_stays(text: str, lang: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert read.company is None and read.name == "Carla" and read.location is not None


@pytest.mark.parametrize("text", ["Hallo von Berlin hier", "Geschäftsführer von Berlin hier", "Grüße aus Berlin"])
def test_a_greeting_or_a_title_from_a_place_is_no_name(text: str) -> None:
    assert extract(text, now=NOW, lang="de").name is None
