"""A real browser for page tests: Debian's chromium driven by Playwright, never a downloaded one.

Fixtures (made visible to every test by ``tests/conftest.py``):

- ``browser``: one headless chromium per test session.
- ``browser_context_args``: keywords for ``browser.new_context`` (viewport, touch,
  time zone...); override it in a module or a test to get a phone, say.
- ``page``: a fresh context and page per test; a screenshot of it is saved under
  ``var/screenshots/<test>/`` when the test ends, passed or failed, and the
  page's console errors are printed with a failure.
- ``screenshot``: ``screenshot(page, "step")`` saves a numbered screenshot of a
  step into the same folder.
- ``pytest_runtest_setup``/``_call``/``_teardown`` (hooks): a test that does not use the browser runs, its
  fixtures of every scope set up and torn down too, with no event loop marked as running, though chromium
  stays up for the session. Playwright's sync API marks its loop as running in the main thread for as long
  as it is started, so after the first page test every ``asyncio.run()`` of the process failed ("cannot be
  called from a running event loop"). One process met it only in the tests after the first page test;
  pytest-xdist's workers mix the folders, and that was most of the failures of the first run with workers.
  An autouse fixture did it before, but a module's fixture is set up before a test's autouse fixture:
  tests/bot/test_form_replies.py's (``asyncio.run`` over a Rasa agent) failed so with -n 2.

When chromium is missing the tests fail (never skip) and say how to install it.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("LEADBOT_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = REPO / "var" / "screenshots"
# The house launch flags: headless, no sandbox (containers), and nothing that reaches the internet.
LAUNCH_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
PHONE = {
    "viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True,
    "user_agent": (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0 Mobile Safari/537.36"
    ),
}
# How long a page action or wait may take by default: generous, as every wait polls for its condition and returns
# as soon as it holds. 20 s was outrun on a loaded machine by an answer the product gives in a second or two
# (the studio's lead preview at load 16 on two cores, where Rasa itself took 150 s to start).
PAGE_TIMEOUT_MS = 60_000
INSTALL_HINT = (
    "chromium is needed for the page tests and was not found at {path}. Install Debian's chromium "
    "(`sudo apt-get install -y chromium`; .ci/run does it when run as root) or point LEADBOT_CHROMIUM at a "
    "chromium binary. Do not run `playwright install`: the tests drive the system browser."
)


def chromium_path() -> Path:
    """The browser binary, or a failure that says how to install it."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(INSTALL_HINT.format(path=CHROMIUM), pytrace=False)
    return CHROMIUM


def _folder(nodeid: str) -> Path:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("::", 1)[-1] if "::" in nodeid else nodeid)
    module = Path(nodeid.split("::", 1)[0]).stem
    return SCREENSHOTS / f"{module}.{name}"[:150]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(path), args=list(LAUNCH_ARGS), headless=True)
        try:
            yield launched
        finally:
            # The session ends in the teardown of its last test, which may not use the browser (the loop unmarked).
            asyncio._set_running_loop(launched._loop)
            launched.close()


@contextmanager
def _no_running_loop(item: pytest.Item) -> Iterator[None]:
    """Playwright's loop is not "running" while a test that does not use the browser is set up, run and torn
    down (see the docstring)."""
    # asyncio's own low-level accessors, the ones Playwright itself uses to mark and unmark its loop.
    loop = asyncio._get_running_loop()
    if loop is None or "browser" in getattr(item, "fixturenames", ()):
        yield
        return
    asyncio._set_running_loop(None)
    try:
        yield
    finally:
        asyncio._set_running_loop(loop)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    with _no_running_loop(item):
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    with _no_running_loop(item):
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    with _no_running_loop(item):
        yield


@pytest.fixture
def browser_context_args() -> dict[str, Any]:
    return {"viewport": {"width": 1280, "height": 860}, "locale": "en-GB", "timezone_id": "Europe/Berlin"}


@pytest.fixture
def screenshot_dir(request: pytest.FixtureRequest) -> Path:
    folder = _folder(request.node.nodeid)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def screenshot(screenshot_dir: Path) -> Callable[[Any, str], Path]:
    count = 0

    def take(page: Any, name: str) -> Path:
        nonlocal count
        count += 1
        path = screenshot_dir / f"{count:02d}-{re.sub(r'[^A-Za-z0-9_-]+', '-', name)}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take


@pytest.fixture
def page(
    browser: Any, browser_context_args: dict[str, Any], screenshot_dir: Path, request: pytest.FixtureRequest
) -> Iterator[Any]:
    context = browser.new_context(**browser_context_args)
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    request.node.browser_errors = errors
    try:
        yield opened
    finally:
        try:
            for number, tab in enumerate(context.pages):
                tab.screenshot(path=str(screenshot_dir / f"zz-end-{number}.png"))
        except Exception as exc:  # noqa: BLE001 - a screenshot never hides the test's own outcome
            errors.append(f"(no final screenshot: {type(exc).__name__})")
        context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    errors = getattr(item, "browser_errors", None)
    if errors:
        report.sections.append(("browser console errors", "\n".join(errors[-40:])))
    from harness.stack import Stack

    for name, value in getattr(item, "funcargs", {}).items():
        if isinstance(value, Stack):
            report.sections.append((f"{name}: product logs", value.logs()))
