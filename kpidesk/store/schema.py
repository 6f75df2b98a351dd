"""Bring a database to the current schema, or refuse it unchanged.

Opening an older workspace migrates it with Alembic after a backup made with SQLite's online
backup API; a workspace from a newer kpidesk, or a database that is not a kpidesk workspace at
all, is refused before anything is written to it.

Alembic is imported only when a workspace is created or migrated: importing it costs about
80 ms (it brings Mako and the DDL support of every dialect), which every command would pay for
nothing when the workspace is already current. Whether it is current is answered by comparing
`HEAD_REVISION` with the `alembic_version` table in plain SQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.store.errors import WorkspaceRefused

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"
KPIDESK_TABLE = "workspace_setting"

HEAD_REVISION = "0006"
"""The newest revision in `migrations/versions`, written down so that opening a current
workspace needs no Alembic; a test fails when a migration is added without updating it."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the migration scripts (imports Alembic); opening a
    workspace compares with `HEAD_REVISION` instead, which a test keeps equal to this."""
    return _script_directory().get_heads()[0]


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a sound kpidesk workspace, reading it only, before any engine
    (whose WAL setting would already change the file) touches it. An empty file is refused
    too: it holds no workspace, and filling it would hide that a copy or download failed."""
    size = path.stat().st_size
    if size == 0:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is empty (0 bytes), not a workspace; it was left unchanged"
                ),
                path=path,
            )
        )
    with path.open("rb") as handle:
        magic = handle.read(len(_SQLITE_MAGIC))
    if magic != _SQLITE_MAGIC:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is not a kpidesk workspace (it is not a SQLite database)"
                ),
                path=path,
            )
        )
    names = _checked_table_names(path)
    if names and not {"alembic_version", KPIDESK_TABLE} <= names:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is a SQLite database but not a kpidesk workspace; "
                    "it was left unchanged",
                ),
                path=path,
            )
        )


def _checked_table_names(path: Path) -> set[str]:
    """The file's tables, after SQLite's quick check of every page. The connection is
    read-only (immutable when no -wal exists, so not even a -shm is made beside a file that
    turns out damaged) and closed here: one left open keeps the last writer from folding
    the -wal back into the file."""
    uri = path.as_uri() + ("?mode=ro" if Path(f"{path}-wal").exists() else "?mode=ro&immutable=1")
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
            if verdict != ["ok"]:
                raise sqlite3.DatabaseError("; ".join(verdict))
            return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.OperationalError as error:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "{path} cannot be read as a workspace: {error}"),
                path=path,
                error=error,
            )
        ) from None
    except sqlite3.DatabaseError as error:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is damaged ({error}); it was left unchanged: "
                    "restore it from a backup copy",
                ),
                path=path,
                error=error,
            )
        ) from None


def current_revision(engine: Engine) -> str | None:
    """The workspace's revision, read with plain SQL; None for an empty database."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return None
        if not {"alembic_version", KPIDESK_TABLE} <= tables:
            raise WorkspaceRefused(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{url} holds tables that are not a kpidesk workspace; "
                        "it was left unchanged",
                    ),
                    url=engine.url.render_as_string(hide_password=True),
                )
            )
        return _stamped_revision(connection)


def _stamped_revision(connection: Connection) -> str | None:
    """The one row of `alembic_version`. kpidesk's migrations never branch, so more than one
    row can only come from a newer kpidesk."""
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise WorkspaceRefused(_made_by_newer_version())
    return rows[0] if rows else None


def _made_by_newer_version() -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "messages",
            "this workspace was made by a newer version of kpidesk; "
            "update kpidesk to open it (it was left unchanged)",
        )
    )


MIGRATION_LOCK = 0x6B706964
"""The PostgreSQL advisory lock key every kpidesk takes around creating or migrating."""


def migrate(engine: Engine, sqlite_path: Path | None) -> Path | None:
    """Upgrade to the newest schema. Returns the backup taken before migrating, if any.
    A workspace already at `HEAD_REVISION` is left as it is without importing Alembic.

    Several desktops may open a new or older database at once: on PostgreSQL each waits for
    the migration advisory lock and reads the revision again once it holds it, so one
    migrates and the others find the work done. On SQLite the migration's own transaction
    (BEGIN IMMEDIATE) does the same, and Alembic reads the revision inside it."""
    if current_revision(engine) == HEAD_REVISION:
        return None
    with _migration_lock(engine):
        revision = current_revision(engine)
        if revision == HEAD_REVISION:
            return None
        return _upgrade(engine, sqlite_path, revision)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()


def _upgrade(engine: Engine, sqlite_path: Path | None, revision: str | None) -> Path | None:
    """Create the schema of an empty database, or back up and migrate an older workspace."""
    from alembic import command

    script = _script_directory()
    if revision is not None:
        _refuse_unknown_revision(script, revision)
        if revision == script.get_heads()[0]:
            return None
    backup = None
    if revision is not None and sqlite_path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_path.with_name(f"{sqlite_path.name}.before-{revision}-{stamp}.bak")
        backup_sqlite(sqlite_path, backup)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _refuse_unknown_revision(script: ScriptDirectory, revision: str) -> None:
    """A revision the scripts do not know was made by a newer kpidesk."""
    from alembic.util.exc import CommandError

    try:
        script.get_revision(revision)
    except CommandError:
        raise WorkspaceRefused(_made_by_newer_version()) from None


def backup_sqlite(source: Path, destination: Path) -> None:
    """Copy a live SQLite database consistently with SQLite's online backup API.

    The copy is written beside the destination under a passing name and put in place only
    when complete, so a backup that fails (a full disk) leaves no half copy that looks good
    and never replaces an earlier one; the failure is one line saying nothing was changed."""
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(source)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise backup_failed(destination, error) from None


def backup_failed(destination: Path, error: object) -> WorkspaceRefused:
    """A backup that could not be made: no copy was put in place, the workspace is as it was."""
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "could not make the backup {destination}: {error}; nothing was changed",
            ),
            destination=destination,
            error=error,
        )
    )
