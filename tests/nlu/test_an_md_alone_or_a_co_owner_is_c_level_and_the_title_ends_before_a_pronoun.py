"""An MD said alone, a co-owner in any of the seven languages, is c-level; a title ends before the pronoun after its comma.

Persona set 9 (issue 14): lee's "MD - it's my decision" and geneviève's "Je suis copropriétaire avec mon frère" left
the seniority unknown, and rogério's "dono, eu" was stored as the title.
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "MD - it's my decision",
    "MD, it's my call",
    "MD: I sign off on everything",
    "I'm the MD, it's my call",
    "I'm MD of the firm",
    "MD.",
])
def test_an_md_said_alone_at_the_answers_start_is_c_level(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None
    assert authority.seniority == "c_level"
    assert authority.title == "MD"
    assert authority.role == "decision_maker"


@pytest.mark.parametrize("text, title", [
    ("I'm co-owner with my brother, we decide together", "co-owner"),
    ("Je suis copropriétaire avec mon frère, on décide ensemble", "copropriétaire"),
    ("Soy copropietario con mi hermano, decidimos juntos", "copropietario"),
    ("Sou coproprietária com a minha irmã", "coproprietária"),
    ("Sono comproprietario con mio fratello", "comproprietario"),
    ("Ich bin Miteigentümer, wir entscheiden zusammen", "Miteigentümer"),
    ("Ik ben mede-eigenaar met mijn broer", "mede-eigenaar"),
])
def test_a_co_owner_in_the_seven_languages_is_c_level(text: str, title: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None
    assert authority.seniority == "c_level"
    assert authority.title == title


@pytest.mark.parametrize("text, title", [
    ("sou o dono, eu", "dono"),
    ("I'm the MD, it's my call", "MD"),
    ("I'm the founder, it's just me", "founder"),
])
def test_a_title_ends_before_the_lower_case_pronoun_after_its_comma(text: str, title: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None
    assert authority.title == title


@pytest.mark.parametrize("text, title", [
    ("Sales Director, EU", "Sales Director, EU"),
    ("I'm the Marketing Director, EMEA", "Marketing Director, EMEA"),
])
def test_a_region_in_capitals_after_the_comma_stays_in_the_title(text: str, title: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None
    assert authority.title == title


@pytest.mark.parametrize("text", [
    "MD, Maryland",
    "md, dallas",
    "we're in Baltimore MD",
])
def test_md_as_a_state_is_no_title(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.seniority in (None, "unknown")


def test_our_md_deciding_is_someone_elses_title() -> None:
    authority = extract("our MD decides", None, now=NOW).authority
    assert authority is not None
    assert authority.seniority == "unknown"
    assert authority.role == "influencer"
