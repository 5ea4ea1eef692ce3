"""The doctor's check of a signed webhook endpoint (``integrations.doctor``): its URL resolves,
now, to public addresses (or to networks the deployment allows), as each delivery will check."""

from __future__ import annotations

from typing import Iterator
from urllib.parse import urlsplit

from integrations import doctor
from integrations.webhook import ForbiddenAddress, WebhookDestination


@doctor.register("webhook")
def preflight(webhook: WebhookDestination) -> Iterator[doctor.Check]:
    host = urlsplit(webhook.url).hostname or webhook.url
    try:
        addresses = webhook.resolve()
    except ForbiddenAddress as refused:
        yield doctor.Check(webhook.name, "address", False, f"{host}: {refused}",
                           "point the endpoint at a public https URL, or allow its network with "
                           "LEADBOT_ALLOW_NETWORKS if it is yours")
        return
    yield doctor.Check(webhook.name, "address", True, f"{host} resolves to {', '.join(addresses)}")
    if urlsplit(webhook.url).scheme != "https":
        yield doctor.Check(webhook.name, "https", False, "the endpoint is plain http: payloads carry personal data",
                           "use an https URL", blocking=False)
