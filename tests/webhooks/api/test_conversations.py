"""``POST /api/v1/conversations/<id>/erasure``: a visitor asked the bot to delete what they told it; SQLite and PostgreSQL.

The action server signs the request; the conversation's transcript goes, and its lead (if consent made one) is
erased as an operator's erasure would. Nobody else's conversation is touched, and a caller that may not ask
changes nothing.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Iterator

import pytest

from signing import erasure_path, sign
from tests.tracker_store import chat, sql_store, transcript_rows
from tests.webhooks.conftest import ACTION_SECRET, WEBSITE_KEY, lead_body


@pytest.fixture
def store(database_url: str) -> Iterator[Any]:
    with sql_store(database_url) as store:
        yield store


def body() -> bytes:
    return json.dumps({"request_id": uuid.uuid4().hex}).encode()


def forget(client: Any, conversation_id: str, headers: dict[str, str] | None = None, sent: bytes | None = None) -> Any:
    path, sent = erasure_path(conversation_id), body() if sent is None else sent
    headers = headers if headers is not None else sign(ACTION_SECRET, "POST", path, sent)
    return client.post(path, data=sent, headers={**headers, "Content-Type": "application/json"})


def test_the_bot_forgets_a_chat_that_made_no_lead_and_no_other(app, client, store):
    chat(store, "conv-ana", "hi, we're a bakery in Porto", "Nice! What do you need?", "please delete my data")
    chat(store, "conv-other", "hello, just browsing")
    before = transcript_rows(app)

    response = forget(client, "conv-ana")

    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {"lead": None, "notices": []}
    after = transcript_rows(app)
    assert "conv-ana" not in after and after["conv-other"] == before["conv-other"]


def test_the_bot_forgets_a_chat_and_erases_the_lead_made_of_it(app, client, admin, store):
    chat(store, "conv-jane", "I'm Jane, jane.doe@acme.io", "Thanks Jane!", "actually, delete everything")
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-jane"), headers=admin).get_json()["id"]

    response = forget(client, "conv-jane")

    assert response.status_code == 200 and response.get_json()["lead"] == lead_id
    lead = client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()
    assert lead["erased_at"] is not None and "jane" not in str(lead).lower()
    assert "conv-jane" not in transcript_rows(app)
    again = forget(client, "conv-jane")  # asked twice: nothing more to do, and no error
    assert again.status_code == 200 and again.get_json() == {"lead": None, "notices": []}


def test_a_website_key_a_bad_signature_or_a_replay_forgets_nothing(app, client, store):
    chat(store, "conv-kept", "hi there", "Hello!")
    before = transcript_rows(app)
    path, sent = erasure_path("conv-kept"), body()
    assert forget(client, "conv-kept", {"Authorization": f"Bearer {WEBSITE_KEY}"}).status_code == 403
    assert forget(client, "conv-kept", {}).status_code == 401
    assert forget(client, "conv-kept", sign("not-the-secret", "POST", path, sent), sent).status_code == 401
    other_request = sign(ACTION_SECRET, "POST", erasure_path("conv-elsewhere"), sent)
    assert forget(client, "conv-kept", other_request, sent).status_code == 401  # signed for another conversation
    for bad in (b"[]", b'{"request_id": ""}', b'{"request_id": 5}', b"{", b"",
                json.dumps({"request_id": "x" * 65}).encode(), json.dumps({"request_id": "x" * 3_000_000}).encode()):
        response = forget(client, "conv-kept", sign(ACTION_SECRET, "POST", path, bad), bad)
        assert 400 <= response.status_code < 500 and "error" in response.get_json(), bad
    assert transcript_rows(app) == before
    headers = sign(ACTION_SECRET, "POST", path, sent)
    assert forget(client, "conv-kept", headers, sent).status_code == 200
    assert forget(client, "conv-kept", headers, sent).status_code == 401  # the same signature twice is a replay


def test_the_action_server_still_cannot_erase_a_lead_by_its_id(client, admin):
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-by-id"), headers=admin).get_json()["id"]
    path = f"/api/v1/leads/{lead_id}"
    assert client.delete(path, headers=sign(ACTION_SECRET, "DELETE", path)).status_code == 403
    assert client.get(path, headers=admin).get_json()["erased_at"] is None
