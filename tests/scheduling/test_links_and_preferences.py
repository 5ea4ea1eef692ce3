"""Scheduling links with the visitor filled in, and "later", "next week", "Friday afternoon"."""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from scheduling import Slot, parse_time_request, prefilled_link

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # a Monday


def test_calendly_and_cal_com_links_get_name_and_email_url_encoded() -> None:
    link = prefilled_link("https://calendly.com/brightline/intro-call", "Jane Doe & Co", "jane+x@acme.io")
    assert link == "https://calendly.com/brightline/intro-call?name=Jane+Doe+%26+Co&email=jane%2Bx%40acme.io"
    cal = prefilled_link("https://cal.com/brightline/30min?layout=month_view&name=old", "Jo", None)
    assert parse_qs(urlsplit(cal).query) == {"layout": ["month_view"], "name": ["Jo"]}
    assert prefilled_link("https://cal.com/x", None, None) == "https://cal.com/x"


def test_later_means_after_the_last_slot_shown() -> None:
    last = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
    request = parse_time_request("later please", NOW, BERLIN, last)
    assert request.after is not None and request.after > last and request.before is None


def test_next_week_is_monday_to_sunday_in_the_visitors_zone() -> None:
    request = parse_time_request("anything next week?", NOW, BERLIN)
    assert request.after == datetime(2026, 11, 30, 0, 0, tzinfo=BERLIN)
    assert request.before == datetime(2026, 12, 7, 0, 0, tzinfo=BERLIN)


def test_friday_afternoon() -> None:
    request = parse_time_request("something on Friday afternoon", NOW, BERLIN)
    assert request.after == datetime(2026, 11, 27, 0, 0, tzinfo=BERLIN)
    assert request.part_of_day == "afternoon"
    at = lambda h: Slot(datetime(2026, 11, 27, h, 0, tzinfo=BERLIN), datetime(2026, 11, 27, h, 30, tzinfo=BERLIN))  # noqa: E731
    assert request.accepts(at(14), BERLIN) and not request.accepts(at(10), BERLIN)
    assert parse_time_request("tomorrow morning", NOW, BERLIN).after == datetime(2026, 11, 24, tzinfo=BERLIN)
    assert parse_time_request("next monday", NOW, BERLIN).after == datetime(2026, 11, 30, tzinfo=BERLIN)


def test_the_weekday_of_today_named_alone_is_that_day_next_week_and_this_names_today() -> None:
    monday_noon = datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN)
    for text in ("something on Monday afternoon", "monday?", "next Monday"):
        request = parse_time_request(text, monday_noon, BERLIN)
        assert (request.after, request.before) == (datetime(2026, 11, 30, tzinfo=BERLIN), datetime(2026, 12, 1, tzinfo=BERLIN)), text
    for text in ("this Monday afternoon", "today, monday afternoon"):
        assert parse_time_request(text, monday_noon, BERLIN).after == datetime(2026, 11, 23, tzinfo=BERLIN), text
    assert parse_time_request("Tuesday afternoon", monday_noon, BERLIN).after == datetime(2026, 11, 24, tzinfo=BERLIN)
