"""Leads accepted per second through gunicorn on PostgreSQL, against a bare Flask JSON endpoint.

Both run under the same gunicorn settings in the same run and take the same
signed body; the service also verifies the signature, records the nonce,
qualifies the lead, and writes the lead, answers, consent, audit row and one
outbox row in one transaction. Goal: ratio >= 0.4.

The two are measured in alternating slices (bare, leads, leads, bare, ...)
rather than one after the other, so load from anything else on the machine
falls on both alike and the ratio stays comparable between runs.

    .venv/bin/python bench/ingest.py [--seconds 10] [--rounds 4] [--quick]
"""

from __future__ import annotations

import argparse
from contextlib import ExitStack

from _stack import hammer, open_stack, post_lead


def measure(url: str, seconds: float, threads: int) -> tuple[int, float]:
    """(accepted, elapsed) over ``seconds`` of ``threads`` clients posting signed leads."""
    ok, failed, elapsed = hammer(lambda http: post_lead(http, url).status_code in (200, 201), seconds, threads)
    if failed:
        raise SystemExit(f"{failed} requests failed at {url}")
    return ok, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="measuring time per endpoint")
    parser.add_argument("--rounds", type=int, default=4, help="alternating slices the time is cut into")
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (same for both)")
    parser.add_argument("--gthreads", type=int, default=1, help="threads per gunicorn worker (same for both)")
    parser.add_argument("--quick", action="store_true", help="3 s per endpoint")
    args = parser.parse_args()
    seconds = 3.0 if args.quick else args.seconds
    rounds = max(1, args.rounds)

    with ExitStack() as exits:
        stack = open_stack(exits)
        urls = {
            "bare": stack.start_web(args.workers, args.gthreads, app="bench._bare:create_app()"),
            "leads": stack.start_web(args.workers, args.gthreads),
        }
        for url in urls.values():
            measure(url, 1.0, args.threads)  # warm-up
        totals = {name: [0, 0.0] for name in urls}
        for number in range(rounds):
            order = ("bare", "leads") if number % 2 == 0 else ("leads", "bare")
            for name in order:
                ok, elapsed = measure(urls[name], seconds / rounds, args.threads)
                totals[name][0] += ok
                totals[name][1] += elapsed
    bare, leads = (totals[name][0] / totals[name][1] for name in ("bare", "leads"))
    print(f"gunicorn workers={args.workers} threads={args.gthreads}, {args.threads} client threads, "
          f"{seconds:.0f} s each in {rounds} alternating slices, PostgreSQL")
    print(f"bare Flask JSON endpoint: {bare:8.1f} req/s")
    print(f"POST /api/v1/leads:       {leads:8.1f} leads/s")
    print(f"ratio:                    {leads / bare:8.2f}  (goal >= 0.4)")


if __name__ == "__main__":
    main()
