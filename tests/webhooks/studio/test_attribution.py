"""Where a visitor came from, read from their first message's JSON as Rasa stores it."""

from __future__ import annotations

import json

import pytest

from webhooks.studio import attribution


def event(channel: str | None = "socketio", **metadata: object) -> str:
    return json.dumps({"event": "user", "timestamp": 1.0, "metadata": metadata, "text": "hi", "input_channel": channel})


def test_the_widget_s_page_referrer_utm_and_language_are_read():
    found = attribution.read(event(page="https://x.test/pricing?utm_campaign=ignored#plans", referrer="https://l.test/",
                                   language="de-DE", utm={"source": "news", "campaign": "spring", "other": "x"}))
    assert found == attribution.Attribution("socketio", "https://x.test/pricing?utm_campaign=ignored#plans",
                                            "https://l.test/", "de-DE", {"source": "news", "campaign": "spring"})
    assert found.page_path == "https://x.test/pricing" and found.source == "Website" and found


def test_utm_parameters_come_from_the_page_address_when_not_sent_apart():
    found = attribution.read(event(page="https://x.test/?utm_source=ads&utm_medium=cpc&utm_campaign=q4&utm_term=crm&x=1"))
    assert found.utm == {"source": "ads", "medium": "cpc", "campaign": "q4", "term": "crm"}


@pytest.mark.parametrize("data", [None, "", "{", "[]", '"text"', event(None), event(page=7, utm="x", language=["de"])])
def test_nothing_or_nonsense_reads_as_unknown(data):
    found = attribution.read(data)
    assert (found.page, found.referrer, found.language, found.utm, found.page_path) == (None, None, None, {}, None)


def test_long_values_are_cut_and_a_slack_message_says_slack():
    found = attribution.read(event("slack", page="https://x.test/" + "a" * 2000, utm={"campaign": "c" * 900}))
    assert len(found.page) == attribution.MAX_URL and len(found.utm["campaign"]) == attribution.MAX_VALUE
    assert attribution.read(event("slack")).source == "Slack"
    assert not attribution.read(event(None))
