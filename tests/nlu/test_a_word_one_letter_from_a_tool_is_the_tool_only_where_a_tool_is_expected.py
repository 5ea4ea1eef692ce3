"""A short word one letter from a tool's name is often a word of the visitor's language: "Dá para agendar uma
ligação?" named the CRM Agendor (found by B-ptbr). Written in lower case, such a word is the tool only after a word of
use or at the tech-stack question, and not even there when it takes an object like a verb ("agendar uma ligação").
Misspelt tools where a tool is expected are still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "tech_stack", "timing"])
@pytest.mark.parametrize("text", [
    "Dá para agendar uma ligação?",
    "¿Puedo agendar una llamada?",
    "Posso agendar uma reunião amanhã?",
])
def test_a_verb_of_the_visitors_language_is_no_tool(text: str, field: str | None) -> None:
    assert "agendor" not in extract(text, field, now=NOW).tech_stack


@pytest.mark.parametrize(("text", "field", "tool"), [
    ("we use hubspt and pipedrve", None, "hubspot"),
    ("our crm is agendr", None, "agendor"),
    ("agendr", "tech_stack", "agendor"),
    ("salesfroce is a mess", None, "salesforce"),
])
def test_a_misspelt_tool_where_a_tool_is_expected_is_read(text: str, field: str | None, tool: str) -> None:
    assert tool in extract(text, field, now=NOW).tech_stack
