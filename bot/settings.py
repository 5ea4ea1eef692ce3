"""The one place the bot's processes read their environment.

The Rasa server (tracker store, Slack channel) and the action server (the
lead service's address and signing secret, the playbook) receive these
values; nothing else in ``bot/`` reads ``os.environ``. Variable names match
the service's (``webhooks/settings.py``) where both sides need the same value.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{REPO / 'var' / 'leadbot.db'}"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    service_url: str = "http://127.0.0.1:5000"
    # HMAC secret shared with the service (webhooks.signing); None sends unsigned requests the service refuses.
    action_secret: str | None = None
    playbook_path: str | None = None
    service_timeout: float = 5.0
    slack_token: str | None = None
    slack_signing_secret: str | None = None
    # Where Slack's Web API lives; tests point it at a local fake.
    slack_api_url: str = "https://slack.com/api/"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, key in (
            ("database_url", "DATABASE_URL"),
            ("service_url", "LEADBOT_SERVICE_URL"),
            ("action_secret", "LEADBOT_ACTION_SECRET"),
            ("playbook_path", "LEADBOT_PLAYBOOK"),
            ("slack_token", "SLACK_BOT_TOKEN"),
            ("slack_signing_secret", "SLACK_SIGNING_SECRET"),
            ("slack_api_url", "SLACK_API_URL"),
        ):
            if env.get(key):
                values[name] = env[key]
        if env.get("LEADBOT_SERVICE_TIMEOUT"):
            values["service_timeout"] = float(env["LEADBOT_SERVICE_TIMEOUT"])
        url = str(values.get("database_url", DEFAULT_DATABASE_URL))
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        values["database_url"] = url
        return cls(**values)  # type: ignore[arg-type]
