"""The lead the service stores says how each answer came, the conversation's language and where the visitor
came from, through the real Rasa, action server and lead service (the REST channel, with the widget's metadata)."""

from __future__ import annotations

import pytest

from harness.script import CONFIRM, SQL_ANSWERS, asked_slot, converse
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow

WIDGET = {"page": "https://brightline.example/seo?utm_source=linkedin&utm_campaign=q4-seo",
          "referrer": "https://www.linkedin.com/", "language": "en-GB", "tz": "Europe/London"}



def test_the_lead_says_how_each_answer_came_its_language_and_where_the_visitor_came_from(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata=WIDGET)
    converse(v, playbook, SQL_ANSWERS, opening="hi, we're about 120 people and need help with SEO")
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    sources = {a["question_id"]: a.get("source") for a in lead["answers"]}
    assert sources["company_size"] == "confirmed" and sources["budget"] == "given", lead["answers"]
    assert lead["language"] == "en"
    assert lead["attribution"]["channel"] == "rest" and lead["attribution"]["referrer"] == "https://www.linkedin.com/"
    assert lead["attribution"]["utm"]["source"] == "linkedin" and lead["attribution"]["utm"]["campaign"] == "q4-seo"


def test_a_heard_value_never_confirmed_is_kept_as_heard_and_is_not_in_the_attributes(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)  # no metadata at all: no attribution but the channel, no invented language
    # The size heard alone, in the need's answer: "Change" to a single value asks its question (with several, the
    # visitor picks one and its value is let go, issue 14), and "skip" there leaves it never confirmed.
    answers = {**SQL_ANSWERS, "need": "more leads; we're about 300 people", "confirm": "/deny", "company_size": "skip"}
    converse(v, playbook, answers)
    assert any("about 300 people" in bot and asked_slot(bot, playbook) == CONFIRM for _, bot in v.transcript), \
        v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    heard = [a for a in lead["answers"] if a["question_id"] == "company_size"]
    assert heard and heard[0]["source"] == "heard" and "300" in heard[0]["text"], lead["answers"]
    assert "company_size" not in lead["attributes"], v.history()
    assert not (lead.get("attribution") or {}).get("page") and not (lead.get("attribution") or {}).get("utm")
