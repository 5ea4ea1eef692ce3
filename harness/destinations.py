"""The four third parties a lead goes to, as the service's environment names them, and a playbook
whose every route sends to all of them (the end-to-end test and ``bench/speed_to_destinations.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from qualification import parse_playbook
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml

NAMES = ("slack", "hubspot", "salesforce", "pipedrive")
# Salespeople as the owners file knows them (harness.fakes hold these CRM users).
OWNERS = {
    "hubspot": {"U0EMEA001": "41629780", "U0EMEA002": "41629779"},
    "salesforce": {"U0EMEA001": "005000000000002AAA", "U0EMEA002": "005000000000001AAA"},
    "pipedrive": {"U0EMEA001": 1, "U0EMEA002": 12345},
}
HUBSPOT_PORTAL = 4242


def playbook_to_every_destination(path: Path) -> Path:
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        route["destinations"] = list(NAMES)
    parse_playbook(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def configuration(directory: Path) -> dict[str, str]:
    """The owners file and a HubSpot mapping override with a portal id (so deals get links), as variables."""
    owners = directory / "owners.yml"
    owners.write_text(yaml.safe_dump(OWNERS), encoding="utf-8")
    hubspot = directory / "hubspot.yml"
    hubspot.write_text(yaml.safe_dump({"settings": {"portal_id": HUBSPOT_PORTAL}}), encoding="utf-8")
    return {"LEADBOT_OWNERS": str(owners), "HUBSPOT_MAPPING": str(hubspot)}


def environment(slack: Any, hubspot: Any, salesforce: Any, pipedrive: Any, signing_secret: str) -> dict[str, str]:
    """The variables (``webhooks.settings``) that point the service at the local fakes."""
    return {
        "SLACK_BOT_TOKEN": slack.token, "SLACK_SIGNING_SECRET": signing_secret, "SLACK_BASE_URL": slack.api_url,
        "SLACK_DEFAULT_CHANNEL": "",
        "HUBSPOT_TOKEN": hubspot.token, "HUBSPOT_BASE_URL": hubspot.url,
        "SALESFORCE_CLIENT_ID": salesforce.client_id, "SALESFORCE_CLIENT_SECRET": salesforce.client_secret,
        "SALESFORCE_BASE_URL": salesforce.url,
        "PIPEDRIVE_API_TOKEN": pipedrive.api_token, "PIPEDRIVE_BASE_URL": pipedrive.url,
    }
