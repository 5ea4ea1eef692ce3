"""The bolt listeners: thin translators from Slack's payloads to ``webhooks.slack.sales``.

Every listener acknowledges first (Slack gives three seconds and shows the
clicker an error after that) and then works: under
``process_before_response=False`` bolt answers Slack the moment ``ack()`` is
called while the rest of the listener runs on bolt's executor. Whatever the
clicker needs to know, and only the clicker, is said ephemerally.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, Callable, Mapping

from slack_bolt import Ack, App, BoltResponse, Respond
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session, sessionmaker

from integrations import slack_blocks as blocks
from webhooks.slack import sales

if TYPE_CHECKING:
    from webhooks.handoff.service import Handoffs

log = logging.getLogger("leadbot.slack")
FAILED = "Sorry, that did not work. Nothing was changed; please try again."
LEADS_COMMAND = "/leads"


def register(app: App, sessions: sessionmaker, handoffs: Handoffs | None = None) -> None:
    """Attach every listener the alert's buttons, the modal, ``/leads`` and the chat's Join/Hand back need."""

    def decide(work: Callable[[Session], sales.ClickResult], what: str, lead_id: Any) -> sales.ClickResult:
        """Run one decision in its own transaction; a failure is the clicker's to hear about, not Slack's."""
        try:
            with sessions() as session, session.begin():
                answer = work(session)
        except Exception:
            log.exception("slack %s on lead %s failed", what, _loggable(lead_id))
            return sales.ClickResult(False, FAILED)
        log.info("slack %s on lead %s: %s", what, _loggable(lead_id), "changed" if answer.ok else "refused")
        return answer

    def lead_button(change: Callable[[Session, Any, str], sales.ClickResult]) -> Callable[..., None]:
        def listener(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient,
                     respond: Respond) -> None:
            ack()
            user, lead_id = body["user"]["id"], action.get("value")
            answer = decide(lambda session: change(session, lead_id, user), f"{action['action_id']} by {user}", lead_id)
            if answer.message:
                tell(client, respond, body, answer.message)

        return listener

    app.action(blocks.ACTION_CLAIM)(lead_button(sales.claim))
    app.action(blocks.ACTION_BOOKED)(lead_button(sales.book))

    @app.action(blocks.ACTION_DISQUALIFY)
    def disqualify_button(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient,
                          respond: Respond) -> None:
        ack()
        lead_id = action.get("value")
        answer = decide(lambda session: sales.can_disqualify(session, lead_id), "disqualify button", lead_id)
        if not answer.ok:
            tell(client, respond, body, answer.message or FAILED)
            return
        container = body.get("container") or {}
        try:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.disqualify_modal(
                lead_id, channel=container.get("channel_id") or _channel(body),
                ts=container.get("message_ts") or (body.get("message") or {}).get("ts"),
            ))
        except SlackApiError as error:  # e.g. expired_trigger_id: the click is three seconds old
            log.warning("views.open failed: %s", error.response.get("error"))
            tell(client, respond, body, "The form could not open in time; please click Disqualify again.")

    @app.view(blocks.VIEW_DISQUALIFY)
    def disqualify_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        try:
            submission = blocks.parse_disqualify_submission(view)
        except blocks.SubmissionError as error:
            log.info("disqualify modal refused: %s", error)
            ack(response_action="errors", errors={blocks.DISQUALIFY_REASON_BLOCK: "Choose one of the reasons."})
            return
        ack()
        user = body["user"]["id"]
        answer = decide(lambda session: sales.disqualify(
            session, submission.lead_id, user, submission.reason, submission.note),
            f"disqualify ({submission.reason}) by {user}", submission.lead_id)
        if answer.message and submission.channel:
            _post_ephemeral(client, submission.channel, user, answer.message)

    def chat_button(move: Callable[[Any, dict[str, Any]], str | None]) -> Callable[..., None]:
        def listener(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient,
                     respond: Respond) -> None:
            ack()
            if handoffs is None:
                tell(client, respond, body, FAILED)
                return
            try:
                message = move(action.get("value"), body)
            except Exception:
                log.exception("slack %s failed", action.get("action_id"))
                message = FAILED
            if message:
                tell(client, respond, body, message)

        return listener

    if handoffs is not None:
        app.action(blocks.ACTION_JOIN_CHAT)(chat_button(
            lambda lead_id, body: handoffs.join(lead_id, body["user"]["id"], _clicked_message(body))))
        app.action(blocks.ACTION_HAND_BACK)(chat_button(
            lambda lead_id, body: handoffs.hand_back(lead_id, body["user"]["id"])))

    @app.action(re.compile(f"^{re.escape(blocks.ACTION_OPEN_CRM)}:"))
    def crm_link(ack: Ack) -> None:
        ack()  # Slack opens the URL itself; the click only has to be acknowledged.

    @app.command(LEADS_COMMAND)
    def leads_command(ack: Ack, respond: Respond) -> None:
        ack()
        with sessions() as session:
            listed = sales.open_today(session)
        respond(response_type="ephemeral", text=f"{len(listed)} open qualified leads today",
                blocks=blocks.leads_list_blocks(listed))

    # Registered last: bolt runs the first listener that matches.
    @app.action(re.compile(".*"))
    def unknown_action(ack: Ack, action: dict[str, Any]) -> None:
        ack()
        log.warning("unknown slack action id %r ignored", str(action.get("action_id"))[:100])

    @app.view(re.compile(".*"))
    def unknown_view(ack: Ack, view: dict[str, Any]) -> None:
        ack()
        log.warning("unknown slack view %r ignored", str(view.get("callback_id"))[:100])

    @app.view_closed(re.compile(".*"))
    def modal_closed(ack: Ack) -> None:
        ack()

    @app.shortcut(re.compile(".*"))
    def unknown_shortcut(ack: Ack, shortcut: dict[str, Any]) -> None:
        ack()  # unanswered, bolt would log the whole payload, message text included
        log.warning("unknown slack shortcut %r ignored", str(shortcut.get("callback_id"))[:100])

    @app.command(re.compile(".*"))
    def unknown_command(ack: Ack, command: dict[str, Any]) -> None:
        ack(text=f"This app only answers {LEADS_COMMAND}.")
        log.warning("unknown slash command %r ignored", str(command.get("command"))[:50])

    @app.middleware
    def events_belong_to_the_bot(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> Any:
        """Mentions and DMs are Rasa's (its Slack channel); a retry is a repeat of something already answered."""
        if req.headers.get("x-slack-retry-num"):
            return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
        if req.body.get("type") == "event_callback":
            return BoltResponse(status=200, body="")
        return next()


def tell(client: WebClient, respond: Respond, body: Mapping[str, Any], text: str) -> None:
    """Say something to the clicker alone: in the channel they clicked in, else through ``response_url``."""
    channel, user = _channel(body), body["user"]["id"]
    if channel and _post_ephemeral(client, channel, user, text):
        return
    if body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)


def _post_ephemeral(client: WebClient, channel: str, user: str, text: str) -> bool:
    try:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    except SlackApiError as error:
        log.warning("chat.postEphemeral failed: %s", error.response.get("error"))
        return False
    return True


def _channel(body: Mapping[str, Any]) -> str | None:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def _clicked_message(body: Mapping[str, Any]) -> tuple[str, str] | None:
    """The message (channel, ts) whose button was clicked."""
    channel = _channel(body)
    ts = (body.get("container") or {}).get("message_ts") or (body.get("message") or {}).get("ts")
    return (channel, ts) if isinstance(channel, str) and channel and isinstance(ts, str) and ts else None


def _loggable(lead_id: Any) -> str:
    return repr(lead_id)[:60]
