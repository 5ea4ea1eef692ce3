"""One playbook as served: its version, the parsed playbook, its data as JSON and an ETag."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qualification import Playbook
from webhooks.playbooks.text import validate_text


@dataclass(frozen=True)
class Snapshot:
    """One playbook as served: ``version`` is None for the start-up file, before any is published."""

    version: int | None
    playbook: Playbook
    data: dict[str, Any]
    etag: str
    published_at: datetime | None = None


def etag(version: int | None, text: str) -> str:
    return f'"{version or 0}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"'


def jsonable(data: Any) -> dict[str, Any]:
    return json.loads(json.dumps(data, default=str))


def snapshot_of(version: int | None, text: str, published_at: datetime | None = None) -> Snapshot:
    data, playbook = validate_text(text)
    return Snapshot(version, playbook, jsonable(data), etag(version, text), published_at)
