"""Field mappings: which CRM field gets which fact about the lead, as YAML.

Each destination ships a default in ``integrations/mappings/<name>.yml`` that
works on a fresh account; an operator's file is laid over it, so it only
names what differs (a field set to ``null`` is dropped). A rule is one of::

    Email: email                     # a fact from LeadView.facts()
    Company: [company, email_domain, not_provided]   # the first fact that is known
    LeadSource: {value: Web}         # a constant
    Rating: {fact: stage, map: {sql: Hot, mql: Warm}, default: Cold}
    Description: {fact: summary, max_length: 32000}
    value.amount: budget_amount      # a dotted target builds a nested object

Fields that salespeople own once the record exists (a deal's stage and
amount, a lead's status) are listed per section in the ``create_only``
setting: they are written when the record is made and never again, so an
update never undoes what sales changed in the CRM. An operator's file can
shorten the list (``create_only: {deal: []}``) to have them follow the lead.
Fields in the ``forward_only`` setting are written on update only to move on
along their rule's values (``FieldMapping.moves_forward``).

Unknown facts are refused when the file is loaded, not when a lead arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from integrations.lead import LeadView

MAPPINGS_DIR = Path(__file__).with_name("mappings")
_KNOWN_FACTS = frozenset(LeadView({}).facts())
_RULE_KEYS = frozenset({"value", "fact", "map", "default", "max_length"})


class MappingError(ValueError):
    """A mapping file that cannot work; ``where`` names the file and the field."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _check_rule(rule: Any, where: str) -> None:
    if isinstance(rule, str):
        if rule not in _KNOWN_FACTS:
            raise MappingError(where, f"unknown fact {rule!r}")
    elif isinstance(rule, list):
        if not rule:
            raise MappingError(where, "an empty list maps nothing")
        for item in rule:
            _check_rule(item, where)
    elif isinstance(rule, Mapping):
        unknown = set(rule) - _RULE_KEYS
        if unknown:
            raise MappingError(where, f"unknown keys {sorted(unknown)}")
        if ("value" in rule) == ("fact" in rule):
            raise MappingError(where, "give exactly one of 'value' or 'fact'")
        if "fact" in rule:
            _check_rule(rule["fact"], where)
        if "map" in rule and not isinstance(rule["map"], Mapping):
            raise MappingError(where, "'map' must be a table")
        if "max_length" in rule and (not isinstance(rule["max_length"], int) or rule["max_length"] < 1):
            raise MappingError(where, "'max_length' must be a positive integer")
    else:
        raise MappingError(where, "a rule is a fact name, a list of them, or a table")


def _apply(rule: Any, facts: Mapping[str, Any]) -> Any:
    if isinstance(rule, str):
        return facts.get(rule)
    if isinstance(rule, list):
        for item in rule:
            value = _apply(item, facts)
            if not _empty(value):
                return value
        return None
    if "value" in rule:
        return rule["value"]
    value = _apply(rule["fact"], facts)
    if "map" in rule:
        value = rule["map"].get(value, rule.get("default")) if not _empty(value) else rule.get("default")
    elif _empty(value):
        value = rule.get("default")
    if isinstance(value, str) and "max_length" in rule:
        value = value[: rule["max_length"]]
    return value


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(str(path), f"cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(str(path), "must be a table of sections")
    return data


@dataclass(frozen=True)
class FieldMapping:
    """One destination's settings and per-object field rules."""

    name: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    objects: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, name: str, override: str | Path | Mapping[str, Any] | None = None) -> "FieldMapping":
        """The shipped default for ``name`` with ``override`` (a path or a parsed table) laid over it."""
        data = _read(MAPPINGS_DIR / f"{name}.yml")
        if override is not None:
            extra = _read(Path(override)) if isinstance(override, (str, Path)) else dict(override)
            for section, values in extra.items():
                if values is None:
                    data.pop(section, None)
                elif isinstance(values, Mapping) and isinstance(data.get(section), Mapping):
                    merged = {**data[section], **values}
                    data[section] = {k: v for k, v in merged.items() if v is not None}
                else:
                    data[section] = values
        settings = data.pop("settings", None) or {}
        if not isinstance(settings, Mapping):
            raise MappingError(f"{name}.settings", "must be a table")
        for section, rules in data.items():
            if not isinstance(rules, Mapping):
                raise MappingError(f"{name}.{section}", "must be a table of field rules")
            for target, rule in rules.items():
                _check_rule(rule, f"{name}.{section}.{target}")
        return cls(name=name, settings=dict(settings), objects={k: dict(v) for k, v in data.items()})

    @classmethod
    def of(cls, name: str, mapping: "MappingSource") -> "FieldMapping":
        """What a destination's ``mapping`` argument may be: nothing (the default), a loaded
        mapping, or an override (a YAML path or a parsed table) for the default."""
        return mapping if isinstance(mapping, FieldMapping) else cls.load(name, mapping)

    def fields(self, section: str, facts: Mapping[str, Any], creating: bool = True) -> dict[str, Any]:
        """The CRM fields for one object; unknown values are left out so they never blank a field.
        An update (``creating`` false) leaves out the section's ``create_only`` fields."""
        out: dict[str, Any] = {}
        skipped = set() if creating else set(self.create_only(section))
        for target, rule in self.objects.get(section, {}).items():
            if target in skipped:
                continue
            value = _apply(rule, facts)
            if _empty(value):
                continue
            *parents, leaf = target.split(".")
            node = out
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        return out

    def constants(self, section: str, target: str) -> list[Any]:
        """The fixed values a field's rule can write (``value``, ``map`` values, ``default``), for the
        doctor to check against the CRM's options; facts' own values are not known before a lead."""
        rule = self.objects.get(section, {}).get(target)
        found: list[Any] = []

        def walk(node: Any) -> None:
            if isinstance(node, list):
                for item in node:
                    walk(item)
            elif isinstance(node, Mapping):
                if "value" in node:
                    found.append(node["value"])
                found.extend((node.get("map") or {}).values())
                if node.get("default") is not None:
                    found.append(node["default"])
                if "fact" in node:
                    walk(node["fact"])

        walk(rule)
        return list(dict.fromkeys(v for v in found if not _empty(v)))

    def moves_forward(self, section: str, target: str, old: Any, new: Any) -> bool:
        """Whether an update may write ``new`` over ``old`` in a field of the ``forward_only`` setting:
        its rule's values in their order (a ``map``'s, then its default) are the steps; a value the
        rule cannot produce is sales' own and stays, and no step goes back. Other fields: always."""
        table = self.settings.get("forward_only") or {}
        if not isinstance(table, Mapping) or target not in (table.get(section) or ()) or _empty(old):
            return True
        steps = [str(v) for v in self.constants(section, target)]
        if str(old) not in steps:
            return False
        return str(new) in steps and steps.index(str(new)) >= steps.index(str(old))

    def create_only(self, section: str) -> list[str]:
        """The fields of ``section`` that sales own once the record exists."""
        table = self.settings.get("create_only") or {}
        return list(table.get(section) or []) if isinstance(table, Mapping) else []

    def setting(self, key: str, default: Any = None) -> Any:
        value = self.settings.get(key)
        return default if value is None else value


# What a destination's ``mapping`` argument may be (see ``FieldMapping.of``).
MappingSource = FieldMapping | str | Path | Mapping[str, Any] | None
