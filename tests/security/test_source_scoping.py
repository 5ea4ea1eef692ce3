"""A conversation id or Idempotency-Key belongs to the source that created it; through real gunicorn, both databases.

Before: with the ``website`` key, a POST carrying the bot's conversation id
(or another source's Idempotency-Key) got that lead back in full (email,
answers) and overwrote it. Now the clash is a 409 that says which key
clashed and nothing else, and nothing is written.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from harness.services import lead_body
from signing import LEADS_PATH
from tests.security.lead_api import ADMIN, DOWNLOAD, WEBSITE, Service, signed

pytestmark = pytest.mark.slow

ATTACKER = {"email": {"address": "mallory@evil.example", "free_mail": False}, "name": "Mallory", "company": "Evil"}


def post(service: Service, body: dict[str, Any], headers: dict[str, str] | None = None, key: str | None = None) -> Any:
    raw = json.dumps(body).encode()
    extra = {"Idempotency-Key": key} if key else {}
    return service.send("POST", LEADS_PATH, raw, {**(headers or signed("POST", LEADS_PATH, raw)), **extra})


def assert_refused_without_a_trace(response: Any, service: Service, lead_id: str, before: dict[str, Any]) -> None:
    assert response.status_code == 409, response.text
    assert set(response.json()) == {"error"}, "the error, and nothing of the lead"
    assert response.json()["error"]["code"] == "key_of_another_source"
    for secret in ("jane", "acme", "50k", lead_id):
        assert secret not in response.text.lower()
    assert service.lead(lead_id) == before


def test_a_source_key_cannot_read_or_overwrite_the_bots_lead_by_its_conversation_id(service: Service) -> None:
    bot = post(service, lead_body("conv-of-the-bot"))
    assert bot.status_code == 201, bot.text
    lead_id, before = bot.json()["id"], service.lead(bot.json()["id"])
    taken = post(service, lead_body("conv-of-the-bot", source="website", attributes=ATTACKER,
                                    answers=[{"question_id": "budget", "text": "nothing"}]), WEBSITE)
    assert taken.json()["error"]["fields"] == {"conversation_id": ["used by another source"]}
    assert_refused_without_a_trace(taken, service, lead_id, before)
    assert service.count() == 1


def test_a_source_key_cannot_reuse_another_sources_idempotency_key(service: Service) -> None:
    body = lead_body(source="download")
    del body["conversation_id"]
    first = post(service, body, DOWNLOAD, key="form-7")
    assert first.status_code == 201, first.text
    lead_id, before = first.json()["id"], service.lead(first.json()["id"])
    taken = post(service, {**body, "source": "website", "attributes": ATTACKER}, WEBSITE, key="form-7")
    assert taken.json()["error"]["fields"] == {"Idempotency-Key": ["used by another source"]}
    assert_refused_without_a_trace(taken, service, lead_id, before)
    # With a conversation id of its own beside the stolen key, still refused: the key is the other source's.
    mixed = post(service, lead_body("conv-new", source="website", attributes=ATTACKER), WEBSITE, key="form-7")
    assert_refused_without_a_trace(mixed, service, lead_id, before)
    assert service.count() == 1


def test_the_action_server_cannot_take_over_a_source_keys_lead(service: Service) -> None:
    website = post(service, lead_body("chat-on-the-site", source="website"), WEBSITE)
    assert website.status_code == 201, website.text
    lead_id, before = website.json()["id"], service.lead(website.json()["id"])
    taken = post(service, lead_body("chat-on-the-site", attributes=ATTACKER))
    assert_refused_without_a_trace(taken, service, lead_id, before)
    # The admin may write any source, but a key stays its source's: the admin gets the same 409.
    as_admin = post(service, lead_body("chat-on-the-site", attributes=ATTACKER), ADMIN)
    assert_refused_without_a_trace(as_admin, service, lead_id, before)


def test_a_source_repeating_its_own_keys_still_updates_its_own_lead(service: Service) -> None:
    body = lead_body("site-conv", source="website")
    first = post(service, body, WEBSITE, key="form-8")
    again = post(service, {**body, "answers": [{"question_id": "need", "text": "seo"}]}, WEBSITE, key="form-8")
    assert (first.status_code, again.status_code) == (201, 200), again.text
    assert again.json()["id"] == first.json()["id"]
    assert service.lead(first.json()["id"])["answers"] == ["about 50k for the year", "seo"]
