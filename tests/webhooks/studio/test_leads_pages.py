"""The studio's leads pages, on SQLite and PostgreSQL: filters, pagination, one lead in full, replay.

Leads for the list are written straight into the tables with known values
(the expected pages are computed here from those values); the lead page's
lead arrives through the real API, its chat through Rasa's own tracker
store, and its dead delivery through the real worker and a failing receiver.
"""

from __future__ import annotations

import html
import re
import time
from datetime import timedelta
from typing import Any, Iterator

import pytest
from sqlalchemy import select, update

from harness.fakes.webhook_receiver import scripted
from harness.studio_forms import csrf_token
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml
from tests.webhooks.conftest import lead_body, rows
from tests.webhooks.studio.conftest import MARKETER
from tests.webhooks.studio.pages import ask, bot, drop_tracker, record, tables, user
from webhooks.delivery.worker import Worker
from webhooks.models import Booking, Delivery, Lead, StatusChange, StudioAudit, utcnow
from webhooks.studio.leads import PER_PAGE

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(autouse=True)
def no_tracker_left(database_url: str) -> Iterator[None]:
    drop_tracker(database_url)
    yield


@pytest.fixture
def worker(app: Any) -> Iterator[Worker]:
    made = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    yield made
    made.engine.dispose()


def owner_names() -> dict[str, str]:
    """The default playbook's owners (the service's playbook here), read from its YAML."""
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    return {key: owner["name"] for key, owner in data["routing"]["owners"].items()}


def listed(response: Any) -> list[str]:
    assert response.status_code == 200, response.text[:500]
    return re.findall(r'<tr data-lead="([^"]+)"', response.text)


# ----------------------------------------------------------------------------- the list

STAGES = ("iql", "mql", "sql", "disqualified")
STATUSES = ("open", "claimed", "booked")
OWNERS = (None, "U0AAA", "U0BBB")


@pytest.fixture
def many(app: Any) -> list[dict[str, Any]]:
    """73 leads over 73 hours with stages, statuses and owners in different cycles."""
    now = utcnow().replace(microsecond=0)
    specs = [
        {
            "id": f"lead_{i:03d}", "stage": STAGES[i % 4], "status": STATUSES[i % 3], "owner": OWNERS[i % 5 % 3],
            "created_at": now - timedelta(hours=i),
        }
        for i in range(73)
    ]
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        for s in specs:
            session.add(Lead(
                id=s["id"], source="import", attributes={"name": f"Person {s['id']}"}, qualification={},
                stage=s["stage"], score=10, status=s["status"], owner=s["owner"], created_at=s["created_at"],
                updated_at=s["created_at"],
            ))
    return specs


def newest_first(specs: list[dict[str, Any]]) -> list[str]:
    return [s["id"] for s in sorted(specs, key=lambda s: s["created_at"], reverse=True)]


def test_the_list_pages_newest_first_and_keeps_filters_across_pages(signed_in, many):
    everyone = newest_first(many)
    first = signed_in.get("/studio/leads")
    assert listed(first) == everyone[:PER_PAGE]
    assert "73 leads" in first.text and "Page 1 of 2" in first.text
    assert listed(signed_in.get("/studio/leads?page=2")) == everyone[PER_PAGE:]
    assert listed(signed_in.get("/studio/leads?page=3")) == []

    # The "Older" link of a filtered list keeps the filter.
    opens = newest_first([s for s in many if s["status"] == "open"])
    assert len(opens) == 25
    page = signed_in.get("/studio/leads?status=open")
    assert listed(page) == opens
    assert "rel=\"next\"" not in page.text


def test_each_filter_and_their_combination(signed_in, many):
    def expect(keep: Any) -> list[str]:
        return newest_first([s for s in many if keep(s)])

    assert listed(signed_in.get("/studio/leads?stage=sql")) == expect(lambda s: s["stage"] == "sql")
    assert listed(signed_in.get("/studio/leads?owner=U0AAA")) == expect(lambda s: s["owner"] == "U0AAA")
    assert listed(signed_in.get("/studio/leads?owner=%28unassigned%29")) == expect(lambda s: s["owner"] is None)
    assert listed(signed_in.get("/studio/leads?status=booked")) == expect(lambda s: s["status"] == "booked")
    day = many[30]["created_at"].date()
    assert listed(signed_in.get(f"/studio/leads?from={day}&to={day}")) == expect(lambda s: s["created_at"].date() == day)
    assert listed(signed_in.get(f"/studio/leads?from={day}")) == expect(lambda s: s["created_at"].date() >= day)[:PER_PAGE]
    combined = expect(lambda s: s["stage"] == "mql" and s["status"] == "claimed" and s["owner"] == "U0BBB")
    assert combined, "the seed must make this combination non-empty"
    assert listed(signed_in.get("/studio/leads?stage=mql&status=claimed&owner=U0BBB")) == combined


@pytest.mark.parametrize("query, field", [
    ("stage=<b>nope</b>", "stage"), ("status=lost%27--", "status"), ("from=yesterday", "from"),
    ("from=2026-11-20&to=2026-11-01", "to"), ("page=0", "page"), ("page=-1", "page"), ("page=abc", "page"),
    ("owner=" + "x" * 101, "owner"),
])
def test_bad_filters_are_named_and_ignored(signed_in, many, query, field):
    response = signed_in.get(f"/studio/leads?{query}")
    assert response.status_code == 400
    assert f"<strong>{field}</strong>" in response.text
    assert "<b>nope</b>" not in response.text
    assert len(re.findall(r'<tr data-lead="', response.text)) == PER_PAGE  # the rest of the page still works


def test_an_unknown_lead_is_a_404_page(signed_in):
    for path in ("/studio/leads/lead_missing", "/studio/leads/" + "x" * 300, "/studio/leads/%3Cscript%3E"):
        response = signed_in.get(path)
        assert response.status_code == 404, path
        assert "No such lead" in response.text
        assert "<script>" not in response.text


def test_signed_out_visitors_are_sent_to_sign_in(client, many):
    for path in ("/studio/leads", "/studio/leads?stage=sql", "/studio/leads/lead_001", "/studio/funnel"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/studio/login?next=")
        assert "Person" not in response.text


# ----------------------------------------------------------------------------- one lead


def post_lead(client: Any, admin: dict[str, str], **changes: Any) -> dict[str, Any]:
    response = client.post("/api/v1/leads", json=lead_body(**changes), headers=admin)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_the_lead_page_shows_the_whole_lead_with_visitor_text_escaped(app, signed_in, admin, database_url):
    attributes = {**lead_body()["attributes"], "name": XSS, "company": "Acme <b>Corp</b>"}
    lead = post_lead(
        signed_in, admin, conversation_id="conv-xss", attributes=attributes,
        answers=[{"question_id": "budget", "text": XSS}, {"question_id": "need", "text": "SEO & \"ads\""}],
        booking={"starts_at": "2026-12-01T10:00:00Z", "owner": "U0EMEA001"},
    )
    start = utcnow().timestamp() - 600
    record(database_url, {"conv-xss": [
        user("hi", start), bot("Hello! What budget do you have in mind?", start + 1), ask("budget", start + 1),
        user(XSS, start + 5), bot("Thanks, and what is your role?", start + 6), ask("authority", start + 6),
        user("VP <i>Marketing</i>", start + 9),
    ], "conv-other": [user("someone else's chat", start)]})
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(StatusChange(lead_id=lead["id"], field="owner", old=None, new="U0EMEA001", actor="slack:U0EMEA001"))

    response = signed_in.get(f"/studio/leads/{lead['id']}")
    assert response.status_code == 200
    page = response.text
    assert "<script>" not in page and "<img src=x" not in page and "<b>Corp</b>" not in page and "<i>Marketing" not in page
    text = html.unescape(page)
    assert html.unescape(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)).startswith(XSS)
    answers = [t for t in tables(page).values() if t and t[0][:2] == ["Question", "What they wrote"]][0]
    assert [row[:2] for row in answers[1:]] == [["budget", XSS], ["need", 'SEO & "ads"']]
    # The chat, in order, only this conversation's.
    said = [html.unescape(m) for m in re.findall(r'<span class="said">(.*?)</span>', page, re.S)]
    assert said == ["hi", "Hello! What budget do you have in mind?", XSS, "Thanks, and what is your role?", "VP <i>Marketing</i>"]
    assert "someone else's chat" not in text
    # Each BANT letter and ICP criterion with its reason, as the scoring stored them.
    for letter in lead["qualification"]["bant"]:
        assert letter["reason"] in text
        assert f"{letter['points']} / {letter['max_points']}" in text
    for criterion in lead["qualification"]["icp"]:
        assert criterion["reason"] in text
        assert criterion["name"].replace("_", " ") in text
    # Booking, status history, deliveries.
    assert "2026-12-01T10:00:00.000Z" in text
    history = [row for row in tables(page).values() if row and row[0] == ["When (UTC)", "What", "By"]][0]
    stored = rows(app, select(StatusChange).where(StatusChange.lead_id == lead["id"]).order_by(StatusChange.seq))
    lena = owner_names()["U0EMEA001"]
    assert [r[1:] for r in history[1:-1]] == [[f"{c.field}: {c.old or '—'} → {c.new}", c.actor] for c in stored[:-1]]
    assert history[-1][1:] == [f"owner: — → {lena}", f"{lena}, in Slack"]  # by name, never U0EMEA001
    assert 'data-destination="webhook:ops"' in page and ">queued<" in page


def test_the_transcript_shows_what_the_visitor_saw_and_clicked_and_who_said_each_line(app, signed_in, admin,
                                                                                     database_url):
    """Buttons by their titles, a salesperson's part of the chat under their name, through the handoff's own rules."""
    from rasa.shared.core.events import BotUttered, UserUttered

    from webhooks.handoff import relay
    from webhooks.models import DestinationRecord

    lead = post_lead(signed_in, admin, conversation_id="conv-clicks", source="bot")
    sophie = owner_names()["U0EMEA003"]
    slot = '/choose_slot{"slot_start": "2026-12-01T10:00:00+00:00"}'
    events: list[Any] = []

    def now() -> float:
        time.sleep(0.01)  # each step a distinct moment, as in a real chat
        return utcnow().timestamp()

    events += [user("hi", now()), BotUttered("May we keep your details? [Privacy notice](https://x.test/privacy)",
                                              data={"buttons": [{"title": "Yes, that's fine", "payload": "/affirm"},
                                                                {"title": "No", "payload": "/deny"}]}, timestamp=now())]
    events.append(UserUttered("/affirm", intent={"name": "affirm", "confidence": 1.0}, timestamp=now()))
    events.append(user("can I talk to someone?", now(), "human"))
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(DestinationRecord(lead_id=lead["id"], destination="slack", external_id="C0SALES:1700000000.1"))
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        assert relay.join(session, lead["id"], "U0EMEA003", sophie).ok
    now()
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        assert relay.from_thread(session, "C0SALES", "1700000000.1", "U0EMEA003", "Hi, I'm here. What do you need?")
    events.append(user("a quote for SEO <b>please</b>", now()))
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        assert relay.from_visitor(session, "conv-clicks", "a quote for SEO <b>please</b>")
    now()
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        assert relay.from_thread(session, "C0SALES", "1700000000.1", "U0EMEA003", "Sure, let's book a call.")
        assert relay.from_thread(session, "C0SALES", "1700000000.1", "U0OTHER01", "(a colleague, not relayed)") is None
    now()
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        assert relay.end(session, lead_id=lead["id"], user_id="U0EMEA003")
    events += [BotUttered("Pick a time:", data={"buttons": [{"title": "Tue 1 Dec, 11:00 (Europe/Berlin)",
                                                             "payload": slot}]}, timestamp=now()),
               UserUttered(slot, intent={"name": "choose_slot", "confidence": 1.0}, timestamp=now())]
    record(database_url, {"conv-clicks": events})

    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    chat = page.split('<ol class="transcript"', 1)[1].split("</ol>", 1)[0]
    # Markup out first (the page's own tags: links), then the text as read; what the visitor typed stays text.
    lines = [(html.unescape(who).strip(), " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split()))
             for who, text in re.findall(r'<span class="who">([^<]*)(?:<span class="how">clicked</span>)?</span>\s*'
                                         r'<span class="said">(.*?)</span>', chat, re.S)]
    notes = [html.unescape(n) for n in re.findall(r'<li class="msg note"><span class="said">(.*?)</span>', chat)]
    assert lines == [
        ("Visitor", "hi"),
        ("Bot", "May we keep your details? Privacy notice"),
        ("Visitor", "Yes, that's fine"),
        ("Visitor", "can I talk to someone?"),
        (sophie, "Hi, I'm here. What do you need?"),
        ("Visitor", "a quote for SEO <b>please</b>"),
        (sophie, "Sure, let's book a call."),
        ("Bot", "Pick a time:"),
        ("Visitor", "Tue 1 Dec, 11:00 (Europe/Berlin)"),
    ]
    assert notes == [f"{sophie} joined the chat", f"{sophie} handed the chat back to the bot"]
    assert "/affirm" not in page and "choose_slot" not in page and "a colleague" not in page
    assert "<b>please</b>" not in page  # what the visitor typed is text
    assert '<a href="https://x.test/privacy" rel="noopener noreferrer nofollow" target="_blank">Privacy notice</a>' in chat
    assert chat.count('<span class="how">clicked</span>') == 2
    assert re.findall(r'<span class="choice">(.*?)</span>', chat) == [
        "Yes, that&#39;s fine", "No", "Tue 1 Dec, 11:00 (Europe/Berlin)"]


def test_owners_are_listed_filtered_and_shown_by_name(app, signed_in, admin):
    names = owner_names()
    lead = post_lead(signed_in, admin)
    other = post_lead(signed_in, admin)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Lead).where(Lead.id == lead["id"]).values(owner="U0EMEA003"))
        session.execute(update(Lead).where(Lead.id == other["id"]).values(owner="U0GONE001"))
    page = signed_in.get("/studio/leads").text
    assert f'<option value="{names["U0EMEA003"]}">' in page and "U0EMEA003" not in page
    assert "U0GONE001" in page  # an owner the playbook no longer names is shown as stored, not hidden
    for typed in (names["U0EMEA003"], names["U0EMEA003"].upper(), "U0EMEA003"):
        response = signed_in.get("/studio/leads", query_string={"owner": typed})
        assert listed(response) == [lead["id"]], typed
        assert f'value="{names["U0EMEA003"]}"' in response.text
    assert listed(signed_in.get("/studio/leads", query_string={"owner": "Nobody Here"})) == []
    detail = signed_in.get(f"/studio/leads/{lead['id']}").text
    assert f'<dd id="owner">{html.escape(names["U0EMEA003"])}' in detail


def test_a_lead_without_a_chat_says_so(app, signed_in, admin, database_url):
    lead = post_lead(signed_in, admin, conversation_id=None, source="website")
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    assert "is not in this database" in page  # no tracker table at all here
    assert "No call booked." in page
    record(database_url, {"conv-else": [user("hello", utcnow().timestamp())]})
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    assert "No chat recorded for this lead." in page and "hello" not in page


def test_the_lead_page_says_where_the_visitor_came_from_as_text(app, signed_in, admin, database_url):
    from rasa.shared.core.events import UserUttered

    page_url = 'https://x.test/pricing?utm_source=news&utm_campaign=spring"><b>x</b>'
    metadata = {"tz": "Europe/Berlin", "page": page_url, "referrer": "https://search.example/?q=leads",
                "language": "de-DE"}
    at = utcnow().timestamp()
    record(database_url, {
        "conv-came": [UserUttered("hi", intent={"name": "greet", "confidence": 1.0}, timestamp=at,
                                  input_channel="socketio", metadata=metadata),
                      UserUttered("later", intent={"name": "greet", "confidence": 1.0}, timestamp=at + 5,
                                  input_channel="socketio", metadata={"page": "https://x.test/other"})],
        "conv-slack": [UserUttered("hi", intent={"name": "greet", "confidence": 1.0}, timestamp=at,
                                   input_channel="slack")],
    })
    lead = post_lead(signed_in, admin, conversation_id="conv-came")
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    came = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.split('id="came-from">', 1)[1].split("</dd>", 1)[0])).split())
    assert came.startswith(page_url + " referred by https://search.example/?q=leads UTM ")
    assert came.replace(" ,", ",").endswith('source: news, campaign: spring"><b>x</b> language de-DE')
    assert "<b>x</b>" not in page  # the visitor's browser sent it: text, never markup
    assert "· Website" in page
    slack_lead = post_lead(signed_in, admin, conversation_id="conv-slack")
    page = signed_in.get(f"/studio/leads/{slack_lead['id']}").text
    assert "· Slack" in page and "page not sent" in page


def test_the_attribution_and_language_stored_on_the_lead_are_shown_and_win_over_the_chat(app, signed_in, admin,
                                                                                         database_url):
    from rasa.shared.core.events import UserUttered

    record(database_url, {"conv-stored": [UserUttered(
        "hi", intent={"name": "greet", "confidence": 1.0}, timestamp=utcnow().timestamp(), input_channel="socketio",
        metadata={"page": "https://x.test/old-reading", "language": "en-US"})]})
    sent = {"channel": "socketio", "page": "https://x.test/preise?utm_campaign=herbst", "referrer": "https://news.test/",
            "utm": {"source": "newsletter", "campaign": "herbst <i>2026</i>"}}
    lead = post_lead(signed_in, admin, conversation_id="conv-stored", language="de", attribution=sent)
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    came = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.split('id="came-from">', 1)[1].split("</dd>", 1)[0])).split())
    assert came == ("https://x.test/preise?utm_campaign=herbst referred by https://news.test/ "
                    "UTM source: newsletter , campaign: herbst <i>2026</i> language de")
    assert "old-reading" not in page and "<i>2026</i>" not in page and "· Website" in page

    # A lead from the API, with no chat in this database at all, still says where it came from.
    drop_tracker(database_url)
    api_lead = post_lead(signed_in, admin, conversation_id=None, language="fr",
                         attribution={"channel": "rest", "page": "https://x.test/contact"})
    page = signed_in.get(f"/studio/leads/{api_lead['id']}").text
    assert "https://x.test/contact" in page and "language</span> fr" in page and "· API" in page


def test_each_answer_says_how_it_came_to_be_known(app, signed_in, admin):
    answers = [{"question_id": "need", "text": "SEO", "source": "given"},
               {"question_id": "industry", "text": "we build payment apps", "source": "confirmed"},
               {"question_id": "budget", "text": "the CEO signs off on anything over 10k", "source": "heard"},
               {"question_id": "timing", "text": "by March, I told Sophie", "source": "chat"},
               {"question_id": "company_size", "text": "300 people, not 30", "source": "corrected"},
               {"question_id": "location", "text": "Leeds"}]
    lead = post_lead(signed_in, admin, answers=answers)
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    table = [t for t in tables(page).values() if t and t[0][:2] == ["Question", "What they wrote"]][0]
    assert table[0] == ["Question", "What they wrote", "How we know"]
    assert table[1:] == [
        ["need", "SEO", "Answered"], ["industry", "we build payment apps", "Heard, then confirmed"],
        ["budget", "the CEO signs off on anything over 10k", "Heard, not confirmed"],
        ["timing", "by March, I told Sophie", "Said in the chat with sales"],
        ["company_size", "300 people, not 30", "Corrected by the visitor"], ["location", "Leeds", "—"],
    ]


def test_a_draft_and_a_lead_whose_visitor_left_are_told_apart(app, signed_in, admin):
    draft = post_lead(signed_in, admin, conversation_id="conv-draft", complete=False)
    left = post_lead(signed_in, admin, conversation_id="conv-left", complete=False)
    with app.extensions["leadbot.db"][1]() as session, session.begin():  # as the worker leaves a draft it sent on
        session.execute(update(Lead).where(Lead.id == left["id"]).values(abandon_at=None))
    done = post_lead(signed_in, admin, conversation_id="conv-done")
    listed = signed_in.get("/studio/leads").text
    assert listed.count("still answering") == 1 and listed.count("left mid-conversation") == 1
    assert "still answering" in signed_in.get(f"/studio/leads/{draft['id']}").text
    assert "left mid-conversation" in signed_in.get(f"/studio/leads/{left['id']}").text
    page = signed_in.get(f"/studio/leads/{done['id']}").text
    assert "still answering" not in page and "left mid-conversation" not in page


def test_a_dead_delivery_is_replayed_from_the_page_with_a_valid_token_only(app, signed_in, admin, receiver, worker):
    receiver.responder = scripted((400, {}, b"no"))
    lead = post_lead(signed_in, admin)
    assert worker.run_once() == 1
    [dead] = rows(app, select(Delivery))
    assert (dead.status, dead.attempts, dead.last_error) == ("dead", 1, "webhook:ops: HTTP 400")

    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    assert ">dead<" in page and "webhook:ops: HTTP 400" in page
    action = f"/studio/leads/{lead['id']}/deliveries/{dead.id}/replay"
    assert f'action="{action}"' in page
    token = csrf_token(page)

    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for data in ({}, {"csrf_token": forged}, {"csrf_token": "x"}):
        refused = signed_in.post(action, data=data)
        assert refused.status_code == 400
        assert "could not be accepted" in refused.text
    assert rows(app, select(Delivery))[0].status == "dead"
    assert rows(app, select(StudioAudit).where(StudioAudit.action == "delivery.replay")) == []

    done = signed_in.post(action, data={"csrf_token": token})
    assert done.status_code == 303
    assert done.headers["Location"].endswith(f"/studio/leads/{lead['id']}#deliveries")
    [row] = rows(app, select(Delivery))
    assert (row.id, row.status, row.attempts) == (dead.id, "pending", 0)
    [audited] = rows(app, select(StudioAudit).where(StudioAudit.action == "delivery.replay"))
    assert audited.actor == MARKETER
    assert audited.details == {"lead_id": lead["id"], "delivery_id": dead.id, "destination": "webhook:ops"}
    assert "queued again" in signed_in.get(done.headers["Location"]).text

    # Replaying again changes nothing (it is not dead), and the worker now delivers the same id.
    again = signed_in.post(action, data={"csrf_token": token}, follow_redirects=True)
    assert "not dead any more" in again.text
    assert worker.run_once() == 1
    assert [r.id for r in receiver.received] == [dead.id, dead.id]
    assert rows(app, select(Delivery))[0].status == "delivered"
    assert len(rows(app, select(StudioAudit).where(StudioAudit.action == "delivery.replay"))) == 1
    assert ">delivered<" in signed_in.get(f"/studio/leads/{lead['id']}").text


def test_replay_refuses_a_delivery_of_another_lead_and_signed_out_posts(app, client, signed_in, admin, receiver, worker):
    receiver.responder = scripted((400, {}, b"no"), (400, {}, b"no"))
    first, second = post_lead(signed_in, admin), post_lead(signed_in, admin)
    assert worker.run_once() == 2
    by_lead = {d.lead_id: d for d in rows(app, select(Delivery))}
    token = csrf_token(signed_in.get(f"/studio/leads/{first['id']}").text)

    crossed = signed_in.post(
        f"/studio/leads/{first['id']}/deliveries/{by_lead[second['id']].id}/replay", data={"csrf_token": token}
    )
    assert crossed.status_code == 404
    assert {d.status for d in rows(app, select(Delivery))} == {"dead"}

    signed_in.post("/studio/logout", data={"csrf_token": token})
    after = signed_in.post(f"/studio/leads/{first['id']}/deliveries/{by_lead[first['id']].id}/replay",
                           data={"csrf_token": token})
    assert after.status_code in (302, 400)  # the session is gone: to sign-in, or the token no longer matches
    assert {d.status for d in rows(app, select(Delivery))} == {"dead"}


def test_a_retrying_delivery_shows_its_attempts_and_error(app, signed_in, admin, receiver, worker):
    receiver.responder = scripted((503, {}, b"busy"))
    lead = post_lead(signed_in, admin)
    worker.run_once()
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    row = re.search(r'<tr id="delivery-[^"]+">(.*?)</tr>', page, re.S).group(1)
    assert ">retrying<" in row and "<td>1</td>" in row and "HTTP 503" in row
    assert "Replay" not in row


def test_a_call_booked_in_the_chat_shows_on_the_lead_and_in_the_funnel(app, signed_in, admin):
    lead = post_lead(signed_in, admin)
    before = {r[0]: r[1] for r in tables(signed_in.get("/studio/funnel").text)["funnel-totals"][1:]}
    starts = utcnow().replace(second=0, microsecond=0) + timedelta(days=2)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(Booking(id="bk_1", lead_id=lead["id"], owner="U0EMEA001", starts_at=starts,
                            ends_at=starts + timedelta(minutes=30), time_zone="Europe/Berlin", token="t" * 40))
    page = signed_in.get(f"/studio/leads/{lead['id']}").text
    assert f"{starts:%Y-%m-%d %H:%M} UTC" in page and "Europe/Berlin" in page
    assert owner_names()["U0EMEA001"] in page and "U0EMEA001" not in page
    after = {r[0]: r[1] for r in tables(signed_in.get("/studio/funnel").text)["funnel-totals"][1:]}
    assert (before["Booked"], after["Booked"]) == ("0", "1")
