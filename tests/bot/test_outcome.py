"""What the service is sent and what the visitor reads after, by stage."""

from __future__ import annotations

import pytest

from bot.actions.outcome import (
    EMAIL_LATER,
    HUMAN_REQUESTED,
    NO_EMAIL_NO_CALL,
    call_messages,
    closing_messages,
    emailless_messages,
    lead_payload,
)
from nlu.attributes import Attributes
from qualification import Playbook, load_playbook

ATTRS = Attributes.from_dict({
    "email": {"address": "jo@acme-corp.com", "free_mail": False}, "name": "Jo", "company": "Acme",
})
ANSWERS = ({"question": "company", "text": "Acme"},)


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return load_playbook()


def test_contact_details_only_travel_with_consent(playbook: Playbook) -> None:
    granted = lead_payload("c1", ATTRS, ANSWERS, True, playbook)
    assert granted["attributes"]["email"]["address"] == "jo@acme-corp.com"
    assert granted["consent"] == [{"purpose": "contact", "granted": True, "wording": playbook.privacy.text}]
    for consent in (False, None):
        body = lead_payload("c1", ATTRS, ANSWERS, consent, playbook)
        assert "email" not in body["attributes"] and "name" not in body["attributes"]
        assert body["attributes"]["company"] == "Acme"
    assert "consent" not in lead_payload("c1", ATTRS, ANSWERS, None, playbook)


def test_the_payload_matches_the_services_schema(playbook: Playbook) -> None:
    from webhooks.api.schemas import LeadInSchema

    body = lead_payload("c1", ATTRS, ANSWERS, True, playbook, human_request="a person please")
    assert LeadInSchema().validate(body) == {}
    assert {"question_id": HUMAN_REQUESTED, "text": "a person please"} in body["answers"]
    assert body["human_requested"] is True
    assert "human_requested" not in lead_payload("c1", ATTRS, ANSWERS, True, playbook)


def test_closing_messages_branch_on_the_stage(playbook: Playbook) -> None:
    sql = closing_messages("sql", playbook)
    assert "great fit" in sql[0]["text"] and any(b["payload"] == "/book_call" for b in sql[1]["buttons"])
    mql = " ".join(m["text"] for m in closing_messages("mql", playbook))
    assert playbook.offers_for("mql")[0].url in mql and "email you" in mql
    assert "right fit" in closing_messages("disqualified", playbook)[0]["text"]


def test_a_scheduling_link_is_offered_with_name_and_email_filled_in_only_with_consent(playbook: Playbook) -> None:
    from dataclasses import replace

    with_link = replace(playbook, scheduling=replace(playbook.scheduling, link="https://calendly.com/brightline/intro"))
    text = call_messages(with_link, ATTRS, True)[0]["text"]
    assert "https://calendly.com/brightline/intro?name=Jo&email=jo%40acme-corp.com" in text
    assert text.endswith("https://calendly.com/brightline/intro") is False
    assert "email=" not in call_messages(with_link, ATTRS, None)[0]["text"], "no consent, nothing filled in"
    assert "email you" in call_messages(playbook, ATTRS, True)[0]["text"], "no link: sales proposes times"


def test_each_answer_says_how_it_came_and_heard_words_go_for_the_record_only(playbook: Playbook) -> None:
    answers = ({"question": "company", "text": "Acme", "source": "given"},
               {"question": "company_size", "text": "about 300", "source": "confirmed"},
               {"question": "industry", "text": "fintech"}, {"question": "role", "text": "CMO", "source": "bogus"})
    body = lead_payload("c1", ATTRS, answers, True, playbook,
                        heard={"budget": "maybe 50k?", "company_size": "ignored, answered", "nonsense": "x"})
    assert [(a["question_id"], a["source"]) for a in body["answers"]] == [
        ("company", "given"), ("company_size", "confirmed"), ("industry", "given"), ("role", "given"),
        ("budget", "heard")]
    assert "budget" not in body["attributes"]


def test_language_and_attribution_travel_only_when_known(playbook: Playbook) -> None:
    bare = lead_payload("c1", ATTRS, ANSWERS, True, playbook)
    assert "language" not in bare and "attribution" not in bare
    body = lead_payload("c1", ATTRS, ANSWERS, True, playbook, language="de",
                        attribution={"channel": "socketio", "utm": {"source": "newsletter"}})
    assert body["language"] == "de" and body["attribution"] == {"channel": "socketio", "utm": {"source": "newsletter"}}


@pytest.mark.parametrize("needs", [(), ("seo",), ("lead_generation",)])
def test_a_visitor_who_skips_the_email_before_a_call_hears_there_is_no_call_reads_an_offer_and_how_to_book(
        playbook: Playbook, needs: tuple[str, ...]) -> None:
    texts = [m["text"] for m in emailless_messages(playbook, needs)]
    assert texts[0] == NO_EMAIL_NO_CALL
    assert playbook.offers_for_need(needs)[0].url in texts[1]
    assert texts[-1].startswith(EMAIL_LATER)
    assert not any(m.get("buttons") for m in emailless_messages(playbook, needs)), "no button books a call"
