"""Fixtures every test folder may use, and the markers every test gets from the fixtures it uses.

- The real browser of ``tests/browser.py``, and its report hook, which adds the browser's console errors
  and the logs of any running ``Stack`` to a failed test.
- Markers (registered in pyproject.toml): a test is marked by what its fixtures start, directly or through
  other fixtures, so ``make test-fast`` (``-m "not slow and not rasa and not browser and not postgres"``)
  needs no list of files and a new test is sorted by the fixtures it asks for. Tests that start a process
  in their own body say so with ``pytestmark = pytest.mark.slow``.
- The product stack that the demo site's and the studio editor's page tests share (below).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from bot.training import ensure_model
from qualification import DEFAULT_PLAYBOOK, parse_playbook
from qualification.playbook_file import read_yaml
from tests.bot.stack import Stack, free_port
from tests.browser import (  # noqa: F401  (fixtures and the report hook, shared as they are)
    browser,
    browser_context_args,
    page,
    pytest_runtest_makereport,
    screenshot,
    screenshot_dir,
)
from tests.fakes.slack import SlackFake

# "module:fixture" -> the markers of every test that uses it. Module-qualified because a name
# (``stack``, ``web``, ``service``) means a Rasa stack in one folder and an in-process app in another.
RASA = ("rasa", "slow")
PROCESSES = ("slow",)
FIXTURE_MARKS: dict[str, tuple[str, ...]] = {
    # chromium, driven by Playwright
    "tests.browser:browser": ("browser", "slow"),
    # the PostgreSQL server (``database_url``'s postgres half is marked by its parameter)
    "tests.webhooks.conftest:postgres_url": ("postgres",),
    # Rasa, the action server, gunicorn and the worker (tests/bot/stack.py)
    "tests.bot.conftest:stack": RASA,
    "tests.conftest:site_stack": RASA,
    "tests.webhooks.studio.test_funnel_browser:product": RASA,
    # training the bot's model (minutes the first time, a hash check afterwards)
    "tests.bot.conftest:bot_model": PROCESSES,
    # gunicorn and the worker as real processes (tests/webhooks/services.py)
    "tests.e2e.conftest:web": PROCESSES,
    "tests.e2e.conftest:worker": PROCESSES,
    "tests.webhooks.test_processes:web": PROCESSES,
    "tests.webhooks.test_http_edge:web": PROCESSES,
    "tests.webhooks.test_drafts:stack": PROCESSES,
    "tests.webhooks.studio.test_sections_browser:service": PROCESSES,
}


def fixture_marks(item: pytest.Item) -> set[str]:
    """The markers ``item`` gets from every fixture in its closure (each definition, overridden or not)."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return set()
    marks: set[str] = set()
    for definitions in info.name2fixturedefs.values():
        for definition in definitions:
            marks.update(FIXTURE_MARKS.get(f"{definition.func.__module__}:{definition.argname}", ()))
    return marks


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        present = {mark.name for mark in item.iter_markers()}
        for name in sorted(fixture_marks(item) - present):
            item.add_marker(name)


# ------------------------------------------------------------------ the product, shared by the page tests
# One stack for the session: the demo site's page tests (tests/webhooks/site/) and the studio editor's
# (tests/webhooks/studio/test_studio_browser.py, which publishes the starting playbook again when done).
# Rasa's REST-level conversations (tests/bot/) keep their own: their drafts must stay drafts for as long
# as a slow turn takes, which ABANDONED_AFTER below would cut short. The funnel's
# (tests/webhooks/studio/test_funnel_browser.py) counts every conversation its Rasa has had.

# The default playbook's routes post to these channels.
CHANNELS = {"#sales-enterprise": "C0ENT", "#sales-emea": "C0EMEA", "#sales": "C0SALES", "#marketing-leads": "C0MKTG"}

# Seconds a draft lead waits for the rest of the form before the worker sends it on as abandoned.
ABANDONED_AFTER = 15

# Visitors from Europe all go to this one consultant, so two of them compete for the same calendar.
EMEA_OWNER = "U0EMEA001"


@pytest.fixture(scope="session")
def site_slack() -> Iterator[SlackFake]:
    fake = SlackFake(channels=tuple(CHANNELS.values()), names=dict(CHANNELS))
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


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
    parse_playbook(data)
    path = tmp_path_factory.mktemp("site-playbook") / "playbook.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def site_stack(tmp_path_factory: pytest.TempPathFactory, site_slack: SlackFake, site_playbook: Path) -> Iterator[Stack]:
    """Service, worker, action server and Rasa, Slack replaced by its local fake, the demo site's widget
    pointing at this Rasa, and the studio's session key."""
    stack = Stack(tmp_path_factory.mktemp("site-stack"), ensure_model(), with_worker=True, playbook=site_playbook)
    stack.extra_env.update(
        SLACK_BOT_TOKEN=site_slack.token, SLACK_BASE_URL=site_slack.api_url, SLACK_DEFAULT_CHANNEL="",
        LEADBOT_BOT_URL=stack.rasa_url, LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port()}",
        LEADBOT_SECRET_KEY=secrets.token_hex(32),
        # A draft (email and consent given, the form not ended) is sent on as abandoned this many seconds
        # after its last update, so a page test can close a tab and see it go out (``test_closed_tab``).
        # Long enough to read the draft once the bot answers; the other tests make no draft (the email
        # is their last answer, which ends the form and sends the complete lead at once).
        LEADBOT_ABANDONED_AFTER=str(ABANDONED_AFTER), LEADBOT_SWEEP_SECONDS="1",
    )
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()
