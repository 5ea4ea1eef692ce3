"""The worker checks every configured destination once at start (the doctor's checks) and logs what
it finds; a destination that would fail is a warning in the log, never a worker that will not start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.waiting import wait_for


def preflight_lines(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if "integrations.doctor" in line]


def test_the_worker_logs_the_preflight_of_every_destination_at_start(worker: Any, tmp_path: Path) -> None:
    log = tmp_path / "worker.log"
    wait_for(lambda: any("pipedrive: API v2" in line for line in preflight_lines(log)), what="the preflight in the log")
    lines = "\n".join(preflight_lines(log))
    for expected in ("[ok  ] hubspot: token", "[ok  ] hubspot: deals properties", "[ok  ] salesforce: token",
                     "[ok  ] salesforce: Lead fields", "[ok  ] pipedrive: API v2"):
        assert expected in lines, lines
    verdict = [line for line in preflight_lines(log) if "would fail" in line]  # Slack's checks are Slack's own
    assert not any(crm in line for line in verdict for crm in ("hubspot", "salesforce", "pipedrive")), verdict
    assert worker.poll() is None


def test_a_destination_that_would_fail_is_a_warning_and_the_worker_goes_on(
        web: str, fakes: dict[str, Any], request: pytest.FixtureRequest, tmp_path: Path) -> None:
    # ``web`` is named so the test runs on both databases; the worker is asked for only once the fault is in.
    # An operator deleted it in HubSpot before this test's worker starts (the fakes are renewed for each test).
    del fakes["hubspot"].properties["deals"]["leadbot_score"]
    worker = request.getfixturevalue("worker")
    log = tmp_path / "worker.log"
    wait_for(lambda: any("would fail" in line for line in preflight_lines(log)), what="the preflight's verdict")
    lines = "\n".join(preflight_lines(log))
    assert "[FAIL] hubspot: deals properties — missing: leadbot_score" in lines
    verdict = next(line for line in preflight_lines(log) if "would fail" in line)
    assert "WARNING" in verdict and "hubspot" in verdict
    assert worker.poll() is None, "the worker started anyway"
