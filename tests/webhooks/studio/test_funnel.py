"""The funnel dashboard over seeded data, on SQLite and PostgreSQL, checked against numbers computed here.

Leads and their status changes are written with known times; conversations
go through Rasa's own SQL tracker store. The expected figures are worked out
in this file from the seed (stdlib ``isocalendar`` and ``statistics``), not by
calling the code under test.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import datetime, timedelta
from typing import Any, Iterator

import pytest

from tests import tracker_store
from tests.webhooks.studio.pages import ask, bot, drop_tracker, record, tables, user
from webhooks.models import Booking, Lead, StatusChange, utcnow

QUALIFIED = {"mql", "sql", "pql"}
MINUTE = timedelta(minutes=1)

# (days ago, stage, status, booked call, minutes to the first Slack action or None, conversation)
LEADS = [
    (0, "sql", "claimed", False, 10, None),
    (0, "mql", "open", False, None, "c-lead2"),
    (2, "sql", "booked", True, 45, "c-done"),
    (3, "iql", "open", False, None, None),
    (8, "sql", "won", False, 130, None),
    (9, "disqualified", "disqualified", False, 20, None),
    (9, "mql", "claimed", False, 30 * 60, None),
    (15, "pql", "booked", True, 5, None),
    (16, "mql", "open", False, None, None),  # changed by an admin, not by sales: still waiting
    (19, "sql", "lost", False, 600, None),
    (19, "sql", "claimed", False, 3 * 24 * 60 + 1, None),
    (40, "sql", "claimed", False, 5, None),  # before the period
]


@pytest.fixture(autouse=True)
def no_tracker_left(database_url: str) -> Iterator[None]:
    drop_tracker(database_url)
    yield


def week_of(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.fixture
def now() -> datetime:
    return utcnow().replace(microsecond=0)


@pytest.fixture
def seeded_leads(app: Any, now: datetime) -> list[dict[str, Any]]:
    made = []
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for i, (days, stage, status, booked, minutes, conversation) in enumerate(LEADS):
            created = now - timedelta(days=days, hours=2)
            session.add(Lead(
                id=f"lead_f{i:02d}", source="bot", conversation_id=conversation, attributes={}, qualification={},
                stage=stage, score=50, status=status, created_at=created, updated_at=created,
                booking={"starts_at": "2026-12-01T10:00:00.000Z"} if booked else None,
            ))
            session.flush()
            session.add(StatusChange(lead_id=f"lead_f{i:02d}", field="status", old=None, new="open",
                                     actor="action_server", at=created))
            if minutes is not None:
                acted = created + minutes * MINUTE
                session.add(StatusChange(lead_id=f"lead_f{i:02d}", field="owner", old=None, new="U0SALES",
                                         actor="slack:U0SALES", at=acted))
                session.add(StatusChange(lead_id=f"lead_f{i:02d}", field="status", old="open", new="claimed",
                                         actor="slack:U0SALES", at=acted + MINUTE))  # not the first action
            elif stage == "mql":
                session.add(StatusChange(lead_id=f"lead_f{i:02d}", field="owner", old=None, new="U0X",
                                         actor="admin", at=created + MINUTE))
            made.append({"created": created, "stage": stage, "status": status, "booked": booked, "minutes": minutes})
    return made


def conversations(now: datetime) -> dict[str, list[Any]]:
    def at(days: float, minutes: float = 0) -> float:
        return (now - timedelta(days=days, hours=3) + timedelta(minutes=minutes)).timestamp()

    live = (now - timedelta(minutes=5)).timestamp()
    return {
        "c-done": [user("hi", at(2)), bot("Budget?", at(2, 1)), ask("budget", at(2, 1)), user("50k", at(2, 2)),
                   ask("authority", at(2, 3)), user("CEO", at(2, 4)), ask("need", at(2, 5)), user("SEO", at(2, 6)),
                   ask(None, at(2, 7)), bot("Thanks!", at(2, 7))],
        "c-auth": [user("hello", at(3)), ask("budget", at(3, 1)), user("20k", at(3, 2)), ask("authority", at(3, 3))],
        "c-budget": [user("hey", at(8)), ask("budget", at(8, 1)), bot("What budget?", at(8, 1))],
        "c-stop": [user("hi", at(9)), ask("budget", at(9, 1)), user("stop", at(9, 2), "stop"), ask(None, at(9, 2))],
        "c-hello": [user("hi", at(15)), bot("Hello! How can I help?", at(15, 1))],
        "c-live": [user("hi", live - 120), ask("budget", live - 100), user("10k", live - 60), ask("authority", live)],
        "c-old": [user("hi", at(40)), ask("budget", at(40, 1))],
        "c-lead2": [user("hi", at(0)), ask("budget", at(0, 1)), user("lots", at(0, 2))],
        "c-botonly": [bot("Hi there, can I help?", at(1))],
    }


def cells(page: str, table: str) -> list[list[str]]:
    return tables(page)[table][1:]


def test_the_funnel_counts_weeks_dropouts_and_claim_times_as_seeded(app, signed_in, seeded_leads, database_url, now):
    talks = conversations(now)
    record(database_url, talks)
    response = signed_in.get("/studio/funnel?weeks=4")
    assert response.status_code == 200
    page = response.text

    # What this test expects, from the seed alone.
    monday = (now - timedelta(days=now.weekday())).date()
    first = monday - timedelta(weeks=3)
    period = [lead for lead in seeded_leads if lead["created"].date() >= first]
    started: Counter[str] = Counter()
    for events in talks.values():
        users = [e.timestamp for e in events if type(e).__name__ == "UserUttered"]
        if users and datetime.utcfromtimestamp(min(users)).date() >= first:
            started[week_of(datetime.utcfromtimestamp(min(users)))] += 1
    labels = [week_of(datetime.combine(first + timedelta(weeks=n), datetime.min.time())) for n in range(4)]
    expected = {label: [started.get(label, 0), 0, 0, 0] for label in labels}
    for lead in period:
        row = expected[week_of(lead["created"])]
        row[1] += lead["stage"] in QUALIFIED
        row[2] += lead["stage"] in ("sql", "pql")
        row[3] += lead["booked"] or lead["status"] in ("booked", "won")
    weekly = {row[0].split()[0]: [int(c) for c in row[1:]] for row in cells(page, "funnel-weekly")}
    assert weekly == expected
    assert sum(r[0] for r in expected.values()) == 7 and sum(r[3] for r in expected.values()) == 3  # the seed's shape

    totals = {row[0]: int(row[1]) for row in cells(page, "funnel-totals")}
    assert list(totals.values()) == [sum(r[i] for r in expected.values()) for i in range(4)]

    # Drop-outs: no lead, quiet for 30 minutes, by the last question asked. The form's slots are named
    # after the attribute a question fills, so the playbook's "role" question is the slot "authority".
    questions = app.extensions["leadbot.playbook"].current().questions
    label = {q.attribute: q.id for q in reversed(questions)}
    going = {row[0]: row[4] for row in cells(page, "funnel-dropouts")}
    assert going.pop(label["authority"]) == "1"  # c-live, at once, apart from those that left
    assert set(going.values()) == {"0"}
    dropouts = {row[0]: row[1:3] for row in cells(page, "funnel-dropouts")}
    assert dropouts.pop("before the first question") == ["1", "—"]  # c-hello
    assert dropouts.pop(label["budget"]) == ["2", "6"]  # c-budget, c-stop; all six that got a question were asked it
    assert dropouts.pop(label["authority"]) == ["1", "3"]  # c-auth; c-live is still talking
    assert dropouts.pop(label["need"]) == ["0", "1"]
    assert label["authority"] == "role"
    assert set(map(tuple, dropouts.values())) == {("0", "0")}
    shown = [row[0] for row in cells(page, "funnel-dropouts")]
    assert shown[0] == "before the first question"
    assert [name for name in shown if name in {q.id for q in questions}] == list(dict.fromkeys(label[q.attribute] for q in questions))

    # Time from qualification to the first Slack action, qualified leads of the period only.
    hours = [lead["minutes"] / 60 for lead in period if lead["stage"] in QUALIFIED and lead["minutes"] is not None]
    waiting = [lead for lead in period if lead["stage"] in QUALIFIED and lead["minutes"] is None]
    assert len(hours) == 7 and len(waiting) == 2
    summary = re.search(r'<p id="claim-summary">(.*?)</p>', page, re.S).group(1)
    assert f"{len(hours)} acted on, {len(waiting)} still waiting" in " ".join(summary.split())
    claims = {row[0]: row[1] for row in cells(page, "funnel-claims")}
    edges = [0, 0.25, 0.5, 1, 2, 4, 8, 24, 72, 168, float("inf")]
    counts = [sum(1 for h in hours if low <= h < high) for low, high in zip(edges, edges[1:])]
    assert [int(v) for k, v in claims.items() if not k.startswith("p")] == counts
    assert claims["< 15 min"] == "2" and claims["≥ 7 d"] == "0" and claims["3 d–7 d"] == "1"
    marks = dict(re.findall(r'<th scope="row">(p\d0)</th><td data-hours="([^"]*)"', page))
    deciles = statistics.quantiles(hours, n=10, method="inclusive")
    assert float(marks["p50"]) == pytest.approx(statistics.median(hours))
    assert float(marks["p90"]) == pytest.approx(deciles[8])

    # Charts: each with an accessible name (bars in HTML, the weekly columns in SVG), no visitor-controlled markup.
    assert page.count('<svg class="chart') == 2 and page.count('role="img"') == 2  # the weekly chart, wide and narrow
    assert page.count('<figure class="hbars"') == 3
    assert "<script" not in page


def test_without_the_tracker_store_the_funnel_still_shows_leads(signed_in, seeded_leads, now):
    page = signed_in.get("/studio/funnel?weeks=4").text
    assert "tracker store is not in this database" in page
    assert "funnel-dropouts" not in page
    header = tables(page)["funnel-weekly"][0]
    assert header == ["Week", "Identified (MQL)", "Sales-qualified (SQL)", "Booked"]
    totals = {row[0]: int(row[1]) for row in cells(page, "funnel-totals")}
    first = (now - timedelta(days=now.weekday() + 21)).date()
    assert totals["Identified (MQL)"] == sum(
        1 for days, stage, *_ in LEADS if stage in QUALIFIED and (now - timedelta(days=days, hours=2)).date() >= first)


def test_an_empty_funnel_and_a_bad_period(signed_in):
    empty = signed_in.get("/studio/funnel")
    assert empty.status_code == 200
    assert len(cells(empty.text, "funnel-weekly")) == 12
    assert "No qualified lead was acted on" in empty.text
    bad = signed_in.get("/studio/funnel?weeks=9999")
    assert bad.status_code == 400
    assert "weeks must be a number from 1 to 104" in bad.text
    assert len(cells(bad.text, "funnel-weekly")) == 12


def started_and_dropped(page: str) -> tuple[int, dict[str, str]]:
    totals = {row[0]: int(row[1]) for row in cells(page, "funnel-totals")}
    return totals["Conversations started"], {row[0]: row[1] for row in cells(page, "funnel-dropouts") if row[1] != "0"}


def test_the_conversation_cache_follows_new_events_and_a_recreated_tracker(app, signed_in, database_url, now):
    old = (now - timedelta(hours=2)).timestamp()
    record(database_url, {"x-1": [user("hi", old), ask("budget", old + 1)]})
    assert started_and_dropped(signed_in.get("/studio/funnel").text) == (1, {"budget": "1"})

    # The same conversation goes on (a newer question) and a new one starts: both are read on the next view.
    from rasa.core.tracker_store import SQLTrackerStore

    store = SQLTrackerStore(host=database_url)
    try:
        tracker = tracker_store.run(store.retrieve("x-1"))
        tracker.update(user("50k", old + 5))
        tracker.update(ask("timing", old + 6))
        tracker_store.run(store.save(tracker))
    finally:
        store.engine.dispose()
    record(database_url, {"x-2": [user("hello", old + 10)]})
    assert started_and_dropped(signed_in.get("/studio/funnel").text) == (2, {"before the first question": "1", "timing": "1"})

    # The tracker store was wiped and started again (ids from 1): the cache starts afresh too.
    drop_tracker(database_url)
    record(database_url, {"y-1": [user("hi", old), ask("need", old + 1)]})
    assert started_and_dropped(signed_in.get("/studio/funnel").text) == (1, {"need": "1"})


def test_a_large_history_is_read_over_several_views_and_says_so(app, signed_in, database_url, now, monkeypatch):
    from webhooks.studio import queries

    old = (now - timedelta(hours=2)).timestamp()
    record(database_url, {f"z-{i}": [user("hi", old + i), ask("budget", old + i + 0.5)] for i in range(6)})
    # Each conversation is 5 events (3 open a Rasa session): 30 in all, read 10 per view.
    monkeypatch.setattr(queries, "REFRESH_LIMIT", 10)
    monkeypatch.setattr(queries, "REFRESH_BATCH", 10)
    first = signed_in.get("/studio/funnel").text
    assert "Still reading the bot's conversation history" in first
    assert started_and_dropped(first)[0] == 2
    views = 1
    while "Still reading" in signed_in.get("/studio/funnel").text:
        views += 1
        assert views < 5
    assert started_and_dropped(signed_in.get("/studio/funnel").text) == (6, {"budget": "6"})


def test_a_call_booked_in_the_chat_counts_as_booked_whatever_the_status(app, signed_in, now):
    """Booked: status booked/won, or a booking on the lead (not cleared, not erased), or a ``bookings`` row."""
    created = now - timedelta(hours=2)
    starts = {"starts_at": "2026-12-01T10:00:00.000Z"}
    cases = [  # (status, booking JSON, erased, bookings row, counts as booked)
        ("open", starts, False, False, True),  # booked in the chat, nobody in sales touched it yet
        ("claimed", None, False, True, True),  # a bookings row only
        ("claimed", starts, False, True, True),  # both: still one booked lead
        ("won", None, False, False, True),
        ("open", None, False, False, False),  # JSON null (written as None)
        ("open", {}, False, False, False),
        ("open", starts, True, False, False),  # erased: the booking no longer says anything
    ]
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for i, (status, booking, erased, row, _) in enumerate(cases):
            session.add(Lead(id=f"lead_b{i}", source="bot", attributes={}, qualification={}, stage="sql", score=80,
                             status=status, created_at=created, updated_at=created, booking=booking,
                             erased_at=created if erased else None))
            session.flush()
            if row:
                session.add(Booking(id=f"bk{i}", lead_id=f"lead_b{i}", owner="U0SALES01", starts_at=now + timedelta(days=i + 1),
                                    ends_at=now + timedelta(days=i + 1, minutes=30), time_zone="UTC", token=f"tok{i:030d}"))
        # A cleared booking (SQL NULL when never set) is not one either.
        session.add(Lead(id="lead_bnull", source="bot", attributes={}, qualification={}, stage="sql", score=80,
                         status="open", created_at=created, updated_at=created))
    totals = {row[0]: int(row[1]) for row in cells(signed_in.get("/studio/funnel?weeks=1").text, "funnel-totals")}
    assert totals["Booked"] == sum(1 for *_, booked in cases if booked) == 4
    assert totals["Sales-qualified (SQL)"] == len(cases) + 1


def test_draft_leads_are_counted_apart_until_finished_or_sent_on(app, signed_in, database_url, now):
    """A draft in progress is not a lead of the funnel yet; one sent on as abandoned is, and its conversation left."""
    recent, old = (now - timedelta(minutes=3)).timestamp(), (now - timedelta(hours=3)).timestamp()
    record(database_url, {
        "d-done": [user("hi", old), ask("budget", old + 1), user("50k", old + 2), ask(None, old + 3)],
        "d-going": [user("hi", recent), ask("email", recent + 1), user("a@b.io", recent + 2), ask("budget", recent + 3)],
        "d-gone": [user("hi", old), ask("email", old + 1), user("c@d.io", old + 2), ask("timing", old + 3)],
    })
    created = now - timedelta(hours=1)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for lead_id, conversation, stage, complete, abandon_at in (
            ("lead_d1", "d-done", "sql", True, None),
            ("lead_d2", "d-going", "sql", False, now + timedelta(minutes=30)),  # a draft, still answering
            ("lead_d3", "d-gone", "mql", False, None),  # a draft sent on as abandoned
        ):
            session.add(Lead(id=lead_id, source="bot", conversation_id=conversation, attributes={}, qualification={},
                             stage=stage, score=60, status="open", created_at=created, updated_at=created,
                             complete=complete, abandon_at=abandon_at))
    page = signed_in.get("/studio/funnel").text
    totals = {row[0]: int(row[1]) for row in cells(page, "funnel-totals")}
    assert (totals["Identified (MQL)"], totals["Sales-qualified (SQL)"]) == (2, 1)
    assert re.search(r"Draft leads: <strong>1</strong>", page)
    assert "drafts are not in the counts above" in page
    rows = {row[0]: (row[1], row[4]) for row in cells(page, "funnel-dropouts")}
    assert rows["budget"] == ("0", "1")  # the draft's conversation goes on at the budget question
    assert rows["timing"] == ("1", "0")  # the abandoned draft's conversation left at timing


def counted(signed_in: Any, query: str) -> tuple[int, int]:
    """Conversations started and leads identified (MQL), as the funnel page filtered by ``query`` shows them."""
    response = signed_in.get(f"/studio/funnel?{query}")
    assert response.status_code == 200
    totals = {row[0]: int(row[1]) for row in cells(response.text, "funnel-totals")}
    return totals["Conversations started"], totals["Identified (MQL)"]


def website(text_: str, ts: float, page: str, campaign: str, language: str) -> Any:
    from rasa.shared.core.events import UserUttered

    return UserUttered(text_, intent={"name": "greet", "confidence": 1.0}, timestamp=ts, input_channel="socketio",
                       metadata={"page": page, "utm": {"campaign": campaign}, "language": language})


def test_filters_keep_the_conversations_of_a_source_page_campaign_or_language_and_their_leads(
        app, signed_in, database_url, now):
    from rasa.shared.core.events import UserUttered

    at = (now - timedelta(hours=3)).timestamp()
    seed = {  # conversation: (channel, page, campaign, language) or Slack
        "f-1": ("socketio", "https://x.test/pricing", "spring", "de"),
        "f-2": ("socketio", "https://x.test/pricing", "autumn", "en"),
        "f-3": ("socketio", "https://x.test/", "spring", "en"),
        "f-4": ("slack", None, None, None),
        "f-5": ("slack", None, None, None),
    }
    talks = {}
    for i, (cid, (channel, page_, campaign, language)) in enumerate(seed.items()):
        first = (website("hi", at + i, f"{page_}?utm_campaign={campaign}", campaign, language) if channel == "socketio"
                 else UserUttered("hi", intent={"name": "greet", "confidence": 1.0}, timestamp=at + i,
                                  input_channel="slack"))
        talks[cid] = [first, ask("budget", at + i + 1)]
    record(database_url, talks)
    created = now - timedelta(hours=1)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for cid in ("f-1", "f-3", "f-4"):
            session.add(Lead(id=f"lead_{cid}", source="bot", conversation_id=cid, attributes={}, qualification={},
                             stage="mql", score=60, status="open", created_at=created, updated_at=created))
        session.add(Lead(id="lead_api", source="api", attributes={}, qualification={}, stage="mql", score=60,
                         status="open", created_at=created, updated_at=created))  # no conversation

    expected = {
        "": (5, 4),
        "channel=socketio": (3, 2), "channel=slack": (2, 1),
        "campaign=spring": (2, 2), "page=https://x.test/pricing": (2, 1),
        "language=en": (2, 1), "campaign=spring&language=en": (1, 1),
        "campaign=nobody": (0, 0), "language=" + "x" * 5000: (0, 0),
    }
    assert {query: counted(signed_in, query) for query in expected} == expected
    page = signed_in.get("/studio/funnel?channel=slack").text
    assert re.search(r'<option value="slack"\s+selected>Slack</option>', page)
    assert re.search(r'<option value="https://x.test/pricing"\s*>https://x.test/pricing</option>', page)


@pytest.mark.parametrize("viewed_first", [False, True], ids=["leads-before-the-first-view", "leads-after-it"])
def test_filters_read_where_the_visitor_came_from_as_stored_on_the_lead_and_the_chat_only_without_one(
        app, signed_in, database_url, now, viewed_first):
    """The lead's stored attribution and language decide; the chat's first message only where the lead has none.

    s-1's browser said en-GB but the visitor spoke German (the lead says de);
    s-2's widget sent nothing, the lead was posted with its page and campaign;
    s-3 left without a lead; s-4's lead is older than stored attribution; the
    API lead has no conversation at all.
    """
    from rasa.shared.core.events import UserUttered

    at = (now - timedelta(hours=3)).timestamp()
    chats = {
        "s-1": website("hi", at, "https://x.test/pricing?utm_campaign=spring", "spring", "en-GB"),
        "s-2": UserUttered("hi", intent={"name": "greet", "confidence": 1.0}, timestamp=at + 1, input_channel="socketio"),
        "s-3": website("hi", at + 2, "https://x.test/?utm_campaign=spring", "spring", "en"),
        "s-4": website("hi", at + 3, "https://x.test/blog?utm_campaign=autumn", "autumn", "de-DE"),
    }
    record(database_url, {cid: [first, ask("budget", first.timestamp + 1)] for cid, first in chats.items()})
    if viewed_first:  # the conversations are in the funnel's cache before their leads arrive
        assert signed_in.get("/studio/funnel?campaign=spring").status_code == 200
    created = now - timedelta(hours=1)
    stored = {  # lead id: (conversation, attribution, language)
        "lead_s1": ("s-1", {"channel": "socketio", "page": "https://x.test/pricing?utm_campaign=spring",
                            "utm": {"campaign": "spring"}}, "de"),
        "lead_s2": ("s-2", {"channel": "socketio", "page": "https://x.test/offer#top", "utm": {"campaign": "autumn"}},
                    "fr"),
        "lead_s4": ("s-4", None, None),
        "lead_s5": (None, {"channel": "rest", "page": "https://x.test/pricing", "utm": {"campaign": "spring"}}, "de"),
    }
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for lead_id, (cid, came, language) in stored.items():
            session.add(Lead(id=lead_id, source="bot", conversation_id=cid, attributes={}, qualification={},
                             stage="mql", score=60, status="open", created_at=created, updated_at=created,
                             attribution=came, language=language))

    expected = {
        "": (4, 4),
        "campaign=spring": (2, 2),  # s-1 (lead), s-3 (chat); leads s1 and the API's
        "campaign=autumn": (2, 2),  # s-2 (lead, its chat said nothing), s-4 (chat, its lead says nothing)
        "language=de": (2, 3),  # s-1 (lead), s-4 (chat de-DE); leads s1, s4, the API's
        "language=en": (1, 0),  # s-3 only: s-1's lead says the visitor spoke German
        "language=fr": (1, 1),
        "page=https://x.test/offer": (1, 1),
        "page=https://x.test/pricing": (1, 2),  # s-1; leads s1 and the API's
        "channel=rest": (0, 1),
        "channel=socketio&language=fr&campaign=autumn": (1, 1),
    }
    assert {query: counted(signed_in, query) for query in expected} == expected
    page = signed_in.get("/studio/funnel").text
    languages = re.search(r'<select[^>]*name="language".*?</select>', page, re.S)
    assert languages is not None
    assert set(re.findall(r'<option value="([^"]+)"', languages.group(0))) == {"de", "en", "fr"}


def test_erasing_a_lead_clears_where_its_conversation_came_from_in_the_funnel(app, signed_in, database_url, admin, now):
    """A page's address or a campaign can name the person: erasure (DELETE /api/v1/leads/<id>) takes them out of
    the funnel's conversation cache too, not only off the lead; the conversation is still counted, anonymously."""
    from sqlalchemy import create_engine, text

    at = (now - timedelta(hours=3)).timestamp()
    record(database_url, {
        "e-jane": [website("hi", at, "https://x.test/offer-for-jane-doe?utm_campaign=jane-doe", "jane-doe", "de-DE"),
                   ask("budget", at + 1)],
        "e-other": [website("hi", at + 2, "https://x.test/pricing?utm_campaign=spring", "spring", "en"),
                    ask("budget", at + 3)],
    })
    created = now - timedelta(hours=1)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(Lead(id="lead_jane", source="bot", conversation_id="e-jane", attributes={}, qualification={},
                         stage="mql", score=60, status="open", created_at=created, updated_at=created,
                         attribution={"channel": "socketio", "page": "https://x.test/offer-for-jane-doe",
                                      "utm": {"campaign": "jane-doe"}}, language="de"))
    before = signed_in.get("/studio/funnel").text
    assert "jane-doe" in before and counted(signed_in, "campaign=jane-doe") == (1, 1)  # the cache has it

    assert signed_in.delete("/api/v1/leads/lead_jane", headers=admin).status_code == 200

    engine = create_engine(database_url, future=True)
    try:
        with engine.connect() as connection:
            left = connection.execute(text("SELECT channel, page, campaign, language FROM funnel_conversations"
                                           " WHERE sender_id = 'e-jane'")).one()
    finally:
        engine.dispose()
    assert tuple(left) == (None, None, None, None)
    after = signed_in.get("/studio/funnel").text
    assert "jane-doe" not in after  # neither offered as a page nor as a campaign to filter by
    assert counted(signed_in, "campaign=jane-doe") == (0, 0)
    assert counted(signed_in, "")[0] == 2  # both conversations still started
    assert counted(signed_in, "campaign=spring") == (1, 0)


def test_an_erased_leads_conversation_counts_as_finished_not_as_left_at_its_last_question(
        app, signed_in, database_url, admin, now):
    """Erasure unlinks the lead from its conversation and deletes the chat, but the lead is still counted (its stage
    and status stay): the visitor finished, so the conversation is no drop-off, neither left nor still in progress,
    and conversations started stay as many as before. Those without a lead still count where they stopped."""
    old, recent = (now - timedelta(hours=3)).timestamp(), (now - timedelta(minutes=4)).timestamp()
    record(database_url, {
        "r-done": [user("hi", old), ask("budget", old + 1), user("50k", old + 2), ask("email", old + 3),
                   user("r@x.io", old + 4)],
        "r-draft": [user("hi", recent), ask("email", recent + 1), user("d@x.io", recent + 2), ask("timing", recent + 3)],
        "r-left": [user("hi", old + 10), ask("budget", old + 11)],
        "r-going": [user("hi", recent + 10), ask("email", recent + 11)],
    })
    created = now - timedelta(hours=1)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for lead_id, conversation, complete, abandon_at in (
            ("lead_r1", "r-done", True, None),
            ("lead_r2", "r-draft", False, now + timedelta(minutes=30)),  # a draft, the visitor still answering
        ):
            session.add(Lead(id=lead_id, source="bot", conversation_id=conversation, attributes={}, qualification={},
                             stage="mql", score=60, status="open", created_at=created, updated_at=created,
                             complete=complete, abandon_at=abandon_at))

    def seen() -> tuple[int, int, dict[str, tuple[str, str]]]:
        page = signed_in.get("/studio/funnel").text
        totals = {row[0]: int(row[1]) for row in cells(page, "funnel-totals")}
        drops = {row[0]: (row[1], row[4]) for row in cells(page, "funnel-dropouts") if (row[1], row[4]) != ("0", "0")}
        return totals["Conversations started"], totals["Identified (MQL)"], drops

    assert seen() == (4, 1, {"budget": ("1", "0"), "email": ("0", "1"), "timing": ("0", "1")})
    for lead_id in ("lead_r1", "lead_r2"):
        assert signed_in.delete(f"/api/v1/leads/{lead_id}", headers=admin).status_code == 200
    # Both erased leads count as finished leads now (the draft is no longer in progress, so it joins the counts).
    assert seen() == (4, 2, {"budget": ("1", "0"), "email": ("0", "1")})
