"""Real processes against the four local third parties, on the webhooks tests' two databases.

One set of fakes serves the whole package (``running_fakes``) and one gunicorn each of its databases (``service``):
each test used to start its own of both, ten gunicorn starts for five tests on two databases. Each test begins as it
did then: the database emptied (``harness.services.empty_database``) and every fake as a new one would be
(``FakeServer.reset``), before its own worker starts; the worker stays each test's own because it checks the
destinations at start (``test_preflight``) and keeps what it learnt of them in memory (a Salesforce token, the Lead
statuses).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness import destinations, services, slack_api
from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake
from harness.fakes.salesforce import SalesforceFake
from harness.fakes.server import FakeServer
from tests.webhooks.conftest import (  # noqa: F401  (fixtures, reused as they are)
    ACTION_SECRET,
    ADMIN_KEY,
    postgres_url,
    sqlite_template,
)

# How each fake is made, for the first start and for every renewal.
FAKES: dict[str, Callable[[], FakeServer]] = {
    "slack": lambda: slack_api.Slack(token=slack_api.TOKEN), "hubspot": HubSpotFake,
    "salesforce": SalesforceFake, "pipedrive": PipedriveFake,
}
@pytest.fixture(scope="session")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return destinations.playbook_to_every_destination(tmp_path_factory.mktemp("playbook") / "playbook.yml")


@pytest.fixture(scope="package", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def package_database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                 sqlite_template: Path) -> str:
    """A migrated database for the package's service, emptied before each test by ``web``.

    PostgreSQL's is the session's (``postgres_url``): other packages' tests empty it before each of theirs too, and
    none runs while one of ours does, so a database of our own would only add a CREATE and a DROP (3-5 s)."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("e2e-db") / "leadbot.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    return request.getfixturevalue("postgres_url")  # no server: skipped, loudly, as the webhooks tests' half is


@pytest.fixture(scope="package")
def running_fakes() -> Iterator[dict[str, FakeServer]]:
    running = {name: make().start() for name, make in FAKES.items()}
    try:
        yield running
    finally:
        for fake in running.values():
            fake.stop()


@pytest.fixture
def fakes(running_fakes: dict[str, FakeServer]) -> dict[str, Any]:
    """The package's fakes, each reset: what the test finds in them is what this test's processes did."""
    for name, fake in running_fakes.items():
        fake.reset(FAKES[name]())
    return dict(running_fakes)


@pytest.fixture(scope="session")
def configuration(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The owners file (the salesperson's id in each CRM) and a HubSpot mapping that links records."""
    return destinations.configuration(tmp_path_factory.mktemp("configuration"))


@pytest.fixture(scope="package")
def env(package_database_url: str, playbook: Path, running_fakes: dict[str, Any],
        configuration: dict[str, str]) -> dict[str, str]:
    return services.service_env(
        package_database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook,
        lease_seconds=5.0, poll_seconds=60.0,
        **destinations.environment(**running_fakes, signing_secret=slack_api.SIGNING_SECRET), **configuration,
    )


@pytest.fixture(scope="package")
def service(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The package's gunicorn on one database: its URL."""
    process, url = services.start_web(env, tmp_path_factory.mktemp("e2e-web") / "web.log", workers=2, threads=4)
    try:
        yield url
    finally:
        services.stop(process)


@pytest.fixture
def web(service: str, env: dict[str, str], fakes: dict[str, Any]) -> str:
    """The package's service with no lead, booking or delivery in its database, and the fakes renewed."""
    services.empty_database(env["DATABASE_URL"])
    return service


@pytest.fixture
def worker(env: dict[str, str], tmp_path: Path, web: str) -> Iterator[Any]:
    process = services.start_worker(env, tmp_path / "worker.log")
    yield process
    services.stop(process)
