"""Where a visitor came from, read from a chat message's metadata: bounded text only, anything else is nothing."""

from __future__ import annotations

import json

import pytest

from qualification.attribution import MAX_URL, MAX_VALUE, Attribution, from_metadata, read


def test_the_widget_s_metadata_reads_as_the_lead_s_attribution() -> None:
    came = from_metadata({"page": "https://acme.example/pricing?utm_source=li&utm_campaign=q4", "tz": "Europe/Berlin",
                          "referrer": "https://www.linkedin.com/", "language": "de-DE"}, "socketio")
    assert came.source == "Website" and came.language == "de-DE" and came.page_path == "https://acme.example/pricing"
    assert came.payload() == {"channel": "socketio", "page": "https://acme.example/pricing?utm_source=li&utm_campaign=q4",
                              "referrer": "https://www.linkedin.com/", "utm": {"source": "li", "campaign": "q4"}}


def test_utm_sent_beside_the_page_wins_over_the_page_s_query() -> None:
    came = from_metadata({"page": "https://a.example/?utm_source=page", "utm": {"source": "sent", "medium": 3}})
    assert came.utm == {"source": "sent"}


@pytest.mark.parametrize("metadata", [None, "text", [], {"page": 7, "utm": "x", "referrer": ["a"]}, {}])
def test_metadata_that_is_not_what_the_widget_sends_is_no_attribution(metadata: object) -> None:
    came = from_metadata(metadata, None)
    assert not came and came.payload() is None


def test_everything_is_cut_to_a_bound() -> None:
    came = from_metadata({"page": "https://a.example/" + "x" * 5000, "utm": {"campaign": "c" * 5000}}, "r" * 500)
    assert len(came.page or "") == MAX_URL and len(came.utm["campaign"]) == MAX_VALUE and len(came.channel or "") == 40


def test_a_stored_event_reads_the_same_and_malformed_json_is_nothing() -> None:
    event = {"event": "user", "input_channel": "rest", "metadata": {"referrer": "https://g.example/"}}
    assert read(json.dumps(event)) == Attribution(channel="rest", referrer="https://g.example/")
    assert read("{not json") == Attribution() and read(None) == Attribution() and read("[1]") == Attribution()
