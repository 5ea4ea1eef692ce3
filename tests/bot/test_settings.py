"""The bot's environment (``bot.settings``): one name per value, shared with the service where both read it."""

from __future__ import annotations

import logging

import pytest

from bot.settings import Settings


def test_the_bot_reads_slacks_address_under_the_services_name() -> None:
    assert Settings.from_env({"SLACK_BASE_URL": "http://127.0.0.1:9/api/"}).slack_api_url == "http://127.0.0.1:9/api/"


def test_the_old_name_still_works_with_a_warning_and_the_shared_name_wins(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.settings"):
        old = Settings.from_env({"SLACK_API_URL": "http://127.0.0.1:8/api/"})
    assert old.slack_api_url == "http://127.0.0.1:8/api/"
    assert "SLACK_API_URL is deprecated" in caplog.text
    both = Settings.from_env({"SLACK_API_URL": "http://old/", "SLACK_BASE_URL": "http://127.0.0.1:9/api/"})
    assert both.slack_api_url == "http://127.0.0.1:9/api/"
