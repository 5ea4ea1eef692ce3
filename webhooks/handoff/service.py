"""The handoff's moves, each a transaction (``relay``) followed by what Slack and the widget must see.

Called by the bolt listeners (Join chat, Hand back), by the one Slack URL for
thread replies and for a person leaving a channel (``member_left_channel``),
by the bot's channel for the visitor's messages, and, on commit, by an
erasure that ended a live chat (its salesperson is told). Slack
is told through the Web API directly, not the outbox: a chat is live, a line
late by a retry's backoff is a line too late. The line is stored first, so a
Slack or widget that is down loses nothing that was said.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Mapping

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from integrations.slack_blocks import ACTION_HAND_BACK, alert_blocks, alert_text, escape, plain
from webhooks.handoff import notes, presence, relay
from webhooks.handoff.bot_link import JOINED, LEFT, MESSAGE, BotLink
from webhooks.handoff.hours import team_at_work
from webhooks.leads import CHATS_ENDED_BY_ERASURE, ErasedChat

log = logging.getLogger("leadbot.handoff")
FAILED = "Sorry, that did not work; please try again."
MEMBER_LEFT = "member_left_channel"  # Slack's event for a person leaving a channel


class Handoffs:
    def __init__(self, sessions: sessionmaker, client: WebClient, bot: BotLink,
                 names: Callable[[str], str | None] | None = None,
                 takes_chat: Callable[[str], bool] | None = None) -> None:
        self.sessions, self.client, self.bot = sessions, client, bot
        self.names = names or (lambda _: None)
        # Which destinations get the chat as a note when it ends (``notes``); none without a registry.
        self.takes_chat = takes_chat or (lambda _: False)
        # Thread replies are taken after Slack's acknowledgement, one at a time: a chat's lines stay in order.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="handoff-replies")
        # An erasure (``webhooks.leads.erase``, in whichever request) ends the lead's live chat in its transaction;
        # its salesperson hears of it once that transaction committed, never for one rolled back.
        event.listen(sessions, "after_commit", self._tell_erased)
        event.listen(sessions, "after_rollback", self._forget_erased)

    def _tell_erased(self, session: Session) -> None:
        for chat in session.info.pop(CHATS_ENDED_BY_ERASURE, ()):
            self.executor.submit(self._erased, chat)

    @staticmethod
    def _forget_erased(session: Session) -> None:
        session.info.pop(CHATS_ENDED_BY_ERASURE, None)

    def _erased(self, chat: ErasedChat) -> None:
        """The salesperson in the chat is told it ended, and why; nothing of the visitor is said."""
        try:
            self.client.chat_postMessage(channel=chat.channel, thread_ts=chat.thread_ts, text=(
                f"🔒 <@{chat.agent_id}> The visitor's data was erased on request, so this chat has ended: nothing "
                "written here reaches them any more."))
        except (SlackApiError, OSError) as error:
            log.warning("telling a salesperson their chat was erased failed: %s", type(error).__name__)

    def later(self, event: Mapping[str, Any]) -> None:
        """Take a thread reply, or a person leaving a channel, after the request that brought it was answered."""
        self.executor.submit(self._safely, dict(event))

    def _safely(self, event: dict[str, Any]) -> None:
        try:
            if event.get("type") == MEMBER_LEFT:
                self.left_channel(event)
            else:
                self.thread_reply(event)
        except Exception:
            log.exception("a Slack event for a chat could not be taken")

    def name_of(self, user_id: str) -> str:
        """The person's name: the playbook's for its owners, else Slack's (``users.info``), else a neutral one."""
        try:
            named = self.names(user_id)
        except Exception:  # a playbook being republished: Slack's name will do
            log.exception("the playbook's owner names could not be read")
            named = None
        if named:
            return named[:100]
        try:
            user = self.client.users_info(user=user_id)["user"]
        except (SlackApiError, KeyError, TypeError) as error:
            log.warning("users.info failed for a joining salesperson: %s", type(error).__name__)
            return "Someone from our team"
        profile = user.get("profile") or {}
        return str(profile.get("display_name") or profile.get("real_name") or user.get("real_name")
                   or "Someone from our team")[:100]

    def join(self, lead_id: Any, user_id: str, clicked: tuple[str, str] | None = None) -> str | None:
        """The first click joins; returns what to tell the clicker alone (None when it went well). ``clicked``:
        the alert message (channel, ts) the button was on."""
        name = self.name_of(user_id)
        with self.sessions() as session, session.begin():
            joined = relay.join(session, lead_id, user_id, name, clicked)
        if not joined.ok or joined.turn is None:
            return joined.message
        turn = joined.turn
        self.bot.push(turn.conversation_id, JOINED, name=turn.agent_name)
        self._thread(turn, f"💬 {escape(turn.agent_name)} joined the visitor's chat. Replies from "
                           f"<@{turn.agent_id}> in this thread reach the visitor; the bot is silent meanwhile.",
                     blocks=[{"type": "section", "text": {"type": "mrkdwn", "text":
                              f"💬 *{escape(turn.agent_name)} joined the visitor's chat.* Replies from <@{turn.agent_id}> "
                              "in this thread reach the visitor; the bot is silent meanwhile."}},
                             {"type": "actions", "elements": [{"type": "button", "action_id": ACTION_HAND_BACK,
                                                               "text": plain("Hand back to the bot"),
                                                               "value": str(lead_id)}]}])
        return None

    def hand_back(self, lead_id: Any, user_id: str) -> str | None:
        with self.sessions() as session, session.begin():
            turn = relay.end(session, lead_id=lead_id, user_id=user_id)
            if turn is not None:
                notes.queue(session, turn.seq, self.takes_chat)
        if turn is None:
            return "Only the person in the chat can hand it back, and only while they are in it."
        self._back_to_bot(turn, f"🤖 {escape(turn.agent_name)} handed the chat back to the bot.")
        return None

    def left_channel(self, event: Mapping[str, Any]) -> int:
        """A person left a channel (``member_left_channel``): the chats they were in from its alerts go back to
        the bot, as on Hand back, since they can no longer read the thread. How many ended."""
        channel, user = event.get("channel"), event.get("user")
        if not (isinstance(channel, str) and channel and isinstance(user, str) and user):
            return 0
        with self.sessions() as session, session.begin():
            turns = relay.end_on_leaving(session, channel, user)
            for turn in turns:
                notes.queue(session, turn.seq, self.takes_chat)
        for turn in turns:
            self._back_to_bot(turn, f"🚪 {escape(turn.agent_name)} left this channel, so the visitor's chat is back "
                                    "with the bot.")
        return len(turns)

    def _back_to_bot(self, turn: relay.Turn, text: str) -> None:
        """The person is out: the widget's bot goes on where the form was, and the thread says why."""
        self.bot.push(turn.conversation_id, LEFT, name=turn.agent_name)
        self._thread(turn, text)

    def thread_reply(self, event: Mapping[str, Any]) -> bool:
        """A message in an alert's thread: relayed when it is the joined person's in a live chat."""
        channel, thread_ts, user = event.get("channel"), event.get("thread_ts"), event.get("user")
        text = event.get("text")
        if not all(isinstance(v, str) and v for v in (channel, thread_ts, user, text)):
            return False
        with self.sessions() as session, session.begin():
            turn = relay.from_thread(session, channel, thread_ts, user, text)
        if turn is None:
            log.info("a thread reply was not relayed: no live chat in that thread, or not from the person in it")
            return False
        self.bot.push(turn.conversation_id, MESSAGE, name=turn.agent_name, text=text[:relay.MAX_TEXT])
        return True

    def visitor_said(self, conversation_id: str, text: str) -> bool:
        """The visitor's message while a person is in: stored and shown in the thread. False: nobody is in."""
        with self.sessions() as session, session.begin():
            turn = relay.from_visitor(session, conversation_id, text)
        if turn is None:
            return False
        self._thread(turn, f"🗨️ *Visitor:* {escape(text[:relay.MAX_TEXT])}")
        return True

    def asked(self, conversation_id: str, playbook: Any, wait: float, now: Any = None) -> dict[str, Any]:
        """The visitor asked for a person: is someone being fetched (working hours), and for how long may
        they wait; the alert's thread is told the visitor is waiting. With no alert yet (the worker is
        posting it), Slack is asked whether it answers at all (``auth.test``): a Slack that is down will
        show no alert, so nobody could come, and the visitor is told so at once."""
        with self.sessions() as session:
            if relay.live_of_conversation(session, conversation_id) is not None:
                return {"live": True, "fetching": False, "wait_seconds": 0}
            thread = relay.thread_of_conversation(session, conversation_id)
        if not team_at_work(playbook, now):
            return {"live": False, "fetching": False, "wait_seconds": 0}
        try:
            if thread is None:
                self.client.auth_test()
            else:
                self.client.chat_postMessage(channel=thread[0], thread_ts=thread[1], text=(
                    f"🙋 The visitor is on the page now and waiting for a person: click *Join chat* on this alert "
                    f"within {int(wait // 60) or 1} min, or the bot offers them a call instead."))
        except (SlackApiError, OSError) as error:  # Slack is down: nobody will hear of it, so nobody comes
            log.warning("Slack did not answer for a visitor waiting (%s): nobody can be fetched", type(error).__name__)
            return {"live": False, "fetching": False, "unreachable": True, "wait_seconds": 0}
        return {"live": False, "fetching": True, "wait_seconds": wait}

    def visitor_presence(self, conversation_id: str, kind: str) -> bool:
        """The visitor's last tab closed (``gone``) or a tab of theirs is open (``back``): the alert shows it; in
        a live chat the thread is told, and on return the lines they missed come again. True: a person is in."""
        with self.sessions() as session, session.begin():
            if not presence.mark(session, conversation_id, kind == presence.BACK):
                return relay.live_of_conversation(session, conversation_id) is not None  # a second tab: no news
            alert = presence.alert_of(session, conversation_id)
            found = relay.presence(session, conversation_id, kind)
        if alert is not None:
            channel, ts, data = alert
            try:
                self.client.chat_update(channel=channel, ts=ts, text=alert_text(data), blocks=alert_blocks(data))
            except SlackApiError as error:
                log.warning("showing whether the visitor is on the page failed: %s", error.response.get("error"))
        if found is None:
            return False
        turn, missed = found
        for text in missed:
            self.bot.push(turn.conversation_id, MESSAGE, name=turn.agent_name, text=text)
        self._thread(turn, "🚪 The visitor closed the page. What you write here is kept and shown when they come back."
                     if kind == presence.GONE else
                     f"👀 The visitor is back on the page{f' ({len(missed)} of your lines shown again)' if missed else ''}.")
        return True

    def visitor_left(self, conversation_id: str) -> bool:
        """The visitor's Stop: the chat ends for both sides."""
        with self.sessions() as session, session.begin():
            turn = relay.end(session, conversation_id=conversation_id)
            if turn is not None:
                notes.queue(session, turn.seq, self.takes_chat)
        if turn is None:
            return False
        self._thread(turn, "👋 The visitor ended the chat.")
        return True

    def _thread(self, turn: relay.Turn, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        try:
            self.client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, text=text,
                                         **({"blocks": blocks} if blocks else {}))
        except SlackApiError as error:
            log.warning("posting in a chat's thread failed: %s", error.response.get("error"))
