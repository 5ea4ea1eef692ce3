"""The playbook in the service: its versions in the database, and the cached "published now" every request scores against.

Marketers save versions in the studio; the newest *published* version is
the one the service scores with and the bot asks from. Until anyone saves
one, the file the service was started with (``LEADBOT_PLAYBOOK`` or the
packaged default) is in force, and the studio stores it as version 1 the
first time it is opened.

- ``text``: the YAML a marketer edits: limits, ``validate_text``, ``dump_yaml``, ``line_of``.
- ``store``: ``PlaybookStore``, the versions: save, publish, roll back (``StaleVersion`` when someone saved since).
- ``published``: ``PlaybookProvider``, the published one from memory, re-checked once a second.
- ``watched_file``: ``PlaybookFile``, the start-up file, re-read when it changes on disk.
- ``snapshot``: ``Snapshot``, one playbook as served (version, data, ETag).

``provider`` is what ``create_app`` installs as ``app.extensions["leadbot.playbook"]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import sessionmaker

from qualification import Playbook

if TYPE_CHECKING:  # imported when called: importing webhooks.playbooks.text alone loads no database code
    from webhooks.playbooks.published import PlaybookProvider, StaticPlaybook


def provider(settings: Any, sessions: sessionmaker, playbook: Playbook | None = None) -> PlaybookProvider | StaticPlaybook:
    """What ``create_app`` installs as ``app.extensions["leadbot.playbook"]``: call ``.current()`` per use.

    A ``published.PlaybookProvider`` over the start-up file, or a ``StaticPlaybook`` when a test gives ``playbook``.
    """
    from webhooks.playbooks.published import PlaybookProvider, StaticPlaybook
    from webhooks.playbooks.watched_file import PlaybookFile

    if playbook is not None:
        return StaticPlaybook(playbook)
    return PlaybookProvider(sessions, PlaybookFile(settings.playbook_path))
