"""The playbook's versions in the database: save (as a draft), publish, roll back; each in the caller's transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qualification import DEFAULT_PLAYBOOK
from qualification.playbook_file import read_yaml
from webhooks.errors import Conflict, NotFound
from webhooks.models import PlaybookVersion, utcnow
from webhooks.playbooks.text import MAX_NOTE_CHARS, dump_yaml, validate_text

PUBLISHED_HEAD = (
    select(PlaybookVersion.version, PlaybookVersion.published_at)
    .where(PlaybookVersion.published.is_(True))
    .order_by(PlaybookVersion.published_at.desc(), PlaybookVersion.version.desc())
    .limit(1)
)


class StaleVersion(Conflict):
    """Someone saved a newer version since this edit began; nothing was written."""

    def __init__(self, based_on: int | None, latest: PlaybookVersion | None) -> None:
        if latest is None:
            message = "the playbook changed since you opened it; reload it"
        else:
            message = (
                f"version {latest.version} was saved by {latest.author} at "
                f"{latest.created_at:%Y-%m-%d %H:%M} UTC after you opened version {based_on}; "
                "your changes were not saved. Open the newest version and make them again."
            )
        super().__init__(message, fields={"base_version": ["stale"]})
        # A number, not the row: the transaction that loaded it is rolled back by the time anyone reads this.
        self.latest_version = latest.version if latest is not None else None


class PlaybookStore:
    """Versions of the playbook: save (as a draft), publish, roll back; each in the caller's transaction.

    A save names the version it was based on; when someone saved since, it
    is refused (``StaleVersion``) so nobody's work is silently overwritten.
    Version numbers are the primary key, so two saves racing for the same
    number cannot both win either.
    """

    def __init__(self, seed_path: str | Path | None) -> None:
        self.seed_path = Path(seed_path) if seed_path else DEFAULT_PLAYBOOK

    def ensure_seeded(self, session: Session) -> None:
        if session.execute(select(PlaybookVersion.version).limit(1)).first() is not None:
            return
        # Stored as the studio writes YAML, so the first diff shows what a marketer changed, not reformatting.
        text = dump_yaml(read_yaml(self.seed_path.read_text(encoding="utf-8")))
        now = utcnow()
        session.add(PlaybookVersion(
            version=1, text=text, author="system", note=f"seeded from {self.seed_path.name}",
            created_at=now, published=True, published_at=now,
        ))
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:
            pass  # another process seeded it first

    def latest(self, session: Session) -> PlaybookVersion:
        row = session.execute(select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1)).scalar_one_or_none()
        if row is None:
            raise NotFound("no playbook version exists yet")
        return row

    def published(self, session: Session) -> PlaybookVersion | None:
        head = session.execute(PUBLISHED_HEAD).first()
        return None if head is None else session.get(PlaybookVersion, head.version)

    def get(self, session: Session, version: int) -> PlaybookVersion:
        row = session.get(PlaybookVersion, version)
        if row is None:
            raise NotFound(f"there is no version {version}", fields={"version": ["unknown"]})
        return row

    def versions(self, session: Session, limit: int = 200) -> list[PlaybookVersion]:
        return list(session.execute(
            select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(limit)
        ).scalars())

    def count(self, session: Session) -> int:
        return int(session.execute(select(func.count()).select_from(PlaybookVersion)).scalar_one())

    def save(self, session: Session, text: str, *, based_on: int | None, author: str, note: str = "",
             publish: bool = False) -> PlaybookVersion:
        """A new version from ``text`` (validated first); published at once when ``publish``."""
        validate_text(text)
        latest = session.execute(
            select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1)
        ).scalar_one_or_none()
        latest_number = latest.version if latest else 0
        if based_on != latest_number:
            raise StaleVersion(based_on, latest)
        now = utcnow()
        row = PlaybookVersion(
            version=latest_number + 1, text=text, author=author, note=(note or "")[:MAX_NOTE_CHARS] or None,
            created_at=now, published=publish, published_at=now if publish else None,
        )
        session.add(row)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:
            raise StaleVersion(based_on, None) from None
        return row

    def publish(self, session: Session, version: int, *, based_on: int | None) -> PlaybookVersion:
        """Make ``version`` live; only the newest version can be (older ones go live through a rollback)."""
        row = self.get(session, version)
        latest = self.latest(session)
        if based_on != latest.version or version != latest.version:
            raise StaleVersion(based_on, latest)
        validate_text(row.text)
        if not row.published:
            row.published, row.published_at = True, utcnow()
        return row

    def rollback(self, session: Session, version: int, *, based_on: int | None, author: str) -> PlaybookVersion:
        """Publish an old version's text again, as a new version (history stays as it was)."""
        old = self.get(session, version)
        return self.save(session, old.text, based_on=based_on, author=author,
                         note=f"rollback to version {version}", publish=True)
