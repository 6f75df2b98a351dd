"""Bring a database to the current schema, or refuse it unchanged.

Opening an older workspace migrates it with Alembic after a backup made with SQLite's online
backup API; a workspace from a newer kpidesk, or a database that is not a kpidesk workspace at
all, is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import WorkspaceRefused

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"
KPIDESK_TABLE = "workspace_setting"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a kpidesk workspace, reading it only, before any engine
    (whose WAL setting would already change the file) touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
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
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "{path} cannot be read as a workspace: {error}"),
                path=path,
                error=error,
            )
        ) from None
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


def current_revision(engine: Engine) -> str | None:
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
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, sqlite_path: Path | None) -> Path | None:
    """Upgrade to the newest schema. Returns the backup taken before migrating, if any."""
    revision = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if revision is not None:
        try:
            script.get_revision(revision)
        except CommandError:
            raise WorkspaceRefused(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "this workspace was made by a newer version of kpidesk; "
                        "update kpidesk to open it (it was left unchanged)",
                    )
                )
            ) from None
    if revision == head_revision():
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


def backup_sqlite(source: Path, destination: Path) -> None:
    """Copy a live SQLite database consistently with SQLite's online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(destination)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
