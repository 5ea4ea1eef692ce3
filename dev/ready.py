"""``python -m dev.ready``: say where to chat once every part of ``make run`` answers.

The product's processes start at different speeds (gunicorn in a second, Rasa
loading its model in tens of seconds), and their logs scroll past. This small
process of the Procfile waits until the service and the bot answer over HTTP,
then prints the demo site's address once, plainly. It then stays alive doing
nothing, because honcho stops every process when one of them exits; SIGTERM or
SIGINT (Ctrl-C) end it quietly.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
import urllib.error
import urllib.request
from types import FrameType
from typing import Sequence


def answers(url: str, timeout: float = 2.0) -> bool:
    """True when ``url`` gives any HTTP answer below 500 (the process is up and serving)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback URLs from make
            return int(response.status) < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except (OSError, ValueError):
        return False


def wait(urls: Sequence[str], every: float = 0.5, remind: float = 30.0, out=sys.stdout) -> float:
    """Block until every URL answers; returns the seconds it took. Reminds of what is slow, never gives up."""
    started = time.monotonic()
    pending = list(urls)
    last_reminder = started
    while pending:
        pending = [url for url in pending if not answers(url)]
        if not pending:
            break
        if time.monotonic() - last_reminder >= remind:
            last_reminder = time.monotonic()
            print(f"[ready] still waiting for {', '.join(pending)} "
                  f"({last_reminder - started:.0f}s)", file=out, flush=True)
        time.sleep(every)
    return time.monotonic() - started


def banner(site: str, seconds: float) -> str:
    site = site.rstrip("/")
    line = "=" * 64
    # The studio is named here too: the start-up lines of ``make run`` that name it have scrolled away by now.
    return (f"{line}\n  leadbot is up ({seconds:.0f}s). Open {site}/ to chat.\n"
            f"  Studio (edit the questions, read the funnel): {site}/studio/\n"
            f"    no account yet? open it in a browser on this machine, or use the set-up link printed above\n"
            f"  The snippet for your own site: {site}/embed   Ctrl-C stops everything.\n{line}")


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.ready", description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the demo site's address, e.g. http://127.0.0.1:5000")
    parser.add_argument("--wait", action="append", default=[], help="another URL that must answer first (repeatable)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    seconds = wait([f"{args.site.rstrip('/')}/healthz", *args.wait])
    print(banner(args.site, seconds), flush=True)
    while True:
        signal.pause()


if __name__ == "__main__":
    sys.exit(main())
