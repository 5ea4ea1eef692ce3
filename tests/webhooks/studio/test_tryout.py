"""The preview chat's door in the studio: signed-in, CSRF-checked, bounded, and only for its own conversations.

Talking to the real bot through it, the draft asked and nothing stored, is
``test_studio_browser``'s (the real Rasa and action server).
"""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest

from harness.studio_forms import add_user, csrf_token, sign_in
from signing.preview import preview_sender, preview_version
from tests.webhooks.conftest import ACTION_SECRET
from webhooks import create_app


def chat_page(client: Any) -> tuple[str, str, str]:
    page = client.get("/studio/playbook/try").text
    sender = re.search(r'data-sender="([^"]+)"', page)
    assert sender, page
    return page, sender.group(1), csrf_token(page)


def say(client: Any, token: str, **body: Any) -> Any:
    return client.post("/studio/playbook/try", data=json.dumps(body), content_type="application/json",
                       headers={"X-CSRFToken": token})


def test_the_chat_page_starts_a_signed_preview_of_the_newest_version(signed_in: Any) -> None:
    _, sender, _ = chat_page(signed_in)
    assert preview_version(ACTION_SECRET, sender) == 1
    assert chat_page(signed_in)[1] != sender  # every visit a new conversation


def test_the_chat_needs_a_session(client: Any, marketer: str) -> None:
    assert client.get("/studio/playbook/try").status_code == 302
    assert client.post("/studio/playbook/try", json={"text": "hi"}).status_code in (302, 400)


def test_a_message_without_the_csrf_token_is_refused(signed_in: Any) -> None:
    _, sender, _ = chat_page(signed_in)
    response = signed_in.post("/studio/playbook/try", json={"sender": sender, "text": "hi"})
    assert response.status_code == 400


@pytest.mark.parametrize("body", [
    {"sender": "visitor-1", "text": "hi"},
    {"sender": preview_sender("not the shared secret", 1), "text": "hi"},
    {"text": "hi"},
    {"sender": "SENDER", "text": "x" * 1001},
    {"sender": "SENDER", "text": "   "},
    {"sender": "SENDER", "text": "hi", "turns": [{"asked": "?", "said": "a"}] * 61},
    {"sender": "SENDER", "text": 42},
])
def test_bad_input_is_refused_before_anything_reaches_the_bot(signed_in: Any, body: dict[str, Any]) -> None:
    _, sender, token = chat_page(signed_in)
    body = {k: (sender if v == "SENDER" else v) for k, v in body.items()}
    assert say(signed_in, token, **body).status_code == 400
    assert signed_in.post("/studio/playbook/try", data="not json", content_type="application/json",
                          headers={"X-CSRFToken": token}).status_code == 400


def test_a_bot_that_does_not_answer_is_said_plainly(config: dict[str, Any], marketer: str) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    app = create_app({**config, "bot_url": f"http://127.0.0.1:{port}"})
    add_user(app, "tryer@example.com")
    client = app.test_client()
    assert sign_in(client, "tryer@example.com").status_code == 302
    _, sender, token = chat_page(client)
    response = say(client, token, sender=sender, text="hi")
    assert response.status_code == 503 and "did not answer" in response.text


def test_preview_conversations_are_not_counted_as_visitors_in_the_funnel(app: Any, signed_in: Any,
                                                                          database_url: str) -> None:
    from datetime import timedelta

    from tests.webhooks.studio.pages import ask, drop_tracker, record, user
    from tests.webhooks.studio.test_funnel import started_and_dropped
    from webhooks.models import utcnow

    drop_tracker(database_url)
    old = (utcnow().replace(microsecond=0) - timedelta(hours=2)).timestamp()
    record(database_url, {"visitor-1": [user("hi", old), ask("budget", old + 1)],
                          preview_sender(ACTION_SECRET, 1): [user("hi", old + 2), ask("need", old + 3)]})
    try:
        assert started_and_dropped(signed_in.get("/studio/funnel").text) == (1, {"budget": "1"})
    finally:
        drop_tracker(database_url)
