"""Read-only checks of a Slack workspace before the first lead: what ``python -m integrations doctor`` prints for Slack.

``doctor_checks(token=..., channels=[...])`` returns one ``integrations.doctor.Check`` per line,
and is registered for the ``slack`` destination (its channels: the default one and every route's
in the service's playbook file; the Request URL: ``LEADBOT_PUBLIC_URL`` + ``/slack/events``; all three
handed in as ``doctor.Service``):

- the token works (``auth.test``), is the app's bot token (``auth.test`` names a ``bot_id``: a user
  token would post as its person and could not edit the bot's alerts) and names its workspace;
- the token has every bot scope ``slack-app-manifest.yml`` asks for (Slack
  sends the granted ones in ``X-OAuth-Scopes`` on every answer);
- each alert channel exists and the app is a member (``conversations.info``):
  an alert to a channel the app is not in fails for good with
  ``not_in_channel``, and thread replies from salespeople only arrive from
  channels the app is in, so ``chat:write.public`` is no substitute;
- with ``events_url`` and the signing secret: the one Request URL answers
  Slack's URL check signed with that secret, which is what Slack does when
  the URL is entered in the app's settings.

Nothing is written to Slack. A check that fails says what to do.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import requests
import yaml
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from integrations import doctor
from integrations.slack import DEFAULT_BASE_URL, Slack

MANIFEST = Path(__file__).resolve().parents[1] / "slack-app-manifest.yml"
# Where Slack posts everything (``webhooks.slack.PATH``; this package does not import the service).
EVENTS_PATH = "/slack/events"


def Check(name: str, ok: bool, detail: str, fix: str = "") -> doctor.Check:  # noqa: N802 (reads as the class)
    return doctor.Check("slack", name, ok, detail, fix)


@doctor.register("slack", with_service=True)
def _preflight(destination: Slack, service: doctor.Service) -> Iterator[doctor.Check]:
    from qualification import load_playbook

    channels = [destination.default_channel] if destination.default_channel else []
    playbook = load_playbook(service.playbook_path)
    channels += [route.slack_channel for route in playbook.routing.routes if route.slack_channel]
    client = destination.client
    events_url = service.public_url.rstrip("/") + EVENTS_PATH if service.public_url else None
    yield from doctor_checks(token=client.token or "", base_url=client.base_url, channels=channels,
                             events_url=events_url, signing_secret=service.slack_signing_secret)


def manifest_scopes(path: Path = MANIFEST) -> tuple[str, ...]:
    """The bot scopes the app is made with: the one list of what leadbot needs from Slack."""
    return tuple(yaml.safe_load(path.read_text())["oauth_config"]["scopes"]["bot"])


def doctor_checks(*, token: str, channels: Iterable[str] = (), base_url: str = DEFAULT_BASE_URL,
                  events_url: str | None = None, signing_secret: str | None = None,
                  timeout: float = 10.0) -> list[doctor.Check]:
    """Every Slack check, in order; a token that does not work stops the rest (they would all fail alike)."""
    client = WebClient(token=token, base_url=base_url.rstrip("/") + "/", timeout=int(timeout), retry_handlers=[])
    try:
        answer = client.auth_test()
    except SlackApiError as error:
        return [Check("token", False, f"auth.test answered {_error(error)}: set SLACK_BOT_TOKEN to the app's "
                                            "Bot User OAuth Token (xoxb-...)")]
    except (requests.RequestException, OSError) as error:
        return [Check("token", False, f"Slack could not be reached ({type(error).__name__})")]
    if not answer.get("bot_id"):
        # auth.test names a bot only for a bot token. A user token posts as its person, cannot edit the bot's
        # alerts, and the app's own messages are not told apart by it (an erasure would leave them).
        return [Check("token", False, f"a user token ({answer.get('user')!r} of workspace {answer.get('team')!r}), "
                                      "not the app's bot: set SLACK_BOT_TOKEN to the app's Bot User OAuth Token "
                                      "(xoxb-...), not the User OAuth Token (xoxp-...)")]
    checks = [Check("token", True, f"bot of workspace {answer.get('team')!r}")]
    granted = {s.strip() for s in str(_header(answer.headers, "x-oauth-scopes") or "").split(",") if s.strip()}
    missing = [s for s in manifest_scopes() if s not in granted]
    checks.append(Check("scopes", not missing, "all granted" if not missing else
                        f"missing {', '.join(missing)}: add them (slack-app-manifest.yml) and reinstall the app"))
    names = _channel_ids(client) if any(str(c).startswith("#") for c in channels) else {}
    for channel in dict.fromkeys(channels):
        checks.append(_membership(client, channel, names))
    if events_url and signing_secret:
        checks.append(_request_url(events_url, signing_secret, timeout))
    return checks


def _membership(client: WebClient, channel: str, names: dict[str, str]) -> doctor.Check:
    name = f"channel {channel}"
    channel_id = names.get(channel, channel) if channel.startswith("#") else channel
    if channel_id.startswith("#"):
        return Check(name, False, "not found, or private without the app in it: create it and /invite the app")
    try:
        info = client.conversations_info(channel=channel_id)["channel"]
    except SlackApiError as error:
        return Check(name, False, f"conversations.info answered {_error(error)}")
    if info.get("is_archived"):
        return Check(name, False, "archived: alerts to it fail; unarchive it or change the playbook's route")
    if not info.get("is_member"):
        return Check(name, False, f"the app is not in it: alerts fail with not_in_channel; type /invite @app in {channel}")
    return Check(name, True, "the app is a member")


def _channel_ids(client: WebClient) -> dict[str, str]:
    found: dict[str, str] = {}
    cursor = None
    for _ in range(10):
        try:
            page = client.conversations_list(exclude_archived=True, types="public_channel,private_channel",
                                             limit=1000, cursor=cursor)
        except SlackApiError:
            return found  # a missing channels:read shows in the scopes check
        for entry in page.get("channels") or ():
            found["#" + str(entry.get("name"))] = str(entry.get("id"))
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            break
    return found


def _request_url(url: str, secret: str, timeout: float) -> doctor.Check:
    """What Slack does when the Request URL is saved: a signed ``url_verification`` whose challenge must come back."""
    challenge = f"doctor-{time.time_ns()}"
    body = json.dumps({"token": "doctor", "challenge": challenge, "type": "url_verification"}).encode()
    stamp = str(int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    name = f"request url {url}"
    try:
        answer = requests.post(url, data=body, timeout=timeout, headers={
            "Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature})
    except requests.RequestException as error:
        return Check(name, False, f"not reachable ({type(error).__name__}): Slack must reach it over https")
    if answer.status_code == 200 and challenge in answer.text:
        return Check(name, True, "answers Slack's URL check; use it for events, interactivity and /leads")
    if answer.status_code == 401:
        return Check(name, False, "refuses the signature: SLACK_SIGNING_SECRET differs from the app's")
    return Check(name, False, f"HTTP {answer.status_code} to Slack's URL check: is Slack configured on the service?")


def _header(headers: Any, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else value
    return None


def _error(error: SlackApiError) -> str:
    data = error.response.data if isinstance(error.response.data, dict) else {}
    return str(data.get("error") or error.response.status_code)
