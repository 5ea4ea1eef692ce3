"""Where the visitor studied is not their company, and a firm's name ends before "and I'm".

Persona set 9's ciarán (a job seeker, issue 14): "I've just finished a masters in digital marketing at UL and I'm
looking for a job" was heard as the company "UL and I'm".
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _company(text: str) -> str | None:
    return extract(text, None, now=NOW).company


@pytest.mark.parametrize("text", [
    "I've just finished a masters in digital marketing at UL and I'm looking for a job",
    "graduated from Trinity last year and I'm job hunting",
    "I did an MBA at INSEAD and I'm looking for work",
    "j'ai fait un master à HEC et je cherche un emploi",
    "Ich habe mein Studium an der TU München abgeschlossen",
    "hice un máster en el IE y busco trabajo",
    "fiz mestrado na USP e procuro emprego",
    "ho una laurea presso la Bocconi e cerco lavoro",
    "ik heb mijn opleiding bij de HvA afgerond",
])
def test_a_school_after_a_degree_is_no_company(text: str) -> None:
    assert _company(text) is None


@pytest.mark.parametrize("text, firm", [
    ("I did my MBA at INSEAD, now I work at Acme Corp", "Acme Corp"),
    ("I work at Brightline and I've been there 3 years", "Brightline"),
    ("I work at Acme and I'm the CMO", "Acme"),
    ("I run a course business at Coursely", "Coursely"),
    ("we sell degree courses at Learnify and I'm the CMO", "Learnify"),
])
def test_a_firm_named_beside_studies_or_before_and_im_is_the_firm(text: str, firm: str) -> None:
    assert _company(text) == firm
