"""The action server's playbook: the studio's published one from the real service, the file without a service."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from werkzeug.serving import make_server

from bot.actions.playbook_source import PlaybookSource
from harness.fakes.server import serve_in_background, stop_at_once
from qualification import DEFAULT_PLAYBOOK
from qualification.playbook_file import read_yaml
from webhooks import create_app, migrate
from webhooks.playbooks.store import PlaybookStore
from webhooks.playbooks.text import dump_yaml

SECRET = "bot-playbook-secret"


class Service:
    """The real service app on a loopback port, with a switch to make it unreachable."""

    def __init__(self, tmp: Path, playbook: Path) -> None:
        url = f"sqlite:///{tmp / 'leadbot.db'}"
        migrate.upgrade(url)
        self.app = create_app({"database_url": url, "action_secret": SECRET, "playbook_path": str(playbook)})
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.requests = 0
        inner = self.app.wsgi_app

        def counting(environ: Any, start: Any) -> Any:
            self.requests += 1
            return inner(environ, start)

        self.app.wsgi_app = counting  # type: ignore[method-assign]
        serve_in_background(self.server)

    def publish(self, wording: str) -> int:
        store = PlaybookStore(self.app.config["LEADBOT_SETTINGS"].playbook_path)
        with self.app.extensions["leadbot.db"][1]() as session, session.begin():
            store.ensure_seeded(session)
            latest = store.latest(session)
            data = read_yaml(latest.text)
            data["questions"][0]["wording"] = [wording]
            return store.save(session, dump_yaml(data), based_on=latest.version, author="t@example.com", publish=True).version

    def stop(self) -> None:
        stop_at_once(self.server)
        self.app.extensions["leadbot.db"][0].dispose()


@pytest.fixture
def playbook_copy(tmp_path: Path) -> Path:
    path = tmp_path / "playbook.yml"
    path.write_text(DEFAULT_PLAYBOOK.read_text())
    return path


@pytest.fixture
def service(tmp_path: Path, playbook_copy: Path) -> Iterator[Service]:
    running = Service(tmp_path, playbook_copy)
    yield running
    running.stop()


def wait_for(condition: Any, seconds: float) -> float:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < seconds, "not within the time allowed"
        time.sleep(0.02)
    return time.monotonic() - started


def test_a_publish_reaches_the_bot_within_about_a_second(service: Service, playbook_copy: Path) -> None:
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=0.5)
    try:
        first = source.current().questions[0].wording[0]
        assert first.startswith("What would you like help with")  # nothing published: the file
        service.publish("Studio wording one")
        waited = wait_for(lambda: source.current().questions[0].wording == ("Studio wording one",), 3.0)
        assert waited <= 1.0 + 0.5 + 0.3  # the service's cache second, plus one poll interval, plus slack
        assert source.version == 2
    finally:
        source.stop()


def test_unchanged_playbook_costs_a_304_and_no_parse(service: Service, playbook_copy: Path) -> None:
    service.publish("Published")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    assert source.current().questions[0].wording == ("Published",)
    held = source.current()
    assert source.refresh() is False and source.refresh() is False
    assert source.current() is held


def test_the_last_good_playbook_stays_when_the_service_goes_away(
    service: Service, playbook_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service.publish("Published before the outage")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    assert source.current().questions[0].wording == ("Published before the outage",)
    service.stop()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            assert source.refresh() is False
    assert source.current().questions[0].wording == ("Published before the outage",)
    assert sum("keeping version 2" in r.getMessage() for r in caplog.records) == 1  # said once, not every poll


def test_a_wrong_secret_keeps_the_file_and_says_why(service: Service, playbook_copy: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    service.publish("Never seen")
    source = PlaybookSource(playbook_copy, service_url=service.url, secret="wrong", interval=60)
    with caplog.at_level(logging.WARNING):
        playbook = source.current()
    assert playbook.questions[0].wording[0].startswith("What would you like help with")
    assert any("answered 401" in r.getMessage() for r in caplog.records)


def test_without_a_service_the_file_is_read_and_re_read(playbook_copy: Path, service: Service) -> None:
    source = PlaybookSource(playbook_copy)  # no service configured
    before = service.requests
    assert source.current().questions[0].wording[0].startswith("What would you like help with")
    text = playbook_copy.read_text().replace("What would you like help with", "Edited in the file", 1)
    playbook_copy.write_text(text)
    assert source.current().questions[0].wording[0].startswith("Edited in the file")
    assert service.requests == before


def test_before_anything_is_published_a_file_edit_is_live_at_once(service: Service, playbook_copy: Path) -> None:
    source = PlaybookSource(playbook_copy, service_url=service.url, secret=SECRET, interval=60)
    source.current()
    playbook_copy.write_text(playbook_copy.read_text().replace("What would you like help with", "File edit", 1))
    assert source.current().questions[0].wording[0].startswith("File edit")
