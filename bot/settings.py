"""The one place the bot's processes read their environment.

The Rasa server (tracker store, channels, chat limits, allowed origins) and
the action server (its token and address, the lead service's address and
signing secret, the playbook) receive these values; nothing else in ``bot/``
reads ``os.environ``. Variable names match the service's
(``webhooks/settings.py``) where both sides need the same value.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

from ratelimits import Rule

logger = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{REPO / 'var' / 'leadbot.db'}"
DEFAULT_SERVICE_URL = "http://127.0.0.1:5000"
# The bot's former name for SLACK_BASE_URL, still read when SLACK_BASE_URL is unset.
DEPRECATED_SLACK_URL = "SLACK_API_URL"
# Shorter tokens are refused: the token is all that stands between a stranger and the lead service.
MIN_ACTIONS_TOKEN_CHARS = 16


class SettingsError(ValueError):
    """A setting that cannot be used as given; the message names the variable."""


def rules(text: str, name: str) -> tuple[Rule, ...]:
    """``"60/minute"``, several rules at once (``"60/minute, 600/hour"``: every one must pass), or ``"off"``."""
    try:
        return Rule.parse_many(text)
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, as a browser sends it in ``Origin``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{url!r} is not an http(s) origin such as https://www.example.com")
    return f"{parts.scheme}://{parts.netloc}".lower()


def default_origins(service_url: str) -> tuple[str, ...]:
    """The service's own origin (where the demo site and the widget live) and its loopback twin."""
    origin = origin_of(service_url)
    twins = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}
    host = urlsplit(origin).hostname or ""
    if host in twins:
        return (origin, origin.replace(f"//{host}", f"//{twins[host]}", 1))
    return (origin,)


def _int(env: Mapping[str, str], key: str, default: int, minimum: int = 0) -> int:
    raw = env.get(key)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{key} must be at least {minimum}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    service_url: str = DEFAULT_SERVICE_URL
    # HMAC secret shared with the service (``signing``); None sends unsigned requests the service refuses.
    action_secret: str | None = None
    playbook_path: str | None = None
    service_timeout: float = 5.0
    slack_token: str | None = None
    slack_signing_secret: str | None = None
    # Where Slack's Web API lives (SLACK_BASE_URL, as the service names it); tests point it at a local fake.
    slack_api_url: str = "https://slack.com/api/"

    # The action server (``python -m bot actions``): Rasa sends this token with every call
    # (bot/endpoints.yml); without one the action server does not start.
    actions_token: str | None = None
    actions_host: str = "127.0.0.1"
    actions_port: int = 5055

    # The Rasa server (``python -m bot serve``).
    bot_host: str = "127.0.0.1"
    bot_port: int = 5005
    bot_endpoints: str = str(REPO / "bot" / "endpoints.yml")
    bot_credentials: str = str(REPO / "bot" / "credentials.yml")
    bot_models: str = str(REPO / "bot" / "models")
    # Web pages that may talk to the bot from a browser (CORS and socket.io's Origin check).
    allowed_origins: tuple[str, ...] = default_origins(DEFAULT_SERVICE_URL)
    # A visitor's message: longer ones get a polite answer and never reach Rasa's NLU or the tracker.
    max_message_chars: int = 4000
    # Any request body or socket.io packet; larger ones are refused (413) before they are read.
    max_request_bytes: int = 64 * 1024
    # Where rate-limit counters live: "memory://" (this process) or "redis://..." (shared).
    rate_limit_storage: str = "memory://"
    # Several Rasa servers: the Redis that holds each conversation's lock (``bot.stores``), so that its turns
    # are handled one at a time in order whichever server takes them. None: one Rasa process, locks in memory.
    redis_url: str | None = None
    # Sanic worker processes of one Rasa server (Rasa's own SANIC_WORKERS); more than one needs ``redis_url``.
    sanic_workers: int = 1
    # A person sends a message every few seconds at most; several people may share one address (an office).
    limit_chat_per_address: tuple[Rule, ...] = field(default_factory=lambda: rules("60/minute, 600/hour", ""))
    limit_chat_per_conversation: tuple[Rule, ...] = field(default_factory=lambda: rules("20/minute, 200/hour", ""))
    # Behind a reverse proxy: how many proxies add X-Forwarded-For, or the secret of their Forwarded header.
    # Unset, the client's address is the connection's: a forwarded header is never believed.
    proxies_count: int = 0
    forwarded_secret: str | None = None

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
            ("slack_api_url", "SLACK_BASE_URL"),
            ("actions_token", "LEADBOT_ACTIONS_TOKEN"),
            ("actions_host", "LEADBOT_ACTIONS_HOST"),
            ("bot_host", "LEADBOT_BOT_HOST"),
            ("bot_endpoints", "LEADBOT_BOT_ENDPOINTS"),
            ("bot_credentials", "LEADBOT_BOT_CREDENTIALS"),
            ("bot_models", "LEADBOT_BOT_MODELS"),
            ("rate_limit_storage", "LEADBOT_RATE_LIMIT_STORAGE"),
            ("forwarded_secret", "LEADBOT_FORWARDED_SECRET"),
            ("redis_url", "REDIS_URL"),
        ):
            if env.get(key):
                values[name] = env[key]
        if not env.get("SLACK_BASE_URL") and env.get(DEPRECATED_SLACK_URL):
            # The bot's old name for the address the service reads as SLACK_BASE_URL.
            logger.warning("%s is deprecated: set SLACK_BASE_URL (the service's name for it) instead",
                           DEPRECATED_SLACK_URL)
            values["slack_api_url"] = env[DEPRECATED_SLACK_URL]
        if env.get("LEADBOT_SERVICE_TIMEOUT"):
            values["service_timeout"] = float(env["LEADBOT_SERVICE_TIMEOUT"])
        url = str(values.get("database_url", DEFAULT_DATABASE_URL))
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        values["database_url"] = url
        values["actions_port"] = _int(env, "LEADBOT_ACTIONS_PORT", cls.actions_port, 1)
        values["bot_port"] = _int(env, "LEADBOT_BOT_PORT", cls.bot_port, 1)
        values["max_message_chars"] = _int(env, "LEADBOT_MAX_MESSAGE_CHARS", cls.max_message_chars, 1)
        values["max_request_bytes"] = _int(env, "LEADBOT_MAX_REQUEST_BYTES", cls.max_request_bytes, 1024)
        values["proxies_count"] = _int(env, "LEADBOT_PROXIES", cls.proxies_count, 0)
        values["sanic_workers"] = _int(env, "SANIC_WORKERS", cls.sanic_workers, 1)
        redis_url = values.get("redis_url")
        if redis_url is not None and not str(redis_url).startswith(("redis://", "rediss://")):
            # The value is not repeated: it may hold a password.
            raise SettingsError("REDIS_URL must be redis://[:password@]host:port/db or rediss://...")
        if values["sanic_workers"] > 1 and redis_url is None:
            raise SettingsError("SANIC_WORKERS above 1 needs REDIS_URL: each worker process would lock a "
                                "conversation in its own memory, and two of its turns could run at once")
        origins = env.get("LEADBOT_ALLOWED_ORIGINS")
        values["allowed_origins"] = (
            tuple(origin_of(o) for o in origins.split(",") if o.strip()) if origins
            else default_origins(str(values.get("service_url", DEFAULT_SERVICE_URL)))
        )
        for name, key in (("limit_chat_per_address", "LEADBOT_LIMIT_CHAT_PER_ADDRESS"),
                          ("limit_chat_per_conversation", "LEADBOT_LIMIT_CHAT_PER_CONVERSATION")):
            if env.get(key):
                values[name] = rules(env[key], key)
        return cls(**values)  # type: ignore[arg-type]

    def require_actions_token(self) -> str:
        """The action server's token, or why the action server must not start."""
        token = self.actions_token or ""
        if len(token) < MIN_ACTIONS_TOKEN_CHARS:
            raise SettingsError(
                "LEADBOT_ACTIONS_TOKEN is not set (or shorter than "
                f"{MIN_ACTIONS_TOKEN_CHARS} characters): the action server would take orders from anyone. "
                "Set the same random value for the action server and Rasa (`make run` writes one to var/local.env)."
            )
        return token
