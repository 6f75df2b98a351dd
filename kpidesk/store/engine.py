"""Engines: where a workspace lives and the per-connection settings it needs.

SQLite-only statements live in the one connect hook here, so the rest of the store stays
dialect-neutral and a team can point kpidesk at PostgreSQL with `--db postgresql://...`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

WORKSPACE_SUFFIX = ".kpidesk"
BUSY_TIMEOUT_MS = 15_000


def default_workspace_path() -> Path:
    """The owner's workspace in the platform's user data folder. platformdirs is imported
    here because only a command without `--db` needs it."""
    import platformdirs

    return platformdirs.user_data_path("kpidesk", appauthor=False) / f"workspace{WORKSPACE_SUFFIX}"


def workspace_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL for `--db`: a path, a URL, or None for the default workspace."""
    if location is None:
        location = default_workspace_path()
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_workspace_engine(url: str) -> Engine:
    """An engine whose SQLite connections enforce foreign keys, use WAL, wait when busy, and
    start every transaction with BEGIN IMMEDIATE so a second writer waits instead of failing."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _install_sqlite_hooks(engine, in_memory=sqlite_file(url) is None)
    return engine


def _install_sqlite_hooks(engine: Engine, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
