"""Who is on the other end of a request, behind the proxies the operator trusts, and whether it came over https.

``init_app`` wraps the app in werkzeug's ``ProxyFix`` when ``LEADBOT_PROXIES``
says how many reverse proxies (nginx, a load balancer) stand in front; only
then are ``X-Forwarded-For`` and ``X-Forwarded-Proto`` believed, and only as
many hops as there are proxies. Without proxies those headers are a
stranger's words and are ignored. On https it adds HSTS to every answer.

The rate limits count per ``client_address()``; the studio's cookie is
``Secure`` when ``served_over_https()``.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

# A year, without includeSubDomains: other hosts of the operator's domain may still serve plain http.
HSTS = "max-age=31536000"


def init_app(app: Flask) -> None:
    proxies = app.config["LEADBOT_SETTINGS"].proxies
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]
    app.after_request(_strict_transport_security)


def client_address() -> str:
    """The caller's address: the connection's, or the one the trusted proxies saw."""
    return request.remote_addr or "unknown"


def served_over_https() -> bool:
    """The request came over https (to us or to the trusted proxies), or the service's public address is https."""
    public_url = current_app.config["LEADBOT_SETTINGS"].public_url or ""
    return request.is_secure or public_url.startswith("https://")


def _strict_transport_security(response: Response) -> Response:
    """Over https, the browser keeps to https from then on: no network in between can downgrade it."""
    if served_over_https():
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response
