"""Debian's nginx on loopback with ``deploy/nginx/leadbot.conf.j2`` rendered for the instances under test.

The template is included from a small main file, as Debian's ``/etc/nginx/nginx.conf`` includes
``conf.d/*.conf``, with the pid file, logs and temporary files in a directory of the test's own. The
access log names the instance (``$upstream_addr``) that answered each request. Run as root, nginx is
started as ``nobody``: the test's nginx needs no privilege, and its files are made nobody's.
The certificate is self-signed for ``localhost`` and 127.0.0.1, made with Debian's ``openssl``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from requests_toolbelt.adapters.source import SourceAddressAdapter

from deploy.nginx import Site, render
from harness.lifetime import ends_with_this_process
from harness.ports import free_port

NOBODY = 65534
INSTALL = "apt-get install -y nginx"


def nginx_binary() -> str:
    """Debian's nginx, installed first when this is root (as .ci/run does); else the test fails saying how."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=True, env=env)
        return shutil.which("nginx") or "/usr/sbin/nginx"
    pytest.fail(f"these tests run Debian's nginx, which is not installed: `sudo {INSTALL}`")


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    certificate, key = directory / "localhost.pem", directory / "localhost.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True,
    )
    key.chmod(0o600)
    return certificate, key


@dataclass(frozen=True)
class Logged:
    """One line of the access log."""

    client: str
    method: str
    path: str
    status: int
    upstream: str  # the instances tried, "a:1, b:2" when the first failed; "-" when none was

    def answered_by(self) -> str:
        return self.upstream.rsplit(", ", 1)[-1]


MAIN = """\
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 2048; }}
http {{
    log_format upstreams '$remote_addr $request_method $uri $status $upstream_addr';
    access_log {dir}/access.log upstreams;
    client_body_temp_path {dir}/temp/body;
    proxy_temp_path {dir}/temp/proxy;
    fastcgi_temp_path {dir}/temp/fastcgi;
    uwsgi_temp_path {dir}/temp/uwsgi;
    scgi_temp_path {dir}/temp/scgi;
    include {dir}/leadbot.conf;
}}
"""


@dataclass
class Nginx:
    web: tuple[str, ...]
    bot: tuple[str, ...]
    https_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    fail_timeout: str = "10s"
    directory: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="leadbot-nginx-")))
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://localhost:{self.https_port}"

    @property
    def certificate(self) -> Path:
        return self.directory / "localhost.pem"

    def start(self) -> "Nginx":
        binary = nginx_binary()
        (self.directory / "temp").mkdir(exist_ok=True)
        certificate, key = self_signed_certificate(self.directory)
        site = Site(self.web, self.bot, "localhost", str(certificate), str(key),
                    https_listen=f"127.0.0.1:{self.https_port}", http_listen=f"127.0.0.1:{self.http_port}",
                    fail_timeout=self.fail_timeout)
        (self.directory / "leadbot.conf").write_text(render(site))
        (self.directory / "nginx.conf").write_text(MAIN.format(dir=self.directory))
        as_nobody = os.geteuid() == 0
        if as_nobody:
            for path in [self.directory, *self.directory.rglob("*")]:
                os.chown(path, NOBODY, NOBODY)
        command = [binary, "-p", str(self.directory), "-c", str(self.directory / "nginx.conf"),
                   "-e", str(self.directory / "error.log"), "-g", "daemon off;"]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True,
                                 user=NOBODY if as_nobody else None, group=NOBODY if as_nobody else None)
        assert checked.returncode == 0, f"nginx -t refused the configuration:\n{checked.stderr}"
        # The signal is asked for after Popen's user switch (preexec_fn runs last), so the switch does not clear it.
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                        user=NOBODY if as_nobody else None, group=NOBODY if as_nobody else None,
                                        preexec_fn=ends_with_this_process())
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"nginx exited:\n{self.errors()}"
            try:
                self.client().get(f"{self.url}/healthz", timeout=2)
                return self
            except requests.exceptions.SSLError:
                raise
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError(f"nginx did not answer:\n{self.errors()}")

    def client(self, address: str | None = None) -> requests.Session:
        """A session that trusts this nginx's certificate (and only it), from ``address`` when given.

        ``trust_env`` is off: requests would take REQUESTS_CA_BUNDLE from the environment over ``verify``.
        """
        session = requests.Session()
        session.trust_env = False
        session.verify = str(self.certificate)
        if address is not None:
            session.mount("https://", SourceAddressAdapter(address))
        return session

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: lets the workers finish
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)

    def errors(self) -> str:
        try:
            return (self.directory / "error.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def forget_access_log(self) -> None:
        """Start the access log afresh, for the next test of a module that shares this nginx: ``access_log`` then
        gives that test's requests alone. nginx writes it unbuffered and appending, so it goes on at the start."""
        os.truncate(self.directory / "access.log", 0)

    def access_log(self) -> list[Logged]:
        """Every request so far (since ``forget_access_log``), in the order nginx finished them."""
        rows = []
        for line in (self.directory / "access.log").read_text(errors="replace").splitlines():
            client, method, path, status, upstream = (line.split(" ", 4) + [""])[:5]
            rows.append(Logged(client, method, path, int(status), upstream))
        return rows
