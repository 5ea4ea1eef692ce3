"""Fixtures every test folder may use, and the markers every test gets from the fixtures it uses.

- The real browser of ``tests/browser.py``, and its report hook, which adds the browser's console errors
  and the logs of any running ``Stack`` to a failed test.
- Markers (registered in pyproject.toml): a test is marked by what its fixtures start, directly or through
  other fixtures, so ``make test-fast`` (``-m "not slow and not rasa and not browser and not postgres"``)
  needs no list of files and a new test is sorted by the fixtures it asks for. Tests that start a process
  in their own body say so with ``pytestmark = pytest.mark.slow``.
"""

from __future__ import annotations

import pytest

from tests.browser import (  # noqa: F401  (fixtures and the report hook, shared as they are)
    browser,
    browser_context_args,
    page,
    pytest_runtest_makereport,
    screenshot,
    screenshot_dir,
)

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
    "tests.webhooks.site.conftest:site_stack": RASA,
    "tests.webhooks.slack.conftest:slack_stack": RASA,
    "tests.webhooks.studio.test_studio_browser:product": RASA,
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
