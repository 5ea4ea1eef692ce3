"""The whole product for page tests: the session's shared stack of ``tests/conftest.py`` (service, worker,
action server and Rasa, Slack replaced by its local fake, the demo site pointing its widget at this Rasa),
under the names these tests use."""

from __future__ import annotations

import pytest

from tests.conftest import ABANDONED_AFTER, CHANNELS, EMEA_OWNER  # noqa: F401  (the tests read them here)
from tests.fakes.slack import SlackFake


@pytest.fixture(scope="session")
def slack(site_slack: SlackFake) -> SlackFake:
    return site_slack
