"""LeadView's reading of a lead's language and attribution: what every destination maps, tolerant of odd payloads."""

from __future__ import annotations

import pytest

from integrations.lead import LeadView
from tests.integrations.conftest import lead


def test_language_and_attribution_become_facts_and_two_lines_of_the_summary():
    view = LeadView(lead(language="nl", attribution={
        "channel": "socketio", "page": "https://brightline.example/nl/", "referrer": "https://duckduckgo.com/",
        "utm": {"source": "newsletter", "medium": "email", "campaign": "winter", "term": None, "content": "hero"}}))

    facts = view.facts()
    assert (facts["language"], facts["language_name"]) == ("nl", "Dutch")
    assert (facts["channel"], facts["page"], facts["referrer"]) == (
        "socketio", "https://brightline.example/nl/", "https://duckduckgo.com/")
    assert (facts["utm_source"], facts["utm_medium"], facts["utm_campaign"], facts["utm_term"], facts["utm_content"]) == (
        "newsletter", "email", "winter", None, "hero")
    assert view.summary().endswith(
        "\n\nLanguage: Dutch\nCame from: page https://brightline.example/nl/; UTM source newsletter, medium email, "
        "campaign winter, content hero; referred by https://duckduckgo.com/")


def test_a_lead_without_them_has_no_such_facts_and_the_same_summary_as_before():
    view = LeadView(lead())
    facts = view.facts()
    assert all(facts[name] is None for name in ("language", "language_name", "channel", "page", "referrer",
                                                "attribution", "utm_source", "utm_campaign"))
    assert "Language" not in view.summary() and "Came from" not in view.summary()


@pytest.mark.parametrize("odd", [
    {"language": 5, "attribution": "linkedin"},
    {"language": "zz-top", "attribution": {"utm": "x", "page": ["a"]}},
    {"language": None, "attribution": None},
])
def test_an_odd_payload_from_another_version_still_reads(odd):
    facts = LeadView(lead(**odd)).facts()
    assert facts["language_name"] is None
    assert (facts["utm_campaign"], facts["page"], facts["attribution"]) == (None, None, None)
