"""The whole product for page tests: service, worker, action server and Rasa (``harness/stack.py``),
Slack replaced by its local fake, and the demo site pointing its widget at this Rasa."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import yaml

from bot.training import ensure_model
from harness.fakes.slack import SlackFake
from harness.ports import free_port
from harness.stack import Stack, Visitor
from qualification import DEFAULT_PLAYBOOK, parse_playbook
from qualification.playbook_file import read_yaml

# The default playbook's routes post to these channels.
CHANNELS = {"#sales-enterprise": "C0ENT", "#sales-emea": "C0EMEA", "#sales": "C0SALES", "#marketing-leads": "C0MKTG"}


@pytest.fixture(scope="session")
def slack() -> Iterator[SlackFake]:
    fake = SlackFake(channels=tuple(CHANNELS.values()), names=dict(CHANNELS))
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


# Seconds a draft lead waits for the rest of the form before the worker sends it on as abandoned.
ABANDONED_AFTER = 15

# Visitors from Europe all go to this one consultant, so two of them compete for the same calendar.
EMEA_OWNER = "U0EMEA001"


@pytest.fixture(scope="session")
def site_playbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default playbook with a single owner on the EMEA route (a test may edit its copy as a marketer would)."""
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        if route["name"] == "sales_emea":
            dropped = set(route["owners"]) - {EMEA_OWNER}
            route["owners"] = [EMEA_OWNER]
    for owner in dropped:
        data["scheduling"]["owners"].pop(owner, None)
        (data["routing"].get("owners") or {}).pop(owner, None)  # the owners' names, where the playbook has them
    parse_playbook(data)
    path = tmp_path_factory.mktemp("site-playbook") / "playbook.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def site_stack(tmp_path_factory: pytest.TempPathFactory, slack: SlackFake, site_playbook: Path) -> Iterator[Stack]:
    stack = Stack(tmp_path_factory.mktemp("site-stack"), ensure_model(), with_worker=True, playbook=site_playbook)
    stack.extra_env.update(
        SLACK_BOT_TOKEN=slack.token, SLACK_BASE_URL=slack.api_url, SLACK_DEFAULT_CHANNEL="",
        LEADBOT_BOT_URL=stack.rasa_url, LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port()}",
        # A draft (email and consent given, the form not ended) is sent on as abandoned this many seconds
        # after its last update, so a page test can close a tab and see it go out (``test_closed_tab``).
        # Long enough to read the draft once the bot answers; the other tests make no draft (the email
        # is their last answer, which ends the form and sends the complete lead at once).
        LEADBOT_ABANDONED_AFTER=str(ABANDONED_AFTER), LEADBOT_SWEEP_SECONDS="1",
    )
    stack.start()
    try:
        # One conversation before the first page test's: a stack's first turn pays the processes' warm-up, which on
        # a loaded machine held the question of a first "hi" back for seconds after the greeting.
        Visitor(stack.rasa_url).say("hi")
        yield stack
    finally:
        stack.stop()

