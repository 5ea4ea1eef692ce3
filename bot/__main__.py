"""``python -m bot train``: train the bot only when its training inputs changed."""

from __future__ import annotations

import argparse
import sys

from bot.training import ensure_model, model_hash


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train bot/models/<hash>.tar.gz unless it exists")
    train.add_argument("--force", action="store_true", help="train even when the model exists")
    sub.add_parser("hash", help="print the hash of the training inputs")
    args = parser.parse_args(argv)
    if args.command == "hash":
        print(model_hash())
        return 0
    try:
        print(ensure_model(force=args.force))
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
