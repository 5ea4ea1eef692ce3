"""Fixtures every test folder may use: the real browser of ``tests/browser.py``, and its report hook,
which adds the browser's console errors and the logs of any running ``Stack`` to a failed test."""

from tests.browser import (  # noqa: F401  (fixtures and the report hook, shared as they are)
    browser,
    browser_context_args,
    page,
    pytest_runtest_makereport,
    screenshot,
    screenshot_dir,
)
