"""``python -m nlu extract`` driven as its users drive it: a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(stdin: bytes, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nlu", "extract", *args], input=stdin, cwd=ROOT, capture_output=True, timeout=120
    )


def _lines(items) -> bytes:
    return "".join(json.dumps(item) + "\n" for item in items).encode("utf-8")


def test_one_line_out_per_line_in_same_order():
    items = [
        {"text": "about $40k", "field": "budget", "now": "2026-11-23"},
        {"text": "Munich", "field": "location", "now": "2026-11-23"},
        {"text": "next quarter", "field": "timing", "now": "2026-11-23"},
        {"text": "hello", "field": None, "now": "2026-11-23"},
    ]
    done = _run(_lines(items))
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == 4
    assert out[0]["budget"]["min"] == 40000
    assert out[1]["location"]["country"] == "DE"
    assert 39 <= out[2]["timing"]["horizon_days"] <= 128
    assert out[3] == {}


def test_unreadable_lines_give_empty_objects_and_processing_continues():
    stdin = b"".join(
        [
            b"not json at all\n",
            b'{"text": "20k", "field": "budget"}\n',
            b"[1, 2, 3]\n",
            b'{"field": "budget"}\n',
            b'{"text": 42}\n',
            b"\n",
            b"\xff\xfe\xfa binary junk\n",
            b'{"text": "\\ud800 lone surrogate and 5 people", "field": "company_size"}\n',
            b'{"text": "<script>alert(1)</script>", "field": "name"}\n',
            b'{"text": "jane@acme.io", "field": "email", "now": "yesterday"}',
        ]
    )
    done = _run(stdin)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode("ascii").splitlines()]
    assert len(out) == 10
    assert out[0] == {} and out[2] == {} and out[3] == {} and out[4] == {} and out[5] == {} and out[6] == {}
    assert out[1]["budget"]["min"] == 20000
    assert out[7]["company_size"] == {"min": 5, "max": 5}
    assert out[8] == {}
    assert out[9]["email"]["address"] == "jane@acme.io"
    assert b"not JSON objects" in done.stderr
    assert b"jane@acme.io" not in done.stderr


def test_default_currency_option():
    done = _run(_lines([{"text": "20k", "field": "budget"}]), "--default-currency", "EUR")
    assert done.returncode == 0
    assert json.loads(done.stdout)["budget"]["currency"] == "EUR"


def test_empty_input_gives_empty_output():
    done = _run(b"")
    assert done.returncode == 0
    assert done.stdout == b""


def test_many_lines_stream_through():
    items = [{"text": f"{i} employees", "field": "company_size", "now": "2026-11-23"} for i in range(1, 2001)]
    done = _run(_lines(items))
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [o["company_size"]["min"] for o in out] == list(range(1, 2001))


def test_a_line_without_a_readable_date_is_read_on_the_day_the_command_runs():
    import datetime as dt

    items = [{"text": "in 2 weeks", "field": "timing"}, {"text": "in 2 weeks", "field": "timing", "now": "soon"},
             {"text": "in 2 weeks", "field": "timing", "now": "2031-05-02"}]
    before = dt.date.today()
    done = _run(_lines(items))
    after = dt.date.today()
    out = [json.loads(line)["timing"]["target_date"] for line in done.stdout.decode().splitlines()]
    fortnight = {(day + dt.timedelta(days=14)).isoformat() for day in (before, after)}
    assert out[0] in fortnight and out[1] in fortnight
    assert out[2] == "2031-05-16"


def test_a_line_may_name_the_visitors_language_and_the_output_may_say_which_was_read():
    items = [
        {"text": "ja", "field": None, "now": "2026-12-02", "lang": "nl"},
        {"text": "Wir sind ein kleines Ingenieurbüro und suchen mehr Anfragen", "now": "2026-12-02"},
        {"text": "ok", "now": "2026-12-02"},
        {"text": "ok", "now": "2026-12-02", "lang": 7},
        {"text": "ok", "now": "2026-12-02", "lang": "pt-BR"},
    ]
    done = _run(_lines(items), "--with-language")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line)["language"] for line in done.stdout.decode().splitlines()]
    assert [o["code"] for o in out] == ["nl", "de", "en", "en", "pt"]
    assert [o["source"] for o in out] == ["hint", "text", "default", "default", "hint"]
    assert out[1]["confidence"] >= 0.9 and out[0]["confidence"] <= 1


def test_without_the_option_the_output_is_the_attributes_alone():
    done = _run(_lines([{"text": "hello", "now": "2026-12-02", "lang": "de"}]))
    assert done.returncode == 0
    assert json.loads(done.stdout) == {}
