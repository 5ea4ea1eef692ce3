"""``python -m dev.ready``: the line `make run` prints once the product answers."""

from __future__ import annotations

import http.server
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from dev.ready import answers
from harness.fakes.server import serve_in_background, stop_at_once
from harness.ports import free_port

REPO = Path(__file__).resolve().parents[2]


class Server:
    """A loopback HTTP server answering ``status`` to every GET; ``status`` may change while it runs."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                self.send_response(owner.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        serve_in_background(self.httpd)

    def close(self) -> None:
        stop_at_once(self.httpd)


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def test_an_answer_below_500_means_up(server: Server) -> None:
    assert answers(server.url)
    server.status = 404
    assert answers(server.url), "Rasa's socket.io path may answer 404 to a plain GET and still be up"
    server.status = 503
    assert not answers(server.url)
    assert not answers(f"http://127.0.0.1:{free_port()}/")


def test_it_waits_for_everything_then_prints_the_address_and_stops_on_ctrl_c(server: Server) -> None:
    bot_port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dev.ready", "--site", server.url, "--wait", f"http://127.0.0.1:{bot_port}/"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        time.sleep(1.5)
        assert process.poll() is None, "it keeps waiting while the bot is down"
        late = http.server.ThreadingHTTPServer(("127.0.0.1", bot_port), http.server.SimpleHTTPRequestHandler)
        serve_in_background(late)
        try:
            assert process.stdout is not None
            line = ""
            deadline = time.monotonic() + 15
            while "Open" not in line and time.monotonic() < deadline:
                line = process.stdout.readline()
            assert f"Open {server.url}/ to chat" in line
            time.sleep(0.5)
            assert process.poll() is None, "it stays up: honcho would stop everything if it exited"
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=5) == 0, "Ctrl-C ends it quietly"
        finally:
            stop_at_once(late)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
