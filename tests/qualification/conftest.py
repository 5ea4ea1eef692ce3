from __future__ import annotations

from typing import Any

import pytest

from qualification import Playbook, load_playbook
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml


@pytest.fixture(scope="session")
def playbook() -> Playbook:
    return load_playbook()


@pytest.fixture
def playbook_data() -> dict[str, Any]:
    """The default playbook as plain data, fresh for each test to break or change."""
    return read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
