"""``python -m integrations doctor`` and ``python -m integrations setup hubspot``.

The destinations are configured by the service's environment, read where the
service reads it (``webhooks.settings``) and built as the worker builds them
(``webhooks.destinations``), so the doctor checks exactly what would deliver.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

import requests


def _registry() -> Any:
    from webhooks.destinations import Registry
    from webhooks.settings import Settings

    return Registry(Settings.from_env())


def doctor_main(registry: Any, out: Any = sys.stdout) -> int:
    from integrations import doctor

    destinations = doctor.built(registry)
    if not destinations:
        print("No destination is configured (see the README: each destination's variables).", file=out)
        return 0
    checks = doctor.check_all(destinations, getattr(registry, "service", doctor.Service()))
    for check in checks:
        print(check.line(), file=out)
    failing = doctor.failing(checks)
    print(f"{len(destinations) - len(failing)} of {len(destinations)} destinations ready" +
          (f"; would fail: {', '.join(failing)}" if failing else ""), file=out)
    return 1 if failing else 0


def setup_main(target: str, out: Any = sys.stdout) -> int:
    if target != "hubspot":
        print(f"nothing to set up for {target}: only `setup hubspot` exists", file=out)
        return 2
    from integrations.destination import DeliveryFailed
    from integrations.hubspot_setup import setup
    from webhooks.settings import Settings

    options = Settings.from_env().integrations.get("hubspot")
    if not options:
        print("HubSpot is not configured: set HUBSPOT_TOKEN (and HUBSPOT_MAPPING if you have one)", file=out)
        return 2
    with requests.Session() as session:
        try:
            steps = setup(token=options["token"], session=session, mapping=options.get("mapping"),
                          **({"base_url": options["base_url"]} if options.get("base_url") else {}))
        except DeliveryFailed as failed:
            print(f"setup failed: {failed} (the key needs crm.schemas.contacts.write and "
                  "crm.schemas.deals.write)", file=out)
            return 1
    for step in steps:
        print(f"{step.done:7} {step.what}", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m integrations")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("doctor", help="check every configured destination against its live account (read-only)")
    setup = commands.add_parser("setup", help="create what a destination needs on the account")
    setup.add_argument("target", choices=["hubspot"])
    args = parser.parse_args(argv)
    from webhooks.settings import SettingsError

    try:
        if args.command == "doctor":
            return doctor_main(_registry())
        return setup_main(args.target)
    except SettingsError as exc:  # the environment itself cannot work: say which variable
        print(f"configuration: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
