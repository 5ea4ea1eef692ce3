"""The generic destination: a signed JSON POST following Standard Webhooks.

``webhook-id`` is the delivery's id, the same on every retry, so receivers
deduplicate; ``webhook-signature`` is ``v1,<base64 HMAC>`` over
``id.timestamp.body`` with the endpoint's own ``whsec_`` secret.

An endpoint URL is a stranger's input in a multi-tenant world: before each
request its host is resolved and refused when any address is loopback,
private, link-local (cloud metadata lives there), or otherwise not public,
unless that network was explicitly allowed. Redirects are not followed, so a
public endpoint cannot bounce the request inside.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from datetime import datetime, timezone
from typing import Iterable
from urllib.parse import urlsplit

import requests
from standardwebhooks.webhooks import Webhook

from integrations.destination import Delivery, DeliveryFailed, Outcome
from integrations.transport import DEFAULT_TIMEOUT, failure, send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class ForbiddenAddress(ValueError):
    """The endpoint resolves to an address this deployment does not let destinations reach."""


def check_address(url: str, allowed: Iterable[Network] = ()) -> None:
    """Refuse URLs whose host resolves to a non-public address outside ``allowed``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ForbiddenAddress(f"not an http(s) URL: scheme {parts.scheme or 'missing'}")
    allowed = tuple(allowed)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise ForbiddenAddress(f"host does not resolve ({exc.strerror})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if address.is_global and not address.is_multicast:
            continue
        if any(address in network for network in allowed if network.version == address.version):
            continue
        raise ForbiddenAddress(f"host resolves to a non-public address ({address})")


class WebhookDestination:
    """One endpoint; ``name`` is its key in the outbox (``webhook:<endpoint>``)."""

    supports_erasure = True

    def __init__(
        self,
        name: str,
        url: str,
        secret: str,
        *,
        session: requests.Session | None = None,
        allowed_networks: Iterable[Network] = (),
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.name = name
        self.url = url
        self._signer = Webhook(secret)
        self._session = session or requests.Session()
        self._allowed = tuple(allowed_networks)
        self._timeout = timeout

    def deliver(self, delivery: Delivery) -> Outcome:
        try:
            check_address(self.url, self._allowed)
        except ForbiddenAddress as exc:
            raise DeliveryFailed(f"{self.name}: {exc}", retryable=False) from None
        body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False)
        now = datetime.now(timezone.utc)
        headers = {
            "Content-Type": "application/json",
            "webhook-id": delivery.id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self._signer.sign(delivery.id, now, body),
        }
        response = send(
            self._session, "POST", self.url, data=body.encode(), headers=headers,
            timeout=self._timeout, allow_redirects=False,
        )
        if 200 <= response.status_code < 300:
            return Outcome()
        if 300 <= response.status_code < 400:
            raise DeliveryFailed(
                f"{self.name}: HTTP {response.status_code} redirect not followed",
                retryable=False, status=response.status_code,
            )
        raise failure(response, self.name)
