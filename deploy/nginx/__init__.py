"""nginx's configuration for leadbot from ``leadbot.conf.j2``, with the instances' addresses filled in.

    python -m deploy.nginx --web 10.0.0.11:5000 --web 10.0.0.12:5000 \\
        --bot 10.0.0.11:5005 --bot 10.0.0.12:5005 --server-name leads.example.com \\
        --certificate /etc/ssl/leads.pem --certificate-key /etc/ssl/private/leads.key \\
        > /etc/nginx/conf.d/leadbot.conf

The template is plain nginx with Jinja2 loops for the upstreams; ``tests/scale`` renders the same file
with loopback ports and runs nginx on it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE = Path(__file__).with_name("leadbot.conf.j2")
ADDRESS = re.compile(r"^[A-Za-z0-9.\-\[\]:]+:\d{1,5}$")
LISTEN = re.compile(r"^([A-Za-z0-9.\-\[\]:]+:)?\d{1,5}$")


@dataclass(frozen=True)
class Site:
    """What varies between deployments; the rest of the file is the same everywhere."""

    web: tuple[str, ...]  # gunicorn instances, host:port
    bot: tuple[str, ...]  # Rasa servers (python -m bot serve), host:port
    server_name: str
    certificate: str
    certificate_key: str
    https_listen: str = "443"
    http_listen: str = "80"
    # Passive health checks: failures within fail_timeout that take an instance out for fail_timeout.
    max_fails: int = 1
    fail_timeout: str = "10s"

    def __post_init__(self) -> None:
        if not self.web or not self.bot:
            raise ValueError("at least one web and one bot instance")
        for address in (*self.web, *self.bot):
            if not ADDRESS.match(address):
                raise ValueError(f"{address!r} is not host:port")
        for listen in (self.https_listen, self.http_listen):
            if not LISTEN.match(listen):
                raise ValueError(f"{listen!r} is not a port or address:port to listen on")
        # Spaces separate several server names; nothing may end a directive or open a block.
        for text, forbidden in ((self.server_name, r"[;{}#$\n\t]"), (self.certificate, r"[\s;{}#$]"),
                                (self.certificate_key, r"[\s;{}#$]"), (self.fail_timeout, r"[^0-9a-z]")):
            if not text.strip() or re.search(forbidden, text):
                raise ValueError(f"{text!r} cannot go into nginx's configuration as it is")

    @property
    def https_port(self) -> int:
        return int(self.https_listen.rsplit(":", 1)[-1])


def render(site: Site) -> str:
    environment = Environment(loader=FileSystemLoader(str(TEMPLATE.parent)), undefined=StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)
    return environment.get_template(TEMPLATE.name).render(
        web=site.web, bot=site.bot, server_name=site.server_name, certificate=site.certificate,
        certificate_key=site.certificate_key, https_listen=site.https_listen, http_listen=site.http_listen,
        https_port=site.https_port, max_fails=site.max_fails, fail_timeout=site.fail_timeout,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.nginx", description=__doc__.split("\n")[0])
    parser.add_argument("--web", action="append", required=True, help="a gunicorn instance, host:port (repeat)")
    parser.add_argument("--bot", action="append", required=True, help="a Rasa server, host:port (repeat)")
    parser.add_argument("--server-name", required=True, help="the public host name, leads.example.com")
    parser.add_argument("--certificate", required=True, help="the TLS certificate chain (PEM)")
    parser.add_argument("--certificate-key", required=True, help="its private key (PEM)")
    parser.add_argument("--https-listen", default="443")
    parser.add_argument("--http-listen", default="80")
    args = parser.parse_args(argv)
    try:
        site = Site(tuple(args.web), tuple(args.bot), args.server_name, args.certificate, args.certificate_key,
                    args.https_listen, args.http_listen)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    sys.stdout.write(render(site))
    return 0
