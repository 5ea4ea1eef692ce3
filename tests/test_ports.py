"""The ports a test hands its processes: outside the ephemeral range, free when handed out."""

from __future__ import annotations

import socket

from harness import ports


def test_ports_come_from_below_the_ephemeral_range_and_from_this_workers_band() -> None:
    handed = {ports.free_port() for _ in range(50)}

    assert len(handed) == 50, "the same port handed out twice in a row"
    assert all(port in ports._band_ports for port in handed)
    assert max(handed) < ports._ephemeral_low()


def test_a_port_something_listens_on_is_passed_over() -> None:
    held = []
    try:
        # Hold the next ten ports of the walk; none of them may be handed out.
        for port in [ports.free_port() for _ in range(10)]:
            sock = socket.socket()
            sock.bind(("127.0.0.1", port))
            sock.listen()
            held.append(sock)
        for _ in range(len(ports._band_ports) - 1):
            assert ports.free_port() not in {sock.getsockname()[1] for sock in held}
    finally:
        for sock in held:
            sock.close()


def test_a_udp_port_is_checked_as_udp() -> None:
    port = ports.free_port(socket.SOCK_DGRAM)

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", port))
