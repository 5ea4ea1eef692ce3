"""Which wording works: per-variant counts and the significance sentence, against numbers worked out here.

Conversations are written through Rasa's own tracker store, the bot's
messages carrying the wording they showed as the action server sends it
(``pages.asked_in``); the seeded ones once for the module, their rows then
copied into each test's database (``recordings``). Each conversation is placed in a variant by the
assignment the bot uses; what becomes of it (answered, skipped, left, still
in progress, booked) is planned below, and every expected figure (rates,
Wilson intervals, the two-proportion test's p, medians) is computed in this
file with the standard library, not by the code under test.
"""

from __future__ import annotations

import html
import math
import statistics
import uuid
from datetime import timedelta
from typing import Any, Iterator

import pytest
from sqlalchemy import create_engine, text

from qualification.wording import variant_index, variant_key
from tests.tensorflow_users import IMPORTS_TENSORFLOW
from tests.webhooks.studio.pages import answer, ask, asked_in, drop_tracker, record, tables, user
from webhooks.models import Lead, PlaybookVersion, utcnow

pytestmark = IMPORTS_TENSORFLOW  # asked_in records through Rasa's create_bot_utterance

# Per variant of the role question (slot "authority"): what the conversations that heard it did.
PLAN = {
    0: {"answered": 30, "skipped": 4, "left": 4, "going": 2, "booked": 12},
    1: {"answered": 18, "skipped": 10, "left": 10, "going": 2, "booked": 3},
}
# The company question: too few conversations for any wording to be better.
SMALL = {0: {"answered": 3, "left": 2}, 1: {"answered": 2, "left": 3}}
Z95 = 1.959963984540054


@pytest.fixture(autouse=True)
def no_tracker_left(database_url: str) -> Iterator[None]:
    drop_tracker(database_url)
    yield


def ids_for(slot: str, count_per_variant: dict[int, int], prefix: str) -> dict[int, list[str]]:
    """Conversation ids the bot assigns to each variant, as many as asked for."""
    found: dict[int, list[str]] = {v: [] for v in count_per_variant}
    n = 0
    while any(len(found[v]) < count_per_variant[v] for v in found):
        cid = f"{prefix}-{n}"
        v = variant_index(cid, slot, 2)
        if len(found[v]) < count_per_variant[v]:
            found[v].append(cid)
        n += 1
    return found


def wilson(k: int, n: int) -> tuple[float, float]:
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / (1 + Z95**2 / n)
    return centre - half, centre + half


def p_two_sided(k1: int, n1: int, k2: int, n2: int) -> float:
    pooled = (k1 + k2) / (n1 + n2)
    z = (k1 / n1 - k2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return math.erfc(abs(z) / math.sqrt(2))


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Any, tuple[list[dict[str, Any]], Any]]]:
    """The seeded conversations as Rasa's tracker store wrote them (its ``events`` rows), per wording of the two
    questions, with what the tests expect of them: recorded once for the module, into a database of its own, and
    copied into each test's. Recording them through Rasa's store (~100 trackers, an ORM object per event) took
    most of each test's set-up."""
    yield {"folder": tmp_path_factory.mktemp("recorded")}


def recorded_rows(folder: Any, talks: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """``talks`` recorded through Rasa's store (``pages.record``) into a new SQLite database: its rows, in order."""
    url = f"sqlite:///{folder / f'{uuid.uuid4().hex}.db'}"
    record(url, talks)
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(
                "SELECT sender_id, type_name, timestamp, intent_name, action_name, data FROM events ORDER BY id"))]
    finally:
        engine.dispose()


def copy_rows(database_url: str, rows: list[dict[str, Any]]) -> None:
    """The rows into the test's database, in a table Rasa's store made (as ``record`` would), numbered as there."""
    from rasa.core.tracker_store import SQLTrackerStore

    store = SQLTrackerStore(host=database_url)
    try:
        with store.engine.begin() as connection:
            connection.execute(store.SQLEvent.__table__.insert(), rows)
    finally:
        store.engine.dispose()


@pytest.fixture
def seeded(app: Any, database_url: str, recordings: dict[Any, Any]) -> dict[str, Any]:
    playbook = app.extensions["leadbot.playbook"].current()
    role = next(q for q in playbook.questions if q.attribute == "authority").wording
    company = next(q for q in playbook.questions if q.attribute == "company").wording
    assert len(role) == 2 and len(company) == 2
    key = (tuple(role), tuple(company))
    if key not in recordings:
        recordings[key] = seed_plan(role, company, recordings["folder"])
    rows, seeds = recordings[key]
    copy_rows(database_url, rows)
    created = utcnow() - timedelta(hours=1)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for i, cid in enumerate(seeds["booked"]):
            session.add(Lead(id=f"lead_ab{i:02d}", source="bot", conversation_id=cid, attributes={}, qualification={},
                             stage="sql", score=80, status="booked", created_at=created, updated_at=created))
    return {"role": role, "company": company, "waits": seeds["waits"]}


def seed_plan(role: Any, company: Any, folder: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """PLAN's and SMALL's conversations, recorded (``recorded_rows``), and the booked ones and answer times."""
    now = utcnow().timestamp()
    old = now - 26 * 3600
    talks: dict[str, list[Any]] = {}
    waits: dict[int, list[float]] = {0: [], 1: []}
    booked: list[str] = []
    groups = ids_for("authority", {v: sum(p.values()) - p["booked"] for v, p in PLAN.items()}, "ab")
    for v, plan in PLAN.items():
        ids = iter(groups[v])
        for k in range(plan["answered"]):
            cid, t = next(ids), old + k * 60
            wait = 4 + (k % 7) * 3 + v  # seconds from the question to the reply that answered it
            events = [user("hi", t), *asked_in("authority", role, cid, t + 1)]
            if k == 0:  # not understood first: the re-ask shows the other wording, the conversation stays in v
                events += [user("hm?", t + 2), answer("authority", None, t + 2.5),
                           *asked_in("authority", role, cid, t + 3, asked_before=1)]
            events += [user("I'm the CEO", t + 1 + wait), answer("authority", "I'm the CEO", t + 1 + wait),
                       ask(None, t + 2 + wait)]
            talks[cid] = events
            waits[v].append(wait)
            if k < plan["booked"]:
                booked.append(cid)
        for k in range(plan["skipped"]):
            cid, t = next(ids), old + 3000 + k * 60
            talks[cid] = [user("hi", t), *asked_in("authority", role, cid, t + 1), user("skip", t + 9),
                          answer("authority", None, t + 9.5), ask("need", t + 10)]
        for k in range(plan["left"]):
            cid, t = next(ids), old + 6000 + k * 60
            talks[cid] = [user("hi", t), *asked_in("authority", role, cid, t + 1)]
        for k in range(plan["going"]):
            cid, t = next(ids), now - 180 + k
            talks[cid] = [user("hi", t), *asked_in("authority", role, cid, t + 1)]
    small = ids_for("company", {v: sum(p.values()) for v, p in SMALL.items()}, "co")
    for v, plan in SMALL.items():
        ids = iter(small[v])
        for k in range(plan["answered"]):
            cid, t = next(ids), old + 9000 + k * 60
            talks[cid] = [user("hi", t), *asked_in("company", company, cid, t + 1), user("Acme", t + 20),
                          answer("company", "Acme", t + 20), ask(None, t + 21)]
        for k in range(plan["left"]):
            cid, t = next(ids), old + 9500 + k * 60
            talks[cid] = [user("hi", t), *asked_in("company", company, cid, t + 1)]
    talks["no-metadata"] = [user("hi", old), ask("authority", old + 1)]  # an older bot: not in any variant
    return recorded_rows(folder, talks), {"booked": booked, "waits": waits}


def rows_of(page: str, table: str) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in tables(page)[table][1:]}


def test_each_wording_is_counted_as_shown_with_intervals_and_a_sentence_for_the_better_one(signed_in, seeded):
    page = signed_in.get("/studio/funnel").text
    role = seeded["role"]
    table = rows_of(page, "wording-authority")
    assert set(table) == {f"“{w}”" for w in role}  # the conversation without a recorded wording is in neither
    for v, plan in PLAN.items():
        asked = sum(plan.values()) - plan["booked"]
        cells = table[f"“{role[v]}”"]
        assert [int(c) for c in cells[:5]] == [asked, plan["answered"], plan["skipped"], plan["left"], plan["going"]]
        low, high = wilson(plan["answered"], asked)
        assert cells[5] == f"{plan['answered'] / asked * 100:.0f}% ({low * 100:.0f}–{high * 100:.0f}%)"
        assert cells[6] == f"{statistics.median(seeded['waits'][v]):.0f} s"
        low, high = wilson(plan["booked"], asked)
        assert cells[7] == f"{plan['booked'] / asked * 100:.0f}% ({low * 100:.0f}–{high * 100:.0f}%)"

    # 30 of 40 against 18 of 40 answered; 12 of 40 against 3 of 40 booked: both differences hold at 95 %.
    a, b = PLAN[0], PLAN[1]
    p_answer = p_two_sided(a["answered"], 40, b["answered"], 40)
    p_booked = p_two_sided(a["booked"], 40, b["booked"], 40)
    assert p_answer < 0.05 and p_booked < 0.05
    text = " ".join(page.split())
    assert (f"“{role[0]}” gets an answer more often than “{role[1]}”: 75% against 45% "
            f"(95% confidence, p = {p_answer:.3f}).") in text.replace("&#39;", "'")
    assert (f"“{role[0]}” leads to a booked call more often than “{role[1]}”: 30% against 8% "
            f"(95% confidence, p = {p_booked:.3f}).") in text.replace("&#39;", "'")


def test_a_difference_that_may_be_chance_gets_no_sentence(signed_in, seeded):
    page = signed_in.get("/studio/funnel").text
    company = seeded["company"]
    table = rows_of(page, "wording-company")
    assert [int(c) for c in table[f"“{company[0]}”"][:2]] == [5, 3]
    assert [int(c) for c in table[f"“{company[1]}”"][:2]] == [5, 2]
    assert p_two_sided(3, 5, 2, 5) > 0.05
    section = page[page.index('id="wording-company"') - 600:page.index('id="wording-company"')]
    assert "No wording is better than the others at 95% confidence yet." in section


def test_a_filter_narrows_the_wording_counts_too(signed_in, seeded):
    page = signed_in.get("/studio/funnel?channel=slack").text
    assert "wording-authority" not in page  # every seeded conversation came through another channel


def test_the_winner_becomes_the_only_wording_after_a_confirmation_in_words(app, signed_in, seeded):
    role = seeded["role"]
    page = signed_in.get("/studio/funnel").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    chosen = signed_in.post("/studio/funnel/wording",
                            data={"csrf_token": token, "question": "authority", "variant": variant_key(role[0])})
    assert chosen.status_code == 303
    confirm = signed_in.get(chosen.headers["Location"])  # the editor's confirmation: what changes, in words
    assert confirm.status_code == 200
    said = html.unescape(confirm.text)
    assert role[0] in said and role[1] in said
    with app.extensions["leadbot.db"][1]() as session:
        draft = session.query(PlaybookVersion).order_by(PlaybookVersion.version.desc()).first()
        assert not draft.published and "from the funnel" in draft.note  # nothing is live before the confirmation
        number = draft.version
    live = next(q for q in app.extensions["leadbot.playbook"].current().questions if q.attribute == "authority")
    assert live.wording == tuple(role)

    token = confirm.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    done = signed_in.post(f"/studio/playbook/versions/{number}/publish",
                          data={"csrf_token": token, "base_version": str(number)})
    assert done.status_code == 303
    app.extensions["leadbot.playbook"].invalidate()
    live = next(q for q in app.extensions["leadbot.playbook"].current().questions if q.attribute == "authority")
    assert live.wording == (role[0],)


@pytest.mark.parametrize("form", [
    {"question": "authority", "variant": "0000000000000000"},  # never shown
    {"question": "company", "variant": None},  # a wording of another question
    {"question": "", "variant": ""},
])
def test_a_wording_that_was_not_shown_for_that_question_is_refused(app, signed_in, seeded, form):
    page = signed_in.get("/studio/funnel").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    variant = form["variant"] if form["variant"] is not None else variant_key(seeded["role"][0])
    response = signed_in.post("/studio/funnel/wording", data={"csrf_token": token, "question": form["question"],
                                                               "variant": variant, "confirm": "yes"})
    assert response.status_code == 404
    with app.extensions["leadbot.db"][1]() as session:
        assert session.query(PlaybookVersion).filter(PlaybookVersion.version > 1).count() == 0


# Answer times (seconds from the question to the answer) and the bucket each is counted in, worked out by hand
# from the rule the counters keep (whole seconds, half up, under a minute; 10 s steps to 10 minutes; minutes to an
# hour; 10 minutes beyond): the medians of the wording table are exact in whole seconds only under a minute.
WAITS = {0: [(3.2, 3), (59.6, 60), (75, 70), (130, 130), (700, 660)], 1: [(12.5, 13), (4000, 3600), (9.4, 9)]}


def from_the_website(text_: str, ts: float) -> Any:
    from rasa.shared.core.events import UserUttered

    return UserUttered(text_, intent={"name": "inform", "confidence": 1.0}, timestamp=ts, input_channel="socketio")


def wording_rows(signed_in: Any, query: str = "") -> dict[str, list[str]]:
    return rows_of(signed_in.get(f"/studio/funnel?{query}").text, "wording-authority")


def test_the_counters_kept_per_day_give_what_the_asks_read_one_by_one_give_and_follow_answers_read_later(
        app, signed_in, database_url):
    """Unfiltered, the wording table sums per-day counters kept with the cache; filtered, it reads the asks
    themselves. Every conversation here came from the website, so both must agree, before and after answers
    arrive for conversations already in the cache, and with the answer times bucketed as worked out above."""
    from rasa.core.tracker_store import SQLTrackerStore

    from tests import tracker_store

    role = next(q for q in app.extensions["leadbot.playbook"].current().questions if q.attribute == "authority").wording
    start = utcnow().timestamp() - 3 * 86400  # three days ago: the counters' day is the first message's
    groups = ids_for("authority", {0: len(WAITS[0]) + 2, 1: len(WAITS[1]) + 2}, "pd")
    talks: dict[str, list[Any]] = {}
    late: dict[str, float] = {}  # conversations answered only after the first view
    for v, ids in groups.items():
        for k, cid in enumerate(ids):
            t = start + v * 5000 + k * 300
            talks[cid] = [from_the_website("hi", t), *asked_in("authority", role, cid, t + 1)]
            if k < len(WAITS[v]):
                wait = WAITS[v][k][0]
                talks[cid] += [from_the_website("the CEO", t + 1 + wait), answer("authority", "CEO", t + 1 + wait)]
            else:
                late[cid] = t + 1
    record(database_url, talks)

    before = wording_rows(signed_in)
    assert before == wording_rows(signed_in, "channel=socketio")
    for v in (0, 1):
        cells = before[f"“{role[v]}”"]
        asked, answered = len(WAITS[v]) + 2, len(WAITS[v])
        assert [int(c) for c in cells[:2]] == [asked, answered]
        assert cells[6] == f"{statistics.median(bucket for _, bucket in WAITS[v]):.0f} s"

    store = SQLTrackerStore(host=database_url)
    try:
        for cid, asked_at in late.items():  # each answers 20 s after the question
            tracker = tracker_store.run(store.retrieve(cid))
            tracker.update(from_the_website("the CFO", asked_at + 20))
            tracker.update(answer("authority", "CFO", asked_at + 20))
            tracker_store.run(store.save(tracker))
    finally:
        store.engine.dispose()
    after = wording_rows(signed_in)
    assert after == wording_rows(signed_in, "channel=socketio")
    for v in (0, 1):
        cells = after[f"“{role[v]}”"]
        assert [int(c) for c in cells[:2]] == [len(WAITS[v]) + 2, len(WAITS[v]) + 2]
        assert cells[6] == f"{statistics.median([bucket for _, bucket in WAITS[v]] + [20, 20]):.0f} s"


def test_the_migration_fills_the_counters_from_the_asks_already_cached(app, signed_in, seeded, database_url):
    """A service upgraded with conversations already in its cache: the counters made from them (migration 0020)
    give the same wording table as those kept while folding."""
    from webhooks import migrate

    kept = signed_in.get("/studio/funnel").text
    migrate.downgrade(database_url, "0019")
    migrate.upgrade(database_url)
    filled = signed_in.get("/studio/funnel").text
    assert rows_of(filled, "wording-authority") == rows_of(kept, "wording-authority")
    assert rows_of(filled, "wording-company") == rows_of(kept, "wording-company")


def test_the_origin_index_names_each_conversation_and_a_filtered_view_counts_the_same_across_its_migration(
        app, signed_in, database_url):
    """Migration 0021 adds the conversation's id to ``ix_funnel_conversations_origin`` (a filtered view joins from
    it alone); its downgrade gives the index back as 0010 made it. The filtered wording table is the same on both,
    and, every conversation here being from the website, the same as the unfiltered one."""
    from sqlalchemy import create_engine, inspect

    from webhooks import migrate

    def origin_columns() -> list[str]:
        engine = create_engine(database_url, future=True)
        try:
            found = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("funnel_conversations")}
        finally:
            engine.dispose()
        return found["ix_funnel_conversations_origin"]

    role = next(q for q in app.extensions["leadbot.playbook"].current().questions if q.attribute == "authority").wording
    start = utcnow().timestamp() - 2 * 86400
    talks: dict[str, list[Any]] = {}
    for v, ids in ids_for("authority", {0: 3, 1: 4}, "mg").items():
        for k, cid in enumerate(ids):
            t = start + v * 5000 + k * 300
            talks[cid] = [from_the_website("hi", t), *asked_in("authority", role, cid, t + 1)]
            if k < 2:
                talks[cid] += [from_the_website("the CEO", t + 8 + v), answer("authority", "CEO", t + 8 + v)]
    record(database_url, talks)

    origin = ["first_user", "channel", "campaign", "language", "page"]
    assert origin_columns() == [*origin, "sender_id"]
    filtered = wording_rows(signed_in, "channel=socketio")
    assert [[int(c) for c in filtered[f"“{role[v]}”"][:2]] for v in (0, 1)] == [[3, 2], [4, 2]]
    assert filtered == wording_rows(signed_in)
    assert "wording-authority" not in tables(signed_in.get("/studio/funnel?channel=slack").text)  # none from Slack
    migrate.downgrade(database_url, "0020")
    try:
        assert origin_columns() == origin
        assert wording_rows(signed_in, "channel=socketio") == filtered
    finally:
        migrate.upgrade(database_url)
    assert origin_columns() == [*origin, "sender_id"]
    assert wording_rows(signed_in, "channel=socketio") == filtered
