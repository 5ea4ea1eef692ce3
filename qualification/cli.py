"""``python -m qualification``: score leads from JSONL, or check a playbook file.

``score`` reads one JSON object per input line, either an attributes object
of the lead contract or ``{"attributes": {...}, "signals": {...}}``, and
writes one line per input line, in order: the qualification, or
``{"error": "...", "line": N}`` naming the bad field. It keeps going after a
bad line. Exit status: 0 when every line was scored, 1 when any line was
bad, 2 when the playbook cannot be used (its errors go to stderr).

``check FILE`` prints each problem as ``path: message`` and exits 1, or
prints ``ok`` and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable, Sequence, TextIO

from nlu.attributes import Attributes, ContractError

from .playbook import Playbook
from .playbook_file import load_playbook
from .schema import PlaybookError
from .scoring import qualify
from .signals import Signals

_ENVELOPE_KEYS = {"attributes", "signals"}


def _lead(line: str) -> tuple[Attributes, Signals]:
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise ValueError("not JSON we accept: nested too deeply") from None
    signals = Signals()
    if isinstance(data, dict) and "attributes" in data:
        unknown = sorted(set(data) - _ENVELOPE_KEYS)
        if unknown:
            raise ValueError(f"{unknown[0]}: unknown key beside attributes and signals")
        if data.get("signals") is not None:
            signals = Signals.from_dict(data["signals"])
        data = data["attributes"]
    return Attributes.from_dict(data), signals


def score(playbook: Playbook, lines: Iterable[str | bytes], out: TextIO) -> int:
    status = 0
    for number, line in enumerate(lines, start=1):
        try:
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError:
                    raise ValueError("not UTF-8 text") from None
            if not line.strip():
                raise ValueError("empty line")
            attributes, signals = _lead(line)
            result: dict[str, Any] = qualify(attributes, playbook, signals).to_dict()
        except (ContractError, ValueError) as e:
            result, status = {"error": str(e), "line": number}, 1
        out.write(json.dumps(result, separators=(",", ":")) + "\n")
    out.flush()
    return status


def _print_errors(error: PlaybookError, out: TextIO) -> None:
    for path, messages in error.errors.items():
        for message in messages:
            out.write(f"{path}: {message}\n")


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m qualification", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="qualify JSONL leads from stdin")
    scoring.add_argument("--playbook", help="playbook YAML (default: the packaged default playbook)")
    checking = commands.add_parser("check", help="validate a playbook YAML file")
    checking.add_argument("file")
    args = parser.parse_args(argv)

    if args.command == "check":
        try:
            load_playbook(args.file)
        except PlaybookError as e:
            _print_errors(e, stdout)
            return 1
        stdout.write("ok\n")
        return 0
    try:
        playbook = load_playbook(args.playbook)
    except PlaybookError as e:
        _print_errors(e, stderr)
        return 2
    return score(playbook, getattr(stdin, "buffer", stdin), stdout)
