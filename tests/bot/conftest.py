"""One real stack (service, action server, Rasa from the cached model) per test session."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Iterator

import pytest

from bot.training import ensure_model
from harness.fakes.slack import SlackFake
from harness.ports import free_port
from harness.stack import Stack
from qualification import DEFAULT_PLAYBOOK, Playbook, load_playbook


@pytest.fixture(scope="session")
def bot_model() -> Path:
    return ensure_model()


@pytest.fixture(scope="session")
def playbook_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the default playbook the stack reads, so a test can edit it as a marketer would."""
    path = tmp_path_factory.mktemp("playbook") / "playbook.yml"
    shutil.copy(DEFAULT_PLAYBOOK, path)
    return path


@pytest.fixture(scope="module")
def playbook(playbook_file: Path) -> Playbook:
    """The playbook as a module starts: what earlier modules' edits left in ``playbook_file``."""
    return load_playbook(playbook_file)


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
        "SLACK_BASE_URL": slack_fake.api_url,  # Slack's Web API, for the service and the bot alike
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

