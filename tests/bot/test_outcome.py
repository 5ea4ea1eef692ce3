"""What the service is sent and what the visitor reads after, by stage."""

from __future__ import annotations

import pytest

from bot.actions.outcome import HUMAN_REQUESTED, closing_messages, lead_payload
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
    from webhooks.schemas import LeadInSchema

    body = lead_payload("c1", ATTRS, ANSWERS, True, playbook, human_request="a person please")
    assert LeadInSchema().validate(body) == {}
    assert {"question_id": HUMAN_REQUESTED, "text": "a person please"} in body["answers"]


def test_closing_messages_branch_on_the_stage(playbook: Playbook) -> None:
    sql = closing_messages("sql", playbook)
    assert any(b["payload"] == "/book_call" for b in sql[0]["buttons"])
    mql = " ".join(m["text"] for m in closing_messages("mql", playbook))
    assert playbook.offers_for("mql")[0].url in mql and "email you" in mql
    assert "right fit" in closing_messages("disqualified", playbook)[0]["text"]
