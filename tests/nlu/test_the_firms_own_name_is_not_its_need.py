"""The visitor's firm named in the message is not their need (issue 14): with the company "Acme Analytics", "we need
help with our website" was read as an analytics need too, and the summary ran into the firm's name. The firm's name,
as the message names it, is no category, and a need said after the clause that names the firm starts the summary.
A tool named so ("Google Analytics") and a need named in words of its own are still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "summary"), [
    ("I'm Jane from Acme Analytics, we need help with our website", "en", "we need help with our website"),
    ("We're Acme Analytics and we need help with our website", "en", "we need help with our website"),
    ("Acme Analytics here, we need help with our website", "en", "we need help with our website"),
    ("Ich arbeite bei Acme Analytik, wir brauchen eine neue Website", "de", "wir brauchen eine neue Website"),
    ("Je suis Claire de chez Acme Analytique, on a besoin d'aide pour notre site web", "fr", "on a besoin d'aide pour notre site web"),
    ("Nuestra empresa es Acme Analítica y necesitamos ayuda con la web", "es", "necesitamos ayuda con la web"),
    ("Lavoro presso Acme Analitica, ci serve aiuto con il sito", "it", "ci serve aiuto con il sito"),
    ("A nossa empresa é a Acme Analítica e precisamos de ajuda com o site", "pt-PT", "precisamos de ajuda com o site"),
    ("Trabalho para Acme Analítica e precisamos de ajuda com o site", "pt-BR", "precisamos de ajuda com o site"),
    ("Ons bedrijf heet Acme Analytics en we hebben hulp nodig met onze website", "nl", "we hebben hulp nodig met onze website"),
])
def test_the_firms_name_is_no_category_and_no_part_of_the_summary(text: str, lang: str, summary: str) -> None:
    need = extract(text, None, now=NOW, lang=lang).need
    assert need is not None and need.categories == ("website",) and need.summary == summary


@pytest.mark.parametrize(("text", "category"), [
    ("I'm Jane from Acme Analytics, we need help with Google Analytics", "analytics"),
    ("I'm Jane from Acme, we need better analytics", "analytics"),
    ("We're Acme and our analytics are a mess", "analytics"),
    ("I work at Bright SEO Ltd, we need more leads", "lead_generation"),
])
def test_a_need_in_words_of_its_own_is_still_read(text: str, category: str) -> None:
    need = extract(text, None, now=NOW, lang="en").need
    assert need is not None and category in need.categories


def test_at_the_need_question_the_firms_name_is_not_the_need() -> None:
    need = extract("Acme Analytics here - our website needs a redo", "need", now=NOW, lang="en").need
    assert need is not None and need.categories == ("website",) and need.summary == "our website needs a redo"
