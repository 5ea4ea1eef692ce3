"""The funnel's arithmetic without a database: weeks, drop-outs, percentiles, bins, chart geometry."""

from __future__ import annotations

import random
import statistics
from datetime import date, datetime, timedelta

import pytest

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
