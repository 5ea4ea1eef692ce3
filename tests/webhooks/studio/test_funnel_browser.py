"""The leads pages and the funnel in a real browser, over real conversations with the real bot.

Two visitors chat with Rasa (REST channel) through the action server: one
answers everything (with markup in an answer) and becomes a lead, whose
signed webhook the receiver refuses, so the worker marks it dead; the other
answers one question and leaves. A marketer signs in, reads the funnel
(counted from Rasa's own tracker events), opens the lead, sees the chat as
text, and replays the dead delivery, which the running worker then delivers.
Screenshots: ``var/screenshots/test_funnel_browser.*``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Callable

import pytest

from harness.fakes.webhook_receiver import WebhookReceiver, scripted
from harness.script import SQL_ANSWERS, converse
from harness.services import webhook_playbook
from harness.stack import Stack, Visitor
from qualification import load_playbook
from qualification.wording import METADATA_KEY, shown, variant_key
from tests.shared_product import fresh_product
from tests.waiting import wait_for
from tests.webhooks.studio.served import add_marketer

pytestmark = pytest.mark.slow

PASSWORD = "a studio password for the funnel"
MARKETER = "funnel-marketer@example.com"
MARKUP = "<script>alert('need')</script>"


@pytest.fixture(scope="module")
def receiver(product_receiver: WebhookReceiver) -> WebhookReceiver:
    """The shared stack's webhook endpoint (tests/shared_product.py), refusing its first delivery, with nothing recorded yet."""
    with product_receiver._lock:
        product_receiver.received.clear()
        product_receiver.accepted.clear()
        product_receiver.rejected.clear()
    product_receiver.responder = scripted((400, {}, b"refused once"))
    return product_receiver


@pytest.fixture(scope="module")
def product(product_stack: Stack, receiver: WebhookReceiver, tmp_path_factory: pytest.TempPathFactory) -> Stack:
    """The shared stack (tests/shared_product.py) as a new one, on the default playbook with the webhook added to every route: the
    funnel counts every conversation in the database, so none may be left from another module."""
    playbook = webhook_playbook(tmp_path_factory.mktemp("funnel-playbook") / "playbook.yml")
    fresh_product(product_stack, playbook.read_text(encoding="utf-8"))
    add_marketer(product_stack.database_url, MARKETER, PASSWORD)
    return product_stack


def database(stack: Stack) -> sqlite3.Connection:
    return sqlite3.connect(stack.database_url.removeprefix("sqlite:///"), timeout=30)


def rows_of(page: Any, table: str) -> dict[str, list[str]]:
    found = {}
    for row in page.locator(f"#{table} tbody tr").all():
        cells = [" ".join(c.split()) for c in row.locator("th, td").all_text_contents()]
        found[cells[0]] = cells[1:]
    return found


def test_marketer_reads_the_funnel_opens_a_lead_and_replays_its_dead_delivery(
    page: Any, product: Stack, receiver: WebhookReceiver, screenshot: Callable[[Any, str], Path]
) -> None:
    playbook = load_playbook(product.playbook)
    buyer = Visitor(product.rasa_url)
    converse(buyer, playbook, {**SQL_ANSWERS, "need": f"{SQL_ANSWERS['need']} {MARKUP}"})
    lead = wait_for(lambda: product.lead_for(buyer.sender), "the buyer's lead", timeout=30)
    assert lead["stage"] == "sql", buyer.history()
    leaver = Visitor(product.rasa_url)
    leaver.say("hi")
    leaver.say("we need more leads")  # answers the first question, is asked the second, and leaves
    with database(product) as db:
        db.execute("UPDATE events SET timestamp = timestamp - 7200 WHERE sender_id = ?", (leaver.sender,))  # 2 h later
        last_asked = [json.loads(d)["value"] for (d,) in db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' AND action_name = 'requested_slot'"
            " ORDER BY id", (leaver.sender,))]
    assert last_asked[-1] is not None, leaver.history()
    left_at = next(q.id for q in playbook.questions if q.attribute == last_asked[-1])
    delivery_id = wait_for(lambda: database(product).execute(
        "SELECT id FROM deliveries WHERE lead_id = ? AND status = 'dead'", (lead["id"],)).fetchone(), "a dead delivery", timeout=30)[0]

    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(f"{product.service_url}/studio/funnel")
    page.wait_for_url(re.compile(r"/studio/login\?next="))
    page.get_by_label("Email").fill(MARKETER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/studio/funnel$"))
    screenshot(page, "funnel")
    totals = rows_of(page, "funnel-totals")
    assert [totals[name][0] for name in ("Conversations started", "Identified (MQL)", "Sales-qualified (SQL)", "Booked")] \
        == ["2", "1", "1", "0"]
    page.get_by_text("Show as a table").nth(1).click()
    dropouts = rows_of(page, "funnel-dropouts")
    assert dropouts[left_at][:2] == ["1", "2"], dropouts  # asked in both conversations, one left there
    assert page.get_by_role("figure", name=re.compile("^Where conversations stopped")).is_visible()

    # The real bot said which wording it showed (the one this conversation is assigned), and the funnel counted it.
    question = next(q for q in playbook.questions if q.attribute == last_asked[-1])
    assigned = shown(question.wording, leaver.sender, question.attribute)
    with database(product) as db:
        said = [json.loads(d) for (d,) in db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'bot' ORDER BY id", (leaver.sender,))]
        counted = db.execute("SELECT variant FROM funnel_asks WHERE sender_id = ? AND question = ?",
                             (leaver.sender, question.attribute)).fetchone()
    marked = [e for e in said if (e.get("metadata") or {}).get(METADATA_KEY, {}).get("question") == question.attribute]
    assert marked and marked[0]["text"].endswith(assigned.text), said
    assert marked[0]["metadata"][METADATA_KEY]["variant"] == variant_key(assigned.text)
    assert counted == (variant_key(assigned.text),)

    page.get_by_role("link", name="Leads").click()
    page.wait_for_url(re.compile(r"/studio/leads$"))
    screenshot(page, "leads")
    page.locator(f"tr[data-lead='{lead['id']}'] a").first.click()
    page.wait_for_url(re.compile(rf"/studio/leads/{lead['id']}$"))
    chat = page.locator("ol.transcript").inner_text()
    assert MARKUP in chat and SQL_ANSWERS["budget"] in chat
    assert MARKUP in page.locator("table.answers").inner_text()
    assert page.locator("table.bant tbody tr").count() == 4
    row = page.locator(f"#delivery-{delivery_id}")
    assert "dead" in row.inner_text() and "HTTP 400" in row.inner_text()
    screenshot(page, "lead-with-dead-delivery")

    row.get_by_role("button", name=re.compile("^Replay")).click()
    page.wait_for_selector(".flash-success")
    assert "queued again" in page.locator(".flash-success").inner_text()

    def delivered() -> bool:
        page.reload()
        return "delivered" in page.locator(f"#delivery-{delivery_id}").inner_text()

    wait_for(delivered, "the replayed delivery to arrive", timeout=20)
    screenshot(page, "replayed-and-delivered")
    assert [r.id for r in receiver.received] == [delivery_id, delivery_id]
    assert dialogs == []  # no visitor text ever ran as script
