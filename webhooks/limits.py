"""Rate limits at the service's edge: who is counted for what, and the 429 with ``Retry-After``.

``init_app(app)`` runs last in ``create_app``, once every blueprint is
registered: it wraps each view named in ``LIMITS`` so that its limits are
checked before the view runs, and after the blueprint's own checks (the API's
authentication, the studio's CSRF). Knowing the caller matters: the action
server posts for every visitor from 127.0.0.1, so its leads are counted per
conversation and its bookings per lead, never per address; API keys and
everyone else are counted per client address. Views stay as they are.

Views whose key is only known inside (Slack's workspace, once its signature
is checked) call ``enforce(name, key)`` themselves.

The counts live where ``LEADBOT_RATE_LIMIT_STORAGE`` says (``ratelimits``);
the rules are ``settings.rate_limits``, each ``LEADBOT_LIMIT_<NAME>``. The
client address is ``webhooks.edge.client_address`` (trusted proxies).

Why not Flask-Limiter: it needs ``packaging>=21``, which Rasa 3.6 refuses.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Callable

from flask import Flask, current_app, g, request
from werkzeug.exceptions import TooManyRequests

from ratelimits import Counters, Rule, retry_after
from webhooks.auth import ACTION_SERVER
from webhooks.edge import client_address
from webhooks.studio.auth import normalise_email

EXTENSION = "leadbot.limits"


@dataclass(frozen=True)
class Limit:
    """One rule (``settings.rate_limits[name]``) counted per ``key()``; a ``None`` key is not counted."""

    name: str
    key: Callable[[], str | None]
    methods: tuple[str, ...] = ("POST",)


def _signed_by_the_action_server() -> bool:
    principal = g.get("principal")
    return principal is not None and principal.kind == ACTION_SERVER


def _per_address_unless_action_server() -> str | None:
    return None if _signed_by_the_action_server() else f"address:{client_address()}"


def _per_conversation_of_action_server() -> str | None:
    if not _signed_by_the_action_server():
        return None
    try:  # the view parses the body again and answers a bad one with 400; ~2 KB, so twice costs nothing
        conversation = json.loads(request.get_data(cache=True)).get("conversation_id")
    except (ValueError, UnicodeDecodeError, AttributeError):
        return None
    return f"conversation:{conversation}" if isinstance(conversation, str) and conversation else None


def _per_lead_of_action_server() -> str | None:
    if not _signed_by_the_action_server():
        return None
    return f"lead:{(request.view_args or {}).get('lead_id')}"


def _per_address() -> str:
    return f"address:{client_address()}"


def _per_account() -> str | None:
    account = normalise_email(request.form.get("email", ""))[:320]
    # Counts may sit in Redis for an hour: keyed by a digest, not by the marketer's email address.
    return f"account:{hashlib.sha256(account.encode()).hexdigest()[:32]}" if account else None


# endpoint -> its limits, checked in order; the first refusal answers and later ones are not counted, so an
# attacker's refused tries at one address do not also use up the account's allowance.
LIMITS: dict[str, tuple[Limit, ...]] = {
    "api.create_lead": (
        Limit("leads_per_conversation", _per_conversation_of_action_server),
        Limit("leads", _per_address_unless_action_server),
    ),
    "bookings.book": (
        Limit("bookings_per_lead", _per_lead_of_action_server),
        Limit("bookings", _per_address_unless_action_server),
    ),
    "studio.login": (
        Limit("signin", _per_address),
        Limit("signin_per_account", _per_account),
    ),
}


class Limiter:
    """The counters and the parsed rules of one app."""

    def __init__(self, counters: Counters, rules: dict[str, tuple[Rule, ...]]) -> None:
        self.counters = counters
        self.rules = rules

    def check(self, name: str, key: str | None) -> float | None:
        """Count one hit against each of the limit's rules; the longest wait of those it is over, else None."""
        if key is None:
            return None
        waits = [wait for rule in self.rules.get(name, ()) if (wait := self.counters.hit(f"{name}:{key}", rule))]
        return max(waits) if waits else None


def init_app(app: Flask, limits: dict[str, tuple[Limit, ...]] | None = None) -> Limiter:
    settings = app.config["LEADBOT_SETTINGS"]
    rules = {name: Rule.parse_many(text) for name, text in settings.rate_limits.items()}
    limiter = Limiter(Counters.from_url(settings.rate_limit_storage), rules)
    app.extensions[EXTENSION] = limiter
    for endpoint, endpoint_limits in (LIMITS if limits is None else limits).items():
        view = app.view_functions.get(endpoint)
        if view is not None:  # an optional part (the studio, Slack) that is not mounted
            app.view_functions[endpoint] = _limited(view, endpoint_limits)
    return limiter


def _limited(view: Callable[..., Any], limits: tuple[Limit, ...]) -> Callable[..., Any]:
    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for limit in limits:
            if request.method in limit.methods:
                enforce(limit.name, limit.key())
        return view(*args, **kwargs)

    return wrapper


def enforce(name: str, key: str | None) -> None:
    """Count a hit on limit ``name`` for ``key``; over the limit raises 429 with ``Retry-After``."""
    wait = current_app.extensions[EXTENSION].check(name, key)
    if wait is not None:
        current_app.logger.warning("rate limit %s reached path=%s retry_after=%.0fs", name, request.path, wait)
        seconds = retry_after(wait)
        raise TooManyRequests(f"too many requests; try again in {seconds} s", retry_after=seconds)
