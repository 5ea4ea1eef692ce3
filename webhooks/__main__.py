"""Operator commands.

    python -m webhooks db upgrade [REVISION]       apply migrations (the setup runs this)
    python -m webhooks db downgrade REVISION
    python -m webhooks deliveries dead [--limit N]  list deliveries that gave up
    python -m webhooks deliveries replay ID... | --all
    python -m webhooks users create EMAIL            add a studio user (password prompted, or read from stdin)
    python -m webhooks users password EMAIL          set a new password; every session of that user ends
"""

from __future__ import annotations

import argparse
import json
import sys

from webhooks import migrate
from webhooks.database import make_engine, session_factory
from webhooks.delivery import outbox
from webhooks.models import iso
from webhooks.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m webhooks", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    database = commands.add_parser("db", help="schema migrations").add_subparsers(dest="action", required=True)
    up = database.add_parser("upgrade")
    up.add_argument("revision", nargs="?", default="head")
    down = database.add_parser("downgrade")
    down.add_argument("revision")
    deliveries = commands.add_parser("deliveries", help="the outbox").add_subparsers(dest="action", required=True)
    dead = deliveries.add_parser("dead", help="list dead deliveries as JSON lines")
    dead.add_argument("--limit", type=int, default=100)
    replay = deliveries.add_parser("replay", help="make dead deliveries due again (same ids)")
    replay.add_argument("ids", nargs="*")
    replay.add_argument("--all", action="store_true")
    users = commands.add_parser("users", help="studio users").add_subparsers(dest="action", required=True)
    users.add_parser("create", help="add a studio user").add_argument("email")
    users.add_parser("password", help="set a user's password and end their sessions").add_argument("email")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    if args.command == "db":
        if args.action == "upgrade":
            migrate.upgrade(settings.database_url, args.revision)
        else:
            migrate.downgrade(settings.database_url, args.revision)
        return 0

    engine = make_engine(settings.database_url)
    sessions = session_factory(engine, settings.wake_address)
    try:
        if args.command == "users":
            from webhooks.studio.users import create_command, password_command

            command = create_command if args.action == "create" else password_command
            return command(sessions, args.email)
        if args.action == "dead":
            for row in outbox.dead(sessions, args.limit):
                print(json.dumps({
                    "id": row.id, "lead_id": row.lead_id, "destination": row.destination, "event": row.event,
                    "attempts": row.attempts, "last_status": row.last_status, "last_error": row.last_error,
                    "created_at": iso(row.created_at),
                }))
            return 0
        if not args.ids and not args.all:
            parser.error("replay needs delivery ids or --all")
        count = outbox.replay(sessions, None if args.all else args.ids)
        print(f"replayed {count} deliveries")
        return 0 if count or args.all else 1
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
