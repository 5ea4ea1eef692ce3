"""The generic destination: a signed JSON POST following Standard Webhooks.

``webhook-id`` is the delivery's id, the same on every retry, so receivers
deduplicate; ``webhook-signature`` is ``v1,<base64 HMAC>`` over
``id.timestamp.body`` with the endpoint's own ``whsec_`` secret.

An endpoint URL is a stranger's input in a multi-tenant world: its host is
resolved and refused when any address is loopback, private, link-local (cloud
metadata lives there), or otherwise not public, unless that network was
explicitly allowed. That check runs before each request and again when a
connection is opened, and the connection goes to the addresses that second
check vetted (``transport.PinnedAdapter``), never to a fresh lookup: a name
that answers public to the check and internal to the connect (DNS rebinding)
reaches nothing. Redirects are not followed, so a public endpoint cannot
bounce the request inside. The resolver is a value, so tests script it.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence
from urllib.parse import urlsplit

import requests
from standardwebhooks.webhooks import Webhook

from integrations.destination import DeliveryFailed, Outcome, Push
from integrations.transport import DEFAULT_TIMEOUT, PinnedAdapter, failure, send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# host, port -> its IP addresses as text; raises ``socket.gaierror`` when the name does not resolve.
Resolver = Callable[[str, int], Sequence[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's answer (``getaddrinfo``), each address once, in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class ForbiddenAddress(ValueError):
    """The endpoint resolves to an address this deployment does not let destinations reach."""


def check_address(url: str, allowed: Iterable[Network] = (), resolver: Resolver = system_resolver) -> list[str]:
    """Refuse URLs whose host resolves to a non-public address outside ``allowed``; the vetted addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ForbiddenAddress(f"not an http(s) URL: scheme {parts.scheme or 'missing'}")
    return vet(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), allowed, resolver)


def vet(host: str, port: int, allowed: Iterable[Network] = (), resolver: Resolver = system_resolver) -> list[str]:
    """The host's addresses, or ``ForbiddenAddress`` when any of them is not public and not allowed.

    All of them must pass, not just one: a connection may use any of them.
    """
    allowed = tuple(allowed)
    try:
        addresses = list(resolver(host, port))
    except socket.gaierror as exc:
        raise ForbiddenAddress(f"host does not resolve ({exc.strerror})") from None
    if not addresses:
        raise ForbiddenAddress("host resolves to no address")
    for text in addresses:
        for address in _reached(ipaddress.ip_address(text.split("%")[0])):
            if address.is_global and not address.is_multicast and not any(address in n for n in _LOCAL_USE):
                continue
            if any(address in network for network in allowed if network.version == address.version):
                continue
            raise ForbiddenAddress(f"host resolves to a non-public address ({address})")
    return addresses


Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# IPv6 forms that carry an IPv4 address in their last 32 bits and reach it through a translator or a tunnel:
# IPv4-translated (SIIT), NAT64 (well-known and local-use prefixes) and, in bits 16-47, 6to4.
_LAST_32_BITS = tuple(ipaddress.ip_network(n) for n in ("::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48"))
# Not globally reachable (IANA), though Python 3.10's ``is_global`` says it is: a site's own NAT64, into its network.
_LOCAL_USE = (ipaddress.ip_network("64:ff9b:1::/48"),)


def _reached(address: Address) -> list[Address]:
    """The address, plus the IPv4 address an IPv6 form embeds: both must be public (or allowed).

    ``ipaddress`` calls ``::7f00:1`` (IPv4-compatible), ``64:ff9b::7f00:1``
    (NAT64) and ``2002:7f00:1::`` (6to4) global, yet each can reach 127.0.0.1.
    """
    if address.version == 4:
        return [address]
    assert isinstance(address, ipaddress.IPv6Address)
    embedded: ipaddress.IPv4Address | None = address.ipv4_mapped or address.sixtofour
    if address.teredo:
        embedded = address.teredo[1]  # the client; the server half is the relay's
    elif embedded is None and any(address in network for network in _LAST_32_BITS):
        embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    elif embedded is None and int(address) >> 32 == 0 and int(address) > 1:  # IPv4-compatible ::a.b.c.d
        embedded = ipaddress.IPv4Address(int(address))
    if address.ipv4_mapped:  # the same host as its IPv4 address, judged as such (allowed IPv4 networks apply)
        return [address.ipv4_mapped]
    return [address] if embedded is None else [address, embedded]


class WebhookDestination:
    """One endpoint; ``name`` is its key in the outbox (``webhook:<endpoint>``)."""

    supports_erasure = True
    takes_chat = True  # ``lead.chat`` (``integrations.chat_note``) is posted like every other event

    def __init__(
        self,
        name: str,
        url: str,
        secret: str,
        *,
        session: requests.Session | None = None,
        allowed_networks: Iterable[Network] = (),
        timeout: float = DEFAULT_TIMEOUT,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.name = name
        self.url = url
        self._signer = Webhook(secret)
        self._session = session or requests.Session()
        self._allowed = tuple(allowed_networks)
        self._resolver = resolver
        self._timeout = timeout
        # Every connection this session opens goes to addresses vetted at that moment (see the module's docstring).
        adapter = PinnedAdapter(lambda host, port: vet(host, port, self._allowed, self._resolver))
        self.resolve = lambda: check_address(self.url, self._allowed, self._resolver)  # the doctor's check
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def deliver(self, delivery: Push) -> Outcome:
        try:
            check_address(self.url, self._allowed, self._resolver)
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
        try:
            response = send(
                self._session, "POST", self.url, data=body.encode(), headers=headers,
                timeout=self._timeout, allow_redirects=False,
            )
        except ForbiddenAddress as exc:  # the name changed its answer between the check and the connect
            raise DeliveryFailed(f"{self.name}: {exc}", retryable=False) from None
        if 200 <= response.status_code < 300:
            return Outcome()
        if 300 <= response.status_code < 400:
            raise DeliveryFailed(
                f"{self.name}: HTTP {response.status_code} redirect not followed",
                retryable=False, status=response.status_code,
            )
        raise failure(response, self.name)
