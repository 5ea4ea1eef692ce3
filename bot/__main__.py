"""``python -m bot``: train the model, run the Rasa server, run the action server.

    python -m bot train [--force]   train bot/models/<hash>.tar.gz when the training inputs changed
    python -m bot hash              print the hash of the training inputs
    python -m bot serve [...]       the Rasa server with the chat's bounds (bot.serve)
    python -m bot actions [...]     the action server, answering only Rasa (bot.action_server)
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bot import heap
from bot.settings import Settings, SettingsError
from bot.training import ensure_model, model_hash


def _warning_options_first() -> None:
    """Put -W and PYTHONWARNINGS back in front of the filter Sanic adds when imported.

    Sanic asks for every DeprecationWarning "once", in front of the process's own options, so the
    third-party modules ``make run`` quiets by name (PYTHONWARNINGS) would print anyway.
    """
    import warnings

    import sanic  # noqa: F401  (its import adds the filter)

    warnings._processoptions(sys.warnoptions)  # type: ignore[attr-defined]  # how Python applies them at start


def _cheaper_replays() -> None:
    """``bot.replays`` in the Rasa server, before any conversation is read.

    skops is imported first, as ``bot.serve`` imports it, for the reason it gives there: its import scans every
    module loaded so far, and Rasa's events module loaded before it cost 0.25 s CPU more a start.
    """
    importlib.import_module("skops.io")
    from bot import replays

    replays.install()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["serve"], ["actions"]):
        heap.loading()  # before the servers' imports; each turns it back on when loaded (bot.heap)
        _warning_options_first()
    if argv[:1] == ["serve"]:
        _cheaper_replays()
        from bot import serve

        try:
            return serve.main(argv[1:])
        except SettingsError as exc:
            print(exc, file=sys.stderr)
            return 2
        finally:
            heap.exiting()
    parser = argparse.ArgumentParser(prog="python -m bot")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train bot/models/<hash>.tar.gz unless it exists")
    train.add_argument("--force", action="store_true", help="train even when the model exists")
    sub.add_parser("hash", help="print the hash of the training inputs")
    sub.add_parser("serve", help="the Rasa server (python -m bot serve --help)")
    actions = sub.add_parser("actions", help="the action server, answering only Rasa")
    actions.add_argument("--host", help="default LEADBOT_ACTIONS_HOST, else 127.0.0.1")
    actions.add_argument("--port", type=int, help="default LEADBOT_ACTIONS_PORT, else 5055")
    args = parser.parse_args(argv)
    if args.command == "hash":
        print(model_hash())
        return 0
    if args.command == "actions":
        from bot import action_server

        try:
            action_server.run(Settings.from_env(), args.host, args.port)
        except SettingsError as exc:
            print(f"the action server did not start: {exc}", file=sys.stderr)
            return 2
        finally:
            heap.exiting()
        return 0
    try:
        print(ensure_model(force=args.force))
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
