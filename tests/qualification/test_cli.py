"""``python -m qualification`` run as a real process, as scripts and the setup use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml

from .leads import cto_fintech_berlin, marketing_manager, student_researching

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qualification", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def jsonl(*items: object) -> str:
    return "".join(json.dumps(item) + "\n" for item in items)


def test_score_writes_one_qualification_per_line_in_order():
    done = run("score", stdin=jsonl(
        cto_fintech_berlin(),
        {"attributes": marketing_manager(), "signals": {"engaged": True}},
        {"attributes": student_researching()},
        {"attributes": {}, "signals": {"engaged": True, "pages": ["/pricing"]}},
    ))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["stage"] for line in lines] == ["sql", "mql", "disqualified", "iql"]
    first = lines[0]
    assert first["route"]["slack_channel"] == "#sales-emea"
    assert [letter["letter"] for letter in first["bant"]] == ["budget", "authority", "need", "timing"]
    assert first["next_question"] == "need"
    assert done.stderr == ""


def test_a_bad_line_gives_an_error_line_and_scoring_goes_on():
    text = "".join([
        jsonl(marketing_manager(budget={"min": "lots"})),
        "{not json\n",
        "\n",
        jsonl({"attributes": {}, "signals": {"engaged": "yes"}}),
        jsonl({"attributes": {}, "extra": 1}),
        jsonl(["budget"]),
        jsonl({"industry": "fintech", "email": {"address": "cfo@finovo.io"}}),
    ])
    done = run("score", stdin=text)
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[:6] == [
        {"error": "budget.min: must be a number or null", "line": 1},
        {"error": "not JSON: Expecting property name enclosed in double quotes at column 2", "line": 2},
        {"error": "empty line", "line": 3},
        {"error": "signals.engaged: must be true or false", "line": 4},
        {"error": "extra: unknown key beside attributes and signals", "line": 5},
        {"error": "attributes: must be an object", "line": 6},
    ]
    assert lines[6]["stage"] == "iql" and lines[6]["grade"] in "ABCD"


def test_bytes_that_are_not_utf8_give_an_error_line():
    done = subprocess.run([sys.executable, "-m", "qualification", "score"], cwd=ROOT, capture_output=True, timeout=60,
                          input=b'{"name": "J\xe9r\xf4me"}\n{"name": "J\xc3\xa9r\xc3\xb4me", "company": "\xe4\xb8\xad"}\n')
    assert done.returncode == 1
    first, second = (json.loads(line) for line in done.stdout.decode("ascii").splitlines())
    assert first == {"error": "not UTF-8 text", "line": 1}
    assert second["stage"] == "iql"


def test_score_with_a_marketers_playbook(tmp_path):
    data = read_yaml(DEFAULT_PLAYBOOK.read_text())
    data["stages"]["sql"]["min_score"] = 95
    custom = tmp_path / "playbook.yml"
    custom.write_text(yaml.safe_dump(data))
    lead = jsonl(cto_fintech_berlin())
    assert json.loads(run("score", stdin=lead).stdout)["stage"] == "sql"
    assert json.loads(run("score", "--playbook", str(custom), stdin=lead).stdout)["stage"] == "iql"


def test_score_refuses_a_broken_playbook_with_status_2(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(DEFAULT_PLAYBOOK.read_text().replace("min_score: 60", "min_score: 160"))
    done = run("score", "--playbook", str(broken), stdin=jsonl({}))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "stages.sql.min_score: must be between 0 and 100\n"


def test_check_accepts_the_default_playbook():
    done = run("check", str(DEFAULT_PLAYBOOK))
    assert (done.returncode, done.stdout) == (0, "ok\n")


def test_check_prints_each_error_with_its_path(tmp_path):
    text = DEFAULT_PLAYBOOK.read_text()
    text = text.replace("attribute: company_size", "attribute: headcount")
    text = text.replace("destinations: [slack, hubspot, salesforce]", "destinations: [slack, zendesk]")
    broken = tmp_path / "broken.yml"
    broken.write_text(text)
    done = run("check", str(broken))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "questions.4.attribute: unknown attribute 'headcount'; one of: budget, authority, need, timing, "
        "company_size, revenue, industry, location, tech_stack, email, name, company",
        "routing.routes.0.destinations.1: unknown destination 'zendesk'; one of: slack, hubspot, salesforce, pipedrive, webhook",
    ]


def test_check_reports_yaml_syntax_and_missing_files(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("version: 1\ncompany: [\n")
    done = run("check", str(bad))
    assert done.returncode == 1 and done.stdout.startswith("_yaml: line 3, column 1: ")
    missing = run("check", str(tmp_path / "nope.yml"))
    assert missing.returncode == 1 and missing.stdout.startswith("_file: cannot read ")


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("check").returncode == 2
