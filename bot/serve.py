"""``python -m bot serve``: the Rasa server (what ``rasa run`` starts) with the bounds a public chat needs.

``rasa run`` has no way to bound a request's size, to limit a client's rate,
to trust a proxy's address header, or to allow only some origins without
echoing any origin with credentials. This builds the same server (the
channels of ``bot/credentials.yml`` under ``/webhooks/``, the model loaded
at start, no HTTP API) as Rasa 3.6's ``rasa.core.run.serve_application``
with ``enable_api`` off, plus:

- every request body and websocket message bounded by ``LEADBOT_MAX_REQUEST_BYTES`` (413 beyond);
- CORS for the configured site origins only (``LEADBOT_ALLOWED_ORIGINS``);
  socket.io answers its own CORS and checks the Origin of websockets too
  (``bot.channels.widget``), so it is left out here;
- the client's address from a proxy's header only when one is configured
  (``LEADBOT_PROXIES`` or ``LEADBOT_FORWARDED_SECRET``);
- a per-address limit on every chat request (a REST message, a new socket.io
  connection): 429 with ``Retry-After`` (``bot.channels.limits``). The
  channels add the per-conversation limit and the message cap.

It listens on ``LEADBOT_BOT_HOST`` (127.0.0.1 unless told otherwise). Several
servers share conversations through ``DATABASE_URL`` (PostgreSQL) and
``REDIS_URL`` (the conversations' locks, ``bot.stores``); ``SANIC_WORKERS``
runs several worker processes in one server, only with ``REDIS_URL``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import warnings
from functools import partial
from http import HTTPStatus
from typing import Any, List

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic_cors import CORS

from bot import heap
from bot.channels.limits import TOO_FAST, ChatLimits, chat_limits, client_address, retry_after
from bot.settings import Settings

logger = logging.getLogger(__name__)

WEBHOOKS = "/webhooks/"
SOCKET_IO = "/socket.io/"
# Rasa's warning for an entity the domain does not list (rasa.shared.utils.io.raise_warning).
ATTRIBUTE_ENTITY_WARNING = r"Parsed an entity '\w+' which is not defined in the domain"


def is_chat_request(request: Request) -> bool:
    """A visitor's message over REST, or a new socket.io connection (whose messages the channel counts)."""
    if request.method == "POST" and request.path.startswith(WEBHOOKS) and request.path.rstrip("/").endswith(
            "/rest/webhook"):
        return True
    return request.method == "GET" and request.path.startswith(SOCKET_IO) and "sid" not in request.args


def configure(app: Sanic, settings: Settings, limits: ChatLimits) -> None:
    """Size bounds, proxies, CORS and the per-address limit, on an app whose channels are registered."""
    app.config.REQUEST_MAX_SIZE = settings.max_request_bytes
    app.config.WEBSOCKET_MAX_SIZE = settings.max_request_bytes
    if settings.proxies_count:
        app.config.PROXIES_COUNT = settings.proxies_count
    if settings.forwarded_secret:
        app.config.FORWARDED_SECRET = settings.forwarded_secret
    CORS(app, resources={r"^/(?!socket\.io/).*": {"origins": list(settings.allowed_origins)}},
         automatic_options=True, supports_credentials=False)

    @app.middleware("request")
    async def limit_by_address(request: Request) -> HTTPResponse | None:
        if not is_chat_request(request):
            return None
        wait = await limits.address_wait(client_address(request))
        if wait is None:
            return None
        return response.json([{"text": TOO_FAST}], status=HTTPStatus.TOO_MANY_REQUESTS,
                             headers={"Retry-After": retry_after(wait)})


def register(channels: List[Any], app: Sanic) -> None:
    """Rasa's ``channel.register``, with two gates in front of every channel's messages: a message sent again
    (its ``message_id`` already stored) gets its stored replies, and a stopped conversation stores nothing."""
    from urllib.parse import urljoin

    from bot.channels.resent import once
    from bot.channels.stopped import gated

    handler = once(lambda: app.ctx.agent, gated(lambda: app.ctx.agent))
    for channel in channels:
        app.blueprint(channel.blueprint(handler), url_prefix=urljoin(WEBHOOKS, channel.url_prefix()))
    app.ctx.input_channels = channels


def create_app(settings: Settings, credentials: str, endpoints: object) -> Sanic:
    import rasa.server
    from rasa.core.constants import DEFAULT_KEEP_ALIVE_TIMEOUT
    from rasa.core.run import create_http_input_channels

    from bot import action_replies, event_types

    action_replies.install()  # Rasa re-checked its own reply schema on every action call: half of a turn
    event_types.install()  # and walked every event class for each stored event it read back, on every turn
    app = Sanic("leadbot_bot", configure_logging=False)
    app.config.KEEP_ALIVE_TIMEOUT = DEFAULT_KEEP_ALIVE_TIMEOUT
    rasa.server.add_root_route(app)
    channels = create_http_input_channels(None, credentials)
    register(channels, app)
    configure(app, settings, chat_limits())
    return app


async def _loaded(_app: Sanic, _loop: Any) -> None:
    heap.loaded()


def main(argv: List[str] | None = None) -> int:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="python -m bot serve",
                                     description="The Rasa server (as rasa run) with the bounds a public chat needs.")
    parser.add_argument("--model", default=settings.bot_models, help="a model file, or the folder of the newest")
    parser.add_argument("--credentials", default=settings.bot_credentials)
    parser.add_argument("--endpoints", default=settings.bot_endpoints)
    parser.add_argument("--interface", "-i", default=settings.bot_host)
    parser.add_argument("--port", "-p", type=int, default=settings.bot_port)
    args = parser.parse_args(argv)

    # Before Rasa and TensorFlow: the model's classifier loads through skops, whose import scans every module loaded
    # so far for the types it trusts (~5,800 once TensorFlow is in): 12 CPU s after Rasa, 3 s before it, same types.
    importlib.import_module("skops.io")
    import rasa.core.run
    import rasa.model
    import rasa.utils.io
    import rasa.utils.tensorflow.environment as tf_env
    from rasa.core.utils import AvailableEndpoints
    from rasa.exceptions import ModelNotFound
    from rasa.utils.common import configure_logging_and_warnings, update_sanic_log_level
    from rasa.utils.log_utils import configure_structlog

    from bot import rasa_graph

    rasa_graph.install()  # each turn's graphs run in a kept order, not through dask's scheduler (bot.rasa_graph)
    configure_logging_and_warnings(None, None, warn_only_once=True, filter_repeated_logs=True)
    # bot.nlu_component reports the lead attributes as entities on purpose, and the domain leaves them out on purpose
    # (they must not feed the dialogue policies): Rasa's warning about each, at a server's first messages, says nothing.
    warnings.filterwarnings("ignore", message=ATTRIBUTE_ENTITY_WARNING, category=UserWarning)
    tf_env.setup_tf_environment()
    rasa.utils.io.configure_colored_logging(None)
    configure_structlog(None)
    try:
        model = rasa.model.get_local_model(args.model)
    except ModelNotFound:
        logger.error("no model in %s: train one with `python -m bot train`", args.model)
        return 1
    endpoints = AvailableEndpoints.read_endpoints(args.endpoints)
    app = create_app(settings, args.credentials, endpoints)
    app.register_listener(partial(rasa.core.run.load_agent_on_start, model, endpoints, None), "before_server_start")
    app.register_listener(_loaded, "before_server_start")  # after the model: listeners run in order
    app.register_listener(rasa.core.run.close_resources, "after_server_stop")
    update_sanic_log_level()
    logger.info("Rasa server on http://%s:%s (origins: %s; conversation locks in %s)", args.interface, args.port,
                ", ".join(settings.allowed_origins), "Redis" if settings.redis_url else "memory")
    # settings.sanic_workers is above 1 only with REDIS_URL (bot.settings refuses it otherwise).
    app.run(host=args.interface, port=args.port, workers=settings.sanic_workers, backlog=100)
    return 0
