"""``lead.erased`` in Slack: the alert and every line the bot posted in its thread keep nothing of the person.

The thread holds what the visitor and a salesperson said while the salesperson was in the chat
(``webhooks.handoff`` posts the visitor's lines with the bot's token) and the update notes; the bot may
edit only its own messages (Slack refuses the rest with ``cant_update_message``), which the fake holds
it to, as it holds both methods to the errors Slack's description lists (``contracts/slack/errors.json``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from harness.fakes import slack_contract
from harness.fakes.slack import SlackFake
from harness.fakes.slack_contract import HERE
from integrations import slack_blocks
from integrations.destination import DeliveryFailed
from integrations.slack import ERASED, Slack
from tests.integrations.conftest import delivery, lead

SALESPERSON = "U0ANNA"
PERSONAL = ("Jane", "jane", "acme", "+49 30 1234567", "Berlin")


@pytest.fixture
def slack(slack_fake: SlackFake) -> Slack:
    return Slack(token=slack_fake.token, base_url=slack_fake.api_url)


@pytest.fixture
def bot(slack_fake: SlackFake) -> WebClient:
    """The service's own client, as ``webhooks.handoff`` posts the visitor's lines in the alert's thread."""
    return WebClient(token=slack_fake.token, base_url=slack_fake.api_url, retry_handlers=[])


def a_thread_with_a_chat(slack: Slack, slack_fake: SlackFake, bot: WebClient) -> tuple[str, str]:
    """An alert, an update note, and a salesperson's chat with the visitor relayed in its thread."""
    channel, ts = slack.deliver(delivery("lead.qualified", lead())).external_id.split(":")
    slack.deliver(delivery("lead.updated", lead(status="claimed", changes=["email: jane.doe@acme.io"]),
                           f"{channel}:{ts}"))
    bot.chat_postMessage(channel=channel, thread_ts=ts, text="💬 Anna joined the visitor's chat.",
                         blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "💬 *Anna joined.*"}},
                                 {"type": "actions", "elements": [{"type": "button", "action_id": "hand_back",
                                                                   "text": {"type": "plain_text", "text": "Hand back"},
                                                                   "value": "lead-1"}]}])
    bot.chat_postMessage(channel=channel, thread_ts=ts, text="🗨️ *Visitor:* I'm Jane, call me on +49 30 1234567")
    slack_fake.reply_in_thread(channel, ts, SALESPERSON, "Thanks Jane, I'll call you from Berlin")
    bot.chat_postMessage(channel=channel, thread_ts=ts, text="🗨️ *Visitor:* great, jane.doe@acme.io works too")
    return channel, ts


def bot_lines(slack_fake: SlackFake, channel: str, ts: str) -> list[dict[str, Any]]:
    return [m for m in slack_fake.thread(channel, ts) if m.get("bot_id")]


def test_an_erasure_replaces_the_alert_and_every_line_the_bot_posted_in_its_thread(slack, slack_fake, bot) -> None:
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    assert len(bot_lines(slack_fake, channel, ts)) == 4
    posted = len(slack_fake.posts())

    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))

    alert = slack_fake.messages[(channel, ts)]
    assert alert["text"] == ERASED and alert["blocks"] == slack_blocks.erased_blocks()
    for line in bot_lines(slack_fake, channel, ts):
        assert (line["text"], line["blocks"]) == (ERASED, []), line
        assert not any(word in json.dumps(line) for word in PERSONAL)
    assert not any(word in json.dumps(alert) for word in PERSONAL)
    salesperson = [m for m in slack_fake.thread(channel, ts) if m.get("user") == SALESPERSON]
    assert [m["text"] for m in salesperson] == ["Thanks Jane, I'll call you from Berlin"], \
        "a person's own message is theirs: a bot token cannot edit it"
    assert len(slack_fake.posts()) == posted, "nothing new is posted"


def test_an_erasure_tried_again_edits_nothing_already_erased(slack, slack_fake, bot) -> None:
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    before = len(slack_fake.updates())
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
    assert len(slack_fake.updates()) == before, "the alert and the lines already say only ERASED"
    assert not slack_fake.calls("POST", "/api/chat.delete")


def test_a_message_slack_gives_back_with_its_own_block_ids_and_rich_text_counts_as_erased(slack, slack_fake) -> None:
    """Slack adds ``block_id`` to blocks it gives back and may draw a text-only message as rich text in pieces."""
    channel, ts = slack.deliver(delivery("lead.qualified", lead())).external_id.split(":")
    slack_fake.messages[(channel, ts)].update(text=ERASED, blocks=[
        {"type": "section", "block_id": "x1Y2", "text": {"type": "plain_text", "text": ERASED, "emoji": True}}])
    line = {"type": "message", "ts": f"{ts[:-1]}9", "thread_ts": ts, "bot_id": "B0BOT", "text": ERASED,
            "blocks": [{"type": "rich_text", "block_id": "a", "elements": [{"type": "rich_text_section", "elements": [
                {"type": "text", "text": ERASED[:10]}, {"type": "text", "text": ERASED[10:]}]}]}]}
    slack_fake.messages[(channel, line["ts"])] = line
    before = len(slack_fake.updates())
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert len(slack_fake.updates()) == before


def test_a_message_that_still_shows_anything_besides_erased_is_erased_again(slack, slack_fake, bot) -> None:
    """Near misses of an erased message: the text is ERASED but a block still shows a name or a button, or a block
    is ERASED but the text is not."""
    channel, ts = slack.deliver(delivery("lead.qualified", lead())).external_id.split(":")
    section = {"type": "section", "text": {"type": "plain_text", "text": ERASED}}
    leftovers = [
        (ERASED, [section, {"type": "section", "text": {"type": "mrkdwn", "text": "Jane Doe"}}]),
        (ERASED, [{"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Hand back"}, "value": "lead-1"}]}]),
        ("🗨️ *Visitor:* I'm Jane", [section]),
        (ERASED + " Jane", []),
    ]
    for text, blocks in leftovers:
        bot.chat_postMessage(channel=channel, thread_ts=ts, text=text, blocks=blocks or None)
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert [(m["text"], m["blocks"]) for m in bot_lines(slack_fake, channel, ts)] == [(ERASED, [])] * len(leftovers)


def test_a_long_thread_is_read_page_by_page(slack, slack_fake, bot) -> None:
    channel, ts = slack.deliver(delivery("lead.qualified", lead())).external_id.split(":")
    for n in range(205):
        bot.chat_postMessage(channel=channel, thread_ts=ts, text=f"🗨️ *Visitor:* line {n} from jane")
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert {m["text"] for m in bot_lines(slack_fake, channel, ts)} == {ERASED}
    assert len(slack_fake.calls("GET", "/api/conversations.replies")) + \
        len(slack_fake.calls("POST", "/api/conversations.replies")) >= 2


def test_an_alert_deleted_in_slack_leaves_nothing_to_erase_and_the_delivery_succeeds(slack, slack_fake) -> None:
    outcome = slack.deliver(delivery("lead.qualified", lead()))
    del slack_fake.messages[tuple(outcome.external_id.split(":"))]
    assert slack.deliver(delivery("lead.erased", lead(), outcome.external_id)).external_id == outcome.external_id
    assert not slack_fake.updates()


def test_an_alert_deleted_in_slack_over_a_thread_leaves_the_bots_lines_to_erase(slack, slack_fake, bot) -> None:
    """Slack keeps a deleted parent's replies under a tombstone: they still name the person."""
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    slack_fake.delete(channel, ts)
    assert slack_fake.messages[(channel, ts)]["subtype"] == "tombstone"
    before = len(slack_fake.updates())
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert {(m["text"], str(m["blocks"])) for m in bot_lines(slack_fake, channel, ts)} == {(ERASED, "[]")}
    edited = [u["ts"] for u in slack_fake.updates()[before:]]
    assert len(edited) == 4 and ts not in edited, "the tombstone is not the bot's to edit"


def test_a_lead_never_alerted_is_erased_without_a_call(slack, slack_fake) -> None:
    slack.deliver(delivery("lead.erased", lead(), None))
    assert not slack_fake.acted()


# The fake refuses what Slack refuses, with the errors Slack's description lists for the method.

DOCUMENTED = json.loads((HERE / "errors.json").read_text())


def refused(call: Any, method: str) -> str:
    with pytest.raises(SlackApiError) as failure:
        call()
    error = failure.value.response["error"]
    assert error in DOCUMENTED[method]["errors"], f"{method} never answers {error}"
    return error


def test_the_fake_refuses_to_update_a_message_the_bot_did_not_post(slack_fake, bot) -> None:
    alert = bot.chat_postMessage(channel="C0LEADS", text="alert")["ts"]
    slack_fake.reply_in_thread("C0LEADS", alert, SALESPERSON, "mine")
    theirs = slack_fake.thread("C0LEADS", alert)[0]["ts"]
    assert refused(lambda: bot.chat_update(channel="C0LEADS", ts=theirs, text="x"),
                   "chat.update") == "cant_update_message"
    assert slack_fake.thread("C0LEADS", alert)[0]["text"] == "mine"


def test_the_fake_refuses_to_update_a_message_that_is_not_there_or_a_channel_that_is_not(bot) -> None:
    assert refused(lambda: bot.chat_update(channel="C0LEADS", ts="1.000001", text="x"),
                   "chat.update") == "message_not_found"
    assert refused(lambda: bot.chat_update(channel="C0NOWHERE", ts="1.000001", text="x"),
                   "chat.update") == "channel_not_found"


def test_the_fake_reads_a_thread_only_from_its_parent_in_a_known_channel(bot) -> None:
    alert = bot.chat_postMessage(channel="C0LEADS", text="alert")["ts"]
    reply = bot.chat_postMessage(channel="C0LEADS", thread_ts=alert, text="reply")["ts"]
    assert [m["ts"] for m in bot.conversations_replies(channel="C0LEADS", ts=alert)["messages"]] == [alert, reply]
    assert [m["ts"] for m in bot.conversations_replies(channel="C0LEADS", ts=reply)["messages"]] == [alert, reply], \
        "a reply's ts names its thread too"
    assert refused(lambda: bot.conversations_replies(channel="C0LEADS", ts="1.000001"),
                   "conversations.replies") == "thread_not_found"
    assert refused(lambda: bot.conversations_replies(channel="C0NOWHERE", ts=alert),
                   "conversations.replies") == "channel_not_found"


def test_the_fake_keeps_a_messages_blocks_unless_told_to_remove_them(slack_fake, bot) -> None:
    """As chat.update's ``blocks`` is described: omitted keeps them, an empty array removes them."""
    blocks = [{"type": "section", "text": {"type": "plain_text", "text": "Jane, Acme"}}]
    ts = bot.chat_postMessage(channel="C0LEADS", text="Jane", blocks=blocks)["ts"]
    bot.chat_update(channel="C0LEADS", ts=ts, text="erased")
    assert slack_fake.messages[("C0LEADS", ts)]["blocks"] == blocks
    bot.chat_update(channel="C0LEADS", ts=ts, text="erased", blocks=[])
    assert slack_fake.messages[("C0LEADS", ts)]["blocks"] == []
    assert "retained" in DOCUMENTED["chat.update"]["parameters"]["blocks"]


# Reading the thread: Slack's description of conversations.replies names ``channels:history`` for public
# channels and ``groups:history`` for private ones (``security``, per the kind of conversation), and the
# channels:history scope page lists bot tokens and conversations.replies (contracts/slack/README.md).

KINDS = {"public": ("C0LEADS", "channels:history"), "private": ("G0DEALS", "groups:history")}


def a_thread_in(fake: SlackFake, channel: str) -> str:
    """An alert in ``channel`` with two visitor lines the bot relayed and a salesperson's reply."""
    client = WebClient(token=fake.token, base_url=fake.api_url, retry_handlers=[])
    ts = client.chat_postMessage(channel=channel, text="New lead: Jane Doe, Acme")["ts"]
    client.chat_postMessage(channel=channel, thread_ts=ts, text="🗨️ *Visitor:* I'm Jane, +49 30 1234567")
    fake.reply_in_thread(channel, ts, SALESPERSON, "Thanks Jane")
    client.chat_postMessage(channel=channel, thread_ts=ts, text="🗨️ *Visitor:* jane.doe@acme.io")
    return ts


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_with_the_manifests_scopes_the_bot_token_erases_a_thread_in_a_public_or_private_channel(kind) -> None:
    channel, _ = KINDS[kind]
    with SlackFake(channels=(channel,)) as fake:
        ts = a_thread_in(fake, channel)
        Slack(token=fake.token, base_url=fake.api_url).deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
        assert {m["text"] for m in bot_lines(fake, channel, ts)} == {ERASED}
        assert fake.messages[(channel, ts)]["text"] == ERASED


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_token_without_the_history_scope_fails_the_erasure_for_good_with_nothing_half_done_and_a_replay_finishes(
        kind) -> None:
    """What an app installed before the manifest asked for the scope gets: the thread cannot be read, so nothing is
    changed (no blanked alert that looks done over lines that still name the person), and the delivery fails for
    good naming the scope to grant. Once it is granted, the same erasure again erases everything."""
    channel, scope = KINDS[kind]
    scopes = tuple(s for s in slack_contract.granted_scopes() if s != scope)
    with SlackFake(channels=(channel,), scopes=scopes) as fake:
        ts = a_thread_in(fake, channel)
        client = WebClient(token=fake.token, base_url=fake.api_url, retry_handlers=[])
        with pytest.raises(SlackApiError) as answer:
            client.conversations_replies(channel=channel, ts=ts)
        assert answer.value.response.data == {"ok": False, "error": "missing_scope", "needed": scope,
                                              "provided": ",".join(scopes)}
        slack = Slack(token=fake.token, base_url=fake.api_url)
        with pytest.raises(DeliveryFailed) as failed:
            slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
        assert not failed.value.retryable
        assert f"missing_scope, needs {scope}" in str(failed.value) and "changed nothing in it" in str(failed.value)
        assert not fake.updates() and not fake.calls("POST", "/api/chat.delete")
        assert fake.messages[(channel, ts)]["text"] == "New lead: Jane Doe, Acme"

        fake.scopes = slack_contract.granted_scopes()
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
        assert fake.messages[(channel, ts)]["text"] == ERASED
        assert {m["text"] for m in bot_lines(fake, channel, ts)} == {ERASED}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_other_kinds_history_scope_is_not_needed_to_erase_a_thread(kind) -> None:
    channel, scope = KINDS[kind]
    other = next(s for k, (_, s) in KINDS.items() if k != kind)
    scopes = tuple(s for s in slack_contract.granted_scopes() if s != other)
    with SlackFake(channels=(channel,), scopes=scopes) as fake:
        ts = a_thread_in(fake, channel)
        Slack(token=fake.token, base_url=fake.api_url).deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
        assert {m["text"] for m in bot_lines(fake, channel, ts)} == {ERASED}


def test_the_manifest_asks_for_a_scope_that_reads_threads_in_every_kind_of_channel_an_alert_can_go_to() -> None:
    granted = set(slack_contract.granted_scopes())
    for channel, scope in KINDS.values():
        needed = slack_contract.needed_scopes("conversations.replies", channel)
        assert needed == [scope] and scope in granted
    assert "im:history" in slack_contract.needed_scopes("conversations.replies", "D0DIRECT")


def test_the_fake_lets_a_user_token_edit_only_its_persons_messages_not_the_bots() -> None:
    """Slack's ``cant_update_message``: a token edits what it posted, so a user token cannot blank the bot's
    alert, and what it posts carries its person, not a bot."""
    with SlackFake() as bot_side:
        client = WebClient(token=bot_side.token, base_url=bot_side.api_url, retry_handlers=[])
        ts = client.chat_postMessage(channel="C0LEADS", text="alert")["ts"]
        assert client.auth_test()["bot_id"]
    with SlackFake(token="xoxp-user-token") as fake:
        person = WebClient(token=fake.token, base_url=fake.api_url, retry_handlers=[])
        assert "bot_id" not in person.auth_test().data
        own = person.chat_postMessage(channel="C0LEADS", text="a note")["ts"]
        assert "bot_id" not in fake.messages[("C0LEADS", own)]
        person.chat_update(channel="C0LEADS", ts=own, text="edited")
        fake.messages[("C0LEADS", ts)] = {**bot_side.messages[("C0LEADS", ts)]}
        assert refused(lambda: person.chat_update(channel="C0LEADS", ts=ts, text=ERASED),
                       "chat.update") == "cant_update_message"


# Failures: read first, then change. A transient one (429 with Retry-After, a 5xx, the network) is the outbox's to
# retry, and what an attempt erased stays erased; a permanent one leaves nothing reported as done.

TRANSIENT = {
    "429 with Retry-After": dict(error="ratelimited", status=429, retry_after=7),
    "500": dict(error="internal_error", status=500),
    "503": dict(error="service_unavailable", status=503),
    "200 fatal_error": dict(error="fatal_error", status=200),  # documented for chat.update and chat.delete
}


def personal_lines(fake: SlackFake, channel: str, ts: str) -> list[str]:
    return [m["text"] for m in [fake.messages[(channel, ts)], *bot_lines(fake, channel, ts)] if m["text"] != ERASED]


@pytest.mark.parametrize("how", sorted(TRANSIENT))
def test_a_thread_slack_will_not_show_for_a_moment_is_retried_with_nothing_changed_then_erased(
        slack, slack_fake, bot, how) -> None:
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    before = len(slack_fake.updates())
    scripted = dict(TRANSIENT[how])
    if scripted["error"] == "fatal_error":  # not one conversations.replies' description lists: Slack's 5xx then
        scripted.update(error="internal_error", status=502)
    slack_fake.refuse_next("conversations.replies", **scripted)
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert failed.value.retryable, str(failed.value)
    if scripted.get("retry_after"):
        assert failed.value.retry_after == 7
    assert len(slack_fake.updates()) == before, "nothing is blanked before the whole thread is read"

    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
    assert personal_lines(slack_fake, channel, ts) == []


def test_a_thread_that_cannot_be_reached_over_the_network_is_retried_with_nothing_changed(slack_fake, bot) -> None:
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url, timeout=2)
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    before = len(slack_fake.updates())
    slack_fake.lose_reply_next(path="/api/conversations.replies")
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert failed.value.retryable, str(failed.value)
    assert len(slack_fake.updates()) == before
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
    assert personal_lines(slack_fake, channel, ts) == []


@pytest.mark.parametrize("how", sorted(TRANSIENT))
def test_a_rate_limit_or_outage_half_way_through_the_lines_is_retried_and_the_retry_edits_only_the_rest(
        slack, slack_fake, bot, how) -> None:
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    first = len(slack_fake.updates())
    slack_fake.refuse_next("chat.update", after=2, **TRANSIENT[how])  # the alert and one line go through
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert failed.value.retryable, str(failed.value)
    assert len(slack_fake.updates()) - first == 3  # two edits, and the refused one
    assert len(personal_lines(slack_fake, channel, ts)) == 3, "half done, and not reported as done"

    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
    assert personal_lines(slack_fake, channel, ts) == []
    assert len(slack_fake.updates()) - first == 3 + 3, "the retry edits only the three lines left"


@pytest.mark.parametrize("refused", ["missing_scope", "channel_not_found"])
def test_a_thread_slack_refuses_to_show_for_good_fails_the_erasure_for_good_with_nothing_changed(
        slack, slack_fake, bot, refused) -> None:
    """Both are errors conversations.replies' description lists: a scope the token lacks, a private channel the
    bot was removed from (Slack hides it: ``channel_not_found``)."""
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    before, personal = len(slack_fake.updates()), personal_lines(slack_fake, channel, ts)
    slack_fake.refuse_next("conversations.replies", refused)
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert not failed.value.retryable
    assert refused in str(failed.value) and "could not be read" in str(failed.value)
    assert len(slack_fake.updates()) == before and personal_lines(slack_fake, channel, ts) == personal


def test_a_bot_removed_from_the_channel_fails_the_erasure_for_good_and_says_how_much_is_left() -> None:
    with SlackFake() as fake:
        slack = Slack(token=fake.token, base_url=fake.api_url)
        channel, ts = a_thread_with_a_chat(slack, fake, bot=WebClient(token=fake.token, base_url=fake.api_url,
                                                                       retry_handlers=[]))
        fake.not_member.add(channel)
        with pytest.raises(DeliveryFailed) as failed:
            slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
        assert not failed.value.retryable
        assert "5 of the bot's 5 messages" in str(failed.value) and "not_in_channel" in str(failed.value)

        fake.not_member.clear()  # invited back: the erasure replayed finishes
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}", attempt=2))
        assert personal_lines(fake, channel, ts) == []


@pytest.mark.parametrize("which", ["the alert", "a line in its thread"])
def test_a_message_the_workspace_no_longer_lets_be_edited_is_deleted_instead(slack, slack_fake, bot, which) -> None:
    """chat.update's ``edit_window_closed`` (a workspace's edit window): chat.delete removes what cannot be blanked."""
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    line = ts if which == "the alert" else bot_lines(slack_fake, channel, ts)[1]["ts"]
    slack_fake.refuse_next("chat.update", "edit_window_closed", after=0 if which == "the alert" else 2)
    slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert [SlackFake.args(r)["ts"] for r in slack_fake.calls("POST", "/api/chat.delete")] == [line]
    if which == "the alert":
        assert slack_fake.messages[(channel, ts)]["subtype"] == "tombstone"
    else:
        assert (channel, line) not in slack_fake.messages and slack_fake.messages[(channel, ts)]["text"] == ERASED
    assert [m["text"] for m in bot_lines(slack_fake, channel, ts) if m["text"] != ERASED] == []


def test_a_line_slack_will_neither_edit_nor_delete_is_named_while_every_other_line_is_erased(
        slack, slack_fake, bot) -> None:
    channel, ts = a_thread_with_a_chat(slack, slack_fake, bot)
    slack_fake.refuse_next("chat.update", "edit_window_closed", after=2)
    slack_fake.refuse_next("chat.delete", "compliance_exports_prevent_deletion")
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.erased", lead(), f"{channel}:{ts}"))
    assert not failed.value.retryable
    assert "1 of the bot's 5 messages" in str(failed.value)
    assert "compliance_exports_prevent_deletion" in str(failed.value)
    assert len(personal_lines(slack_fake, channel, ts)) == 1


def test_the_fake_deletes_only_the_bots_own_messages_with_the_errors_slack_lists(slack_fake, bot) -> None:
    alert = bot.chat_postMessage(channel="C0LEADS", text="alert")["ts"]
    slack_fake.reply_in_thread("C0LEADS", alert, SALESPERSON, "mine")
    theirs = slack_fake.thread("C0LEADS", alert)[0]["ts"]
    assert refused(lambda: bot.chat_delete(channel="C0LEADS", ts=theirs), "chat.delete") == "cant_delete_message"
    assert refused(lambda: bot.chat_delete(channel="C0LEADS", ts="1.000001"), "chat.delete") == "message_not_found"
    assert refused(lambda: bot.chat_delete(channel="C0NOWHERE", ts=alert), "chat.delete") == "channel_not_found"
    bot.chat_delete(channel="C0LEADS", ts=alert)
    assert slack_fake.messages[("C0LEADS", alert)]["subtype"] == "tombstone", "its reply keeps it as a tombstone"
    assert refused(lambda: bot.chat_delete(channel="C0LEADS", ts=alert), "chat.delete") == "message_not_found"
    lone = bot.chat_postMessage(channel="C0LEADS", text="alone")["ts"]
    bot.chat_delete(channel="C0LEADS", ts=lone)
    assert ("C0LEADS", lone) not in slack_fake.messages


def test_the_fake_scripts_only_refusals_slack_documents_for_the_method(slack_fake) -> None:
    for method, error in [("conversations.replies", "not_in_channel"), ("chat.update", "thread_not_found"),
                          ("chat.delete", "edit_window_closed")]:
        with pytest.raises(ValueError):
            slack_fake.refuse_next(method, error)
    slack_fake.refuse_next("conversations.replies", "ratelimited", status=429, retry_after=3)
    slack_fake.refuse_next("chat.delete", "internal_error", status=503)
