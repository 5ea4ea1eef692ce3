"""DNS rebinding: the signed webhook connects only to addresses vetted when the connection opens.

The destination takes its resolver as a value, so these tests script what a
name resolves to, call by call, without touching the system's DNS; the
servers on the other end are real local ones (plain HTTP and TLS).
"""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import socket
import ssl
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from harness.fakes.webhook_receiver import WebhookReceiver
from integrations.destination import DeliveryFailed, Push
from integrations.webhook import ForbiddenAddress, WebhookDestination, check_address

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
LOOPBACK = [ipaddress.ip_network("127.0.0.0/8")]
PUBLIC = "93.184.216.34"  # a public address no test ever connects to
PUSH = Push(id="msg_rebind", lead_id="lead_1", event="lead.qualified",
                payload={"type": "lead.qualified", "timestamp": "2026-11-23T10:00:00Z", "data": {"id": "lead_1"}})


class ScriptedResolver:
    """Answers each lookup with the next scripted list of addresses (the last one repeats)."""

    def __init__(self, *answers: list[str]) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        return self.answers[min(len(self.calls), len(self.answers)) - 1]


@pytest.fixture
def trap() -> Iterator[socket.socket]:
    """A loopback port that records whether anything connected to it at all."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.3)
        yield listener


def nothing_connected(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except socket.timeout:
        return True
    connection.close()
    return False


def test_a_name_that_rebinds_to_loopback_is_not_connected_to(trap):
    port = trap.getsockname()[1]
    resolver = ScriptedResolver([PUBLIC], ["127.0.0.1"])  # public when checked, loopback when connecting
    destination = WebhookDestination("webhook:ops", f"http://hooks.rebind.test:{port}/hooks", SECRET,
                                     session=requests.Session(), resolver=resolver, timeout=2)
    with pytest.raises(DeliveryFailed) as failed:
        destination.deliver(PUSH)
    assert not failed.value.retryable
    assert "non-public address (127.0.0.1)" in str(failed.value)
    assert resolver.calls == [("hooks.rebind.test", port)] * 2  # the check, then the connection's own
    assert nothing_connected(trap)


def test_the_connection_uses_the_vetted_address_and_keeps_the_host_name():
    with WebhookReceiver(SECRET) as receiver:
        resolver = ScriptedResolver(["127.0.0.1"])
        url = f"http://hooks.test:{receiver.port}/hooks"  # a name the system's DNS cannot resolve
        destination = WebhookDestination("webhook:ops", url, SECRET, session=requests.Session(),
                                         allowed_networks=LOOPBACK, resolver=resolver)
        destination.deliver(PUSH)
        destination.deliver(PUSH)  # the kept-alive connection is reused: no new lookup for it
    [first, second] = receiver.accepted
    assert first.headers["host"] == f"hooks.test:{receiver.port}"
    assert first.payload == PUSH.payload and second.id == PUSH.id
    assert len(resolver.calls) == 3  # two checks, one connection


def test_every_address_must_pass_not_just_the_first(trap):
    port = trap.getsockname()[1]
    resolver = ScriptedResolver(["127.0.0.1", "10.0.0.7"])
    with pytest.raises(ForbiddenAddress, match="10.0.0.7"):
        check_address(f"http://hooks.test:{port}/", LOOPBACK, resolver)
    destination = WebhookDestination("webhook:ops", f"http://hooks.test:{port}/", SECRET,
                                     session=requests.Session(), allowed_networks=LOOPBACK, resolver=resolver)
    with pytest.raises(DeliveryFailed):
        destination.deliver(PUSH)
    assert nothing_connected(trap)


# IPv6 spellings of internal IPv4 addresses that Python's ``is_global`` calls public.
INTERNAL_IN_IPV6 = {
    "ipv4-compatible": "::7f00:1",  # 127.0.0.1
    "ipv4-mapped": "::ffff:127.0.0.1",
    "ipv4-translated": "::ffff:0:a00:1",  # 10.0.0.1
    "nat64": "64:ff9b::a9fe:a9fe",  # 169.254.169.254, the cloud metadata service
    "nat64-local-use": "64:ff9b:1::c0a8:1",  # 192.168.0.1
    "6to4": "2002:7f00:1::1",  # 127.0.0.1
    "teredo": "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # client 10.0.0.1 (stored inverted)
}


@pytest.mark.parametrize("address", INTERNAL_IN_IPV6.values(), ids=INTERNAL_IN_IPV6.keys())
def test_an_internal_ipv4_address_in_ipv6_form_is_refused_and_not_connected_to(trap, address):
    port = trap.getsockname()[1]
    resolver = ScriptedResolver([PUBLIC], [address])  # rebinding too: public when checked, then the IPv6 form
    with pytest.raises(ForbiddenAddress, match="non-public"):
        check_address(f"http://hooks.test:{port}/", (), ScriptedResolver([address]))
    destination = WebhookDestination("webhook:ops", f"http://hooks.test:{port}/", SECRET,
                                     session=requests.Session(), resolver=resolver, timeout=2)
    with pytest.raises(DeliveryFailed) as failed:
        destination.deliver(PUSH)
    assert not failed.value.retryable and "non-public" in str(failed.value)
    assert nothing_connected(trap)


@pytest.mark.parametrize("address", ["64:ff9b::5db8:d822", "2002:5db8:d822::1"], ids=["nat64", "6to4"])
def test_a_public_ipv4_address_in_ipv6_form_passes(address):
    assert check_address("https://hooks.example/hook", (), ScriptedResolver([address])) == [address]


def _certificate(directory: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / f"{name}.pem", directory / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))
    return cert_path, key_path


class TlsReceiver:
    """A real HTTPS server on loopback that records the SNI name and the requests it got."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.server_names: list[str | None] = []
        self.requests: list[dict[str, str]] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.sni_callback = lambda _sock, name, _ctx: self.server_names.append(name)
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                owner.requests.append({k.lower(): v for k, v in self.headers.items()})
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client refusing our certificate is what one test is about

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "TlsReceiver":
        self.thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_tls_keeps_sni_and_the_certificate_check_for_the_name(tmp_path):
    cert, key = _certificate(tmp_path, "hooks.test")
    with TlsReceiver(cert, key) as server:
        session = requests.Session()
        session.trust_env = False  # else REQUESTS_CA_BUNDLE from the environment would replace ``verify``
        session.verify = str(cert)
        destination = WebhookDestination("webhook:ops", f"https://hooks.test:{server.port}/hooks", SECRET,
                                         session=session, allowed_networks=LOOPBACK,
                                         resolver=ScriptedResolver(["127.0.0.1"]))
        destination.deliver(PUSH)
    assert server.server_names == ["hooks.test"]  # SNI names the host, not the address connected to
    [request] = server.requests
    assert request["host"] == f"hooks.test:{server.port}" and request["webhook-id"] == PUSH.id


def test_tls_refuses_a_certificate_for_another_name(tmp_path):
    cert, key = _certificate(tmp_path, "other.test")
    with TlsReceiver(cert, key) as server:
        session = requests.Session()
        session.trust_env = False
        session.verify = str(cert)  # trusted, but issued for another name than the URL's
        destination = WebhookDestination("webhook:ops", f"https://hooks.test:{server.port}/hooks", SECRET,
                                         session=session, allowed_networks=LOOPBACK,
                                         resolver=ScriptedResolver(["127.0.0.1"]), timeout=3)
        with pytest.raises(DeliveryFailed) as failed:
            destination.deliver(PUSH)
    assert "SSLError" in str(failed.value)
    assert server.requests == []  # the handshake failed: nothing was sent
