"""The playbook editor: the form (YAML for the rest), preview, versions, publish and rollback.

Views translate: form fields to playbook data (``sections``: every section of
the form is declared there, one mechanism), data to the store
(``webhooks.playbooks``), and ``PlaybookError`` paths back to the fields
they name (an input is named by its playbook path). Every save names the version it started from, so a
marketer who edited an older version is told, and nothing is overwritten.
Nothing invalid is stored, so nothing invalid can be published.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, flash, redirect, render_template, request, url_for
from werkzeug.exceptions import BadRequest

from nlu import Attributes, extract
from qualification import PlaybookError, Signals, qualify, questions_to_ask
from qualification.playbook_file import read_yaml
from qualification.translation import LANGUAGES, untranslated_questions
from webhooks.database import db
from webhooks.errors import NotFound
from webhooks.playbooks.store import PlaybookStore, StaleVersion
from webhooks.playbooks.text import MAX_TEXT_BYTES, dump_yaml, line_of, validate_text
from webhooks.studio import bp, sections
from webhooks.studio.auth import audit, current_user, login_required
from webhooks.studio.changes import changes

MAX_PREVIEW_ANSWER = 2000


def _store() -> PlaybookStore:
    return PlaybookStore(current_app.config["LEADBOT_SETTINGS"].playbook_path)


def _int(raw: str | None, default: int | None = None) -> int | None:
    try:
        return int(str(raw).strip())
    except (TypeError, ValueError):
        return default


@dataclass
class SaveResult:
    """What a save attempt came to, for re-rendering the form with the marketer's own input."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    conflict: str | None = None

    @property
    def failed(self) -> bool:
        return bool(self.errors or self.conflict)


# ---------------------------------------------------------------- saving


def _save(text: str, *, based_on: int | None, note: str, review: bool) -> tuple[SaveResult, int | None]:
    """Validate and store a draft (going live is ``_go_live``, after the marketer confirms what changes);
    the outcome carries field errors or the version conflict. ``review``: the marketer asked to publish."""
    user = current_user()
    assert user is not None
    try:
        with db.transaction() as session:
            row = _store().save(session, text, based_on=based_on, author=user.email, note=note, publish=False)
            audit(session, "playbook.save", {"version": row.version, "based_on": based_on, "note": row.note})
            version = row.version
    except PlaybookError as exc:
        return SaveResult(errors=exc.errors), None
    except StaleVersion as exc:
        with db.transaction() as session:
            audit(session, "playbook.conflict", {"based_on": based_on, "latest": exc.latest_version})
        return SaveResult(conflict=exc.message), None
    if review:
        flash(f"Saved as draft version {version}. Check what will change for visitors, then publish.", "success")
    else:
        flash(f"Saved as draft version {version}. Preview it, then publish.", "success")
    return SaveResult(), version


def _head() -> tuple[Any, Any]:
    """The newest version and the live one; the first visit ever stores the start-up file as version 1."""
    store = _store()
    with db.session() as session:
        if store.count(session):
            return store.latest(session), store.published(session)
    with db.transaction() as session:  # a write transaction only when there is something to write
        store.ensure_seeded(session)
        head, live = store.latest(session), store.published(session)
    # The seed is published: a provider that read the start-up file just before must look again, not for 1 s.
    current_app.extensions["leadbot.playbook"].invalidate()
    return head, live


def _errors_for(errors: dict[str, list[str]], prefix: str) -> list[tuple[str, str]]:
    return [(path, msg) for path, msgs in errors.items()
            if path == prefix or path.startswith(prefix + ".") for msg in msgs]


# Drawn with the page; every other section is loaded after the first paint (``playbook_section``), which
# keeps the editor's first response small: the sections' inputs are most of its weight.
FIRST_PAINT = frozenset({"questions"})
ALL = "all"


def _render_form(head: Any, live: Any, parts: list[sections.SectionView], outcome: SaveResult, note: str = "",
                 status: int = 200, *, full: set[str] | None = None, template: str = "studio/playbook.html",
                 untranslated: dict[str, tuple[str, ...]] | None = None) -> Any:
    """The form; ``full``: the sections drawn with the page (None: all), the rest are placeholders that load."""
    def errs(prefix: str) -> list[tuple[str, str]]:
        return _errors_for(outcome.errors, prefix)

    def msg_index(path: str, message: str) -> int:  # the second message of one path gets its own anchor
        return (outcome.errors.get(path) or [message]).index(message)

    return render_template(
        template, nav="playbook", head=head, live=live, outcome=outcome, errs=errs, note=note,
        msg_index=msg_index, linked=True, describe_error=sections.describe, advice=sections.advice, full=full,
        untranslated=untranslated or {},
        sections=parts, modes=sections.MODES, operators=sections.OPERATORS, condition_fields=sections.CONDITION_FIELDS,
        condition_paths={p for p, _ in sections.CONDITION_FIELDS}, condition_ops={o for o, _ in sections.OPERATORS},
    ), status


def _opened(args: Any) -> set[str] | None:
    """The sections to draw with the page: the first paint's, and those a link asked for (``?open=company``)."""
    wanted = set(args.getlist("open")[:len(sections.SECTIONS) + 1])
    return None if ALL in wanted else set(FIRST_PAINT) | (wanted & {s.id for s in sections.SECTIONS})


@bp.get("/playbook")
@login_required
def playbook() -> Any:
    head, live = _head()
    _, newest = validate_text(head.text)
    untranslated = {lang: ids for lang in LANGUAGES if lang != newest.language
                    if (ids := untranslated_questions(newest, lang))}
    return _render_form(head, live, sections.form_values(read_yaml(head.text)), SaveResult(), full=_opened(request.args),
                        untranslated=untranslated)


@bp.get("/playbook/sections/<section_id>")
@login_required
def playbook_section(section_id: str) -> Any:
    """One section of the form for version ``?version=`` (the one the page was drawn from), as HTML to insert."""
    number = _int(request.args.get("version"))
    if number is None or section_id not in {s.id for s in sections.SECTIONS}:
        raise NotFound("no such section or version")
    head, live = _head()
    with db.session() as session:
        row = _store().get(session, number)  # NotFound for a version that does not exist
        text = row.text
    parts = [view for view in sections.form_values(read_yaml(text)) if view.section.id == section_id]
    return _render_form(head, live, parts, SaveResult(), template="studio/_section.html")


@bp.post("/playbook")
@login_required
def playbook_save() -> Any:
    based_on = _int(request.form.get("base_version"))
    publish = request.form.get("action") == "publish"
    note = request.form.get("note", "")
    with db.session() as session:
        base = session.get(_model(), based_on) if based_on else None
        if base is None:
            raise BadRequest("base_version is missing or unknown")
        base_text = base.text
    data = read_yaml(base_text)
    parts, form_errors = sections.apply(data, request.form)
    if form_errors:
        outcome = SaveResult(errors=form_errors)
    else:
        # "Save and publish" stores a draft, then asks: what changes for visitors, in words, before it goes live.
        outcome, version = _save(dump_yaml(data), based_on=based_on, note=note, review=publish)
        if not outcome.failed:
            if publish:
                return redirect(url_for("studio.confirm", number=version, action="publish"))
            return redirect(url_for("studio.playbook"))
    _, live = _head()
    # Keep what the marketer typed and the version they started from, so "save again" stays honest.
    with db.session() as session:
        started = session.get(_model(), based_on)
    # Every section the page had drawn (what was typed stays), and every section a problem is in.
    shown = {view.section.id for view in parts if any(f"{p.path}._count" in request.form for p in view.section.parts)}
    troubled = {view.section.id for view in parts for path in outcome.errors
                if any(path == p.path or path.startswith(p.path + ".") for p in view.section.parts)
                or path == view.section.root or path.startswith(view.section.root + ".")}
    return _render_form(started, live, parts, outcome, note, 409 if outcome.conflict else 422,
                        full=set(FIRST_PAINT) | shown | troubled)


def _model() -> Any:
    from webhooks.models import PlaybookVersion

    return PlaybookVersion


@bp.get("/playbook/yaml")
@login_required
def playbook_yaml() -> Any:
    head, live = _head()
    return render_template("studio/yaml.html", nav="playbook", head=head, live=live, text=head.text,
                           outcome=SaveResult(), note="")


@bp.post("/playbook/yaml")
@login_required
def playbook_yaml_save() -> Any:
    based_on = _int(request.form.get("base_version"))
    text = request.form.get("text", "").replace("\r\n", "\n")
    note = request.form.get("note", "")
    publish = request.form.get("action") == "publish"
    outcome, version = _save(text, based_on=based_on, note=note, review=publish)
    if not outcome.failed:
        if publish:
            return redirect(url_for("studio.confirm", number=version, action="publish"))
        return redirect(url_for("studio.playbook_yaml"))
    head, live = _head()
    with db.session() as session:
        started = session.get(_model(), based_on) if based_on else None
    lines = {path: line_of(text, path) for path in outcome.errors} if len(text) <= MAX_TEXT_BYTES else {}
    return render_template("studio/yaml.html", nav="playbook", head=started or head, live=live, text=text,
                           outcome=outcome, note=note, lines=lines), 409 if outcome.conflict else 422


# ---------------------------------------------------------------- preview


@bp.route("/playbook/preview", methods=["GET", "POST"])
@login_required
def preview() -> Any:
    head, live = _head()
    number = _int(request.values.get("version"), head.version)
    with db.session() as session:
        try:
            row = _store().get(session, number)  # type: ignore[arg-type]
        except NotFound:
            row = head
        text, number = row.text, row.version
    _, playbook_ = validate_text(text)
    answers = {q.id: request.form.get(f"a-{q.id}", "")[:MAX_PREVIEW_ANSWER] for q in playbook_.questions}
    rows, result, next_up = [], None, []
    if request.method == "POST":
        merged = Attributes()
        currency = playbook_.company.default_currency
        for q in playbook_.questions:
            said = answers[q.id].strip()
            understood = extract(said, field=q.attribute, now=dt.date.today(), default_currency=currency) if said else None
            if understood is not None:
                merged = merged.merge(understood)
            rows.append({"question": q, "said": said,
                         "understood": None if understood is None else _readable(understood.to_dict())})
        result = qualify(merged, playbook_, Signals()).to_dict()
        next_up = [q.id for q in questions_to_ask(playbook_, merged, Signals())]
    return render_template("studio/preview.html", nav="playbook", head=head, live=live, number=number,
                           playbook=playbook_, answers=answers, rows=rows, result=result, next_up=next_up)


def _readable(data: Any, prefix: str = "") -> str:
    """Extracted attributes as "budget.min: 60000" lines: what a marketer checks at a glance."""
    if isinstance(data, dict):
        lines = [_readable(value, f"{prefix}.{key}" if prefix else str(key)) for key, value in data.items()]
        return "\n".join(line for line in lines if line) or (f"{prefix}: (nothing)" if prefix else "nothing understood")
    if isinstance(data, list):
        return f"{prefix}: {', '.join(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v for v in data)}"
    return f"{prefix}: {data}"


# ---------------------------------------------------------------- versions


@bp.get("/playbook/versions")
@login_required
def versions() -> Any:
    head, live = _head()
    with db.session() as session:
        rows = _store().versions(session)
    return render_template("studio/versions.html", nav="playbook", head=head, live=live, rows=rows)


@bp.get("/playbook/versions/<int:number>")
@login_required
def version(number: int) -> Any:
    head, live = _head()
    with db.session() as session:
        row = _store().get(session, number)
    return render_template("studio/version.html", nav="playbook", head=head, live=live, row=row)


@bp.get("/playbook/diff")
@login_required
def diff() -> Any:
    head, live = _head()
    a, b = _int(request.args.get("a")), _int(request.args.get("b"))
    with db.session() as session:
        store = _store()
        left = store.get(session, a if a is not None else max(head.version - 1, 1))
        right = store.get(session, b if b is not None else head.version)
        lines = list(difflib.unified_diff(
            left.text.splitlines(), right.text.splitlines(),
            fromfile=f"version {left.version}", tofile=f"version {right.version}", lineterm="", n=3,
        ))
    return render_template("studio/diff.html", nav="playbook", head=head, live=live, left=left, right=right, lines=lines)


@bp.get("/playbook/versions/<int:number>/<any(publish, rollback):action>")
@login_required
def confirm(number: int, action: str) -> Any:
    """Before a version goes live: what changes for visitors, in words, and a button to confirm."""
    head, live = _head()
    with db.session() as session:
        row = _store().get(session, number)
        text, version = row.text, row.version
    current = read_yaml(live.text) if live is not None else read_yaml(_store().seed_path.read_text(encoding="utf-8"))
    said = changes(current, read_yaml(text))
    return render_template("studio/confirm.html", nav="playbook", head=head, live=live, number=version,
                           action=action, changes=said)


@bp.post("/playbook/versions/<int:number>/publish")
@login_required
def publish_version(number: int) -> Any:
    return _go_live(number, rollback=False)


@bp.post("/playbook/versions/<int:number>/rollback")
@login_required
def rollback(number: int) -> Any:
    return _go_live(number, rollback=True)


def _go_live(number: int, *, rollback: bool) -> Any:
    """Publish the newest version, or an older one again as a new version (a rollback); stale pages are refused."""
    based_on = _int(request.form.get("base_version"))
    user = current_user()
    assert user is not None
    try:
        with db.transaction() as session:
            if rollback:
                row = _store().rollback(session, number, based_on=based_on, author=user.email)
                audit(session, "playbook.rollback", {"version": row.version, "from_version": number, "based_on": based_on})
                message = f"Rolled back: version {number} is published again as version {row.version}."
            else:
                _store().publish(session, number, based_on=based_on)
                audit(session, "playbook.publish", {"version": number, "based_on": based_on})
                message = f"Version {number} is published."
    except StaleVersion as exc:
        flash(exc.message, "error")
        return redirect(url_for("studio.versions")), 303
    except PlaybookError as exc:
        again = " again" if rollback else ""
        flash(f"Version {number} cannot be published{again}: {'; '.join(exc.lines())}", "error")
        return redirect(url_for("studio.versions")), 303
    current_app.extensions["leadbot.playbook"].invalidate()
    flash(message, "success")
    return redirect(url_for("studio.versions")), 303
