"""The bot's real processes on free loopback ports: the lead service (gunicorn), the action server, Rasa.

Used by the end-to-end tests (once per session) and by ``bench/bot_turns.py``.
Each process logs to a file in the stack's directory, which a failing test
prints, so nothing is hidden and nothing floods the terminal.

The processes are started as the Procfile starts them (``python -m bot serve``,
``python -m bot actions``), with Rasa's token for the action server and the
service's URL as the site origin. Most tests chat fast from 127.0.0.1, so the
chat limits are lifted unless ``production_limits`` asks for the real defaults.
"""

from __future__ import annotations

import secrets
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from bot.training import REPO, environment
from harness.lifetime import ends_with_this_process
from harness.ports import free_port

BIN = Path(sys.executable).parent
# ``Stack.lead_for``'s pages of the newest leads: a short one, then the rest of the newest 200.
LEAD_PAGES = (10, 190)



@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    started: float

    def tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def rss_kib(self) -> int:
        """Resident memory of the process and its children (gunicorn workers), in KiB."""
        total = 0
        for pid in [self.popen.pid, *_children(self.popen.pid)]:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                pass
        return total

    def stop(self) -> None:
        self.terminate()
        self.wait_stopped()

    def terminate(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)

    def wait_stopped(self) -> None:
        try:
            self.popen.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(timeout=5)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@dataclass
class Stack:
    """Service, action server and Rasa sharing one SQLite database in ``workdir``."""

    workdir: Path
    model: Path
    with_service: bool = True
    # The outbox delivery worker (``python -m webhooks.delivery``), for tests that assert on destinations.
    with_worker: bool = False
    playbook: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    secret: str = field(default_factory=lambda: secrets.token_hex(16))
    admin_key: str = field(default_factory=lambda: secrets.token_hex(16))
    service_port: int = field(default_factory=free_port)
    actions_port: int = field(default_factory=free_port)
    rasa_port: int = field(default_factory=free_port)
    processes: dict[str, Process] = field(default_factory=dict)
    startup_seconds: dict[str, float] = field(default_factory=dict)
    # What Rasa sends the action server (LEADBOT_ACTIONS_TOKEN).
    actions_token: str = field(default_factory=lambda: secrets.token_hex(16))
    # False: chat limits high enough for tests that chat fast from one address; True: the shipped defaults.
    production_limits: bool = False
    # Another company's site that embeds the widget (tests/webhooks/site/test_widget.py): an allowed origin too.
    embed_port: int = field(default_factory=free_port)

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.workdir / 'leadbot.db'}"

    @property
    def service_url(self) -> str:
        return f"http://127.0.0.1:{self.service_port}"

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def embed_origin(self) -> str:
        return f"http://127.0.0.1:{self.embed_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}"

    def env(self, **extra: str) -> dict[str, str]:
        env = environment()
        env.update(
            DATABASE_URL=self.database_url,
            LEADBOT_ACTION_SECRET=self.secret,
            LEADBOT_ADMIN_API_KEY=self.admin_key,
            LEADBOT_SERVICE_URL=self.service_url,
            LEADBOT_ACTIONS_TOKEN=self.actions_token,
            # The demo site, and the widget on it, are served by the service; another site embeds the widget.
            LEADBOT_ALLOWED_ORIGINS=f"{self.service_url},http://localhost:{self.service_port},{self.embed_origin}",
            # How long Rasa, told to stop, waits for open connections to close (Sanic's default: 15 s). A page's
            # socket.io connection kept each page test's Rasa up that long at teardown (tests/scale: 17 s,
            # tests/webhooks/handoff's two servers: 19 s); what the tests check is said before they stop it.
            SANIC_GRACEFUL_SHUTDOWN_TIMEOUT="1",
        )
        if not self.production_limits:
            env.update(LEADBOT_LIMIT_CHAT_PER_ADDRESS="100000/minute",
                       LEADBOT_LIMIT_CHAT_PER_CONVERSATION="100000/minute")
        env.pop("LEADBOT_PLAYBOOK", None)
        if self.playbook is not None:
            env["LEADBOT_PLAYBOOK"] = str(self.playbook)
        env.update(self.extra_env)
        env.update(extra)
        return env

    def _spawn(self, name: str, command: list[str], env: dict[str, str]) -> Process:
        log = self.workdir / f"{name}.log"
        with open(log, "wb") as out:
            popen = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                     preexec_fn=ends_with_this_process())
        process = Process(name, popen, log, time.monotonic())
        self.processes[name] = process
        return process

    def _wait(self, process: Process, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.popen.poll() is not None:
                raise RuntimeError(f"{process.name} exited with {process.popen.returncode}:\n{process.tail()}")
            try:
                if requests.get(url, timeout=2).status_code < 500:
                    self.startup_seconds[process.name] = time.monotonic() - process.started
                    return
            except requests.RequestException:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"{process.name} did not answer {url} within {timeout:.0f}s:\n{process.tail()}")

    def start(self) -> "Stack":
        return start_together([self])[0]

    def launch(self) -> None:
        """Starts the processes without waiting for them (``start_together``)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        endpoints = self.workdir / "endpoints.yml"
        # bot/endpoints.yml itself (the token header included), on this stack's action server port, as make run does.
        endpoints.write_text((REPO / "bot" / "endpoints.yml").read_text().replace(
            "127.0.0.1:5055", f"127.0.0.1:{self.actions_port}"))
        env = self.env()
        if self.with_service:
            # What ``python -m webhooks db upgrade`` does, in this process: a process importing the service for it
            # cost ~1.2 s CPU per stack (0.2 s here). Imported here, not with the module: tests/conftest.py imports
            # this module in every pytest run, and Alembic with SQLAlchemy was 0.16 s of a ``pytest tests/nlu``'s
            # start-up, which starts no stack.
            from webhooks import migrate

            migrate.upgrade(self.database_url)
            self._spawn("service", [
                str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{self.service_port}", "--workers", "1",
                "--threads", "4", "--logger-class", "webhooks.access_log.QuietPolls", "webhooks:create_app()",
            ], env)
            if self.with_worker:
                self._spawn("worker", [str(BIN / "python"), "-m", "webhooks.delivery"], env)
        self._spawn("actions", [
            str(BIN / "python"), "-m", "bot", "actions", "--port", str(self.actions_port),
        ], env)
        self._spawn("rasa", [
            str(BIN / "python"), "-m", "bot", "serve", "--credentials", str(REPO / "bot" / "credentials.yml"),
            "--endpoints", str(endpoints), "--model", str(self.model), "--port", str(self.rasa_port),
            "--interface", "127.0.0.1",
        ], env)

    def wait_ready(self) -> None:
        """Returns once every process ``launch`` started answers; raises (the log's tail) if one exits or is late."""
        if self.with_service:
            self._wait(self.processes["service"], f"{self.service_url}/healthz", 60)
        self._wait(self.processes["actions"], f"http://127.0.0.1:{self.actions_port}/health", 90)
        self._wait(self.processes["rasa"], f"{self.rasa_url}/webhooks/rest/", 180)

    def stop(self) -> None:
        stop_together([self])

    def logs(self) -> str:
        return "\n".join(f"--- {p.name} ---\n{p.tail()}" for p in self.processes.values())

    def leads(self, **params: Any) -> list[dict[str, Any]]:
        return self._leads_page({"limit": 200, **params})["items"]

    def _leads_page(self, params: dict[str, Any]) -> dict[str, Any]:
        response = requests.get(f"{self.service_url}/api/v1/leads", params=params,
                                headers={"Authorization": f"Bearer {self.admin_key}"}, timeout=10)
        response.raise_for_status()
        return response.json()

    def lead_for(self, conversation_id: str) -> dict[str, Any] | None:
        """The lead of ``conversation_id`` among the newest 200 leads, in detail; None when none of them is it.

        Read newest first in two pages (``LEAD_PAGES``), the second from the first's cursor: the lead a test asks for
        is nearly always among the newest, its conversation having just posted it, and one list of 200 cost the
        service ~0.3 s (a session's stack holds hundreds of leads, and ``wait_for`` asks again every 50 ms). The
        same 200 leads are read when it is further down or absent."""
        params: dict[str, Any] = {}
        for limit in LEAD_PAGES:
            page = self._leads_page({**params, "limit": limit})
            for item in page["items"]:
                if item.get("conversation_id") == conversation_id:
                    response = requests.get(
                        f"{self.service_url}/api/v1/leads/{item['id']}",
                        headers={"Authorization": f"Bearer {self.admin_key}"}, timeout=10,
                    )
                    response.raise_for_status()
                    return response.json()
            if page.get("next_cursor") is None:
                return None
            params = {"cursor": page["next_cursor"]}
        return None


def start_together(stacks: list[Stack]) -> list[Stack]:
    """The stacks started at once and waited for together: each Rasa loads its model in ~8 s CPU, so two started
    one after the other kept a test waiting twice as long while a core was free (tests/scale's cluster). If one
    fails, all are stopped."""
    try:
        for stack in stacks:
            stack.launch()
        for stack in stacks:
            stack.wait_ready()
    except BaseException:
        stop_together(stacks)
        raise
    return stacks


def stop_together(stacks: list[Stack]) -> None:
    """Every process of the stacks told to stop at once, then waited for (each stack's newest first). One after the
    other, a teardown was the sum of the processes' shutdowns (Rasa alone 3.5 s at load 9), and every module or
    session with a stack paid it; two stacks stopped in turn paid it twice. Stopping one twice is harmless."""
    processes = [process for stack in stacks for process in reversed(list(stack.processes.values()))]
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait_stopped()


class Visitor:
    """One person chatting through Rasa's REST channel."""

    def __init__(self, rasa_url: str, sender: str | None = None, metadata: dict[str, Any] | None = None) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = sender or f"visitor-{uuid.uuid4().hex[:12]}"
        self.transcript: list[tuple[str, str]] = []
        self.session = requests.Session()
        # Sent with every message, as the website widget sends {"tz": ...}.
        self.metadata = metadata
        # The buttons of the latest answer: [(title, payload)].
        self.buttons: list[tuple[str, str]] = []

    def say(self, text: str) -> str:
        """Send a message; the bot's replies (texts and button titles) joined by newlines."""
        body: dict[str, Any] = {"sender": self.sender, "message": text}
        if self.metadata is not None:
            body["metadata"] = self.metadata
        response = self.session.post(self.url, json=body, timeout=60)
        response.raise_for_status()
        replies = response.json()
        self.buttons = [(b.get("title"), b.get("payload")) for r in replies for b in r.get("buttons") or ()]
        lines = []
        for reply in replies:
            if reply.get("text"):
                lines.append(reply["text"])
            for button in reply.get("buttons") or ():
                lines.append(f"[{button.get('title')}]")
        answer = "\n".join(lines)
        self.transcript.append((text[:200], answer))
        return answer

    def history(self) -> str:
        return "\n".join(f"> {said}\n{answer}" for said, answer in self.transcript)
