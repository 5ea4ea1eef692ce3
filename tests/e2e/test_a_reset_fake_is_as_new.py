"""``FakeServer.reset``, which ``fakes`` uses before each of this package's tests: the fake is as a new one, on the
same address the package's processes were given."""

from __future__ import annotations

import pytest
import requests

from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake

CONTACTS = "/crm/v3/objects/contacts"


def create_contact(hubspot: HubSpotFake, email: str) -> requests.Response:
    return requests.post(f"{hubspot.url}{CONTACTS}", json={"properties": {"email": email}, "associations": []},
                         headers={"Authorization": f"Bearer {hubspot.token}"}, timeout=5)


def test_a_reset_fake_forgets_its_records_requests_and_scripts_and_answers_on_the_same_address() -> None:
    with HubSpotFake() as hubspot:
        url = hubspot.url
        assert create_contact(hubspot, "first@example.com").status_code == 201
        hubspot.fail_next(503, path=CONTACTS)

        first_id = next(iter(hubspot.contacts.items))

        hubspot.reset(HubSpotFake())

        assert hubspot.url == url
        assert hubspot.calls() == [] and hubspot.contacts.items == {}
        again = create_contact(hubspot, "second@example.com")
        assert again.status_code == 201, "the scripted 503 went with the reset"
        assert again.json()["id"] == first_id, "numbering starts again"
        assert [call.json()["properties"]["email"] for call in hubspot.calls("POST", CONTACTS)] == ["second@example.com"]


def test_a_fake_is_reset_only_from_a_new_fake_of_its_own_kind() -> None:
    with HubSpotFake() as hubspot, HubSpotFake() as running:
        with pytest.raises(ValueError):
            hubspot.reset(running)
        with pytest.raises(ValueError):
            hubspot.reset(PipedriveFake())
