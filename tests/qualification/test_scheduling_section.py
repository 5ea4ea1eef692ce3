"""The playbook's ``scheduling`` section (owners' calendars, a scheduling link) and the human-request route."""

from __future__ import annotations

from typing import Any

import pytest

from nlu.attributes import Attributes
from qualification import PlaybookError, Signals, parse_playbook, qualify


def errors_of(data: dict[str, Any]) -> dict[str, list[str]]:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    return caught.value.errors


def test_owners_inherit_what_they_leave_out_from_the_defaults(playbook):
    scheduling = playbook.scheduling
    berlin = scheduling.calendar_for("U0EMEA001")
    assert berlin.time_zone == "Europe/Berlin" and berlin.email == "lena.fischer@brightline.example"
    assert berlin.meeting_minutes == scheduling.defaults.meeting_minutes == 30
    assert berlin.working_hours == scheduling.defaults.working_hours
    assert scheduling.calendar_for("U0ENT0001").meeting_minutes == 45
    stranger = scheduling.calendar_for("U0NOBODY1")
    assert stranger.name is None and stranger.time_zone == "America/New_York"
    assert scheduling.link is None


def test_a_playbook_without_the_section_gets_weekday_office_hours(playbook_data):
    del playbook_data["scheduling"]
    calendar = parse_playbook(playbook_data).scheduling.calendar_for("U0SALES01")
    assert calendar.time_zone == "UTC" and calendar.working_hours["mon"] == ("09:00-17:00",)
    assert "sat" not in calendar.working_hours


def test_a_scheduling_link_is_an_https_page(playbook_data):
    playbook_data["scheduling"]["link"] = "https://calendly.com/brightline/intro"
    assert parse_playbook(playbook_data).scheduling.link == "https://calendly.com/brightline/intro"
    playbook_data["scheduling"]["link"] = "javascript:alert(1)"
    assert "scheduling.link" in errors_of(playbook_data)


@pytest.mark.parametrize("change, path", [
    (lambda s: s["defaults"].update(time_zone="Mars/Olympus"), "scheduling.defaults.time_zone"),
    (lambda s: s["owners"]["U0SALES01"].update(time_zone="../../etc/passwd"), "scheduling.owners.U0SALES01.time_zone"),
    (lambda s: s["defaults"]["working_hours"].update(mon=["17:00-09:00"]), "scheduling.defaults.working_hours.mon.0"),
    (lambda s: s["defaults"]["working_hours"].update(tue=["9-5"]), "scheduling.defaults.working_hours.tue.0"),
    (lambda s: s["defaults"]["working_hours"].update(wed=["09:00-12:00", "11:00-13:00"]),
     "scheduling.defaults.working_hours.wed.1"),
    (lambda s: s["defaults"]["working_hours"].update(mnday=["09:00-12:00"]), "scheduling.defaults.working_hours.mnday"),
    (lambda s: s["defaults"].update(meeting_minutes=0), "scheduling.defaults.meeting_minutes"),
    (lambda s: s["defaults"].update(buffer_minutes=-5), "scheduling.defaults.buffer_minutes"),
    (lambda s: s["defaults"].update(days_ahead=365), "scheduling.defaults.days_ahead"),
    (lambda s: s["owners"]["U0SALES01"].update(email="dana at brightline"), "scheduling.owners.U0SALES01.email"),
    (lambda s: s["owners"].update(U0GHOST01={"name": "Ghost"}), "scheduling.owners.U0GHOST01"),
    (lambda s: s["owners"].update(dana={"name": "Dana"}), "scheduling.owners.dana"),
    (lambda s: s.update(colour="blue"), "scheduling.colour"),
])
def test_every_mistake_names_its_field(playbook_data, change, path):
    change(playbook_data["scheduling"])
    errors = errors_of(playbook_data)
    assert any(p == path or p.startswith(path) for p in errors), errors


def test_a_visitor_asking_for_a_person_goes_to_the_human_request_route_whatever_the_stage(playbook):
    iql = Attributes.from_dict({"need": {"summary": "help", "categories": ["seo"]}})
    plain = qualify(iql, playbook, Signals(engaged=True))
    assert plain.stage == "iql" and plain.route is None
    asked = qualify(iql, playbook, Signals(engaged=True, human_requested=True))
    assert asked.stage == "iql" and asked.route is not None and asked.route.name == "sales"
    assert asked.to_dict()["human_requested"] is True and "asked to talk to a person" in asked.reasons
    assert "human_requested" not in plain.to_dict()
    student = qualify(Attributes.from_dict({"persona": "student"}), playbook, Signals(human_requested=True))
    assert student.stage == "disqualified" and student.route.slack_channel == "#sales"


def test_the_human_request_route_must_exist_and_defaults_to_the_sales_channel(playbook_data):
    playbook_data["routing"]["human_request_route"] = "salse"
    assert "did you mean sales" in " ".join(errors_of(playbook_data)["routing.human_request_route"])
    del playbook_data["routing"]["human_request_route"]
    assert parse_playbook(playbook_data).routing.human_route().slack_channel == "#sales"
    playbook_data["routing"]["human_request_route"] = "marketing"
    assert parse_playbook(playbook_data).routing.human_route().slack_channel == "#marketing-leads"


def test_signals_carry_the_request_for_a_person():
    assert Signals.from_dict({"human_requested": True}).human_requested is True
    assert Signals(human_requested=True).to_dict()["human_requested"] is True
    with pytest.raises(ValueError, match="signals.human_requested"):
        Signals.from_dict({"human_requested": "yes"})
