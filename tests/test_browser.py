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
