"""The studio's preview chat on the action server's side: a signed preview conversation gets its draft.

Against the real service (``tests.bot.test_playbook_source.Service``): a
draft saved in the studio but not published is what a signed preview
conversation is asked from; visitors, and a conversation that only claims
to be a preview, keep the published playbook; a claimed preview is never
stored (``previewing()``). Each action call runs in its own context, as the
action server runs each call in its own task.
"""

from __future__ import annotations

import contextvars
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.actions.playbook_source import PlaybookSource, previewing
from qualification.playbook_file import read_yaml
from signing.preview import preview_sender
from tests.bot.test_playbook_source import SECRET, Service, playbook_copy, service  # noqa: F401  (fixtures)
from webhooks.playbooks.store import PlaybookStore
from webhooks.playbooks.text import dump_yaml


def save_draft(running: Service, wording: str) -> int:
    store = PlaybookStore(running.app.config["LEADBOT_SETTINGS"].playbook_path)
    with running.app.extensions["leadbot.db"][1]() as session, session.begin():
        store.ensure_seeded(session)
        latest = store.latest(session)
        data = read_yaml(latest.text)
        data["questions"][0]["wording"] = [wording]
        return store.save(session, dump_yaml(data), based_on=latest.version, author="t@example.com", publish=False).version


def call(source: PlaybookSource, sender_id: str) -> tuple[str, bool]:
    """One action call for ``sender_id``: the first question's wording it sees, and whether it may store."""
    def run() -> tuple[str, bool]:
        source.preview(sender_id)
        return source.current().questions[0].wording[0], previewing()

    return contextvars.copy_context().run(run)


def test_a_signed_preview_conversation_is_asked_from_the_draft_and_visitors_from_the_published(
    service: Service, playbook_copy: Path  # noqa: F811
) -> None:
    service.publish("Published wording")
    draft = save_draft(service, "Draft wording")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    try:
        assert call(source, preview_sender(SECRET, draft)) == ("Draft wording", True)
        assert call(source, "visitor-1") == ("Published wording", False)
        asked = service.requests
        assert call(source, preview_sender(SECRET, draft)) == ("Draft wording", True)  # the draft is kept
        assert service.requests == asked
        assert source.current().questions[0].wording[0] == "Published wording"  # outside any call
    finally:
        source.stop()


@pytest.mark.parametrize("sender", ["forged", "other-secret"])
def test_a_conversation_that_only_claims_to_preview_gets_the_published_and_stores_nothing(
    service: Service, playbook_copy: Path, sender: str, caplog: pytest.LogCaptureFixture  # noqa: F811
) -> None:
    service.publish("Published wording")
    draft = save_draft(service, "Draft wording")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    claimed = preview_sender(SECRET, draft)[:-4] + "0000" if sender == "forged" else preview_sender("guess", draft)
    try:
        with caplog.at_level(logging.WARNING):
            assert call(source, claimed) == ("Published wording", True)
        assert any("without the studio's signature" in r.getMessage() for r in caplog.records)
    finally:
        source.stop()


def test_a_draft_that_cannot_be_had_leaves_the_published_and_says_so(
    service: Service, playbook_copy: Path, caplog: pytest.LogCaptureFixture  # noqa: F811
) -> None:
    service.publish("Published wording")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    try:
        with caplog.at_level(logging.WARNING):
            assert call(source, preview_sender(SECRET, 99)) == ("Published wording", True)
        assert any("draft version 99 could not be had (answered 404)" in r.getMessage() for r in caplog.records)
    finally:
        source.stop()


def test_the_service_serves_one_version_only_to_a_signed_read(service: Service) -> None:  # noqa: F811
    import requests

    import signing

    draft = save_draft(service, "Draft wording")
    target = signing.target(signing.PLAYBOOK_PATH, f"version={draft}")
    url = f"{service.url}{target}"
    ok = requests.get(url, headers=signing.sign(SECRET, "GET", target), timeout=5)
    assert ok.status_code == 200 and ok.json()["version"] == draft and ok.json()["published"] is False
    assert ok.json()["playbook"]["questions"][0]["wording"] == ["Draft wording"]
    # A signature for the published playbook's path does not read a version.
    assert requests.get(url, headers=signing.sign(SECRET, "GET", signing.PLAYBOOK_PATH), timeout=5).status_code == 401
    assert requests.get(url, timeout=5).status_code == 401
    for bad in ("x", "0x1", "-1", "9" * 12):
        target = signing.target(signing.PLAYBOOK_PATH, f"version={bad}")
        response = requests.get(f"{service.url}{target}", headers=signing.sign(SECRET, "GET", target), timeout=5)
        assert response.status_code == 422, bad
    target = signing.target(signing.PLAYBOOK_PATH, "version=4242")
    assert requests.get(f"{service.url}{target}", headers=signing.sign(SECRET, "GET", target), timeout=5).status_code == 404




def test_the_lead_service_client_writes_nothing_for_a_preview_and_reads_as_before(
    playbook_copy: Path,  # noqa: F811
) -> None:
    from bot.actions.lead_service import LeadService, ServiceUnavailable

    class NoNetwork:
        calls: list[str] = []

        def request(self, method: str, url: str, **_: Any) -> Any:
            self.calls.append(method)
            raise AssertionError("a preview conversation must not reach the service to write")

    session = NoNetwork()
    client = LeadService("http://127.0.0.1:9", SECRET, session=session)  # type: ignore[arg-type]
    source = PlaybookSource(playbook_copy)

    def preview_call() -> None:
        source.preview(preview_sender(SECRET, 3))
        for write in (lambda: client.post_lead({"conversation_id": "x"}), lambda: client.book("lead_1", "2030-01-01T10:00:00Z", "UTC")):
            with pytest.raises(ServiceUnavailable) as refused:
                write()
            assert refused.value.code == "preview"

    contextvars.copy_context().run(preview_call)
    assert session.calls == []

    def visitor_call() -> None:  # the same client writes for a visitor (here it reaches the stand-in session)
        source.preview("visitor-1")
        with pytest.raises(AssertionError):
            client.post_lead({"conversation_id": "visitor-1"})

    contextvars.copy_context().run(visitor_call)
    assert session.calls == ["POST"]
