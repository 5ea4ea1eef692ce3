""""I'm <name> of <firm>" with the other languages' "of", which are also surnames' particles ("Sono Marco di Acme
Analitica", "Ich bin Jonas von Acme Analytik", "Soy Lucía de Acme Analítica", "Sou a Ana da Acme Analítica", "Je suis
Claire de Acme Analytique"), gave the name "Marco di Acme Analitica" and no company, so the firm's name was read as an
analytics need (issue 14). Two words or more after the particle ending in a firm's word, in the seven languages, are
the firm; a surname after a particle stays the name's ("Marco Di Stefano", "Jan van der Berg", "Lucía de la Fuente")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "name", "company"), [
    ("Sono Marco di Acme Analitica", "it", "Marco", "Acme Analitica"),
    ("Ich bin Jonas von Acme Analytik", "de", "Jonas", "Acme Analytik"),
    ("Soy Lucía de Acme Analítica", "es", "Lucía", "Acme Analítica"),
    ("Sou a Ana da Acme Analítica", "pt-BR", "Ana", "Acme Analítica"),
    ("Sou a Ana da Acme Consultoria", "pt-PT", "Ana", "Acme Consultoria"),
    ("Je suis Claire de Acme Analytique", "fr", "Claire", "Acme Analytique"),
    ("Ik ben Jan van Acme Analytics", "nl", "Jan", "Acme Analytics"),
    ("I'm Jane from Acme Analytics", "en", "Jane", "Acme Analytics"),
])
def test_the_firm_after_the_particle_is_the_company(text: str, lang: str, name: str, company: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert (found.name, found.company) == (name, company)


def test_the_firms_name_is_then_no_need() -> None:
    need = extract("Sono Marco di Acme Analitica, ci serve aiuto con il sito", None, now=NOW, lang="it").need
    assert need is not None and need.categories == ("website",)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Sono Marco Di Stefano", "it", "Marco Di Stefano"),
    ("Ik ben Jan van der Berg", "nl", "Jan van der Berg"),
    ("Soy Lucía de la Fuente", "es", "Lucía de la Fuente"),
    ("Sono Leonardo da Vinci", "it", "Leonardo da Vinci"),
])
def test_a_surname_after_a_particle_stays_the_name(text: str, lang: str, name: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.name == name and found.company is None
