"""A state or province named after "Other time zone" gives its zone, in the seven languages (issue 14, set 16).

Playing ``make run`` after the province fix: "Nova Scotia", "Queensland", "Nouvelle-Écosse" typed at "Which city or
time zone are you in?" got "Sorry, I don't know that place's time zone", and "Canarias", "Açores", "Mato Grosso" the
mainland's zone, an hour off theirs. A province of a country of several zones gives its own zone, also one the
places table does not know ("Westaustralien", "Nieuw-Schotland"). Near misses: a country nearly all in one zone gives
that zone ("Brasil"), a city keeps its own ("Perth").
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import zone_name
from harness.stack import Stack
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered, slot_times, start_of
from tests.bot.test_the_visitors_words_around_the_call_times_are_read_for_what_they_are import click

pytestmark = pytest.mark.slow

PROVINCES = [
    ("en", "Nova Scotia", "America/Halifax"),
    ("de", "Westaustralien", "Australia/Perth"),
    ("fr", "Nouvelle-Écosse", "America/Halifax"),
    ("es", "Canarias", "Atlantic/Canary"),
    ("it", "Queensland", "Australia/Brisbane"),
    ("pt", "Açores", "Atlantic/Azores"),
    ("nl", "Nieuw-Schotland", "America/Halifax"),
    # Near misses: a country nearly all in one zone, a city.
    ("pt", "Brasil", "America/Sao_Paulo"),
    ("en", "Perth", "Australia/Perth"),
]


@pytest.mark.parametrize(("lang", "said", "tz"), PROVINCES)
def test_a_province_named_after_other_time_zone_shows_the_times_in_its_zone(
    stack: Stack, playbook: Playbook, lang: str, said: str, tz: str
) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other time zone", lang)
    reply = v.say(said)
    assert f"({zone_name(tz, lang)}" in reply, v.history()
    first = slot_times(v)[0]
    v.say(first)
    booking = (stack.lead_for(v.sender) or {}).get("booking") or {}
    assert booking.get("starts_at"), v.history()
    assert start_of(f'"slot_start":"{booking["starts_at"]}"') == start_of(first), v.history()


# An offset from UTC with its minutes, typed as the zone: "GMT+5:30" was read as 05:30 picked (played on make run).
OFFSETS = [
    ("en", "UTC -3:30", "America/St_Johns"),
    ("de", "UTC+05:30", "Asia/Kolkata"),
    ("fr", "GMT-03:00", "America/Sao_Paulo"),
    ("es", "UTC−03:00", "America/Sao_Paulo"),
    ("it", "GMT+5:30", "Asia/Kolkata"),
    ("pt", "UTC-03:00", "America/Sao_Paulo"),
    ("nl", "GMT+5:45", "Asia/Kathmandu"),
]


@pytest.mark.parametrize(("lang", "said", "tz"), OFFSETS)
def test_an_offset_with_minutes_after_other_time_zone_is_the_zone_not_a_time(
    stack: Stack, playbook: Playbook, lang: str, said: str, tz: str
) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other time zone", lang)
    reply = v.say(said)
    assert f"({zone_name(tz, lang)}" in reply, v.history()
    lead = stack.lead_for(v.sender) or {}
    assert not lead.get("booking"), v.history()
