"""``slack-app-manifest.yml`` is the Slack app the code needs: one Request URL (the service's
``/slack/events``) for events, interactivity and ``/leads``, and exactly the scopes that the Web API
methods the code calls and the events it subscribes to need, by Slack's published descriptions."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

from harness import slack_api
from harness.fakes import slack_contract
from harness.fakes.server import serve_in_background, stop_at_once
from integrations.slack_doctor import doctor_checks
from webhooks.slack import PATH
from webhooks.slack.listeners import LEADS_COMMAND

REPO = Path(__file__).resolve().parents[3]
# Every module that calls Slack's Web API with the app's bot token.
CALLERS = ("integrations/slack.py", "integrations/slack_doctor.py", "webhooks/slack", "webhooks/handoff",
           "bot/channels/slack.py")
# Channel kinds the app works in: public (C), private (G) alert channels; direct messages (D) to the bot.
KINDS = ("C0PUBLIC", "G0PRIVATE", "D0DIRECT")


def manifest() -> dict:
    return slack_contract.manifest()


def methods_called() -> set[str]:
    """``client.chat_postMessage(`` and the like in the callers, as Slack names them (``chat.postMessage``)."""
    found = set()
    for caller in CALLERS:
        path = REPO / caller
        for source in ([path] if path.is_file() else sorted(path.glob("*.py"))):
            for family, name in re.findall(r"client\.(chat|conversations|views|auth|users)_([a-z][A-Za-z]+)\b",
                                           source.read_text()):
                found.add(f"{family}.{name}")
    return found


def test_every_url_in_the_manifest_is_the_services_one_slack_endpoint():
    settings = manifest()["settings"]
    urls = [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            *[c["url"] for c in manifest()["features"]["slash_commands"]]]
    assert len(set(urls)) == 1, urls
    assert {(urlsplit(u).scheme, urlsplit(u).path) for u in urls} == {("https", PATH)}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is False  # Slack posts to the URL, not over a socket


def test_the_slash_command_is_the_one_the_app_answers():
    assert [c["command"] for c in manifest()["features"]["slash_commands"]] == [LEADS_COMMAND]


def test_the_scopes_are_exactly_what_the_methods_called_and_the_events_subscribed_need():
    called = methods_called()
    assert {"chat.postMessage", "chat.update", "chat.postEphemeral", "conversations.history",
            "conversations.list", "views.open"} <= called, called
    needed: set[str] = set()
    for method in sorted(called):
        assert method in slack_contract.web_api(), f"{method} is not in Slack's description we keep"
        # The bot writes in direct messages too; what reads channels reads alert channels only.
        for kind in KINDS if method.startswith("chat.") else KINDS[:2]:
            scopes = slack_contract.needed_scopes(method, kind)
            granted = set(scopes) & set(slack_contract.granted_scopes())
            assert granted or not scopes, f"{method} in {kind} needs one of {scopes}"
            needed |= granted
    events = manifest()["settings"]["event_subscriptions"]["bot_events"]
    for event in events:
        scopes = slack_contract.event_scopes()[event]
        assert set(scopes) <= set(slack_contract.granted_scopes()), (event, scopes)
        needed |= set(scopes)
    needed.add("commands")  # slash_commands
    assert set(slack_contract.granted_scopes()) == needed, "a scope nothing uses, or one missing"


def test_the_events_the_one_url_routes_are_subscribed():
    events = set(manifest()["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_mention", "message.im"} <= events  # the bot in Slack
    assert {"message.channels", "message.groups"} <= events  # replies in an alert's thread


@pytest.mark.parametrize("secret, ok", [(slack_api.SIGNING_SECRET, True), ("another-apps-secret", False)])
def test_the_doctor_checks_the_request_url_as_slack_does_when_it_is_saved(app, slack, secret, ok):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serve_in_background(server)
    try:
        url = f"http://127.0.0.1:{server.server_port}{PATH}"
        checks = doctor_checks(token=slack.token, base_url=slack.api_url, events_url=url, signing_secret=secret)
    finally:
        stop_at_once(server)
    [check] = [c for c in checks if c.name.startswith("request url")]
    assert check.ok is ok, check
