"""The whole product for page tests: service, worker, action server and Rasa (``harness/stack.py``),
Slack replaced by its local fake, and the demo site pointing its widget at this Rasa: the stack the studio's page
tests use too (``tests/shared_product.py``), made new for each module here by ``fresh_product``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from harness.fakes.slack import SlackFake
from harness.stack import Stack
from qualification import DEFAULT_PLAYBOOK, parse_playbook
from qualification.playbook_file import read_yaml
from tests.shared_product import ABANDONED_AFTER, fresh_product  # noqa: F401 (ABANDONED_AFTER: test_closed_tab's)


@pytest.fixture(scope="session")
def slack(product_slack: SlackFake) -> SlackFake:
    return product_slack


# Visitors from Europe all go to this one consultant, so two of them compete for the same calendar.
EMEA_OWNER = "U0EMEA001"


@pytest.fixture(scope="session")
def site_playbook_text() -> str:
    """The default playbook with a single owner on the EMEA route."""
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        if route["name"] == "sales_emea":
            dropped = set(route["owners"]) - {EMEA_OWNER}
            route["owners"] = [EMEA_OWNER]
    for owner in dropped:
        data["scheduling"]["owners"].pop(owner, None)
        (data["routing"].get("owners") or {}).pop(owner, None)  # the owners' names, where the playbook has them
    parse_playbook(data)
    return yaml.safe_dump(data, sort_keys=False)


@pytest.fixture(scope="module")
def site_stack(product_stack: Stack, site_playbook_text: str) -> Stack:
    """The shared product as this module's own: the site's playbook, nothing left from the module before."""
    return fresh_product(product_stack, site_playbook_text)


@pytest.fixture(scope="module")
def site_playbook(site_stack: Stack) -> Path:
    """The start-up playbook file the stack reads as it changes: a test may edit it as a marketer would."""
    assert site_stack.playbook is not None
    return site_stack.playbook
