"""One real stack (service, action server, Rasa from the cached model) per test session."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Iterator

import pytest

from bot.training import ensure_model
from qualification import DEFAULT_PLAYBOOK
from tests.bot.stack import Stack
from tests.fakes.slack import SlackFake
from tests.webhooks.services import free_port


@pytest.fixture(scope="session")
def bot_model() -> Path:
    return ensure_model()


@pytest.fixture(scope="session")
def playbook_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the default playbook the stack reads, so a test can edit it as a marketer would."""
    path = tmp_path_factory.mktemp("playbook") / "playbook.yml"
    shutil.copy(DEFAULT_PLAYBOOK, path)
    return path


SLACK_SIGNING_SECRET = "slack-signing-secret-for-tests"


def free_udp_port() -> int:
    return free_port(socket.SOCK_DGRAM)


@pytest.fixture(scope="session")
def slack_fake() -> Iterator[SlackFake]:
    """Slack's Web API on loopback; the bot's replies to DMs in channel D0VISITOR land here."""
    fake = SlackFake(
        channels=("D0VISITOR", "D0QUIET", "C0LEADS", "C0SALES", "C0EMEA", "C0ENT", "C0MKTG"),
        names={"#sales": "C0SALES", "#sales-emea": "C0EMEA", "#sales-enterprise": "C0ENT", "#marketing-leads": "C0MKTG"},
    )
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="session")
def stack(
    tmp_path_factory: pytest.TempPathFactory, bot_model: Path, playbook_file: Path, slack_fake: SlackFake
) -> Iterator[Stack]:
    slack_env = {
        "SLACK_BOT_TOKEN": slack_fake.token,
        "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SLACK_API_URL": slack_fake.api_url,  # the bot's Slack channel
        "SLACK_BASE_URL": slack_fake.api_url,  # the service's Slack alerts (the worker)
        "LEADBOT_WORKER_WAKE": f"127.0.0.1:{free_udp_port()}",
        "LEADBOT_POLL_SECONDS": "5",
        # Two shared cores: a slow answer under load is not what these tests are about.
        "LEADBOT_SERVICE_TIMEOUT": "20",
    }
    running = Stack(tmp_path_factory.mktemp("stack"), bot_model, playbook=playbook_file, extra_env=slack_env,
                    with_worker=True).start()
    try:
        yield running
    finally:
        running.stop()

