"""The generic signed webhook against a real local receiver that verifies Standard Webhooks signatures."""

from __future__ import annotations

import ipaddress
import socket

import pytest
import requests

from harness.fakes.webhook_receiver import WebhookReceiver, scripted
from integrations.destination import DeliveryFailed, Push
from integrations.webhook import ForbiddenAddress, WebhookDestination, check_address

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
LOOPBACK = [ipaddress.ip_network("127.0.0.0/8")]
PAYLOAD = {"type": "lead.qualified", "timestamp": "2026-11-23T10:00:00Z", "data": {"id": "lead_1", "name": "Zoë"}}


@pytest.fixture
def receiver():
    with WebhookReceiver(SECRET) as running:
        yield running


def destination(url: str, secret: str = SECRET, **kwargs) -> WebhookDestination:
    return WebhookDestination("webhook:ops", url, secret, session=requests.Session(), allowed_networks=LOOPBACK, **kwargs)


def push(delivery_id: str = "msg_1") -> Push:
    return Push(id=delivery_id, lead_id="lead_1", event="lead.qualified", payload=PAYLOAD)


def test_a_signed_post_the_receiver_verifies(receiver):
    outcome = destination(receiver.url).deliver(push("msg_abc"))
    [got] = receiver.accepted
    assert got.id == "msg_abc"
    assert got.payload == PAYLOAD  # non-ASCII survives signing and transport
    assert got.headers["content-type"] == "application/json"
    assert outcome.external_id is None


def test_another_endpoints_secret_does_not_verify(receiver):
    other = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="
    with pytest.raises(DeliveryFailed) as failed:
        destination(receiver.url, secret=other).deliver(push())
    assert (failed.value.status, failed.value.retryable) == (401, False)
    assert receiver.accepted == [] and len(receiver.rejected) == 1


@pytest.mark.parametrize(
    "reply, retryable, retry_after",
    [
        ((429, {"Retry-After": "7"}, b""), True, 7.0),
        ((503, {}, b"<html>down</html>"), True, None),
        ((408, {}, b""), True, None),
        ((410, {}, b"gone"), False, None),
        ((302, {"Location": "http://169.254.169.254/"}, b""), False, None),
    ],
)
def test_answers_become_verdicts(receiver, reply, retryable, retry_after):
    receiver.responder = scripted(reply)
    with pytest.raises(DeliveryFailed) as failed:
        destination(receiver.url).deliver(push())
    assert (failed.value.status, failed.value.retryable, failed.value.retry_after) == (reply[0], retryable, retry_after)


def test_a_closed_port_is_retryable(receiver):
    url = receiver.url
    receiver.stop()
    with pytest.raises(DeliveryFailed) as failed:
        destination(url, timeout=2).deliver(push())
    assert failed.value.retryable


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/x", "http://192.168.0.1/x",
        "http://169.254.169.254/latest/meta-data/", "http://[::1]/x", "http://[fd00:ec2::254]/x",
        "http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::ffff:127.0.0.1]/x",
    ],
)
def test_internal_addresses_are_refused_by_default(url):
    with pytest.raises(ForbiddenAddress):
        check_address(url)


def test_allowed_networks_and_public_addresses_pass():
    check_address("http://127.0.0.1:8080/x", LOOPBACK)
    check_address("https://93.184.216.34/hook")
    with pytest.raises(ForbiddenAddress):
        check_address("http://10.0.0.1/x", LOOPBACK)
    with pytest.raises(ForbiddenAddress, match="scheme"):
        check_address("file:///etc/passwd")


def test_a_refused_address_is_a_permanent_failure(receiver):
    strict = WebhookDestination("webhook:ops", receiver.url, SECRET, session=requests.Session())
    with pytest.raises(DeliveryFailed) as failed:
        strict.deliver(push())
    assert not failed.value.retryable
    assert receiver.received == []


def test_unresolvable_hosts_are_refused():
    def no_dns(_host: str, _port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(ForbiddenAddress, match="does not resolve"):
        check_address("https://hooks.example.com/x", resolver=no_dns)
    with pytest.raises(ForbiddenAddress, match="no address"):
        check_address("https://hooks.example.com/x", resolver=lambda _host, _port: [])
