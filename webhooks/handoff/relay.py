"""The rules of a salesperson in a visitor's chat, inside the caller's transaction.

- ``join``: the first to click Join chat on a lead's alert is in; the lead's
  row lock (as Claim takes it) serialises two clicks, and the second is told
  who joined. Only a lead from the bot, with a live conversation, can be joined.
- ``from_thread``: a reply in the alert's thread is the visitor's to read only
  when the thread has a live handoff and the reply is from the person who
  joined (colleagues may talk in the thread without the visitor reading it).
- ``from_visitor``: while a person is in, the visitor's message is theirs.
- ``end``: Hand back (by the person in) or Stop (by the visitor);
  ``end_on_leaving``: the person left the alert's channel (Slack's
  ``member_left_channel``), so they can no longer read its thread: their chats
  there end as on Hand back.

Every line is stored with the lead (``HandoffMessage``) before it is relayed.

A chat is live only while its lead is not erased (``_live``): the erasure
forgets what was said, and a salesperson still in the thread, or a visitor
whose widget still shows them, must not start storing and relaying it again.
The erasure deletes the lead's handoffs and their lines, and the salesperson
of a live one is told in the thread (``service.Handoffs._erased``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from signing import BOT_SOURCE
from webhooks.handoff.models import AGENT, ENDED, LIVE, PRESENCE, VISITOR, Handoff, HandoffMessage
from webhooks.models import DestinationRecord, Lead, utcnow
from webhooks.slack.sales import GONE, live

MAX_TEXT = 4000


@dataclass(frozen=True)
class Turn:
    """A handoff as the edges need it: where the thread is, whose chat, who is in."""

    conversation_id: str
    channel: str
    thread_ts: str
    agent_id: str
    agent_name: str
    seq: int = 0  # the handoff's row

    @classmethod
    def of(cls, handoff: Handoff) -> "Turn":
        return cls(handoff.conversation_id, handoff.channel, handoff.thread_ts, handoff.agent_id, handoff.agent_name,
                   handoff.seq)


@dataclass(frozen=True)
class Joined:
    ok: bool
    message: str | None = None
    turn: Turn | None = None


def _live(*where: Any) -> Select:
    """The live handoffs matching ``where``, of leads not erased."""
    return select(Handoff).where(Handoff.state == LIVE, *where,
                                 Handoff.lead_id.in_(select(Lead.id).where(Lead.erased_at.is_(None))))


def _live_of_lead(session: Session, lead_id: str) -> Handoff | None:
    return session.execute(_live(Handoff.lead_id == lead_id)).scalars().first()


def alert_thread(session: Session, lead_id: str) -> tuple[str, str] | None:
    """The lead's alert in Slack (channel, ts), as the worker recorded it."""
    record = session.get(DestinationRecord, (lead_id, "slack"))
    if record is None or not record.external_id or ":" not in record.external_id:
        return None
    channel, ts = record.external_id.split(":", 1)
    return channel, ts


def _thread_of(message: tuple[str, str] | None) -> tuple[str, str] | None:
    """A clicked message as a thread to store, when it fits the columns (Slack's ids are short)."""
    if message is None or not all(0 < len(part) <= 40 for part in message):
        return None
    return message


def live_of_conversation(session: Session, conversation_id: str) -> Handoff | None:
    return session.execute(_live(Handoff.conversation_id == conversation_id)).scalars().first()


def thread_of_conversation(session: Session, conversation_id: str) -> tuple[str, str] | None:
    """The alert of the conversation's lead, when it has one."""
    lead_id = session.execute(select(Lead.id).where(Lead.conversation_id == conversation_id,
                                                    Lead.erased_at.is_(None))).scalars().first()
    return alert_thread(session, lead_id) if lead_id is not None else None


def join(session: Session, lead_id: Any, user_id: str, name: str,
         clicked: tuple[str, str] | None = None) -> Joined:
    """``user_id`` joins the lead's chat. ``clicked``: the message (channel, ts) whose Join button was clicked, the
    alert itself: the thread when the worker has not yet recorded where it posted the alert (it records that after
    Slack answers, so a click on a fresh alert could come first)."""
    lead = live(session, lead_id, for_update=True)
    if lead is None:
        return Joined(False, GONE)
    if lead.source != BOT_SOURCE or not lead.conversation_id:
        return Joined(False, "This lead did not come from the chat: there is no conversation to join.")
    current = _live_of_lead(session, lead.id)
    if current is not None:
        who = "You are" if current.agent_id == user_id else f"{current.agent_name} is"
        return Joined(False, f"{who} already in this chat.")
    thread = alert_thread(session, lead.id) or _thread_of(clicked)
    if thread is None:
        return Joined(False, "The alert of this lead is not known yet; try again in a moment.")
    handoff = Handoff(lead_id=lead.id, conversation_id=lead.conversation_id, channel=thread[0], thread_ts=thread[1],
                      agent_id=user_id, agent_name=name[:100], state=LIVE)
    session.add(handoff)
    session.flush()
    return Joined(True, turn=Turn.of(handoff))


def end(session: Session, *, lead_id: Any = None, conversation_id: str | None = None,
        user_id: str | None = None) -> Turn | None:
    """End the live handoff of a lead (Hand back, by the person in it) or of a conversation (the visitor's Stop)."""
    if lead_id is not None:
        query = _live(Handoff.lead_id == str(lead_id)[:40])
    elif conversation_id is not None:
        query = _live(Handoff.conversation_id == conversation_id)
    else:
        return None
    handoff = session.execute(query.with_for_update()).scalars().first()
    if handoff is None or (user_id is not None and handoff.agent_id != user_id):
        return None
    return _ended(handoff)


def end_on_leaving(session: Session, channel: str, user_id: str) -> list[Turn]:
    """End every live chat ``user_id`` is in from an alert of ``channel``, which they just left."""
    handoffs = session.execute(_live(Handoff.channel == channel, Handoff.agent_id == user_id)
                               .order_by(Handoff.seq).with_for_update()).scalars().all()
    return [_ended(handoff) for handoff in handoffs]


def _ended(handoff: Handoff) -> Turn:
    handoff.state, handoff.ended_at = ENDED, utcnow()
    return Turn.of(handoff)


def from_thread(session: Session, channel: str, thread_ts: str, user_id: str, text: str) -> Turn | None:
    """The live handoff a thread reply belongs to, with the reply stored; None when it is not the visitor's."""
    handoff = session.execute(_live(Handoff.channel == channel, Handoff.thread_ts == thread_ts)).scalars().first()
    if handoff is None or handoff.agent_id != user_id:
        return None
    session.add(HandoffMessage(handoff_seq=handoff.seq, lead_id=handoff.lead_id, author=AGENT,
                               name=handoff.agent_name, text=text[:MAX_TEXT]))
    return Turn.of(handoff)


def from_visitor(session: Session, conversation_id: str, text: str) -> Turn | None:
    """The live handoff of the visitor's conversation, with the message stored; None when nobody is in."""
    handoff = live_of_conversation(session, conversation_id)
    if handoff is None:
        return None
    session.add(HandoffMessage(handoff_seq=handoff.seq, lead_id=handoff.lead_id, author=VISITOR,
                               name="Visitor", text=text[:MAX_TEXT]))
    return Turn.of(handoff)


def presence(session: Session, conversation_id: str, kind: str) -> tuple[Turn, list[str]] | None:
    """The visitor's tab closed (``gone``) or came back (``back``), marked in the chat's lines; on ``back``, the
    person's lines written since the visitor went (the widget missed them). None when nobody is in."""
    handoff = live_of_conversation(session, conversation_id)
    if handoff is None:
        return None
    missed: list[str] = []
    if kind == "back":
        gone = session.execute(select(HandoffMessage.seq).where(
            HandoffMessage.handoff_seq == handoff.seq, HandoffMessage.author == PRESENCE,
            HandoffMessage.text == "gone").order_by(HandoffMessage.seq.desc())).scalars().first()
        if gone is not None:
            missed = list(session.execute(select(HandoffMessage.text).where(
                HandoffMessage.handoff_seq == handoff.seq, HandoffMessage.author == AGENT,
                HandoffMessage.seq > gone).order_by(HandoffMessage.seq)).scalars())
    session.add(HandoffMessage(handoff_seq=handoff.seq, lead_id=handoff.lead_id, author=PRESENCE, name="",
                               text=kind))
    return Turn.of(handoff), missed


def transcript(session: Session, lead_id: str) -> list[tuple[str, str, str]]:
    """The human part of the chat: (author, name, text), in order."""
    rows = session.execute(select(HandoffMessage).where(HandoffMessage.lead_id == lead_id,
                                                        HandoffMessage.author != PRESENCE)
                           .order_by(HandoffMessage.seq)).scalars()
    return [(row.author, row.name, row.text) for row in rows]
