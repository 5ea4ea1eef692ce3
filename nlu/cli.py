"""``python -m nlu extract``: JSONL in, JSONL out, one line per line, same order.

Each input line is ``{"text": ..., "field": ..., "now": ...}``, optionally
with ``"lang"``: the language the visitor is expected to write in ("de",
"pt-BR"); without it the language is detected. Each output line is that
text's attributes; with ``--with-language`` it also carries ``"language"``:
``{"code", "confidence", "source"}`` (``nlu.language``) for every text read. A line without a readable ``now`` (an ISO
date) is read on the day the command runs: this edge is where the clock is
read, the extractor itself never reads one. A line that is not such an object gives
``{}`` and the run goes on: nothing a visitor wrote makes the command fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, TextIO

from nlu.extract import conversation_date, extract
from nlu.language import language


def _day(now: Any, today: dt.date) -> dt.date:
    if isinstance(now, str):
        try:
            return conversation_date(now)
        except ValueError:
            pass
    return today


def _attributes(line: str, default_currency: str, today: dt.date, with_language: bool = False) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except ValueError:
        return {}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {}
    field = item.get("field") if isinstance(item.get("field"), str) else None
    now = _day(item.get("now"), today)
    currency = item.get("default_currency") if isinstance(item.get("default_currency"), str) else default_currency
    lang = item.get("lang") if isinstance(item.get("lang"), str) else None
    out = extract(item["text"], field=field, now=now, default_currency=currency, lang=lang).to_dict()
    if with_language:
        found = language(item["text"], hint=lang)
        out["language"] = {"code": found.code, "confidence": round(found.confidence, 3), "source": found.source}
    return out


def run(source: TextIO, sink: TextIO, default_currency: str = "USD", with_language: bool = False) -> int:
    """Process every line; returns how many lines could not be read."""
    bad = 0
    today = dt.date.today()
    for line in source:
        if not line.strip():
            sink.write("{}\n")
            bad += 1
            continue
        try:
            out = _attributes(line, default_currency, today, with_language)
        except Exception:  # a bug must not lose the other lines
            out = {}
        bad += not out and not _is_object(line)
        sink.write(json.dumps(out, ensure_ascii=True) + "\n")
    sink.flush()
    return bad


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlu", description="Understand visitors' answers as lead attributes.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="JSONL in (text, field, now, lang), JSONL attributes out")
    extract_cmd.add_argument("--default-currency", default="USD", help="ISO 4217 code for amounts with no currency (default USD)")
    extract_cmd.add_argument("--with-language", action="store_true", help="add each text's language (code, confidence, source)")
    args = parser.parse_args(argv)
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", closefd=False, newline=None)
    bad = run(stdin, sys.stdout, args.default_currency, args.with_language)
    if bad:
        print(f"{bad} input line(s) were not JSON objects with a text; wrote {{}} for them", file=sys.stderr)
    return 0
