"""The HTTP edge shared by the CRM destinations: one place that turns transport
outcomes into ``DeliveryFailed`` with the retry verdict the worker acts on.

Messages carry the method, path, status and the API's own error code, never
bodies: CRMs echo what was sent (emails, names) in their errors, and messages
end up in logs and the outbox.
"""

from __future__ import annotations

import socket
import sys
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import connection as urllib3_connection

from integrations.destination import DeliveryFailed

# host, port -> the IP addresses a connection may use, in order; raises to refuse the host.
Guard = Callable[[str, int], Sequence[str]]

DEFAULT_TIMEOUT = 10.0
_RETRYABLE_STATUSES = {408, 429}


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds; it may be a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def is_retryable_status(status: int) -> bool:
    return status in _RETRYABLE_STATUSES or status >= 500


def failure(response: requests.Response, what: str, code: str | None = None) -> DeliveryFailed:
    """The verdict for a non-2xx answer: 408, 429 and 5xx may pass; the rest will not."""
    status = response.status_code
    detail = f" ({code})" if code else ""
    return DeliveryFailed(
        f"{what}: HTTP {status}{detail}",
        retryable=is_retryable_status(status),
        retry_after=retry_after_seconds(response.headers.get("Retry-After")),
        status=status,
    )


def send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    **kwargs: Any,
) -> requests.Response:
    """One request; a network failure (refused, reset, timed out) is retryable."""
    try:
        return session.request(method, url, timeout=timeout, **kwargs)
    except requests.RequestException as exc:
        raise DeliveryFailed(
            f"{method} {urlsplit(url).path}: {type(exc).__name__}", retryable=True
        ) from exc


def json_of(response: requests.Response, what: str) -> Any:
    """The body as JSON; a 2xx with a body that is not JSON is the API misbehaving, so retryable."""
    try:
        return response.json()
    except ValueError as exc:
        raise DeliveryFailed(
            f"{what}: malformed JSON in HTTP {response.status_code}",
            retryable=True,
            status=response.status_code,
        ) from exc


def error_code(response: requests.Response, *keys: str) -> str | None:
    """The API's own error code from a JSON error body (an object, or a list of them)."""
    try:
        body = response.json()
    except ValueError:
        return None
    if isinstance(body, list) and body:
        body = body[0]
    if isinstance(body, dict):
        for key in keys:
            if body.get(key) is not None:
                return str(body[key])[:60]
    return None


def checked(response: requests.Response, what: str, code_keys: tuple[str, ...] = (),
            missing_ok: bool = False) -> Any:
    """The JSON of a successful answer (``None`` when empty), or the failure it stands for.

    ``missing_ok`` makes 404 and 410 a success: deleting what is already gone.
    """
    status = response.status_code
    if missing_ok and status in (404, 410):
        return None
    if status >= 300:
        raise failure(response, what, error_code(response, *code_keys))
    if status == 204 or not response.content:
        return None
    return json_of(response, what)


class PinnedAdapter(HTTPAdapter):
    """A transport adapter whose connections go only to addresses ``guard`` vetted, at connect time.

    Each new connection asks ``guard`` for the host's addresses (it resolves
    the name and refuses what must not be reached) and connects to those very
    addresses: the name is never resolved again behind the guard's back, so
    DNS rebinding (public when checked, internal when connected) has no
    window. Only the TCP destination changes: the ``Host`` header, TLS SNI
    and certificate checks still use the URL's host name. A kept-alive
    connection stays with the address vetted when it opened. Proxies are
    never used, since a proxy would resolve the name itself.
    """

    def __init__(self, guard: Guard, **kwargs: Any) -> None:
        self._guard = guard
        super().__init__(**kwargs)

    def __setstate__(self, state: Mapping[str, Any]) -> None:  # requests re-creates the pools on unpickling
        self._guard = state["_guard"]
        super().__setstate__(state)  # type: ignore[misc]

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        guard = self._guard

        class HTTP(_PinnedConnection, HTTPConnection):
            pass

        class HTTPS(_PinnedConnection, HTTPSConnection):
            pass

        HTTP.guard = HTTPS.guard = staticmethod(guard)  # type: ignore[assignment]
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("PinnedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": HTTP}),
            "https": type("PinnedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": HTTPS}),
        }

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs["proxies"] = None
        return super().send(request, *args, **kwargs)


class _PinnedConnection:
    """Mixed into urllib3's connections: ``_new_conn`` connects to the guard's addresses, not a fresh lookup."""

    guard: Guard
    _dns_host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any
    host: str

    def _new_conn(self) -> socket.socket:
        addresses = self.guard(self._dns_host, self.port)  # may raise: the host is refused, nothing is sent
        error: OSError | None = None
        for address in addresses:
            try:
                sock = urllib3_connection.create_connection(  # a numeric address: no DNS here
                    (address, self.port), self.timeout,
                    source_address=self.source_address, socket_options=self.socket_options,
                )
            except socket.timeout as exc:
                raise ConnectTimeoutError(
                    self, f"Connection to {self.host} timed out. (connect timeout={self.timeout})"
                ) from exc
            except OSError as exc:
                error = exc
                continue
            sys.audit("http.client.connect", self, self.host, self.port)
            return sock
        raise NewConnectionError(self, f"Failed to establish a new connection: {error or 'no address'}")  # type: ignore[arg-type]
