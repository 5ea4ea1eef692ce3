"""What a publish or a rollback would change, in words: "Question 3's wording: "…" → "…"".

``changes(old, new)`` compares two playbooks' data (as read from YAML) and
says each difference the way the form shows it: questions by their id and
their number on the screen (counted from 1), conditions as the builder reads
them, ICP criteria by name ("ICP weight for Target industry: 30 → 42"), and
everything else by ``sections.describe`` of its path, so the words match the
labels the marketer edited. The YAML difference stays one click away (the
``diff`` view); this is the summary a marketer confirms.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from qualification.playbook import LANGUAGE_NAMES
from webhooks.studio import sections

MAX_LINES = 60
_MISSING = object()
# A question's fields beyond the ones said one by one, as the question editor labels them.
_QUESTION_LABELS = {"why": "'Why we ask'"}
_OPS = dict(sections.OPERATORS)


def _value(value: Any) -> str:
    if value is _MISSING or value is None or value == [] or value == {}:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return sections.dump_yaml(value).strip().replace("\n", "; ")
    text = str(value)
    return f'"{text}"' if isinstance(value, str) else text


def condition_words(group: Any) -> str:
    """A condition group as the builder reads it: "industry is one of fintech, software"."""
    if not group:
        return "always"
    if not isinstance(group, Mapping):
        return _value(group)
    parts = []
    for mode, joiner in (("all", " and "), ("any", " or ")):
        items = group.get(mode) or []
        said = []
        for c in items if isinstance(items, list) else []:
            if not isinstance(c, Mapping):
                continue
            value = c.get("value")
            words = f"{sections.field_label(str(c.get('field', '')))} {_OPS.get(str(c.get('op')), c.get('op'))}"
            said.append(words if value is None else f"{words} {_value(value).strip(chr(34))}")
        if said:
            parts.append(joiner.join(said))
    return "; and ".join(parts) or "always"


def _questions(old: list[Any], new: list[Any]) -> list[str]:
    lines: list[str] = []
    old_by_id = {q.get("id"): q for q in old if isinstance(q, Mapping)}
    new_ids = [q.get("id") for q in new if isinstance(q, Mapping)]
    for number, q in enumerate(new, start=1):
        if not isinstance(q, Mapping):
            continue
        name = f"Question {number} ({q.get('id')})"
        before = old_by_id.get(q.get("id"))
        if before is None:
            lines.append(f"{name} is new: {_value(' / '.join(map(str, q.get('wording') or [])))}")
            continue
        if before.get("wording") != q.get("wording"):
            lines.append(f"{name}'s wording: {_value(' / '.join(map(str, before.get('wording') or [])))} → "
                         f"{_value(' / '.join(map(str, q.get('wording') or [])))}")
        for key, label in (("ask_when", "Ask when"), ("skip_when", "Skip when")):
            if before.get(key) != q.get(key):
                lines.append(f"{name}'s '{label}': {condition_words(before.get(key))} → {condition_words(q.get(key))}")
        if before.get("attribute") != q.get("attribute"):
            lines.append(f"{name} asks for: {_value(before.get('attribute'))} → {_value(q.get('attribute'))}")
        if before.get("required", True) != q.get("required", True):
            lines.append(f"{name} is {'required' if q.get('required', True) is not False else 'optional'} now")
        extra = set(before) ^ set(q) | {k for k in set(before) & set(q) if before[k] != q[k]}
        extra -= {"id", "wording", "ask_when", "skip_when", "attribute", "required"}
        if "translations" in extra:
            extra.discard("translations")
            lines += _translations(name, before.get("translations"), q.get("translations"))
        for key in sorted(extra):
            lines.append(f"{name}'s {_QUESTION_LABELS.get(key, key)}: {_value(before.get(key, _MISSING))} → "
                         f"{_value(q.get(key, _MISSING))}")
    for q_id in old_by_id:
        if q_id not in new_ids:
            lines.append(f"Question '{q_id}' is removed")
    kept_old = [q.get("id") for q in old if isinstance(q, Mapping) and q.get("id") in new_ids]
    kept_new = [i for i in new_ids if i in old_by_id]
    if kept_old != kept_new:
        lines.append(f"Question order: {', '.join(map(str, kept_old))} → {', '.join(map(str, kept_new))}")
    return lines


def _translations(name: str, old: Any, new: Any) -> list[str]:
    """A question's translations, language by language: "Question 7 (budget)'s French wording: (none) → "…"."""
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    lines = []
    for language in list(old) + [k for k in new if k not in old]:
        before = old.get(language) if isinstance(old.get(language), Mapping) else {}
        after = new.get(language) if isinstance(new.get(language), Mapping) else {}
        for key in list(before) + [k for k in after if k not in before]:
            if before.get(key, _MISSING) != after.get(key, _MISSING):
                words = [_value(v) if not isinstance(v, list) else _value(" / ".join(map(str, v)))
                         for v in (before.get(key, _MISSING), after.get(key, _MISSING))]
                lines.append(f"{name}'s {LANGUAGE_NAMES.get(str(language), str(language))} "
                             f"{_QUESTION_LABELS.get(key, key)}: {words[0]} → {words[1]}")
    return lines


def _criteria(old: list[Any], new: list[Any]) -> list[str]:
    lines: list[str] = []
    old_by_name = {c.get("name"): c for c in old if isinstance(c, Mapping)}
    new_names = {c.get("name") for c in new if isinstance(c, Mapping)}
    for c in new:
        if not isinstance(c, Mapping):
            continue
        before = old_by_name.get(c.get("name"))
        if before is None:
            lines.append(f"ICP criterion {c.get('name')} is new (weight {_value(c.get('weight'))})")
            continue
        for key in sorted(set(before) | set(c)):
            if before.get(key, _MISSING) != c.get(key, _MISSING):
                what = "weight" if key == "weight" else key.replace("_", " ")
                lines.append(f"ICP {what} for {c.get('name')}: {_value(before.get(key, _MISSING))} → "
                             f"{_value(c.get(key, _MISSING))}")
    lines += [f"ICP criterion {name} is removed" for name in old_by_name if name not in new_names]
    return lines


def _walk(old: Any, new: Any, path: str, lines: list[str]) -> None:
    if old == new:
        return
    if path == "questions":
        lines.extend(_questions(old if isinstance(old, list) else [], new if isinstance(new, list) else []))
        return
    if path == "icp.criteria":
        lines.extend(_criteria(old if isinstance(old, list) else [], new if isinstance(new, list) else []))
        return
    conditional = path.endswith("when")
    if not conditional and old is _MISSING and isinstance(new, Mapping):
        old = {}  # a new mapping (an owner's own hours): said field by field
    if not conditional and new is _MISSING and isinstance(old, Mapping):
        new = {}
    if isinstance(old, Mapping) and isinstance(new, Mapping) and not conditional:
        for key in list(old) + [k for k in new if k not in old]:
            _walk(old.get(key, _MISSING), new.get(key, _MISSING), f"{path}.{key}" if path else str(key), lines)
        return
    rows = (isinstance(old, list) and isinstance(new, list) and any(isinstance(v, Mapping) for v in old + new))
    if rows:
        for i in range(max(len(old), len(new))):
            before = old[i] if i < len(old) else _MISSING
            after = new[i] if i < len(new) else _MISSING
            if before is _MISSING:
                lines.append(f"{sections.describe(f'{path}.{i}')} is new")
            elif after is _MISSING:
                lines.append(f"{sections.describe(f'{path}.{i}')} is removed")
            else:
                _walk(before, after, f"{path}.{i}", lines)
        return
    if conditional:
        lines.append(f"{sections.describe(path)}: {condition_words(_none(old))} → {condition_words(_none(new))}")
        return
    lines.append(f"{sections.describe(path)}: {_value(old)} → {_value(new)}")


def _none(value: Any) -> Any:
    return None if value is _MISSING else value


def _owner_names(*playbooks: Mapping[str, Any]) -> dict[str, str]:
    """Owner id -> display name from ``routing.owners`` (the newer playbook's name wins)."""
    names: dict[str, str] = {}
    for data in playbooks:
        owners = (data.get("routing") or {}).get("owners") if isinstance(data.get("routing"), Mapping) else None
        for key, owner in (owners or {}).items() if isinstance(owners, Mapping) else ():
            if isinstance(owner, Mapping) and isinstance(owner.get("name"), str) and owner["name"].strip():
                names[str(key)] = owner["name"].strip()
    return names


def _by_name(lines: list[str], names: Mapping[str, str]) -> list[str]:
    """Owners said by the names people know them by, not their Slack ids ("Owner 'Lena Fischer', ...")."""
    if not names:
        return lines
    ids = re.compile(r"\b(" + "|".join(re.escape(key) for key in sorted(names, key=len, reverse=True)) + r")\b")
    return [ids.sub(lambda m: names[m.group(1)], line) for line in lines]


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Every difference from ``old`` to ``new`` in words, questions first; at most ``MAX_LINES`` (then a count)."""
    lines: list[str] = []
    _walk(old.get("questions"), new.get("questions"), "questions", lines)
    _walk({k: v for k, v in old.items() if k != "questions"}, {k: v for k, v in new.items() if k != "questions"}, "", lines)
    lines = _by_name(lines, _owner_names(old, new))
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"… and {len(lines) - MAX_LINES} more: see the YAML difference"]
    return lines
