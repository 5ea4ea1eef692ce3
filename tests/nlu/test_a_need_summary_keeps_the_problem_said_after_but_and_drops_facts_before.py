"""Need summary (found playing): the problem said after a "but" is kept with the clause before it, in the seven
languages ("Our site gets traffic but nobody fills in the quote form" was stored as "Our site gets traffic", the
opposite of the problem); a "But" opening a new sentence is not. At the need question the summary starts at the clause
that says what is wanted, not the facts before it ("We're a nonprofit, food bank in Detroit. we need volunteers ...")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "summary"), [
    ("Our site gets traffic but nobody fills in the quote form", "Our site gets traffic but nobody fills in the quote form"),
    ("notre site a du trafic mais personne ne remplit le formulaire", "notre site a du trafic mais personne ne remplit le formulaire"),
    ("we need a new website but budget is tight", "we need a new website but budget is tight"),
    ("we need SEO. But first, who are you?", "we need SEO"),
])
def test_the_problem_after_but_is_kept(text: str, summary: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and need.summary == summary


@pytest.mark.parametrize(("text", "summary"), [
    ("We're a nonprofit, food bank in Detroit. we need volunteers and donors, not customers lol",
     "we need volunteers and donors, not customers lol"),
    ("On est une école de langues à Lyon, 8 profs. On voudrait plus d'inscriptions", "On voudrait plus d'inscriptions"),
    ("something with instagram i guess", "something with instagram i guess"),
])
def test_at_the_need_question_the_summary_starts_at_the_need(text: str, summary: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and need.summary == summary
