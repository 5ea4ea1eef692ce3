"""Whether someone can be fetched: the working hours of the human route's owners, in their time zone."""

from __future__ import annotations

from datetime import datetime, timezone

from qualification import DEFAULT_PLAYBOOK, load_playbook, parse_playbook
from qualification.playbook_file import read_yaml
from webhooks.handoff.hours import team_at_work


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def test_the_team_is_at_work_inside_its_hours_in_its_own_time_zone():
    playbook = load_playbook()
    route = playbook.routing.human_route()
    zones = [playbook.scheduling.calendar_for(owner).time_zone for owner in route.owners]
    assert zones == ["America/New_York", "America/Chicago"], "the default playbook's sales team"
    assert team_at_work(playbook, utc("2026-12-02T15:30:00"))  # Wednesday 10:30 in New York
    assert team_at_work(playbook, utc("2026-12-02T17:30:00"))  # lunch in New York, 11:30 in Chicago
    assert not team_at_work(playbook, utc("2026-12-02T10:30:00"))  # 05:30 in New York, 10:30 in London
    assert not team_at_work(playbook, utc("2026-12-06T15:30:00"))  # Sunday
    assert team_at_work(playbook, utc("2026-12-04T21:30:00"))  # Friday: New York stopped at 16:00, Chicago 15:30
    assert not team_at_work(playbook, utc("2026-12-04T22:30:00"))  # Friday 16:30 in Chicago too

def test_one_owner_at_work_is_enough():
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    route = next(r for r in data["routing"]["routes"] if r["name"] == "sales")
    data["routing"]["human_request_route"] = "sales"
    owners = data["scheduling"].setdefault("owners", {}) or {}
    data["scheduling"]["owners"] = owners
    owners.setdefault(route["owners"][1], {})["time_zone"] = "Asia/Tokyo"
    owners[route["owners"][1]]["working_hours"] = {"wed": ["09:00-17:00"], "thu": ["09:00-17:00"]}
    playbook = parse_playbook(data)
    assert team_at_work(playbook, utc("2026-12-03T01:00:00"))  # Thursday 10:00 in Tokyo, night in New York
    assert not team_at_work(playbook, utc("2026-12-05T01:00:00"))  # Saturday in Tokyo
