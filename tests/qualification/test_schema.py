"""qualification/schema.py: the playbook's schemas are built once, not on every parse."""

from __future__ import annotations

from typing import Any

import pytest
from marshmallow import Schema

from qualification import DEFAULT_PLAYBOOK
from qualification.playbook_file import read_yaml
from qualification.schema import parse_playbook, playbook_to_dict


def test_parsing_and_writing_a_playbook_again_builds_no_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    assert any("translations" in part for part in data.get("faq") or ()), "the default playbook has translations"
    playbook_to_dict(parse_playbook(data))  # the first parse may build them
    built: list[str] = []
    original = Schema.__init__

    def counting(self: Schema, *args: Any, **kwargs: Any) -> None:
        built.append(type(self).__name__)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Schema, "__init__", counting)
    again = parse_playbook(data)
    assert playbook_to_dict(again) == playbook_to_dict(parse_playbook(data))
    assert built == []
