"""One real product for the page tests of tests/webhooks/site and tests/webhooks/studio (fixtures, from tests/conftest.py).

- ``product_stack``: service, delivery worker, action server and Rasa (``harness.stack.Stack``), one per worker that
  runs those tests (tests/conftest.py puts the modules that use it on one worker). Each folder started its own
  (the studio's two modules one each): a Rasa stack start is ~25 s CPU, on a machine ``make test`` keeps saturated.
- ``product_slack``: Slack's Web API (``harness.fakes.slack``), where the stack's leads are alerted.
- ``product_receiver``: the generic webhook's endpoint, in the processes' environment from start-up.
- ``fresh_product``: what each module that uses the stack calls first, to get what a stack of its own gave it: its
  playbook in the start-up file (served, and asked by the bot), and a database without conversations, leads,
  deliveries, funnel rows or playbook versions from the module before.

What the modules' stacks set differently in their environments is set here for all, each setting harmless to the
others: the site's abandoned-draft delay (its other tests, and the studio's, end the form or give no email, so
make no draft), the studio's session key, the webhook endpoint and the private networks it needs (only a playbook
with the webhook destination posts to it).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import TYPE_CHECKING, Iterator

import pytest
import requests

if TYPE_CHECKING:
    # Imported by the fixtures that use them: tests/conftest.py imports this module in every run, and the two fakes
    # were 0.13 s of the start-up of one that starts no stack (``pytest tests/nlu``).
    from harness.fakes.slack import SlackFake
    from harness.fakes.webhook_receiver import WebhookReceiver
    from harness.stack import Stack

# The default playbook's routes post to these channels.
CHANNELS = {"#sales-enterprise": "C0ENT", "#sales-emea": "C0EMEA", "#sales": "C0SALES", "#marketing-leads": "C0MKTG"}
# Seconds a draft lead waits for the rest of the form before the worker sends it on as abandoned: a page test can
# close a tab and see it go out (tests/webhooks/site/test_closed_tab.py). Long enough to read the draft once the bot
# answers; the other tests make no draft (the email is their last answer, which ends the form and sends the
# complete lead at once, or they give none).
ABANDONED_AFTER = 15
# The funnel test's webhook destination signs with this; the stack's service and worker know it from start-up.
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture(scope="session")
def product_slack() -> Iterator[SlackFake]:
    from harness.fakes.slack import SlackFake

    fake = SlackFake(channels=tuple(CHANNELS.values()), names=dict(CHANNELS))
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="session")
def product_receiver() -> Iterator[WebhookReceiver]:
    """Lives as long as the stack, whose environment has its URL; a module sets its responder."""
    from harness.fakes.webhook_receiver import WebhookReceiver

    with WebhookReceiver(WEBHOOK_SECRET) as running:
        yield running


@pytest.fixture(scope="session")
def product_stack(tmp_path_factory: pytest.TempPathFactory, product_slack: SlackFake,
                  product_receiver: WebhookReceiver) -> Iterator[Stack]:
    from bot.training import ensure_model
    from harness.ports import free_port
    from harness.stack import Stack
    from qualification import DEFAULT_PLAYBOOK

    workdir = tmp_path_factory.mktemp("product-stack")
    playbook = workdir / "playbook.yml"
    playbook.write_text(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"), encoding="utf-8")
    stack = Stack(workdir, ensure_model(), with_worker=True, playbook=playbook)
    stack.extra_env.update(
        SLACK_BOT_TOKEN=product_slack.token, SLACK_BASE_URL=product_slack.api_url, SLACK_DEFAULT_CHANNEL="",
        LEADBOT_BOT_URL=stack.rasa_url, LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port()}",
        LEADBOT_ABANDONED_AFTER=str(ABANDONED_AFTER), LEADBOT_SWEEP_SECONDS="1",
        LEADBOT_SECRET_KEY=secrets.token_hex(32),
        LEADBOT_WEBHOOK_ENDPOINTS=json.dumps({"ops": {"url": product_receiver.url, "secret": WEBHOOK_SECRET}}),
        LEADBOT_ALLOW_NETWORKS="127.0.0.0/8",
    )
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


# Kept by ``fresh_product``: the schema's version and the studio's accounts and sessions (each module signs in
# with accounts of its own). Every other table, the product's and Rasa's, is emptied. Playbook versions are
# numbered again from 1 after it, and the action server keeps the drafts it fetched for the studio's "Try it" chat
# by number (``bot.actions.playbook_source``, DRAFTS_KEPT): only one module that saves versions may use this stack
# (test_studio_browser.py), or a second one's "Try it" could be answered from the first one's draft.
KEPT_TABLES = frozenset({"alembic_version", "studio_users", "studio_sessions", "sqlite_sequence"})


def _empty(stack: Stack) -> None:
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///"), timeout=30) as db:
        # Off for this connection only: rows go in any order (a lead's children with it).
        db.execute("PRAGMA foreign_keys = OFF")
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in KEPT_TABLES]
        for table in tables:
            db.execute(f'DELETE FROM "{table}"')


def fresh_product(stack: Stack, playbook_text: str) -> Stack:
    """``stack`` as a module's own new stack was: no conversation, lead, delivery or funnel row, no playbook
    version (the start-up file is in force again), ``playbook_text`` in the start-up file, served by the service
    and asked by the bot. A module's counts (the funnel's totals) and its live playbook (the studio's tests publish
    a threshold of 100 and reorder the questions) must not depend on which module ran before it on the worker."""
    from harness.stack import Visitor
    from qualification import parse_playbook
    from qualification.playbook_file import read_yaml
    from qualification.wording import shown
    from tests.waiting import wait_for
    from webhooks.playbooks.snapshot import etag

    _empty(stack)
    assert stack.playbook is not None
    stack.playbook.write_text(playbook_text, encoding="utf-8")
    # The service's ETag for the start-up file is of its text: this one served, and no published version.
    wanted = etag(None, playbook_text)

    def served() -> bool:
        response = requests.get(f"{stack.service_url}/api/v1/playbook",
                                headers={"Authorization": f"Bearer {stack.admin_key}"}, timeout=10)
        response.raise_for_status()
        return response.headers.get("ETag") == wanted

    wait_for(served, "the service to serve the module's playbook file", timeout=30)
    # The action server asks the service about once a second: until it has, a new chat may still be asked from
    # the version published before. A probe asks until the first question comes in this file's own wording for
    # its conversation (a published edit that only appended to it does not end the same), then its rows go too.
    # It is also the stack's first turn, which pays the processes' warm-up before the module's first page test.
    first = parse_playbook(read_yaml(playbook_text)).questions[0]

    def asks_the_files_first_question() -> bool:
        probe = Visitor(stack.rasa_url)
        expected = shown(first.wording, probe.sender, first.attribute).text
        return any(line.rstrip().endswith(expected) for line in probe.say("hi").splitlines())

    wait_for(asks_the_files_first_question, "the bot to ask from the module's playbook file", timeout=60, interval=0.5)
    _empty(stack)
    return stack
