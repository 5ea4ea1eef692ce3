"""schemathesis against the generated OpenAPI document: whatever it sends, never a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.webhooks.conftest import ADMIN_KEY

# The longest single test of ``make test-fast`` (7-25 s, its operations' subtests in one test): a pytest-xdist group of
# its own, so that the workers take it among the first (tests/conftest.py's ``_order``), not at the end of the run
# with the other worker idle.
pytestmark = pytest.mark.xdist_group("tests.webhooks.api.test_openapi_fuzz")


@pytest.fixture
def api_schema(app: Any) -> Any:
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_input_makes_the_service_fail(case: Any) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {ADMIN_KEY}"}, checks=[not_a_server_error])
