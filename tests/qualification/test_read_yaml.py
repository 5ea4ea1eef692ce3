"""``qualification.playbook_file.read_yaml``: the same text read twice gives two independent results."""

from __future__ import annotations

import pytest

from qualification import PlaybookError
from qualification.playbook_file import read_yaml

TEXT = "company:\n  name: Acme\nquestions:\n  - id: need\n    wording: [What do you need?]\n"


def test_a_reader_that_edits_what_it_read_changes_nothing_for_the_next_one() -> None:
    first = read_yaml(TEXT)
    first["company"]["name"] = "Edited"
    first["questions"][0]["wording"].append("Another")
    assert read_yaml(TEXT) == {"company": {"name": "Acme"}, "questions": [{"id": "need", "wording": ["What do you need?"]}]}


def test_a_text_that_is_not_yaml_is_refused_every_time_it_is_read() -> None:
    for _ in range(2):
        with pytest.raises(PlaybookError):
            read_yaml("company: [unclosed\n")
