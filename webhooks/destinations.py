"""Which destinations this deployment has, by the names the playbook and the outbox use.

The web process only needs the names (to write one outbox row per configured
destination the route selects); the worker builds the clients. A route that
names ``webhook`` fans out to every configured endpoint, each its own
destination ``webhook:<endpoint>`` with its own secret, retries and dead list.
CRM destinations get their section of the owners file (``integrations.owners``)
so a Claim in Slack sets the owner in the CRM.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, Iterable, Mapping

import requests

from integrations import doctor, owners
from integrations.destination import Destination
from webhooks.settings import Settings

# name -> (module, class) in ``integrations``; each takes ``session`` and ``base_url``.
_CLASSES = {
    "slack": ("integrations.slack", "Slack"),
    "hubspot": ("integrations.hubspot", "HubSpot"),
    "pipedrive": ("integrations.pipedrive", "Pipedrive"),
    "salesforce": ("integrations.salesforce", "Salesforce"),
}
WEBHOOK = "webhook"


class Registry:
    def __init__(self, settings: Settings, extra: Mapping[str, Destination] | None = None) -> None:
        self._settings = settings
        self._extra = dict(extra or {})
        self._built: dict[str, Destination] = {}
        self._lock = threading.Lock()
        names = [f"{WEBHOOK}:{endpoint.name}" for endpoint in settings.webhook_endpoints]
        names += [name for name in settings.integrations if name in _CLASSES]
        names += list(self._extra)
        self.names: tuple[str, ...] = tuple(dict.fromkeys(names))

    def select(self, route_destinations: Iterable[str]) -> list[str]:
        """The configured destinations a route's list names, in the route's order."""
        chosen: list[str] = []
        for wanted in route_destinations:
            for name in self.names:
                if name == wanted or (wanted == WEBHOOK and name.startswith(WEBHOOK + ":")):
                    chosen.append(name)
        return list(dict.fromkeys(chosen))

    def get(self, name: str) -> Destination:
        with self._lock:
            if name not in self._built:
                self._built[name] = self._build(name)
            return self._built[name]

    @property
    def service(self) -> doctor.Service:
        """What the destinations' preflight checks against (``integrations.doctor``): the service's public
        address, Slack's signing secret and the playbook file it starts with."""
        settings = self._settings
        return doctor.Service(public_url=settings.public_url, slack_signing_secret=settings.slack_signing_secret,
                              playbook_path=settings.playbook_path)

    def supports_erasure(self, name: str) -> bool:
        """Erasure notices go everywhere the lead went, unless a destination says it cannot act on them."""
        return bool(getattr(self.get(name), "supports_erasure", True))

    def _build(self, name: str) -> Destination:
        if name in self._extra:
            return self._extra[name]
        if name not in self.names:
            raise KeyError(f"destination {name!r} is not configured")
        session = requests.Session()
        if name.startswith(WEBHOOK + ":"):
            from integrations.webhook import WebhookDestination

            endpoint = next(e for e in self._settings.webhook_endpoints if f"{WEBHOOK}:{e.name}" == name)
            return WebhookDestination(
                name, endpoint.url, endpoint.secret, session=session,
                allowed_networks=self._settings.allowed_networks, timeout=self._settings.http_timeout,
            )
        module, cls = _CLASSES[name]
        factory = getattr(importlib.import_module(module), cls)
        options: dict[str, Any] = dict(self._settings.integrations[name])
        if name in owners.DESTINATIONS:
            options.setdefault("owners", owners.load(getattr(self._settings, "owners_path", None)).get(name, {}))
        return factory(session=session, timeout=self._settings.http_timeout, **options)
