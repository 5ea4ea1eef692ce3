"""One real stack (service, action server, Rasa from the cached model) per test session."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from bot.training import ensure_model
from qualification import DEFAULT_PLAYBOOK
from tests.bot.stack import Stack
from tests.fakes.slack import SlackFake


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


@pytest.fixture(scope="session")
def slack_fake() -> Iterator[SlackFake]:
    """Slack's Web API on loopback; the bot's replies to DMs in channel D0VISITOR land here."""
    fake = SlackFake(channels=("D0VISITOR", "C0LEADS"))
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
        "SLACK_API_URL": slack_fake.api_url,
    }
    running = Stack(tmp_path_factory.mktemp("stack"), bot_model, playbook=playbook_file, extra_env=slack_env).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and "stack" in getattr(item, "funcargs", {}):
        report.sections.append(("bot stack logs", item.funcargs["stack"].logs()))
