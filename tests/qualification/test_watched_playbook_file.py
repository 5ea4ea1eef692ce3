"""The one watcher of a playbook file (the service's start-up file, the bot's file): re-read on change, last good kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualification import PlaybookError
from qualification.playbook_file import DEFAULT_PLAYBOOK, WatchedPlaybookFile


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    path = tmp_path / "playbook.yml"
    path.write_text(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def touch_later(path: Path) -> None:
    """A new modification time even on a file system that keeps whole seconds."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_an_edit_on_disk_is_read_on_the_next_call(copy: Path) -> None:
    watched = WatchedPlaybookFile(copy)
    before = watched.current()
    assert watched.current() is before  # unchanged: not read again
    copy.write_text(before.text.replace("Brightline Growth Partners", "Zenith Partners", 1), encoding="utf-8")
    touch_later(copy)
    after = watched.current()
    assert after is not before and after.playbook.company.name == "Zenith Partners"


def test_a_broken_file_at_start_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "playbook.yml"
    broken.write_text("questions: [unclosed", encoding="utf-8")
    with pytest.raises(PlaybookError):
        WatchedPlaybookFile(broken).current()
    with pytest.raises(PlaybookError):
        WatchedPlaybookFile(tmp_path / "missing.yml").current()


def test_a_later_broken_edit_or_a_deleted_file_keeps_the_last_good_playbook(copy: Path) -> None:
    watched = WatchedPlaybookFile(copy)
    good = watched.current()
    copy.write_text("questions: [unclosed", encoding="utf-8")
    touch_later(copy)
    assert watched.current() is good
    copy.unlink()
    assert watched.current() is good
