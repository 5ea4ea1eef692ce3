"""Reading a playbook file: YAML with PyYAML's safe loader, then ``parse_playbook``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .playbook import Playbook
from .schema import PlaybookError, parse_playbook

DEFAULT_PLAYBOOK = Path(__file__).with_name("default_playbook.yml")

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key written twice (YAML would silently keep the last).

    Only ``true`` and ``false`` are booleans (as in YAML 1.2): a country list
    with Norway (``NO``) or an answer "yes" stays the text the marketer wrote.
    """

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                repeated = key in seen
            except TypeError:
                continue  # an unhashable key: the base loader says so
            if repeated:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: str) -> Any:
    """Parsed YAML; syntax errors become a ``PlaybookError`` under ``_yaml`` with line and column."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = e.problem or e.context or "not valid YAML"
        raise PlaybookError({"_yaml": [f"{where}{problem}"]}) from None
    except yaml.YAMLError as e:
        raise PlaybookError({"_yaml": [str(e)]}) from None


def load_playbook(path: str | Path | None = None) -> Playbook:
    """The playbook in ``path``, or the packaged default (``default_playbook.yml``) when None."""
    file = Path(path) if path is not None else DEFAULT_PLAYBOOK
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PlaybookError({"_file": [f"cannot read {file}: {getattr(e, 'strerror', None) or e}"]}) from None
    return parse_playbook(read_yaml(text))
