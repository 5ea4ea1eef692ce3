"""An answer at the industry question that names no trade but speaks of another question is no line of work: "no
tenemos nada fijado, depende de lo que nos propongáis" (the budget, said a question early) was stored as industry
"other" and said back as "una actividad fuera de los sectores que listamos" (the lead's visitor plays, issue 14), in
the seven languages. Near misses: a trade the list does not name is still "other", as the visitor said one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("nothing fixed yet, depends on what you propose", "en"),
    ("noch nichts festgelegt, kommt auf Ihr Angebot an", "de"),
    ("rien de fixé, ça dépend de ce que vous proposez", "fr"),
    ("no tenemos nada fijado, depende de lo que nos propongáis", "es"),
    ("nada definido ainda, depende da proposta", "pt"),
    ("non abbiamo niente di fissato, dipende dalla proposta", "it"),
    ("nog niets vastgelegd, hangt af van jullie voorstel", "nl"),
])
def test_it_stores_no_industry(text: str, lang: str) -> None:
    assert extract(text, now=NOW, field="industry", lang=lang).industry is None


@pytest.mark.parametrize(("text", "lang"), [
    ("we restore vintage pinball machines", "en"),
    ("wir restaurieren Flipperautomaten", "de"),
    ("on restaure des flippers anciens", "fr"),
])
def test_a_trade_the_list_lacks_is_still_other(text: str, lang: str) -> None:
    assert extract(text, now=NOW, field="industry", lang=lang).industry == "other"
