"""``harness.templates``: the Flask apps of one test process compile each template once, and an edited one again."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from flask import Flask, render_template

from harness.templates import SharedTemplates


def _app(folder: Path, shared: SharedTemplates) -> Flask:
    app = Flask(__name__, template_folder=str(folder))
    app.jinja_options = {**app.jinja_options, "bytecode_cache": shared}
    return app


def _render(app: Flask, **context: str) -> str:
    with app.app_context():
        return render_template("page.html", **context)


def test_a_second_app_renders_a_template_without_compiling_it_and_an_edit_is_compiled_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "page.html").write_text("<p>{{ name }}</p>", encoding="utf-8")
    compiled: list[str | None] = []
    compile_ = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *args: object, **kwargs: object) -> object:
        compiled.append(name)
        return compile_(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    shared = SharedTemplates()
    assert _render(_app(tmp_path, shared), name="<Ada>") == "<p>&lt;Ada&gt;</p>"
    assert _render(_app(tmp_path, shared), name="Bo") == "<p>Bo</p>"
    assert compiled == ["page.html"]

    (tmp_path / "page.html").write_text("<h1>{{ name }}</h1>", encoding="utf-8")
    assert _render(_app(tmp_path, shared), name="Cy") == "<h1>Cy</h1>"
    assert compiled == ["page.html", "page.html"]
