"""The playbook's translations, side by side: each text in the playbook's own language next to one language's.

One page per language (``/studio/playbook/translations?lang=de``): every
translatable text of the playbook (``qualification.translation``: question
wordings and their variants, a question's "why we ask", services, the pricing line, the privacy
notice, content offers, FAQ entries, the meeting title) with the original on
the left and the translation on the right. What lacks a translation is
flagged, by ``qualification.translation.missing_translations`` (the one
rule for it), and says what visitors of that language hear instead: the
playbook's own text, the fallback ``localized`` applies.

Saving writes the inputs into ``translations.<lang>`` of a copy of the
version the page was drawn from and stores it as a draft through the
editor's own save (validated by the schema, audited; "Save and publish"
goes through the editor's confirmation). A blank input removes that
translation, so the text falls back again.

A regional variant the bot speaks (``VARIANTS``: "pt-BR", which Brazilian
visitors hear) has its own page beside its language's: its own wording where
it differs, and where it has none the language's text, shown under the box,
is what those visitors hear (``qualification.translation``: a variant's field
left out is its language's).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from flask import redirect, render_template, request, url_for
from werkzeug.exceptions import BadRequest

from qualification import PlaybookError
from qualification.playbook import LANGUAGE_NAMES
from qualification.playbook_file import read_yaml
from qualification.translation import LANGUAGES, TRANSLATABLE, VARIANTS, missing_translations, untranslated_questions
from webhooks.database import db
from webhooks.playbooks.text import dump_yaml, validate_text
from webhooks.studio import bp, editor
from webhooks.studio.auth import login_required

# The kinds of part the schema translates, by where they sit in the playbook's data.
_KINDS = {"company": "Company", "company.services": "Service", "privacy": "Privacy", "content_offers": "ContentOffer",
          "faq": "FaqEntry", "questions": "Question", "scheduling": "Scheduling"}
_FIELD_WORDS = {"wording": "wording (one variant per line)", "questions": "questions visitors ask (one per line)",
                "answer": "answer", "pricing": "what the bot says about pricing", "name": "name",
                "description": "description", "text": "notice", "title": "title", "meeting_title": "meeting title",
                "call_note": "said after how the call happens",
                "why": "why we ask (said to \"why do you ask?\")"}
MAX_TEXT = 5000


@dataclass(frozen=True)
class Text:
    """One translatable text: where it is (``questions.3.wording``), the original, and the translation if any."""

    path: str
    part: str  # "Question 4 (budget)"
    field: str  # "wording (one variant per line)"
    original: str
    translated: str
    lines: bool  # a list in the playbook (variants, phrasings): one per line
    missing: bool
    # On a regional variant's page: its language's text, which the variant's visitors hear while the box is blank.
    inherited: str = ""

    @property
    def name(self) -> str:
        return "t." + self.path


def _part_title(path: str, item: dict[str, Any]) -> str:
    head, _, index = path.rpartition(".")
    number = int(index) + 1 if index.isdigit() else None
    if head == "questions":
        return f"Question {number} ({item.get('id')})"
    if head == "company.services":
        return f"Service {number} ({item.get('name')})"
    if head == "content_offers":
        return f"Content offer {number} ({item.get('id')})"
    if head == "faq":
        return f"FAQ {number}"
    return {"company": "Company", "privacy": "Privacy notice", "scheduling": "Call scheduling"}.get(path, path)


def _parts(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, kind, the part's data) of every translatable part, questions first (what marketers translate first)."""
    for i, q in enumerate(data.get("questions") or []):
        if isinstance(q, dict):
            yield f"questions.{i}", "questions", q
    for path in ("company", "privacy", "scheduling"):
        if isinstance(data.get(path), dict):
            yield path, path, data[path]
    for i, service in enumerate((data.get("company") or {}).get("services") or []):
        if isinstance(service, dict):
            yield f"company.services.{i}", "company.services", service
    for key in ("content_offers", "faq"):
        for i, item in enumerate(data.get(key) or []):
            if isinstance(item, dict):
                yield f"{key}.{i}", key, item


def _shown(value: Any) -> tuple[str, bool]:
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value), True
    return ("" if value is None else str(value)), False


def _translation(item: dict[str, Any], language: str) -> dict[str, Any]:
    """The part's texts in ``language`` (a language or a variant): {} when it has none."""
    table = item.get("translations")
    own = table.get(language) if isinstance(table, dict) else None
    return own if isinstance(own, dict) else {}


def texts(data: dict[str, Any], language: str, missing: set[str]) -> list[Text]:
    """Every translatable text of the playbook ``data`` in ``language``, flagged where the schema finds none; on a
    variant's page ("pt-BR"), each with its language's text, heard where the variant has none of its own."""
    base = VARIANTS.get(language)
    out = []
    for path, kind, item in _parts(data):
        own = _translation(item, language)
        parent = _translation(item, base) if base is not None else {}
        for name in TRANSLATABLE[_KINDS[kind]]:
            original, lines = _shown(item.get(name))
            if not original:
                continue  # nothing to translate
            translated, _ = _shown(own.get(name))
            inherited, _ = _shown(parent.get(name))
            out.append(Text(f"{path}.{name}", _part_title(path, item), _FIELD_WORDS.get(name, name), original,
                            translated, lines, f"{path}.{name}" in missing, inherited))
    return out


def choices(own: str) -> list[str]:
    """The pages a marketer can translate on: every language the bot speaks but the playbook's own, each followed by
    its regional variants (Portuguese, then Brazilian Portuguese)."""
    found: list[str] = []
    for code in LANGUAGES:
        if code != own:
            found.append(code)
        found += [variant for variant, base in VARIANTS.items() if base == code]
    return found


def _language(raw: str | None, own: str) -> str:
    options = choices(own)
    return raw if raw in options else options[0]


def _item_at(data: dict[str, Any], path: str) -> dict[str, Any] | None:
    node: Any = data
    for key in path.split("."):
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return None
    return node if isinstance(node, dict) else None


def apply(data: dict[str, Any], language: str, form: Any) -> None:
    """Write the page's inputs into ``translations.<language>`` of each part (in place); blank removes one."""
    for path, kind, item in _parts(data):
        for name in TRANSLATABLE[_KINDS[kind]]:
            key = f"t.{path}.{name}"
            if key not in form:
                continue
            raw = form.get(key, "")
            if not isinstance(raw, str) or len(raw) > MAX_TEXT:
                raise BadRequest(f"{key} is at most {MAX_TEXT} characters")
            original = item.get(name)
            if isinstance(original, list):
                value: Any = [line.strip() for line in raw.splitlines() if line.strip()] or None
            else:
                value = " ".join(raw.split()) or None
            table = item.setdefault("translations", {}) if value is not None else item.get("translations")
            if not isinstance(table, dict):
                continue
            own = table.setdefault(language, {}) if value is not None else table.get(language)
            if not isinstance(own, dict):
                continue
            if value is None:
                own.pop(name, None)
            else:
                own[name] = value
            if not own:
                table.pop(language, None)
            if not table:
                item.pop("translations", None)


def _render(head: Any, live: Any, text: str, language: str, outcome: editor.SaveResult, status: int = 200) -> Any:
    data = read_yaml(text)
    try:
        _, playbook = validate_text(text)
    except PlaybookError:  # a refused draft is shown as typed; the flags need a valid playbook
        playbook = None
    own = playbook.language if playbook is not None else str(data.get("language") or "en")
    missing = set(missing_translations(playbook, [language])[language]) if playbook is not None else set()
    languages = choices(own)
    counts = {code: len(paths) for code, paths in missing_translations(playbook, languages).items()} if playbook else {}
    flagged = untranslated_questions(playbook, language) if playbook is not None else ()
    return render_template(
        "studio/translations.html", nav="playbook", head=head, live=live, language=language, own=own,
        names=LANGUAGE_NAMES, languages=languages, counts=counts, base=VARIANTS.get(language),
        texts=texts(data, language, missing), flagged=flagged, outcome=outcome,
    ), status


@bp.get("/playbook/translations")
@login_required
def translations() -> Any:
    head, live = editor._head()
    own = str(read_yaml(head.text).get("language") or "en")
    return _render(head, live, head.text, _language(request.args.get("lang"), own), editor.SaveResult())


@bp.post("/playbook/translations")
@login_required
def translations_save() -> Any:
    based_on = editor._int(request.form.get("base_version"))
    with db.session() as session:
        base = session.get(editor._model(), based_on) if based_on else None
        if base is None:
            raise BadRequest("base_version is missing or unknown")
        base_text = base.text
    data = read_yaml(base_text)
    own = str(data.get("language") or "en")
    language = request.form.get("lang", "")
    if language not in choices(own):
        raise BadRequest("lang must be one of the languages the bot speaks (or a variant such as pt-BR), other than "
                         "the playbook's own")
    apply(data, language, request.form)
    publish = request.form.get("action") == "publish"
    text = dump_yaml(data)
    outcome, version = editor._save(text, based_on=based_on, note=request.form.get("note", "")[:500]
                                    or f"{LANGUAGE_NAMES[language]} translations", review=publish)
    if not outcome.failed:
        if publish:
            return redirect(url_for("studio.confirm", number=version, action="publish"))
        return redirect(url_for("studio.translations", lang=language))
    _, live = editor._head()
    with db.session() as session:
        started = session.get(editor._model(), based_on)
    return _render(started, live, text if outcome.errors else base_text, language, outcome,
                   409 if outcome.conflict else 422)
