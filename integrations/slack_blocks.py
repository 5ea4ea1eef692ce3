"""Block Kit for leads: the alert salespeople act on, the ``/leads`` listing and
the disqualify-reason modal. Pure functions: lead data in, JSON-ready dicts out,
so the delivery worker and the bolt handlers in ``webhooks`` draw the same message.

Everything a visitor wrote is either a ``plain_text`` object or mrkdwn with
``&``, ``<`` and ``>`` escaped, so no visitor can mention ``@channel``, forge a
link or a user mention, and every string is cut to Block Kit's limits so a
huge answer cannot make Slack reject the alert.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Sequence

from integrations.lead import LeadView

# Action and view ids the bolt app registers handlers for; every button's
# ``value`` is the lead id. Every alert action id starts with ``ALERT_ACTION_PREFIX``:
# the one Slack URL sends other clicks (the bot's own buttons) to Rasa (``webhooks.slack.routing``).
ALERT_ACTION_PREFIX = "lead_"
ACTION_CLAIM = "lead_claim"
ACTION_BOOKED = "lead_booked"
ACTION_DISQUALIFY = "lead_disqualify"
# Link buttons to CRM records: ``lead_open_crm:<destination>``. Slack still
# posts an action when one is clicked, which the app only has to ack.
ACTION_OPEN_CRM = "lead_open_crm"
# A salesperson joins the visitor's chat from the alert, and hands it back from the thread (``webhooks.handoff``).
ACTION_JOIN_CHAT = "lead_join_chat"
ACTION_HAND_BACK = "lead_hand_back"
BLOCK_ACTIONS = "lead_actions"
VIEW_DISQUALIFY = "lead_disqualify_reason"
DISQUALIFY_REASON_BLOCK, DISQUALIFY_REASON_ACTION = "reason", "reason_select"
DISQUALIFY_NOTE_BLOCK, DISQUALIFY_NOTE_ACTION = "note", "note_input"
DISQUALIFY_REASONS = (
    ("no_budget", "No budget"),
    ("not_decision_maker", "Not a decision maker"),
    ("no_need", "No need we serve"),
    ("bad_timing", "Bad timing"),
    ("not_icp", "Outside our ideal customer profile"),
    ("student_or_job_seeker", "Student or job seeker"),
    ("competitor_or_vendor", "Competitor or vendor"),
    ("spam", "Spam or fake"),
    ("other", "Other"),
)



def is_alert_action(action_id: str) -> bool:
    """Whether a clicked element belongs to a lead alert (bolt's) rather than to the bot's messages."""
    return action_id.startswith(ALERT_ACTION_PREFIX)


HEADER_MAX, TEXT_MAX, FIELD_MAX, BUTTON_MAX, FALLBACK_MAX = 150, 3000, 2000, 75, 3000
MAX_ANSWERS, ANSWER_MAX, MAX_LISTED = 10, 600, 40
# What an erased lead's alert, its fallback text and the bot's lines in its thread say instead (``lead.erased``).
ERASED = "This lead's data was erased on request."
CRM_NAMES = {"hubspot": "HubSpot", "salesforce": "Salesforce", "pipedrive": "Pipedrive"}
STAGE_ICONS = {"sql": "🔥", "mql": "⭐", "pql": "⭐", "iql": "🌱", "disqualified": "🚫"}
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")


def escape(text: str) -> str:
    """Slack's mrkdwn escaping: the three characters that start markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe(text: Any, limit: int) -> str:
    """Visitor text for mrkdwn, escaped and at most ``limit`` long (never cut inside an escape)."""
    text = str(text)
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    out, size = [], 0
    for char in text:
        piece = escape(char)
        if size + len(piece) > limit - 1:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out) + "…"


def mention(user_id: str | None) -> str:
    """``<@U123>`` for a well-formed Slack user id; anything else is shown, escaped, not trusted."""
    if not user_id:
        return "nobody yet"
    return f"<@{user_id}>" if _USER_ID.fullmatch(user_id) else escape(clip(user_id, 80))


def person(lead: LeadView, user_id: str | None) -> str:
    """An owner as people read them: the playbook's display name (the route's ``owner_names``) with the
    mention, which Slack turns into a link and a notification; the mention alone for anyone unnamed."""
    names = lead.route.get("owner_names")
    name = names.get(user_id) if isinstance(names, Mapping) and user_id else None
    return f"{safe(name, 100)} ({mention(user_id)})" if isinstance(name, str) and name else mention(user_id)


def plain(text: str, limit: int = TEXT_MAX) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": False}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _when(iso: str) -> str:
    """A booking time Slack shows in each reader's own time zone."""
    fallback = escape(clip(iso, 64))
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return fallback
    if moment.tzinfo is None:
        return fallback
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def _humanize(question_id: str) -> str:
    return question_id.replace("_", " ").strip().capitalize() or "Answer"


def _status_line(lead: LeadView) -> str | None:
    reason = f": {safe(lead.status_reason, 500)}" if lead.status_reason else ""
    return {
        "claimed": f"🙋 Claimed by {person(lead, lead.owner)}",
        "booked": f"📅 Call booked, owner {person(lead, lead.owner)}",
        "disqualified": f"🚫 Disqualified{reason}",
        "won": "🏆 Won",
        "lost": f"Lost{reason}",
    }.get(lead.status)


def _actions(lead: LeadView, crm_links: Mapping[str, str]) -> list[dict[str, Any]]:
    value = lead.id
    buttons: list[dict[str, Any]] = []
    if lead.status == "open":
        buttons.append({"type": "button", "action_id": ACTION_CLAIM, "text": plain("Claim"),
                        "style": "primary", "value": value})
    if lead.status in ("open", "claimed"):
        buttons.append({"type": "button", "action_id": ACTION_BOOKED, "text": plain("Booked"), "value": value})
    if lead.status in ("open", "claimed", "booked") and lead.data.get("source") == "bot" \
            and lead.data.get("conversation_id"):
        buttons.append({"type": "button", "action_id": ACTION_JOIN_CHAT, "text": plain("Join chat"), "value": value})
    if lead.status in ("open", "claimed", "booked"):
        buttons.append({"type": "button", "action_id": ACTION_DISQUALIFY, "text": plain("Disqualify"),
                        "style": "danger", "value": value})
    for name, url in sorted(crm_links.items()):
        if url.startswith("https://") and len(url) <= 3000:
            buttons.append({"type": "button", "action_id": f"{ACTION_OPEN_CRM}:{name}",
                            "text": plain(f"Open in {CRM_NAMES.get(name, name)}", BUTTON_MAX),
                            "url": url, "value": value})
    return buttons


def on_page_line(data: Mapping[str, Any]) -> str | None:
    """Whether the visitor has the chat's page open now (``data.visitor``, from the widget's connection and
    heartbeat, ``webhooks.handoff.presence``); None when the lead did not come from the widget."""
    visitor = data.get("visitor")
    if not isinstance(visitor, Mapping) or not isinstance(visitor.get("on_page"), bool):
        return None
    since = ""
    if isinstance(visitor.get("since"), str):
        try:
            since = datetime.fromisoformat(visitor["since"].replace("Z", "+00:00")).strftime(" since %H:%M UTC")
        except ValueError:
            since = ""
    if visitor["on_page"]:
        return f"🟢 *The visitor is on the page now*{since}"
    return f"⚪ *The visitor left the page*{since}"


def alert_blocks(data: Mapping[str, Any], crm_links: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The alert for one lead (``data`` as in the delivery payload), in its current state.

    ``crm_links`` ({destination: record URL}) adds link buttons; by default the
    links the service put in ``data.links`` are used.
    """
    lead = LeadView(data)
    links = lead.crm_links() if crm_links is None else dict(crm_links)
    icon = STAGE_ICONS.get(lead.stage or "", "📥")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": plain(f"{icon} {lead.stage_label} lead: {lead.display_name}", HEADER_MAX)},
    ]
    who = [("Name", lead.name), ("Title", lead.title), ("Company", lead.company), ("Email", lead.email)]
    fields = [mrkdwn(f"*{label}*\n{safe(value, FIELD_MAX - 40)}") for label, value in who if value]
    score = "?" if lead.score is None else f"{lead.score:g}"
    fields += [
        mrkdwn(f"*Stage*\n{escape(lead.stage_label)}"),
        mrkdwn(f"*Score · ICP grade*\n{score}/100 · {safe(lead.grade or '?', 20)}"),
        mrkdwn(f"*Owner*\n{person(lead, lead.owner)}" if lead.owner
               else f"*Suggested owner*\n{person(lead, lead.suggested_owner)}"),
    ]
    if lead.language:
        fields.append(mrkdwn(f"*Language*\n{safe(lead.language_name or lead.language, 60)} ({safe(lead.language, 8)})"))
    blocks.append({"type": "section", "fields": fields[:10]})
    if lead.qualification.get("human_requested"):
        blocks.append({"type": "context", "elements": [mrkdwn("🙋 *The visitor asked to talk to a person*")]})
    if (presence := on_page_line(data)) is not None:
        blocks.append({"type": "context", "elements": [mrkdwn(presence)]})
    if came_from := lead.attribution_text():
        channel = lead.attribution.get("channel")
        via = f" · {safe(channel, 40)}" if isinstance(channel, str) and channel else ""
        blocks.append({"type": "context", "elements": [mrkdwn(f"🧭 *Came from:* {safe(came_from, 1000)}{via}")]})
    if lead.left_mid_conversation:
        blocks.append({"type": "context", "elements": [
            mrkdwn("⏸ *The visitor left mid-conversation*: this is what they said before leaving")]})

    facts = [(label, value) for label, value in (
        ("Budget", lead.budget_text()), ("Timing", lead.timing_text()),
        ("Company size", lead.company_size_text()),
        ("Industry", lead.attributes.industry),
        ("Need", lead.attributes.need.summary if lead.attributes.need else None),
    ) if value]
    if facts:
        text = "\n".join(f"*{label}:* {safe(value, 500)}" for label, value in facts)
        blocks.append({"type": "section", "text": mrkdwn(clip(text, TEXT_MAX))})

    if bant := lead.bant():
        marks = {True: "✅", False: "❌", None: "❔"}
        lines = []
        for b in bant:
            points = f" {b.points:g}/{b.max_points:g}" if b.points is not None and b.max_points else ""
            reason = f" — {safe(b.reason, 500)}" if b.reason else ""
            lines.append(f"{marks[b.met]} *{b.letter}* {b.label}{points}{reason}")
        blocks.append({"type": "section", "text": mrkdwn(clip("*BANT*\n" + "\n".join(lines), TEXT_MAX))})
    icp = [(label, lead.icp_lines(verdict)) for label, verdict in (("met", True), ("missed", False), ("unknown", None))]
    if any(lines for _, lines in icp):
        text = "\n".join(f"*ICP {label}:* {safe(', '.join(lines), 900)}" for label, lines in icp if lines)
        blocks.append({"type": "section", "text": mrkdwn(text)})
    if lead.booking:
        with_whom = f" with {person(lead, lead.booking.get('owner'))}" if lead.booking.get("owner") else ""
        # How it happens, as the visitor was told: the link, the line or the address.
        way = f" · {safe(way, 320)}" if (way := lead.call_way()) else ""
        blocks.append({"type": "context", "elements": [
            mrkdwn(f"📅 Call booked for {_when(str(lead.booking['starts_at']))}{with_whom}{way}")]})

    answers = lead.answers()
    if answers:
        blocks.append({"type": "divider"})
        blocks.append({"type": "context", "elements": [mrkdwn("*The conversation*")]})
        for question, text in answers[:MAX_ANSWERS]:
            line = f"{_humanize(clip(question, 80))}: {clip(text, ANSWER_MAX)}"
            blocks.append({"type": "section", "text": plain(line)})
        if len(answers) > MAX_ANSWERS:
            blocks.append({"type": "context", "elements": [
                plain(f"{len(answers) - MAX_ANSWERS} more answers in the lead's record")]})

    if status := _status_line(lead):
        blocks.append({"type": "context", "elements": [mrkdwn(status)]})
    if buttons := _actions(lead, links):
        blocks.append({"type": "actions", "block_id": BLOCK_ACTIONS, "elements": buttons})
    return blocks


def alert_text(data: Mapping[str, Any]) -> str:
    """The notification text (and the fallback where blocks cannot show)."""
    lead = LeadView(data)
    company = f" at {lead.company}" if lead.company and lead.company != lead.display_name else ""
    score = "" if lead.score is None else f", score {lead.score:g}"
    left = " (left mid-conversation)" if lead.left_mid_conversation else ""
    return safe(f"New {lead.stage_label} lead: {lead.display_name}{company}{score}{left}", FALLBACK_MAX)


def update_note(data: Mapping[str, Any]) -> str:
    """The thread reply for an update: the service's own list of changes when it sends one
    (``data.changes``, a list of short strings), else the lead's state now."""
    lead = LeadView(data)
    changes = data.get("changes")
    if isinstance(changes, Sequence) and not isinstance(changes, str) and changes:
        text = "; ".join(clip(str(c), 200) for c in list(changes)[:10])
        return f"Updated: {safe(text, FALLBACK_MAX - 20)}"
    state = _status_line(lead) or "Open"
    score = "" if lead.score is None else f", score {lead.score:g}"
    return f"Updated: {state} · {escape(lead.stage_label)}{score}"


def erased_blocks() -> list[dict[str, Any]]:
    """What an alert becomes when the visitor asked to be forgotten: nothing about them, in the words of
    its fallback text and of the bot's lines in its thread (``ERASED``)."""
    return [{"type": "section", "text": plain(ERASED)}]


def leads_list_blocks(leads: Sequence[Mapping[str, Any]],
                      title: str = "Open qualified leads today") -> list[dict[str, Any]]:
    """The ``/leads`` answer: one line per lead, with Claim on those nobody has claimed."""
    blocks: list[dict[str, Any]] = [{"type": "header", "text": plain(title, HEADER_MAX)}]
    if not leads:
        blocks.append({"type": "section", "text": plain("No open qualified leads today.")})
        return blocks
    for data in leads[:MAX_LISTED]:
        lead = LeadView(data)
        score = "?" if lead.score is None else f"{lead.score:g}"
        company = f" · {safe(lead.company, 200)}" if lead.company else ""
        owner = f" · {mention(lead.owner)}" if lead.owner else " · unclaimed"
        section: dict[str, Any] = {"type": "section", "text": mrkdwn(
            f"*{safe(lead.display_name, 200)}*{company}\n{escape(lead.stage_label)} · score {score}"
            f" · grade {safe(lead.grade or '?', 20)}{owner}")}
        if lead.status == "open" and not lead.owner:
            section["accessory"] = {"type": "button", "action_id": ACTION_CLAIM, "text": plain("Claim"),
                                    "style": "primary", "value": lead.id}
        blocks.append(section)
    if len(leads) > MAX_LISTED:
        blocks.append({"type": "context", "elements": [plain(f"and {len(leads) - MAX_LISTED} more")]})
    return blocks


def disqualify_modal(lead_id: str, *, channel: str | None = None, ts: str | None = None,
                     reasons: Sequence[tuple[str, str]] = DISQUALIFY_REASONS) -> dict[str, Any]:
    """The modal the Disqualify button opens; the alert's channel and ts ride along so the
    submission can update that message."""
    options = [{"text": plain(label, 75), "value": value} for value, label in reasons]
    return {
        "type": "modal",
        "callback_id": VIEW_DISQUALIFY,
        "private_metadata": json.dumps({"lead_id": lead_id, "channel": channel, "ts": ts}),
        "title": plain("Disqualify lead", 24),
        "submit": plain("Disqualify", 24),
        "close": plain("Cancel", 24),
        "blocks": [
            {"type": "input", "block_id": DISQUALIFY_REASON_BLOCK, "label": plain("Why?"),
             "element": {"type": "static_select", "action_id": DISQUALIFY_REASON_ACTION,
                         "placeholder": plain("Choose a reason"), "options": options}},
            {"type": "input", "block_id": DISQUALIFY_NOTE_BLOCK, "optional": True, "label": plain("Note"),
             "element": {"type": "plain_text_input", "action_id": DISQUALIFY_NOTE_ACTION,
                         "multiline": True, "max_length": 500}},
        ],
    }


@dataclass(frozen=True)
class DisqualifySubmission:
    lead_id: str
    reason: str
    note: str | None
    channel: str | None
    ts: str | None


class SubmissionError(ValueError):
    """A view submission that is not the disqualify modal this module drew."""


def parse_disqualify_submission(view: Mapping[str, Any],
                                reasons: Sequence[tuple[str, str]] = DISQUALIFY_REASONS) -> DisqualifySubmission:
    """Read a ``view_submission`` of the disqualify modal; refuses anything it did not draw."""
    if view.get("callback_id") != VIEW_DISQUALIFY:
        raise SubmissionError("not the disqualify modal")
    try:
        meta = json.loads(view.get("private_metadata") or "")
    except ValueError as exc:
        raise SubmissionError("private_metadata is not JSON") from exc
    if not isinstance(meta, dict) or not isinstance(meta.get("lead_id"), str) or not meta["lead_id"]:
        raise SubmissionError("no lead id")
    values = (view.get("state") or {}).get("values") or {}
    selected = ((values.get(DISQUALIFY_REASON_BLOCK) or {}).get(DISQUALIFY_REASON_ACTION) or {}).get("selected_option")
    reason = selected.get("value") if isinstance(selected, dict) else None
    if reason not in {value for value, _ in reasons}:
        raise SubmissionError("unknown reason")
    note = ((values.get(DISQUALIFY_NOTE_BLOCK) or {}).get(DISQUALIFY_NOTE_ACTION) or {}).get("value")
    note = clip(note.strip(), 500) if isinstance(note, str) and note.strip() else None
    channel, ts = meta.get("channel"), meta.get("ts")
    return DisqualifySubmission(
        lead_id=meta["lead_id"], reason=reason, note=note,
        channel=channel if isinstance(channel, str) else None, ts=ts if isinstance(ts, str) else None,
    )
