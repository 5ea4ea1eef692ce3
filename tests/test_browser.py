"""The browser fixture's promise: no chromium, no silent skip, but a failure that says what to install."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import browser


def test_a_missing_chromium_fails_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    with pytest.raises(pytest.fail.Exception) as failure:
        browser.chromium_path()
    assert "apt-get install -y chromium" in str(failure.value)
    assert "playwright install" in str(failure.value), "and warns off the browser download"


def test_the_installed_chromium_is_found() -> None:
    assert browser.chromium_path() == browser.CHROMIUM


PAGE_TEST_THEN_EVENT_LOOP = '''
import asyncio


def test_a_page(page):
    page.set_content("<p>hello</p>")
    assert page.inner_text("p") == "hello"


def test_then_an_event_loop_of_its_own():
    assert asyncio.run(asyncio.sleep(0, "ran")) == "ran"


def test_and_a_page_again(page):
    page.set_content("<p>again</p>")
    assert page.inner_text("p") == "again"
'''


@pytest.mark.browser
@pytest.mark.slow
def test_a_test_after_a_page_test_can_run_its_own_event_loop(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # In a process of its own, in this order, as one pytest-xdist worker may meet them (issue 18).
    monkeypatch.setenv("PYTHONPATH", str(browser.REPO))
    pytester.makeconftest("pytest_plugins = ['tests.conftest']")
    pytester.makepyfile(test_order=PAGE_TEST_THEN_EVENT_LOOP)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:schemathesis")
    result.assert_outcomes(passed=3)


PAGE_TEST_THEN_A_MODULE_FIXTURE_WITH_AN_EVENT_LOOP = '''
import asyncio

import pytest


def test_a_page(page):
    page.set_content("<p>hello</p>")
    assert page.inner_text("p") == "hello"


@pytest.fixture(scope="module")
def parsed():
    return asyncio.run(asyncio.sleep(0, "parsed"))


def test_then_a_module_fixture_runs_an_event_loop(parsed):
    assert parsed == "parsed"
'''


@pytest.mark.browser
@pytest.mark.slow
def test_a_module_fixture_after_a_page_test_can_run_its_own_event_loop(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A module's fixture is set up before a test's own fixtures: tests/bot/test_form_replies.py's failed so with -n 2.
    monkeypatch.setenv("PYTHONPATH", str(browser.REPO))
    pytester.makeconftest("pytest_plugins = ['tests.conftest']")
    pytester.makepyfile(test_order=PAGE_TEST_THEN_A_MODULE_FIXTURE_WITH_AN_EVENT_LOOP)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:schemathesis")
    result.assert_outcomes(passed=2)
