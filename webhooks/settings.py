"""The one place the service reads its environment.

Everything else receives a ``Settings`` value, so tests and benchmarks build
one directly (or override fields through ``create_app(test_config)``) instead
of patching ``os.environ``.
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from ratelimits import Rule, RuleError

REPO = Path(__file__).resolve().parent.parent

# Standard Webhooks' retry schedule, in seconds after each failed attempt.
STANDARD_SCHEDULE = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0)

# How often one caller may do one thing (``webhooks.limits``); each is ``LEADBOT_LIMIT_<NAME>`` in the
# environment, "30/minute", "5/10 minutes", several ("60/minute, 600/hour"), or "off". Generous for people and for the bot, tight for scripts.
# The action server posts for every visitor from one address, so its leads count per conversation and its
# bookings per lead; keys and unknown callers count per client address.
DEFAULT_RATE_LIMITS: Mapping[str, str] = {
    "leads": "60/minute",  # lead posts per client address (API keys)
    "leads_per_conversation": "30/minute",  # the bot's drafts and final post for one conversation
    "bookings": "30/minute",  # booking posts per client address (API keys)
    "bookings_per_lead": "10/minute",  # the bot booking one lead's call
    "signin": "10/10 minutes",  # studio sign-in tries per client address
    "signin_per_account": "30/hour",  # ... per studio account, whatever the address
    "slack": "600/minute",  # Slack's own verified traffic, per workspace
}

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class SettingsError(ValueError):
    """An environment variable the service cannot use; ``name`` is the variable."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


@dataclass(frozen=True)
class WebhookEndpoint:
    """One receiver of signed webhooks; ``secret`` is its own ``whsec_`` key."""

    name: str
    url: str
    secret: str


@dataclass(frozen=True)
class Settings:
    database_url: str = f"sqlite:///{REPO / 'var' / 'leadbot.db'}"
    # HMAC secret shared with the bot's action server (``signing``).
    action_secret: str | None = None
    # source name -> API key, for sources other than the action server.
    api_keys: Mapping[str, str] = field(default_factory=dict)
    # A key that may read, change and erase leads (the admin side).
    admin_api_key: str | None = None
    playbook_path: str | None = None
    webhook_endpoints: tuple[WebhookEndpoint, ...] = ()
    # Private ranges destinations may reach; empty means public addresses only.
    allowed_networks: tuple[Network, ...] = ()
    max_body_bytes: int = 256 * 1024
    signature_tolerance: float = 300.0
    retry_schedule: tuple[float, ...] = STANDARD_SCHEDULE
    # Where the worker listens for "new work" datagrams when the database cannot notify.
    wake_address: tuple[str, int] = ("127.0.0.1", 8799)
    worker_concurrency: int = 8
    # How long a claimed delivery stays reserved before another worker may take it.
    lease_seconds: float = 120.0
    # Safety-net poll; wake-ups normally arrive at once.
    poll_seconds: float = 30.0
    # A draft lead (the bot posts ``complete: false`` while the visitor is still answering) that hears
    # nothing more for this long is sent on as it stands: a visitor who leaves mid-form is not lost.
    abandoned_after: float = 1800.0
    # The worker looks for abandoned drafts at least this often (and whenever it is woken).
    sweep_seconds: float = 5.0
    # A visitor who asked for a person in working hours waits this long for a salesperson to join
    # (``webhooks.handoff``) before the bot offers a call or an email instead.
    handoff_wait: float = 120.0
    http_timeout: float = 10.0
    # destination name -> constructor keywords for the CRM and Slack modules in ``integrations``.
    integrations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Verifies requests Slack sends to /slack/events (``webhooks.slack``).
    slack_signing_secret: str | None = None
    # The service's address as visitors reach it (links in the chat, e.g. calendar files); default: the request's host.
    public_url: str | None = None
    # YAML file: Slack user id -> owner id per CRM (``integrations.owners``).
    owners_path: str | None = None
    # The Rasa server the website widget connects to (socket.io); the demo site's snippet names it.
    bot_url: str = "http://127.0.0.1:5005"
    # Signs the studio's session cookies and CSRF tokens (``webhooks.studio``); no key, no studio.
    secret_key: str | None = None
    # Where rate-limit counts live: "memory://" (each process counts alone) or "redis://host:6379/0" (shared
    # by every gunicorn worker and machine pointed at it).
    rate_limit_storage: str = "memory://"
    # limit name -> rule text; see ``DEFAULT_RATE_LIMITS``.
    rate_limits: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_RATE_LIMITS))
    # How many reverse proxies in front of the service set X-Forwarded-For/-Proto; 0 trusts neither header.
    proxies: int = 0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        if env.get("DATABASE_URL"):
            values["database_url"] = _database_url(env["DATABASE_URL"])
        for name, key in (
            ("action_secret", "LEADBOT_ACTION_SECRET"),
            ("admin_api_key", "LEADBOT_ADMIN_API_KEY"),
            ("playbook_path", "LEADBOT_PLAYBOOK"),
            ("slack_signing_secret", "SLACK_SIGNING_SECRET"),
            ("public_url", "LEADBOT_PUBLIC_URL"),
            ("owners_path", "LEADBOT_OWNERS"),
            ("bot_url", "LEADBOT_BOT_URL"),
            ("secret_key", "LEADBOT_SECRET_KEY"),
            ("rate_limit_storage", "LEADBOT_RATE_LIMIT_STORAGE"),
        ):
            if env.get(key):
                values[name] = env[key]
        if env.get("LEADBOT_API_KEYS"):
            values["api_keys"] = _string_map("LEADBOT_API_KEYS", env["LEADBOT_API_KEYS"])
        if env.get("LEADBOT_WEBHOOK_ENDPOINTS"):
            values["webhook_endpoints"] = webhook_endpoints(
                json_value("LEADBOT_WEBHOOK_ENDPOINTS", env["LEADBOT_WEBHOOK_ENDPOINTS"])
            )
        if env.get("LEADBOT_ALLOW_NETWORKS"):
            values["allowed_networks"] = networks(env["LEADBOT_ALLOW_NETWORKS"].split(","))
        if env.get("LEADBOT_RETRY_SCHEDULE"):
            values["retry_schedule"] = tuple(
                _number("LEADBOT_RETRY_SCHEDULE", part) for part in env["LEADBOT_RETRY_SCHEDULE"].split(",")
            )
        if env.get("LEADBOT_WORKER_WAKE"):
            host, _, port = env["LEADBOT_WORKER_WAKE"].rpartition(":")
            values["wake_address"] = (host or "127.0.0.1", int(_number("LEADBOT_WORKER_WAKE", port)))
        for name, key, kind in (
            ("max_body_bytes", "LEADBOT_MAX_BODY_BYTES", int),
            ("signature_tolerance", "LEADBOT_SIGNATURE_TOLERANCE", float),
            ("worker_concurrency", "LEADBOT_WORKER_CONCURRENCY", int),
            ("lease_seconds", "LEADBOT_LEASE_SECONDS", float),
            ("poll_seconds", "LEADBOT_POLL_SECONDS", float),
            ("abandoned_after", "LEADBOT_ABANDONED_AFTER", float),
            ("sweep_seconds", "LEADBOT_SWEEP_SECONDS", float),
            ("handoff_wait", "LEADBOT_HANDOFF_WAIT", float),
            ("http_timeout", "LEADBOT_HTTP_TIMEOUT", float),
            ("proxies", "LEADBOT_PROXIES", int),
        ):
            if env.get(key):
                values[name] = kind(_number(key, env[key]))
        for name, key in (("abandoned_after", "LEADBOT_ABANDONED_AFTER"), ("sweep_seconds", "LEADBOT_SWEEP_SECONDS")):
            if name in values and not values[name] > 0:
                raise SettingsError(key, "must be a number of seconds above 0")
        if values.get("proxies", 0) < 0:
            raise SettingsError("LEADBOT_PROXIES", "must be a count of proxies, 0 or more")
        if "rate_limit_storage" in values and not values["rate_limit_storage"].startswith(_STORAGES):
            raise SettingsError("LEADBOT_RATE_LIMIT_STORAGE", "must be memory:// or redis://host:port/db")
        values["rate_limits"] = rate_limits(
            {name: env[f"LEADBOT_LIMIT_{name.upper()}"] for name in DEFAULT_RATE_LIMITS
             if env.get(f"LEADBOT_LIMIT_{name.upper()}")}
        )
        values["integrations"] = {
            name: {arg: env[key] for arg, key in spec.items() if env.get(key)}
            for name, spec in _INTEGRATION_ENV.items()
            if all(env.get(spec[arg]) for arg in _INTEGRATION_REQUIRED[name])
        }
        return cls(**values)

    def override(self, config: Mapping[str, Any]) -> "Settings":
        """A copy with the fields named in ``config`` replaced (``create_app(test_config)``)."""
        names = {f.name for f in fields(self)}
        changes = {k: v for k, v in config.items() if k in names}
        if isinstance(changes.get("webhook_endpoints"), (dict, list)):
            changes["webhook_endpoints"] = webhook_endpoints(changes["webhook_endpoints"])
        if "allowed_networks" in changes:
            changes["allowed_networks"] = networks(changes["allowed_networks"])
        if "retry_schedule" in changes:
            changes["retry_schedule"] = tuple(float(s) for s in changes["retry_schedule"])
        if "rate_limits" in changes:  # the names given replace those of this value; the rest stay
            changes["rate_limits"] = rate_limits({**self.rate_limits, **changes["rate_limits"]})
        return replace(self, **changes)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


_INTEGRATION_ENV = {
    "slack": {"token": "SLACK_BOT_TOKEN", "base_url": "SLACK_BASE_URL", "default_channel": "SLACK_DEFAULT_CHANNEL"},
    # ``mapping``: a YAML file laid over the destination's default field mapping (integrations/mappings).
    "hubspot": {"token": "HUBSPOT_TOKEN", "base_url": "HUBSPOT_BASE_URL", "mapping": "HUBSPOT_MAPPING"},
    "pipedrive": {"api_token": "PIPEDRIVE_API_TOKEN", "base_url": "PIPEDRIVE_BASE_URL", "mapping": "PIPEDRIVE_MAPPING"},
    "salesforce": {
        "client_id": "SALESFORCE_CLIENT_ID",
        "client_secret": "SALESFORCE_CLIENT_SECRET",
        "base_url": "SALESFORCE_BASE_URL",
        "mapping": "SALESFORCE_MAPPING",
    },
}
_INTEGRATION_REQUIRED = {
    "slack": ("token",),
    "hubspot": ("token",),
    "pipedrive": ("api_token",),
    "salesforce": ("client_id", "client_secret"),
}


_STORAGES = ("memory://", "redis://", "rediss://", "unix://")


def rate_limits(changes: Mapping[str, str]) -> dict[str, str]:
    """The default limits with ``changes`` laid over; every rule is read now, so a typo stops the start."""
    merged = {**DEFAULT_RATE_LIMITS, **changes}
    for name, text in merged.items():
        key = f"LEADBOT_LIMIT_{name.upper()}"
        if name not in DEFAULT_RATE_LIMITS:
            raise SettingsError(key, f"there is no limit called {name!r}")
        try:
            Rule.parse_many(text)
        except RuleError as exc:
            raise SettingsError(key, str(exc)) from None
    return merged


def _database_url(url: str) -> str:
    # Heroku-style URLs name the scheme "postgres", which SQLAlchemy 1.4 rejects.
    if url.startswith("postgres://"):
        return "postgresql://" + url[len("postgres://"):]
    return url


def json_value(name: str, raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise SettingsError(name, f"is not valid JSON ({exc.msg})") from None


def _string_map(name: str, raw: str) -> dict[str, str]:
    value = json_value(name, raw)
    if not isinstance(value, dict) or not all(isinstance(v, str) and v for v in value.values()):
        raise SettingsError(name, 'must be a JSON object like {"website": "key"}')
    return value


def _number(name: str, raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise SettingsError(name, f"{raw!r} is not a number") from None


def webhook_endpoints(value: Any) -> tuple[WebhookEndpoint, ...]:
    """``{"name": {"url": ..., "secret": "whsec_..."}}`` as endpoints."""
    name = "LEADBOT_WEBHOOK_ENDPOINTS"
    if not isinstance(value, dict):
        raise SettingsError(name, 'must be a JSON object like {"ops": {"url": ..., "secret": "whsec_..."}}')
    endpoints = []
    for key, spec in value.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("url"), str):
            raise SettingsError(name, f"endpoint {key!r} needs a url")
        secret = spec.get("secret")
        if not isinstance(secret, str) or not secret.startswith("whsec_"):
            raise SettingsError(name, f"endpoint {key!r} needs a secret starting with whsec_")
        endpoints.append(WebhookEndpoint(name=key, url=spec["url"], secret=secret))
    return tuple(endpoints)


def networks(values: Any) -> tuple[Network, ...]:
    out = []
    for raw in values:
        if isinstance(raw, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
            out.append(raw)
            continue
        raw = str(raw).strip()
        if not raw:
            continue
        try:
            out.append(ipaddress.ip_network(raw, strict=False))
        except ValueError:
            raise SettingsError("LEADBOT_ALLOW_NETWORKS", f"{raw!r} is not a network") from None
    return tuple(out)
