"""What a studio playbook save costs, against the path it took before (kept here), in the same run.

    .venv/bin/python bench/studio_save.py [--rounds 15] [--playbook FILE]

The studio writes the marketer's form into the playbook's YAML, checks the text (structure, limits, the schema)
and stores it; the page that follows checks the same text again. Timed in CPU (the machine is shared), medians,
the old and the new path in turns:

- the save's own work: ``dump_yaml`` of the edited data, ``validate_text`` of the new text, and the check again
  of the page that follows (each round edits a wording, so no text is seen twice);
- the same through the Flask test client on a SQLite file: POST /studio/playbook (the form as a browser sends
  it) and the page it redirects to, with the old functions put back in the studio's modules for the old turns;
- ``harness.studio_forms.field_errors`` on the page of a refused save (tests read every such page with it).

Translations loaded once stay loaded (the service's steady state). The old path is this session's starting
point: PyYAML's loader (a cached parse, deep-copied) after a separate pass for the structure check, PyYAML's
representer before libyaml's emitter, every translation and part loaded by marshmallow, and ``field_errors`` reading every
tag's attributes. Before printing, the bench checks that both
paths store the same text and give the same data, playbook and errors.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import html
import importlib
import re
import socket
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any, Callable, Iterator

import yaml
from marshmallow import fields

from harness import studio_forms
from harness.services import free_port, webhook_playbook
from harness.studio_forms import add_user, field_errors, form_fields, sign_in
from qualification import PlaybookError, parse_playbook, schema
from qualification.playbook_file import _StrictLoader, read_yaml
from webhooks.playbooks import text as text_module
from webhooks.playbooks.text import DUMP_OPTIONS, dump_yaml, validate_text

# ---------------------------------------------------------------- the old path, as it was


@functools.lru_cache(maxsize=8)
def _old_yaml_of(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise PlaybookError({"_yaml": [f"{where}{e.problem or e.context or 'not valid YAML'}"]}) from None
    except yaml.YAMLError as e:
        raise PlaybookError({"_yaml": [str(e)]}) from None


def old_read_yaml(text: str) -> Any:
    return copy.deepcopy(_old_yaml_of(text))


def _old_check_structure(text: str) -> None:
    nodes = depth = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise PlaybookError({"_yaml": [f"line {event.start_mark.line + 1}: anchors and aliases"]})
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > text_module.MAX_DEPTH:
                    raise PlaybookError({"_yaml": ["nested too deep"]})
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            nodes += 1
            if nodes > text_module.MAX_NODES:
                raise PlaybookError({"_size": ["too many values"]})
    except yaml.YAMLError:
        return


def old_validate_text(text: str) -> tuple[dict[str, Any], Any]:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > text_module.MAX_TEXT_BYTES:
        raise PlaybookError({"_size": ["too large"]})
    _old_check_structure(text)
    data = old_read_yaml(text)
    if isinstance(data, dict):
        text_module._check_limits(data)
    return data, parse_playbook(data)


def old_dump_yaml(data: Any) -> str:
    if hasattr(yaml, "CSafeDumper") and text_module._libyaml_writes_it_alike(data):
        return yaml.dump(data, Dumper=yaml.CSafeDumper, **DUMP_OPTIONS)
    return yaml.dump(data, Dumper=yaml.SafeDumper, **DUMP_OPTIONS)


_OLD_ANY_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")


def old_field_errors(html_text: str) -> list[tuple[tuple[str, ...], str, str]]:
    page = studio_forms._IGNORED.sub("", html_text)
    open_elements: list[tuple[str, str]] = []
    found: list[tuple[tuple[str, ...], str, str]] = []
    error: tuple[int, str] | None = None
    for tag in _OLD_ANY_TAG.finditer(page):
        closing, name, rest = tag.group(1) == "/", tag.group(2).lower(), tag.group(3)
        if name in studio_forms._VOID:
            continue
        if closing:
            if name == "p" and error is not None:
                words = html.unescape(studio_forms._MARKUP.sub("", page[error[0]:tag.start()]))
                found.append((tuple(i for _, i in open_elements if i), error[1], " ".join(words.split())))
                error = None
            for depth in range(len(open_elements) - 1, -1, -1):
                if open_elements[depth][0] == name:
                    del open_elements[depth:]
                    break
            continue
        if rest.rstrip().endswith("/"):
            continue
        a = studio_forms._attributes(rest)
        open_elements.append((name, a.get("id", "")))
        if name == "p" and "field-error" in a.get("class", "").split():
            error = (tag.end(), a.get("data-path", ""))
    return found


# Where the studio's modules hold these functions: the old turns put the old ones back there.
_PLACES = {
    "webhooks.playbooks.store": ("validate_text", "dump_yaml", "read_yaml"),
    "webhooks.playbooks.snapshot": ("validate_text",),
    "webhooks.studio.editor": ("validate_text", "dump_yaml", "read_yaml"),
    "webhooks.studio.sections": ("read_yaml", "dump_yaml"),
    "webhooks.studio.translations": ("validate_text", "dump_yaml", "read_yaml"),
    "webhooks.studio.funnel": ("read_yaml", "dump_yaml"),
}
_OLD = {"validate_text": old_validate_text, "dump_yaml": old_dump_yaml, "read_yaml": old_read_yaml}


@contextlib.contextmanager
def old_path() -> Iterator[None]:
    saved: list[tuple[Any, str, Any]] = []
    for module_name, names in _PLACES.items():
        module = importlib.import_module(module_name)
        for name in names:
            if hasattr(module, name):
                saved.append((module, name, getattr(module, name)))
                setattr(module, name, _OLD[name])
    saved.append((schema, "_texts_key", schema._texts_key))
    schema._texts_key = lambda *_: None  # every translation and part loaded by marshmallow, as before
    saved.append((schema._Part, "_deserialize", schema._Part._deserialize))
    schema._Part._deserialize = fields.Nested._deserialize  # type: ignore[method-assign]
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


# ---------------------------------------------------------------- timing


def cpu_ms(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    result = work()
    return (time.process_time() - started) * 1000, result


def studio(playbook: Path, tmp: Path) -> Any:
    from webhooks import create_app, migrate
    from webhooks.settings import Settings

    database = f"sqlite:///{tmp / 'studio.db'}"
    migrate.upgrade(database)
    app = create_app({
        "TESTING": True, "database_url": database, "playbook_path": str(playbook), "action_secret": "bench",
        "admin_api_key": "bench", "api_keys": {"website": "bench"}, "webhook_endpoints": {},
        "allowed_networks": ["127.0.0.0/8"], "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)),
        "secret_key": "bench-studio-secret-key-0123456789abcdef", "max_body_bytes": Settings.max_body_bytes,
    })
    client = app.test_client()
    response = sign_in(client, add_user(app, "bench@example.com"))
    assert response.status_code == 302, response.text
    return client


def stored_text(client: Any, version: int) -> str:
    from webhooks.models import PlaybookVersion

    with client.application.extensions["leadbot.db"][1]() as session:
        return session.get(PlaybookVersion, version).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--playbook", type=Path, default=None, help="default: the tests' (the default playbook "
                        "with the webhook destination)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="leadbot-studio-save-") as name:
        tmp = Path(name)
        playbook = args.playbook or webhook_playbook(tmp / "playbook.yml")
        base = read_yaml(playbook.read_text(encoding="utf-8"))

        # The save's own work, on data edited as the form edits it.
        def edited(round_: int, which: str) -> dict[str, Any]:
            data = copy.deepcopy(base)
            data["questions"][0]["wording"] = [f"{which} round {round_}: what brings you here today?"]
            return data

        def save_work(dump: Callable[[Any], str], validate: Callable[[str], Any], data: Any) -> Any:
            written = dump(data)
            validate(written)
            return written, validate(written)  # and the page that follows

        core: dict[str, list[float]] = {"old": [], "new": []}
        for round_ in range(args.rounds):
            data = edited(round_, "same")
            with old_path():
                ms, old = cpu_ms(lambda: save_work(old_dump_yaml, old_validate_text, data))
            core["old"].append(ms)
            data = edited(round_, "same")
            ms, new = cpu_ms(lambda: save_work(dump_yaml, validate_text, data))
            core["new"].append(ms)
            assert old[0] == new[0] and old[1][0] == new[1][0] and old[1][1] == new[1][1], "the paths differ"

        # The same through the studio's pages.
        client = studio(playbook, tmp)
        form = form_fields(client.get("/studio/playbook?open=all").text, "playbook-form")
        version = int(form["base_version"])
        http: dict[str, dict[str, list[float]]] = {"save": {"old": [], "new": []}, "page": {"old": [], "new": []}}
        stored: dict[str, str] = {}
        for round_ in range(args.rounds):
            for which in ("old", "new"):
                with old_path() if which == "old" else contextlib.nullcontext():
                    form.update({"base_version": str(version), "note": "bench",
                                 "questions.0.wording": f"same round {round_}: what brings you here today?"})
                    ms, response = cpu_ms(lambda: client.post("/studio/playbook", data=form))
                    assert response.status_code == 302, response.status_code
                    http["save"][which].append(ms)
                    ms, page = cpu_ms(lambda: client.get(response.headers["Location"]))
                    http["page"][which].append(ms)
                    version += 1
                    stored[which] = stored_text(client, version)
            assert stored["old"] == stored["new"], "the two paths stored different texts"
        refused = dict(form, **{"base_version": str(version), "questions.0.wording": ""})
        page = client.post("/studio/playbook", data=refused).text
        errors: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(args.rounds):
            ms, old_found = cpu_ms(lambda: old_field_errors(page))
            errors["old"].append(ms)
            ms, found = cpu_ms(lambda: field_errors(page))
            errors["new"].append(ms)
            assert found == old_found and found, "field_errors differs from before"

    def line(label: str, figures: dict[str, list[float]]) -> str:
        old, new = median(figures["old"]), median(figures["new"])
        return f"{label:<58} before {old:6.1f} ms  now {new:6.1f} ms  {old / new:4.1f}x faster"

    print(f"{playbook.name}, {args.rounds} rounds, CPU medians (same data, playbook, text and errors both ways)")
    print(line("save's own work (dump, check, check again by the next page)", core))
    print(line("POST /studio/playbook (test client, server and client)", http["save"]))
    print(line("the page after it (GET /studio/playbook)", http["page"]))
    print(line("field_errors on a refused save's page", errors))


if __name__ == "__main__":
    main()
