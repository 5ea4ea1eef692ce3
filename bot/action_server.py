"""``python -m bot actions``: the action server (rasa_sdk), answering only Rasa, on loopback by default.

The action server turns a call into leads and bookings in the service, so a
stranger who reaches it can make them. Rasa sends ``LEADBOT_ACTIONS_TOKEN``
with every call (``Authorization: Bearer ...``, from ``bot/endpoints.yml``);
every other request is refused (401 without a token, 403 with a wrong one)
before any action runs. Without a token the server does not start at all.
``/health`` stays open: it says nothing but "ok", and ``make run`` waits on it.

It listens on ``LEADBOT_ACTIONS_HOST`` (127.0.0.1 unless told otherwise):
rasa_sdk's own ``python -m rasa_sdk`` listens on every interface.
"""

from __future__ import annotations

import hmac
import logging
from http import HTTPStatus

from rasa_sdk import utils
from rasa_sdk.endpoint import create_app as create_sdk_app
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import heap
from bot.settings import Settings

logger = logging.getLogger(__name__)

ACTIONS_PACKAGE = "bot.actions"
OPEN_PATHS = frozenset({"/health"})
KEEP_ALIVE_SECONDS = 30


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header."""
    scheme, _, token = (header or "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def create_app(settings: Settings) -> Sanic:
    """rasa_sdk's app with every route but ``/health`` behind the token; raises SettingsError without one."""
    expected = settings.require_actions_token().encode()
    # No origin: a browser has no business here.
    app = create_sdk_app(ACTIONS_PACKAGE, cors_origins="")
    # Rasa's client (aiohttp) keeps an idle connection 15 s; Sanic would close it after 5, and a call sent
    # on a connection the server is closing fails ("Cannot write to closing transport"): the turn loses
    # its action. The server keeps idle connections longer than the client, so the client closes first.
    app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_SECONDS

    @app.middleware("request")
    async def authenticate(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS and request.method in ("GET", "HEAD"):
            return None
        supplied = bearer(request.headers.get("authorization"))
        if supplied is None:
            logger.warning("refused a call without a token from %s to %s", request.ip, request.path)
            return response.json({"error": "a token is required"}, status=HTTPStatus.UNAUTHORIZED,
                                 headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(supplied.encode(), expected):
            logger.warning("refused a call with a wrong token from %s to %s", request.ip, request.path)
            return response.json({"error": "the token is not valid"}, status=HTTPStatus.FORBIDDEN)
        return None

    @app.middleware("request")
    async def conversation(request: Request) -> None:
        """Which playbook this call's conversation uses (a signed studio preview's draft, else the published), in
        which language (``bot.actions.language``)."""
        if request.method == "POST" and request.path == "/webhook":
            from bot.actions import language, runtime  # the actions package, loaded by rasa_sdk above

            try:
                tracker = (request.json or {}).get("tracker") or {}
                sender = tracker.get("sender_id")
            except (ValueError, AttributeError):
                tracker, sender = {}, None
            runtime.playbooks().preview(str(sender or ""))
            # The language every text of this call is said in (the playbook is localized to it).
            language.enter(tracker, runtime.playbooks().current().language)
        return None

    return app


def run(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    app = create_app(settings)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    utils.configure_colored_logging(logging.INFO)
    utils.update_sanic_log_level()
    host = host or settings.actions_host
    port = port or settings.actions_port
    logger.info("action server on http://%s:%s (Rasa's token required)", host, port)
    heap.loaded()
    app.run(host, port, workers=utils.number_of_sanic_workers())
