"""Try it before publishing: a chat in the studio with the real bot, asking from the draft being edited.

``GET /studio/playbook/try`` opens a chat for a version (the newest by
default, a draft or not) under a new ``signing.preview`` sender id, signed
with the secret the service shares with the action server: that id is what
makes the bot ask from the draft (``bot.actions.playbook_source``) and
store nothing (no lead, no booking), while visitors keep the published
playbook. ``POST /studio/playbook/try`` relays one message to Rasa's REST
channel and answers the bot's replies, plus what the extractor understood of
each answer (to the question the bot had asked) and how the lead scores
under that version. Signed-in marketers only, CSRF-checked, bounded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import requests
from flask import current_app, jsonify, render_template, request
from werkzeug.exceptions import BadRequest, ServiceUnavailable

from nlu import Attributes, extract
from qualification import Playbook, Signals, qualify
from signing.preview import preview_sender, preview_version
from webhooks.database import db
from webhooks.errors import NotFound
from webhooks.playbooks.text import validate_text
from webhooks.studio import bp
from webhooks.studio.auth import login_required
from webhooks.studio.editor import _head, _int, _readable, _store

MAX_MESSAGE = 1000
MAX_TURNS = 60
REST_PATH = "/webhooks/rest/webhook"


def _secret() -> str | None:
    return current_app.config["LEADBOT_SETTINGS"].action_secret


def _playbook_of(version: int) -> Playbook:
    with db.session() as session:
        text = _store().get(session, version).text  # 404 when there is no such version
    return validate_text(text)[1]


@bp.get("/playbook/try")
@login_required
def tryout() -> Any:
    head, live = _head()
    number = _int(request.args.get("version"), head.version) or head.version
    try:
        _playbook_of(number)
    except NotFound:
        number = head.version
    secret = _secret()
    sender = preview_sender(secret, number) if secret else None
    return render_template("studio/tryout.html", nav="playbook", head=head, live=live, number=number, sender=sender)


def _asked_attribute(playbook: Playbook, asked: str) -> str | None:
    """The attribute of the question whose wording the bot's message holds (the newest wording wins)."""
    for question in playbook.questions:
        if any(w and w in asked for w in question.wording):
            return question.attribute
    return None


def _understanding(playbook: Playbook, turns: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    merged = Attributes()
    rows = []
    today = dt.date.today()
    for asked, said in turns:
        attribute = _asked_attribute(playbook, asked)
        understood = extract(said, field=attribute, now=today, default_currency=playbook.company.default_currency) \
            if attribute and said.strip() else None
        if understood is not None:
            merged = merged.merge(understood)
        rows.append({"asked_for": attribute, "said": said,
                     "understood": None if understood is None else _readable(understood.to_dict())})
    result = qualify(merged, playbook, Signals()).to_dict()
    return rows, {k: result.get(k) for k in ("stage", "score", "grade", "fit", "reasons")}


def _text(value: Any, limit: int, name: str) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise BadRequest(f"{name} must be text of at most {limit} characters")
    return value


@bp.post("/playbook/try")
@login_required
def tryout_say() -> Any:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequest("send a JSON object")
    sender = _text(body.get("sender"), 200, "sender")
    version = preview_version(_secret(), sender)
    if version is None:
        raise BadRequest("sender must be a preview conversation this studio started")
    text = _text(body.get("text"), MAX_MESSAGE, "text").strip()
    shown = _text(body.get("shown", text), MAX_MESSAGE, "shown")
    raw_turns = body.get("turns") or []
    if not isinstance(raw_turns, list) or len(raw_turns) > MAX_TURNS:
        raise BadRequest(f"turns must be a list of at most {MAX_TURNS}")
    turns = [(_text(t.get("asked", ""), 4000, "asked"), _text(t.get("said", ""), MAX_MESSAGE, "said"))
             for t in raw_turns if isinstance(t, dict)]
    if not text:
        raise BadRequest("text must not be blank")
    playbook = _playbook_of(version)
    bot_url = current_app.config["LEADBOT_SETTINGS"].bot_url.rstrip("/")
    try:
        answer = requests.post(bot_url + REST_PATH, json={"sender": sender, "message": text}, timeout=60)
    except requests.RequestException as exc:
        raise ServiceUnavailable(f"the bot did not answer ({type(exc).__name__})") from None
    if answer.status_code != 200:
        raise ServiceUnavailable(f"the bot answered {answer.status_code}")
    try:
        replies = answer.json()
        messages = [{"text": str(m.get("text") or ""),
                     "buttons": [{"title": str(b.get("title") or ""), "payload": str(b.get("payload") or "")}
                                 for b in (m.get("buttons") or []) if isinstance(b, dict)]}
                    for m in replies if isinstance(m, dict)]
    except (ValueError, TypeError, AttributeError):
        raise ServiceUnavailable("the bot's answer was not understood") from None
    asked = _text(body.get("asked", ""), 4000, "asked")  # what the bot said last: the question this answers
    rows, result = _understanding(playbook, [*turns, (asked, shown)])
    return jsonify({"version": version, "messages": messages, "understood": rows, "result": result})
