"""The routes' owners by name: a display name and CRM ids per Slack user id, each name written once."""

from __future__ import annotations

import pytest

from qualification import DEFAULT_PLAYBOOK, PlaybookError, load_playbook, parse_playbook, playbook_to_dict

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


def test_every_route_owner_of_the_default_playbook_has_a_name() -> None:
    owners = {o for rule in PLAYBOOK.routing.routes for o in rule.owners}
    assert all(PLAYBOOK.routing.owner_name(o) for o in owners)
    assert PLAYBOOK.routing.owner_name("U0EMEA003") == "Sophie Martin"
    assert PLAYBOOK.routing.owner_name("U0UNKNOWN") is None


def test_the_calendar_shows_the_name_given_under_routing() -> None:
    assert PLAYBOOK.scheduling.calendar_for("U0EMEA003").name == "Sophie Martin"


def test_crm_ids_are_kept_per_crm() -> None:
    owner = PLAYBOOK.routing.owners["U0ENT0001"]
    assert owner.crm["hubspot"] == "71000021" and "salesforce" in owner.crm and "pipedrive" not in owner.crm


def test_owners_survive_a_round_trip() -> None:
    assert parse_playbook(playbook_to_dict(PLAYBOOK)).routing.owners == PLAYBOOK.routing.owners


@pytest.mark.parametrize(("change", "path", "words"), [
    (lambda d: d["routing"]["owners"].update(U0NOBODY={"name": "X"}), "routing.owners.U0NOBODY", "not an owner"),
    (lambda d: d["routing"]["owners"].update(bad={"name": "X"}), "routing.owners.bad", "not a Slack user id"),
    (lambda d: d["routing"]["owners"]["U0SALES01"].update(name=" "), "routing.owners.U0SALES01.name", "blank"),
    (lambda d: d["routing"]["owners"]["U0SALES01"].update(zoho="1"), "routing.owners.U0SALES01.zoho", "unknown"),
    (lambda d: d["scheduling"]["owners"]["U0EMEA003"].update(name="Sophie M"), "scheduling.owners.U0EMEA003.name",
     "name an owner once"),
])
def test_a_mistake_is_reported_at_its_field(change, path: str, words: str) -> None:  # type: ignore[no-untyped-def]
    data = playbook_to_dict(PLAYBOOK)
    change(data)
    with pytest.raises(PlaybookError) as error:
        parse_playbook(data)
    assert any(words in m for m in error.value.errors.get(path, [])), error.value.errors


def test_a_playbook_without_owner_names_still_loads() -> None:
    data = playbook_to_dict(PLAYBOOK)
    data["routing"].pop("owners")
    assert parse_playbook(data).routing.owners == {}
