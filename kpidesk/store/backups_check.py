"""Read a backup file without changing it: what it holds, and whether it can be restored.

A backup is read through a read-only connection (immutable when no -wal lies beside it, so
not even a -shm is made in the backups folder), and closed at once. Listing the backups
needs only SQLite's quick check and three counts; restoring one runs the full
`PRAGMA integrity_check` and asks Alembic whether this kpidesk knows the backup's schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.schema import HEAD_REVISION, alembic_config, check_sqlite_file

Fingerprint = tuple[int, datetime | None]
"""The workspace clock's tick and when the newest change was made: every write moves the
tick on (a restore moves it past the replaced workspace's), and the time tells apart two
workspaces that happen to stand at the same tick."""


@dataclass(frozen=True, slots=True)
class Counts:
    """What a backup holds, as the owner counts it: KPIs in use (archived ones are hidden),
    figures (every month's figure of every KPI and segment), targets in effect."""

    kpis: int
    figures: int
    targets: int


@dataclass(frozen=True, slots=True)
class BackupContents:
    revision: str | None
    counts: Counts
    fingerprint: Fingerprint | None
    """None for a backup from before the workspace clock (schema 0005)."""


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a backup, closed when the block ends."""
    uri = path.as_uri() + ("?mode=ro" if Path(f"{path}-wal").exists() else "?mode=ro&immutable=1")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        yield connection


def describe(path: Path) -> BackupContents:
    """The backup's schema revision, counts and fingerprint after SQLite's quick check; a file
    that is not a sound workspace raises WorkspaceRefused naming it."""
    check_sqlite_file(path)
    try:
        with read_only(path) as connection:
            return _contents(connection)
    except sqlite3.Error as error:
        raise _unreadable(path, error) from None


def check_backup(path: Path) -> BackupContents:
    """Refuse, naming the file, a backup that cannot be restored: missing, not a workspace,
    damaged (the full integrity check), empty, or made by a newer kpidesk."""
    if not path.is_file():
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "there is no backup file at {path}"),
                path=path,
            )
        )
    contents = describe(path)
    try:
        with read_only(path) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    except sqlite3.Error as error:
        raise _unreadable(path, error) from None
    if verdict != ["ok"]:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "{path} is damaged ({error}); it cannot be restored"),
                path=path,
                error="; ".join(verdict),
            )
        )
    if contents.revision is None:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "{path} holds no workspace; it cannot be restored"),
                path=path,
            )
        )
    if not known_revision(contents.revision):
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} was made by a newer version of kpidesk (schema {revision}); "
                    "update kpidesk to restore it",
                ),
                path=path,
                revision=contents.revision,
            )
        )
    return contents


def known_revision(revision: str) -> bool:
    """Whether this kpidesk's migrations know the revision (it is ours or older); Alembic is
    asked only for one that is not the newest."""
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def _contents(connection: sqlite3.Connection) -> BackupContents:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if "alembic_version" not in tables:
        return BackupContents(None, Counts(0, 0, 0), None)
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    revision = revisions[0] if len(revisions) == 1 else "+".join(revisions) or None
    counts = Counts(
        kpis=_count(connection, "SELECT count(*) FROM kpi WHERE archived = 0"),
        figures=_count(connection, "SELECT count(*) FROM measurement"),
        targets=_count(connection, "SELECT count(*) FROM target_change WHERE retracted_at IS NULL"),
    )
    fingerprint = None
    if "workspace_clock" in tables:
        tick = _count(connection, "SELECT tick FROM workspace_clock WHERE id = 1")
        newest = connection.execute("SELECT max(made_at) FROM change_set").fetchone()[0]
        fingerprint = (tick, datetime.fromisoformat(newest) if newest else None)
    return BackupContents(revision, counts, fingerprint)


def _count(connection: sqlite3.Connection, query: str) -> int:
    row = connection.execute(query).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _unreadable(path: Path, error: sqlite3.Error) -> WorkspaceRefused:
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP("messages", "{path} cannot be read as a workspace: {error}"),
            path=path,
            error=error,
        )
    )
