"""Rasa's tracker store on the service's database (``DATABASE_URL``, SQLite by default).

``endpoints.yml`` names this class so one environment variable points both
the service and the bot at the same database; Rasa's own ``SQL`` type would
need the URL split into dialect, host and database by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore

from bot.settings import Settings


class DatabaseUrlTrackerStore(SQLTrackerStore):
    """Conversations stored as events in the ``events`` table of ``DATABASE_URL``."""

    def __init__(self, domain: Any = None, event_broker: Any = None, **_: Any) -> None:
        url = Settings.from_env().database_url
        if url.startswith("sqlite:///"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker)
