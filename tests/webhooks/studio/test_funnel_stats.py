"""The funnel's arithmetic without a database: weeks, drop-outs, percentiles, bins, chart geometry."""

from __future__ import annotations

import json
import math
import random
import statistics
from datetime import date, datetime, timedelta

import pytest

from qualification.wording import METADATA_KEY, Shown
from webhooks.studio import funnel_stats as stats


def test_iso_weeks_start_on_monday_and_keep_the_iso_year():
    assert stats.week_start(date(2026, 11, 23)) == date(2026, 11, 23)  # a Monday
    assert stats.week_start(date(2026, 11, 29)) == date(2026, 11, 23)  # the Sunday after
    assert stats.week_label(date(2026, 11, 23)) == "2026-W48"
    # 2027-01-01 is a Friday of ISO week 2026-W53; 2024-12-30 (Monday) starts 2025-W01.
    assert stats.week_label(stats.week_start(date(2027, 1, 1))) == "2026-W53"
    assert stats.week_label(date(2024, 12, 30)) == "2025-W01"
    for day in (date(2026, 1, 1) + timedelta(days=n) for n in range(800)):
        monday = stats.week_start(day)
        assert monday.isoweekday() == 1 and monday.isocalendar()[:2] == day.isocalendar()[:2]


def test_weeks_cover_the_range_including_empty_ones():
    assert stats.weeks(date(2026, 11, 4), date(2026, 11, 23)) == [
        date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert stats.weeks(date(2026, 11, 24), date(2026, 11, 24)) == [date(2026, 11, 23)]
    assert stats.weeks(date(2026, 11, 30), date(2026, 11, 24)) == []


def test_weekly_funnel_sums_days_into_weeks_and_drops_days_outside():
    weekly = stats.weekly_funnel(
        started=[(date(2026, 11, 2), 5), (date(2026, 11, 8), 2), (date(2026, 11, 23), 7), (date(2026, 10, 1), 99)],
        leads=[(date(2026, 11, 3), 3, 2, 1), (date(2026, 11, 9), 1, 1, 0), (date(2026, 11, 24), 9, 9, 9)],
        first=date(2026, 11, 2), last=date(2026, 11, 23),
    )
    assert [(w.label, w.values()) for w in weekly] == [
        ("2026-W45", (7, 3, 2, 1)), ("2026-W46", (0, 1, 1, 0)), ("2026-W47", (0, 0, 0, 0)), ("2026-W48", (7, 0, 0, 0)),
    ]


def test_dropouts_follow_the_playbook_order_with_unknown_questions_after():
    got = stats.dropouts(
        {"need": 3, None: 2, "budget": 1, "old_question": 1},
        asked={"budget": 10, "need": 6, "authority": 8, "old_question": 1},
        order=["budget", "authority", "need", "timing"],
    )
    assert [(d.question, d.dropped, d.asked) for d in got] == [
        (None, 2, None), ("budget", 1, 10), ("authority", 0, 8), ("need", 3, 6), ("timing", 0, 0), ("old_question", 1, 1),
    ]
    assert got[3].rate == 0.5 and got[0].rate is None and got[4].rate is None
    assert [d.question for d in stats.dropouts({}, {}, ["budget"])] == ["budget"]  # no "before" row when nobody left early


def test_percentiles_interpolate_like_the_inclusive_method():
    assert stats.percentile([], 50) is None
    assert stats.percentile([4.0], 90) == 4.0
    assert stats.percentile([1, 2, 3, 4], 50) == 2.5
    assert stats.percentile([10, 0, 5], 100) == 10 and stats.percentile([10, 0, 5], 0) == 0
    rng = random.Random(8)
    for size in (2, 3, 10, 101, 1000):
        values = [rng.expovariate(0.1) for _ in range(size)]
        deciles = statistics.quantiles(values, n=10, method="inclusive")
        assert stats.percentile(values, 90) == pytest.approx(deciles[8])
        assert stats.percentile(values, 50) == pytest.approx(statistics.median(values))
    with pytest.raises(ValueError):
        stats.percentile([1.0], 101)


def test_histogram_bins_are_half_open_and_the_last_is_open_ended():
    bins = stats.histogram([0, 0.1, 0.25, 0.9999, 1, 23.9, 24, 500, 168], edges=(0, 0.25, 1, 24, 168))
    assert [(b.low, b.high, b.count) for b in bins] == [
        (0, 0.25, 2), (0.25, 1, 2), (1, 24, 2), (24, 168, 1), (168, None, 2)]
    assert [b.label for b in bins] == ["< 15 min", "15 min–1 h", "1 h–1 d", "1 d–7 d", "≥ 7 d"]
    assert sum(b.count for b in stats.histogram([rng for rng in range(1000)])) == 1000
    with pytest.raises(ValueError):
        stats.histogram([1], edges=(0, 2, 1))


def test_delays_are_hours_and_never_negative():
    at = datetime(2026, 11, 23, 9, 0)
    assert stats.delays_hours([(at, at + timedelta(minutes=90)), (at, at - timedelta(seconds=5))]) == [1.5, 0.0]


def test_duration_words():
    assert [stats.duration_words(h) for h in (0.25, 0.5, 1, 1.5, 8, 24, 36, 72, 168)] == [
        "15 min", "30 min", "1 h", "1.5 h", "8 h", "1 d", "1.5 d", "3 d", "7 d"]


def test_axis_maximum_is_a_round_number_at_or_above_the_data():
    assert [stats.nice_ceiling(v) for v in (0, 1, 3, 7, 10, 11, 23, 240, 251, 99_001)] == [
        1, 1, 5, 10, 10, 20, 25, 250, 500, 100_000]


def test_grouped_columns_fit_the_plot_and_scale_linearly():
    layout = stats.grouped_columns([[10, 5, 0], [20, 1, 3]], width=600, height=200)
    assert layout.maximum == 20
    flat = [bar for group in layout.bars for bar in group]
    assert all(0 <= b.x and b.x + b.width <= 600 and 0 <= b.y and b.y + b.height == pytest.approx(200) for b in flat)
    assert layout.bars[1][0].height == 200 and layout.bars[0][0].height == 100 and layout.bars[0][2].height == 0
    assert layout.bars[0][2].x + layout.bars[0][2].width <= layout.bars[1][0].x  # groups do not overlap
    assert [t for t, _ in layout.ticks] == [0, 5, 10, 15, 20] and layout.ticks[-1][1] == 0
    empty = stats.grouped_columns([], 600, 200)
    assert empty.bars == [] and empty.maximum == 1


def test_bar_lengths():
    assert stats.bar_lengths([5, 10, 0], 400) == (10, [200.0, 400.0, 0.0])
    assert stats.bar_lengths([], 400) == (1, [])


@pytest.mark.parametrize("data, value", [
    ('{"event": "slot", "timestamp": 1.5, "name": "requested_slot", "value": "budget"}', "budget"),
    ('{"event": "slot", "timestamp": 1.5, "name": "requested_slot", "value": null}', None),
    ('{"event": "slot", "timestamp": 1.5, "metadata": {"a": 1}, "name": "requested_slot", "value": "bu\\"dget"}', 'bu"dget'),
    ('{"value": "x", "name": "requested_slot"}', "x"),
    ('{"value": 3}', None), ("[1]", None), ("not json", None), (None, None), ("", None),
])
def test_slot_values_are_read_from_rasa_event_json(data, value):
    assert stats.slot_value(data) == value


def slot_event(event_id: int, sender: str, value: str | None, at: float) -> tuple:
    data = '{"event": "slot", "timestamp": %s, "name": "requested_slot", "value": %s}' % (
        at, "null" if value is None else f'"{value}"')
    return (event_id, sender, "slot", at, "requested_slot", data)


EVENTS = [
    (1, "a", "action", 99.0, "action_session_start", None),
    (2, "a", "user", 100.0, None, None),
    slot_event(3, "a", "budget", 101.0),
    (4, "b", "bot", 105.0, None, None),  # the widget greeted before the visitor spoke
    (5, "b", "user", 110.0, None, None),
    slot_event(6, "a", "authority", 120.0),
    slot_event(7, "b", "budget", 121.0),
    (8, "b", "user", 130.0, "stop", None),
    slot_event(9, "b", None, 131.0),  # "stop" closed the form
    (10, "c", "slot", 140.0, "email", None),  # another slot: not a question asked
    (11, "c", "bot", 141.0, None, None),
]


def test_folding_events_keeps_first_message_last_event_and_last_question():
    folded: dict[str, stats.Conversation] = {}
    stats.fold_events(folded, EVENTS)
    assert {k: (v.first_user, v.last_at, v.last_question, v.last_question_event, v.asked) for k, v in folded.items()} == {
        "a": (100.0, 120.0, "authority", 6, {"budget", "authority"}),
        "b": (110.0, 131.0, "budget", 7, {"budget"}),
        "c": (None, 141.0, None, None, None),  # the visitor never wrote: not a started conversation
    }


def test_folding_is_idempotent_and_order_free_so_the_cache_can_reread_an_overlap():
    once: dict[str, stats.Conversation] = {}
    stats.fold_events(once, EVENTS)
    for order in (EVENTS[::-1], EVENTS[5:] + EVENTS[:5], EVENTS + EVENTS[3:]):
        again: dict[str, stats.Conversation] = {}
        stats.fold_events(again, order)
        assert again == once
    # Folding into what a previous batch stored (as the cache does) gives the same as one fold.
    split: dict[str, stats.Conversation] = {}
    stats.fold_events(split, EVENTS[:6])
    stored = {k: stats.Conversation(v.first_user, v.last_at, v.last_question, v.last_question_event) for k, v in split.items()}
    stats.fold_events(stored, EVENTS[4:])
    assert {k: (v.first_user, v.last_at, v.last_question) for k, v in stored.items()} == {
        k: (v.first_user, v.last_at, v.last_question) for k, v in once.items()}


# ----------------------------------------------------------------------------- where from, which wording, answered


def user_event(event_id: int, sender: str, at: float, channel: str = "socketio", **metadata: object) -> tuple:
    data = json.dumps({"event": "user", "timestamp": at, "metadata": metadata, "text": "hi",
                       "parse_data": {"intent": {"name": "greet"}}, "input_channel": channel})
    return (event_id, sender, "user", at, None, data)


def bot_event(event_id: int, sender: str, at: float, shown: Shown | None) -> tuple:
    metadata = {METADATA_KEY: shown.metadata()} if shown else {}
    data = json.dumps({"event": "bot", "timestamp": at, "metadata": metadata, "text": shown.text if shown else "Hi"})
    return (event_id, sender, "bot", at, None, data)


def value_event(event_id: int, sender: str, slot: str, value: object, at: float) -> tuple:
    data = json.dumps({"event": "slot", "timestamp": at, "name": slot, "value": value})
    return (event_id, sender, "slot", at, slot, data[-len(stats.NULL_TAIL):])  # the tail, as the query reads it


WORDS = ("What's your budget?", "Roughly what would you spend?")
FIRST = Shown("budget", 0, 2, WORDS[0])
AGAIN = Shown("budget", 1, 2, WORDS[1])

ASKED = [
    user_event(1, "a", 100.0, page="https://x.test/pricing?utm_campaign=spring#top", utm={"campaign": "spring"},
               language="de-DE"),
    user_event(2, "a", 150.0, "slack", page="https://x.test/other"),  # only the first message says where from
    value_event(3, "a", "budget", "50k", 101.0),  # volunteered before the question: not an answer to it
    slot_event(4, "a", "budget", 102.0),
    bot_event(5, "a", 102.1, FIRST),
    value_event(6, "a", "budget", None, 110.0),  # not understood
    bot_event(7, "a", 110.1, AGAIN),  # the re-ask moves on to the other wording
    value_event(8, "a", "budget", "about 40k", 130.0),
    value_event(9, "a", "budget", "changed", 140.0),
    (10, "b", "user", 200.0, None, "{not json"),
    slot_event(11, "b", "budget", 201.0),
    bot_event(12, "b", 201.1, AGAIN),
    value_event(13, "b", "budget", None, 220.0),  # skipped: never answered
]


def test_a_conversation_keeps_where_it_came_from_its_first_wording_and_its_first_answer_after_the_ask():
    folded: dict[str, stats.Conversation] = {}
    stats.fold_events(folded, ASKED)
    a, b = folded["a"], folded["b"]
    # Kept as the filters compare them: the page without its query, the language without its region.
    assert a.origin == stats.Origin("socketio", "https://x.test/pricing", "spring", "de")
    assert b.origin == stats.Origin()
    assert (a.asks["budget"].asked_at, a.asks["budget"].ask_event) == (102.0, 4)
    assert a.asks["budget"].variant == FIRST.key and a.asks["budget"].answered_at == 130.0
    assert b.asks["budget"].variant == AGAIN.key and b.asks["budget"].answered_at is None
    assert a.wordings == {FIRST.key: ("budget", WORDS[0]), AGAIN.key: ("budget", WORDS[1])}
    # In any order, read twice, or split over two folds, it comes to the same.
    for order in (ASKED[::-1], ASKED + ASKED[4:], random.Random(3).sample(ASKED, len(ASKED))):
        again: dict[str, stats.Conversation] = {}
        stats.fold_events(again, order)
        assert {k: (v.origin, v.asks["budget"].variant, v.asks["budget"].asked_at) for k, v in again.items()} == {
            k: (v.origin, v.asks["budget"].variant, v.asks["budget"].asked_at) for k, v in folded.items()}
    split: dict[str, stats.Conversation] = {}
    stats.fold_events(split, ASKED[:6])
    stats.fold_events(split, ASKED[6:])
    assert split["a"].asks["budget"].answered_at == 130.0 and split["a"].asks["budget"].variant == FIRST.key


@pytest.mark.parametrize("metadata", [
    {}, {"page": 5, "utm": "spring", "language": ["de"]}, {"utm": {"campaign": "  "}}, {"url": ""},
])
def test_metadata_that_is_missing_or_malformed_reads_as_unknown(metadata):
    origin = stats.origin_of(user_event(1, "x", 1.0, **metadata)[5])
    assert (origin.page, origin.campaign, origin.language) == (None, None, None)
    assert stats.origin_of("[]") == stats.Origin() and stats.origin_of("{") == stats.Origin()


def test_a_page_address_is_kept_short_and_without_its_query():
    origin = stats.origin_of(user_event(1, "x", 1.0, page="https://x.test/" + "p" * 900 + "?a=1")[5])
    assert origin.page is not None and len(origin.page) == 500 and "?" not in origin.page


@pytest.mark.parametrize(("value", "axis"), [
    (0, (1, [0, 1])), (1, (1, [0, 1])), (3, (3, [0, 1, 2, 3])), (7, (8, [0, 2, 4, 6, 8])),
    (23, (25, [0, 5, 10, 15, 20, 25])), (240, (250, [0, 50, 100, 150, 200, 250])),
    (1234, (1250, [0, 250, 500, 750, 1000, 1250])),
])
def test_a_count_axis_has_whole_number_ticks(value, axis):
    assert stats.count_axis(value) == axis


def test_the_speed_chart_of_nothing_has_no_fractional_axis():
    assert [t for t, _ in stats.grouped_columns([[0], [0]], 600, 200).ticks] == [0, 1]
    assert stats.bar_lengths([0, 1], 400) == (1, [0.0, 400.0])


Z95 = 1.959963984540054


def by_hand_wilson(k: int, n: int) -> tuple[float, float]:
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / (1 + Z95**2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@pytest.mark.parametrize(("k", "n"), [(30, 40), (0, 10), (10, 10), (1, 3), (500, 1000)])
def test_wilson_intervals_match_the_formula(k, n):
    assert stats.wilson(k, n) == pytest.approx(by_hand_wilson(k, n), abs=1e-9)
    assert stats.Share(k, n).interval == stats.wilson(k, n)
    assert stats.wilson(0, 0) is None and stats.Share(0, 0).rate is None


def test_the_two_proportion_test_matches_the_formula():
    pooled = 48 / 80
    z = (30 / 40 - 18 / 40) / math.sqrt(pooled * (1 - pooled) * (2 / 40))
    assert stats.two_proportion_p(stats.Share(30, 40), stats.Share(18, 40)) == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert stats.two_proportion_p(stats.Share(5, 5), stats.Share(9, 9)) == 1.0
    assert stats.two_proportion_p(stats.Share(0, 0), stats.Share(1, 2)) is None


def variant(key: str, asked: int, answered: int, booked: int = 0) -> stats.Variant:
    return stats.Variant("budget", key, key, asked, answered, 0, 0, booked, None)


def test_a_wording_is_named_better_only_when_it_beats_every_other_one():
    clear = stats.verdicts([variant("a", 40, 30, 12), variant("b", 40, 18, 3)])
    assert [(outcome, better.key, other.key) for outcome, better, other, _ in clear] == [
        ("answer_share", "a", "b"), ("booked_share", "a", "b")]
    assert stats.verdicts([variant("a", 5, 3), variant("b", 5, 2)]) == []  # may be chance
    # Better than one, not clearly better than the other: nothing is said.
    assert [v[0] for v in stats.verdicts([variant("a", 40, 30), variant("b", 40, 18), variant("c", 40, 27)])] == []
    assert stats.verdicts([variant("a", 40, 20), variant("b", 40, 20)]) == []  # a tie
    assert stats.verdicts([variant("a", 40, 30)]) == []
    skipped = variant("a", 10, 4)
    assert skipped.skipped == 6 and skipped.answer_share == stats.Share(4, 10)


def test_a_median_from_counted_values_is_the_median_of_the_values():
    rng = random.Random(5)
    for size in (1, 2, 3, 4, 7, 50, 51):
        values = [float(rng.randint(0, 12)) for _ in range(size)]
        counts: dict[float, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        assert stats.weighted_median(counts) == statistics.median(values)
    assert stats.weighted_median({}) is None


@pytest.mark.parametrize(("seconds", "bucket"), [
    (-3.0, 0), (0.49, 0), (0.5, 1), (59.49, 59), (59.5, 60), (64.9, 60), (65, 60), (599.4, 590), (600, 600),
    (659, 600), (3599, 3540), (3600, 3600), (4199, 3600), (4200, 4200),
])
def test_an_answer_time_is_counted_in_whole_seconds_under_a_minute_then_in_wider_steps(seconds, bucket):
    assert stats.answer_bucket(seconds) == bucket


def test_a_tally_counts_an_ask_on_its_conversations_day_and_a_change_as_what_it_was_taken_from_what_it_is():
    tally = stats.Tally()
    day = 20_000 * 86_400.0 + 3_600  # 1 a.m. on day 20,000
    tally.add("budget", day, "v1", day + 10, None, sign=-1)  # was asked, unanswered
    tally.add("budget", day, "v1", day + 10, day + 42)  # is answered 32 s later
    tally.add("need", day, None, day + 5, None)  # no wording recorded
    tally.add("need", None, None, 5.0, 9.0)  # no visitor message yet: no day, not counted
    assert tally.changed_days() == [
        {"question": "budget", "variant": "v1", "day": 20_000, "asked": 0, "answered": 1},
        {"question": "need", "variant": stats.UNRECORDED, "day": 20_000, "asked": 1, "answered": 0},
    ]
    monday = 19_996  # day 20,000 is 2024-10-04, a Friday: its Monday is 2024-09-30
    assert tally.changed_times() == [{"question": "budget", "variant": "v1", "week": monday, "seconds": 32, "answers": 1}]


def test_a_days_week_begins_on_its_iso_monday():
    epoch = date(1970, 1, 1)
    for day in range(-10, 800, 3):
        monday = epoch + timedelta(days=stats.epoch_monday(day))
        assert monday == stats.week_start(epoch + timedelta(days=day))
