"""The times in a part of the visitor's own day, and the times around a time they name, on a fixed clock (issue 14).

Found playing ``make run`` (a visitor in Manila): "anything in my morning?" was offered 00:15, 02:00, 02:45 Manila
time (or nothing, with a Berlin owner); "what about 7am Manila time on Wednesday?" got "Sorry, that time isn't one I
offered." as if a button had been pressed. Here the service is ``scheduling.free_slots`` under the rules the real
one adds (``webhooks.bookings``: the part of the day asked, else the visitor's waking hours when the owner has any),
the owners are the default playbook's (Marcus Webb in Chicago, Lena Fischer in Berlin), and the clock is fixed.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import booking
from bot.actions.call_times import read_pick
from qualification import DEFAULT_PLAYBOOK, load_playbook
from scheduling import free_slots, label
from tests.bot.portuguese_forms import EUROPEAN_ONLY, found
from webhooks.bookings import PARTS_OF_DAY, WAKING_HOURS

MANILA, CHICAGO, BERLIN = ZoneInfo("Asia/Manila"), ZoneInfo("America/Chicago"), ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 4, 23, 20, tzinfo=timezone.utc)  # Friday evening in Chicago, Saturday morning in Manila
PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)
MARCUS, LENA = "U0SALES02", "U0EMEA001"


class Service:
    """The lead service's slot lookups for one owner, answered as ``webhooks.bookings.offer`` answers them."""

    def __init__(self, owner: str, busy: list[tuple[datetime, datetime]] = ()) -> None:
        self.owner, self.busy, self.calls = owner, list(busy), 0
        self.availability = booking.owner_availability(owner)

    def slots(self, lead_id: str, time_zone: str | None = None, *, after: str | None = None,
              before: str | None = None, part_of_day: str | None = None, limit: int = 3) -> dict[str, Any]:
        self.calls += 1
        clock = ZoneInfo(time_zone) if time_zone else self.availability.tz
        low, high = PARTS_OF_DAY[part_of_day] if part_of_day else WAKING_HOURS
        moment = {k: datetime.fromisoformat(v.replace("Z", "+00:00")) if v else None
                  for k, v in (("after", after), ("before", before))}
        found = free_slots(self.availability, self.busy, NOW, **moment, limit=limit,
                           accept=lambda s: low <= s.starts_at.astimezone(clock).hour < high)
        if not found and part_of_day is None:
            found = free_slots(self.availability, self.busy, NOW, **moment, limit=limit)
        return {"owner": {"id": self.owner, "name": PLAYBOOK.scheduling.calendar_for(self.owner).name or "Marcus Webb"},
                "time_zone": clock.key, "owner_time_zone": self.availability.time_zone, "meeting_minutes": 30,
                "slots": [{"starts_at": booking._iso(s.starts_at), "ends_at": booking._iso(s.ends_at),
                           "label": label(s.starts_at, s.ends_at, clock)} for s in found]}


class Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(booking, "_now", lambda: NOW)
    monkeypatch.setattr(booking.runtime, "playbooks", lambda: Playbooks())


def serve(monkeypatch: pytest.MonkeyPatch, service: Service) -> Service:
    monkeypatch.setattr(booking.runtime, "lead_service", lambda: service)
    return service


def starts(page: dict[str, Any], tz: ZoneInfo) -> list[datetime]:
    return [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")).astimezone(tz) for s in page["slots"]]


def in_part(service: Service, part: str, tz: str = "Asia/Manila") -> tuple[list[datetime], str]:
    first = service.slots("ld_1", tz, part_of_day=part)
    page, said = asyncio.run(booking.in_their_part(first, part, "ld_1", tz, {"part_of_day": part}))
    return starts(page, ZoneInfo(tz)), said


def test_a_manila_morning_with_a_chicago_owner_is_their_last_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = in_part(serve(monkeypatch, Service(MARCUS)), "morning")
    # 16:00 in Chicago is 06:00 in Manila: one a working day, the three next ones.
    assert said == "" and len(found) == 3, (found, said)
    assert all((s.hour, s.minute) == (6, 0) for s in found), found
    assert len({s.date() for s in found}) == 3


def test_a_manila_morning_with_a_berlin_owner_is_said_to_have_none_with_the_nearest(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = in_part(serve(monkeypatch, Service(LENA)), "morning")
    # Berlin's 09:00-17:00 is Manila's 16:00-00:00: none in the morning, said with the hours on the visitor's clock.
    assert said.startswith("Lena Fischer takes calls from 16:00 to 00:00 your time") and "morning" in said, said
    # The nearest are the owner's first times of the day (16:00 is 4 hours from noon, 23:15 over 6 from 06:00).
    assert found and all(16 <= s.hour < 19 for s in found), found


def test_a_part_of_the_day_whose_times_are_all_taken_says_so_with_the_nearest_free(
        monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    sixes = [s for s in booking.day_parts.owner_starts(service.availability, NOW)
             if s.astimezone(MANILA).hour == 6]
    service.busy = [(s, s + timedelta(minutes=30)) for s in sixes]
    found, said = in_part(serve(monkeypatch, service), "morning")
    assert said.startswith("Marcus Webb's times in your morning are all taken"), said
    # The nearest free: 05:15 (Chicago 15:15) and the two before it, not the owner's morning (23:00 in Manila).
    assert [s.strftime("%H:%M") for s in found] == ["03:45", "04:30", "05:15"], found


def test_an_evening_is_the_visitors_evening_not_the_owners(monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = in_part(serve(monkeypatch, Service(LENA)), "evening")
    assert said == "" and len(found) == 3 and all(17 <= s.hour < 22 for s in found), found


# --- a time named that is not on screen -----------------------------------------------------------------------
def named(monkeypatch: pytest.MonkeyPatch, service: Service, text: str, tz: str = "Asia/Manila"
          ) -> tuple[list[datetime], str]:
    serve(monkeypatch, service)
    shown = service.slots("ld_1", tz)["slots"]
    offered = [{"starts_at": s["starts_at"], "label": s["label"], "tz": tz, "otz": service.availability.time_zone}
               for s in shown]
    pick = booking.read_offered(text, offered)
    assert pick.unshown, (text, pick)
    tracker = Tracker("s", {"lead_id": "ld_1", "lead_stage": "sql", "offered_slots": offered}, {"text": text}, [],
                      False, None, {}, "")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(booking.around_the_named(dispatcher, tracker, pick, offered, text))
    kept = next(e["value"] for e in events if e.get("name") == "offered_slots")
    return [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")).astimezone(ZoneInfo(tz)) for s in kept], \
        " ".join(m.get("text") or "" for m in dispatcher.messages)


def test_a_time_outside_the_owners_hours_says_so_and_offers_the_free_times_around_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = named(monkeypatch, Service(MARCUS), "what about 7am manila time on wednesday?")
    # Wednesday 07:00 in Manila is Tuesday 17:00 in Chicago: just after Marcus's day (09:00-17:00 there).
    assert said.startswith("Wed 9 Dec, 07:00 is outside Marcus Webb's hours: they take calls from 23:00 to 07:00"), said
    assert "isn't one I offered" not in said
    # Around it, that day first: 06:00 before it, 23:00 after it (Chicago's Wednesday 09:00), then 05:15.
    assert [s.strftime("%a %H:%M") for s in found] == ["Wed 05:15", "Wed 06:00", "Wed 23:00"], found


def test_a_time_on_the_visitors_clock_said_as_theirs_is_read_there(monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = named(monkeypatch, Service(MARCUS), "6:30am wednesday my time then?")
    # 06:30 in Manila is 16:30 in Chicago: inside the hours, yet no call starts then.
    assert said.startswith("Wed 9 Dec, 06:30 isn't one of Marcus Webb's free times"), said
    assert [s.strftime("%a %H:%M") for s in found] == ["Wed 05:15", "Wed 06:00", "Wed 23:00"], found


def test_a_time_on_the_consultants_clock_is_read_on_theirs(monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    wednesday_two = datetime(2026, 12, 9, 14, tzinfo=CHICAGO)
    service.busy = [(wednesday_two, wednesday_two + timedelta(minutes=30))]
    found, said = named(monkeypatch, service, "2pm your time on wednesday?")
    # Wednesday 14:00 in Chicago is Thursday 04:00 in Manila (the 14:00 grid start is 14:30: taken is not said).
    assert said.startswith("Thu 10 Dec, 04:00 isn't one of Marcus Webb's free times"), said
    assert found and found[0].date() == datetime(2026, 12, 10).date(), found


def test_a_taken_time_says_so_with_the_nearest_before_and_after_on_its_day(monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    taken = datetime(2026, 12, 9, 14, 30, tzinfo=CHICAGO)  # Thursday 04:30 in Manila
    service.busy = [(taken, taken + timedelta(minutes=30))]
    found, said = named(monkeypatch, service, "4:30am on thursday?")
    assert said.startswith("Thu 10 Dec, 04:30 is already taken"), said
    # 03:45 just before and 05:15 just after; then 03:00 and 06:00 are as near, the earlier kept.
    assert [s.strftime("%a %H:%M") for s in found] == ["Thu 03:00", "Thu 03:45", "Thu 05:15"], found


def test_a_free_time_not_on_screen_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = named(monkeypatch, Service(MARCUS), "5:15am on thursday?")
    assert said.startswith("Thu 10 Dec, 05:15 is free"), said
    assert found[0].strftime("%a %H:%M") == "Thu 05:15", found


def test_the_times_around_a_moment_take_both_sides_of_its_day_first() -> None:
    moment = datetime(2026, 12, 9, 12, tzinfo=BERLIN)

    def slot(day: int, hour: int) -> dict[str, str]:
        return {"starts_at": booking._iso(datetime(2026, 12, day, hour, tzinfo=BERLIN))}

    before, after = [slot(9, 9), slot(9, 10), slot(9, 11)], [slot(9, 16), slot(10, 9), slot(10, 10)]
    chosen = [s["starts_at"] for s in booking.around(moment, before, after, BERLIN)]
    # 11:00 and 16:00 (one each side), then 10:00, the next nearest that day; never the next day's first.
    assert chosen == [slot(9, 10)["starts_at"], slot(9, 11)["starts_at"], slot(9, 16)["starts_at"]]
    # With nothing before on its day, the next ones after it.
    assert [s["starts_at"] for s in booking.around(moment, [], after, BERLIN)] == [s["starts_at"] for s in after]


def test_a_time_named_is_read_on_the_day_named_or_the_first_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    offered = [{"starts_at": "2026-12-07T08:00:00Z", "label": "", "tz": "Asia/Manila", "otz": "Europe/Berlin"}]
    pick = read_pick("7am on wednesday?", [datetime(2026, 12, 7, 16, tzinfo=MANILA)], "en")
    assert booking.named_moment(pick, offered, "7am on wednesday?", NOW) == datetime(2026, 12, 9, 7, tzinfo=MANILA)
    pick = read_pick("7am your time?", [datetime(2026, 12, 7, 16, tzinfo=MANILA)], "en")
    assert booking.named_moment(pick, offered, "7am your time?", NOW) == datetime(2026, 12, 7, 7, tzinfo=BERLIN)


@pytest.mark.parametrize(("lang", "said", "part"), [
    ("es", "es muy tarde para mí, ¿algo por la mañana?", "morning"), ("es", "¿el martes por la tarde?", "afternoon"),
    ("es", "llego tarde, ¿por la noche?", "evening"), ("es", "¿algo más tarde esta semana?", None),
    ("pt", "é muito tarde para mim, tem algo de manhã?", "morning"), ("pt", "na quinta à tarde?", "afternoon"),
    ("pt", "já é tarde, e à noite?", "evening"), ("en", "those are really late for me, anything in my morning?", "morning"),
    ("en", "evenings?", "evening"), ("de", "das ist zu spät, am Vormittag?", "morning"),
    ("fr", "c'est trop tard, en matinée ?", "morning"), ("it", "è tardi, di mattina?", "morning"),
    ("nl", "te laat, 's ochtends?", "morning"),
])
def test_late_is_no_afternoon_and_the_part_of_the_day_said_is_the_one_asked(lang: str, said: str,
                                                                            part: str | None) -> None:
    from bot.actions.call_times import in_english
    from scheduling import parse_time_request

    assert parse_time_request(in_english(said, lang), NOW, MANILA).part_of_day == part


def test_every_sentence_of_the_booking_phrases_has_six_translations_with_the_same_values() -> None:
    import re

    sentences = [*booking.NO_TIME_IN.values(), *booking.TAKEN_IN.values(), booking.NAMED_FREE, booking.NAMED_OUTSIDE,
                 booking.NAMED_TAKEN, booking.NAMED_GONE, booking.NAMED_NOT_FREE, booking.HOW_LONG, booking.MOVE_LATER,
                 booking.OUTSIDE_DAY, booking.TAKEN_DAY, *booking.EARLY_OR_LATE.values(),
                 booking.CANNOT_CANCEL, booking.CANCEL_OR_MOVE, booking.HOW_TO_CANCEL,
                 booking.CALL_STAYS]
    values = re.compile(r"\{\w+\}")
    for english in sentences:
        translations = booking._phrases().get(english, {})
        assert set(translations) == {"de", "fr", "es", "pt", "pt-BR", "it", "nl"}, english
        # Brazil's sentence in Brazil's words, never Portugal's ("mostro-lhe", "a sua").
        assert not found(EUROPEAN_ONLY, translations["pt-BR"]), (english, found(EUROPEAN_ONLY, translations["pt-BR"]))
        assert all(set(values.findall(t)) == set(values.findall(english)) for t in translations.values()), english
    assert set(booking._phrases()) == set(sentences), "a sentence in the file the code never says"


def test_a_request_to_move_the_call_to_a_taken_time_says_so_with_the_times_from_then(
        monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    taken = datetime(2026, 12, 9, 14, 30, tzinfo=CHICAGO)  # Thursday 04:30 in Manila
    service.busy = [(taken, taken + timedelta(minutes=30))]
    found, said = named(monkeypatch, service, "can we move it to 4:30am on thursday?")
    assert said.startswith("Thu 10 Dec, 04:30 is already taken"), said
    # A move asks for the call from then (as "move it to 3pm" does), never an earlier time.
    assert [s.strftime("%a %H:%M") for s in found] == ["Thu 05:15", "Thu 06:00", "Thu 23:00"], found


# Addendum 1: a message that books and asks something else too. Per language: (pick and question, what answers it).
BOOKED = {"starts_at": "2026-12-07T15:00:00Z", "ends_at": "2026-12-07T15:30:00Z", "ics_url": "https://x.example/c.ics",
          "owner": {"id": LENA, "name": "Lena Fischer"}, "time_zone": "Europe/Berlin"}
ALSO = {
    "en": ("does monday 9:30 work? oh and can my boss join?", "forward them", "how long is the call?", "30 minutes"),
    "de": ("Montag 9:30 passt, kann mein Chef auch teilnehmen?", "Kalendereinladung weiter",
           "und wie lange dauert das Gespräch?", "30 Minuten"),
    "fr": ("lundi 9h30, je peux venir avec un collègue ?", "transférez-lui", "combien de temps dure l'appel ?",
           "30 minutes"),
    "es": ("el lunes a las 9:30, ¿puedo traer a un compañero?", "reenvíele", "¿cuánto dura la llamada?", "30 minutos"),
    "pt": ("segunda às 9h30, posso levar um colega?", "reencaminhar-lhe", "quanto tempo dura a chamada?", "30 minutos"),
    "it": ("lunedì alle 9:30, posso portare un collega?", "inoltri", "quanto dura la chiamata?", "30 minuti"),
    "nl": ("maandag om 9.30 uur, mag ik een collega meenemen?", "agenda-uitnodiging", "hoe lang duurt het gesprek?",
           "30 minuten"),
}


@pytest.mark.parametrize("lang", list(ALSO))
def test_a_booking_message_that_asks_something_too_gets_the_question_answered(lang: str) -> None:
    from bot.actions.language import speaking

    joins, forwarded, long, minutes = ALSO[lang]
    tracker = Tracker("s", {}, {"text": joins}, [], False, None, {}, "")
    with speaking(lang):
        said = " ".join(m["text"] for m in booking.also_asked(BOOKED, joins, tracker))
        assert forwarded in said and BOOKED["ics_url"] in said and minutes not in said, said
        said = " ".join(m["text"] for m in booking.also_asked(BOOKED, long, tracker))
        assert minutes in said and BOOKED["ics_url"] not in said, said
        # A pick alone, or a button, asks nothing more.
        assert booking.also_asked(BOOKED, "9:30", tracker) == []
        assert booking.also_asked(BOOKED, '/choose_slot{"slot_start":"2026-12-07T15:00:00Z"}', tracker) == []


def test_a_booking_message_asking_whether_it_can_move_later_is_told_how() -> None:
    tracker = Tracker("s", {}, {}, [], False, None, {}, "")
    said = booking.also_asked(BOOKED, "10:00 works, can I reschedule later if needed?", tracker)
    assert [m["text"] for m in said] == [booking.MOVE_LATER]
    assert booking.also_asked(BOOKED, "10:00 works, thanks!", tracker) == []


def test_a_brazilian_conversation_is_told_in_brazils_words() -> None:
    from bot.actions.language import speaking

    with speaking("pt", "pt-BR"):
        brazil = booking.told(booking.MOVE_LATER)
    with speaking("pt"):
        portugal = booking.told(booking.MOVE_LATER)
    assert brazil != portugal and not found(EUROPEAN_ONLY, brazil) and found(EUROPEAN_ONLY, portugal), (brazil, portugal)


@pytest.mark.parametrize(("said", "named"), [
    ("¿Qué tal el miércoles a las 7 de la mañana, hora de Manila?", True),
    ("and what about wednesday at 7 in the morning, would that be possible at all?", True),
    ("7am wednesday", True),
    # A long statement with a time in it tells us something else; a number of people is no time.
    ("we open the office at 7 every morning and close at 5, our team works from the Makati office", False),
    ("we are 9 people in the team, is that too small for you?", False),
])
def test_a_time_not_on_screen_is_asked_for_in_a_short_message_or_a_question(said: str, named: bool) -> None:
    offered = [{"starts_at": "2026-12-07T08:00:00Z", "label": "", "tz": "Asia/Manila"}]
    tracker = Tracker("s", {"lead_id": "ld_1", "lead_stage": "sql", "offered_slots": offered}, {"text": said}, [],
                      False, None, {}, "")
    assert booking.picks_a_slot(tracker) is named
