"""Real processes against the four local third parties, on the webhooks tests' databases."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from harness import destinations, services, slack_api
from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake
from harness.fakes.salesforce import SalesforceFake
from tests.webhooks.conftest import (  # noqa: F401  (fixtures, reused as they are)
    ACTION_SECRET,
    ADMIN_KEY,
    database_url,
    postgres_url,
    sqlite_template,
)


@pytest.fixture(scope="session")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return destinations.playbook_to_every_destination(tmp_path_factory.mktemp("playbook") / "playbook.yml")


@pytest.fixture
def fakes() -> Iterator[dict[str, Any]]:
    running = {"slack": slack_api.Slack(token=slack_api.TOKEN), "hubspot": HubSpotFake(),
               "salesforce": SalesforceFake(), "pipedrive": PipedriveFake()}
    for fake in running.values():
        fake.start()
    yield running
    for fake in running.values():
        fake.stop()


@pytest.fixture(scope="session")
def configuration(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The owners file (the salesperson's id in each CRM) and a HubSpot mapping that links records."""
    return destinations.configuration(tmp_path_factory.mktemp("configuration"))


@pytest.fixture
def env(database_url: str, playbook: Path, fakes: dict[str, Any], configuration: dict[str, str]) -> dict[str, str]:
    return services.service_env(
        database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook,
        lease_seconds=5.0, poll_seconds=60.0,
        **destinations.environment(**fakes, signing_secret=slack_api.SIGNING_SECRET), **configuration,
    )


@pytest.fixture
def web(env: dict[str, str], tmp_path: Path) -> Iterator[str]:
    process, url = services.start_web(env, tmp_path / "web.log", workers=2, threads=4)
    yield url
    services.stop(process)


@pytest.fixture
def worker(env: dict[str, str], tmp_path: Path, web: str) -> Iterator[Any]:
    process = services.start_worker(env, tmp_path / "worker.log")
    yield process
    services.stop(process)
