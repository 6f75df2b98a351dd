"""Open a workspace: one database per business, migrated and ready for transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.engine import create_workspace_engine, sqlite_file, workspace_url
from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.schema import backup_sqlite, check_sqlite_file, migrate


class Workspace:
    """A migrated workspace database. Create one session per user action, never share one
    between threads: `with workspace.transaction() as session: ...`."""

    def __init__(self, engine: Engine, url: str, backup: Path | None = None) -> None:
        self.engine = engine
        self.url = url
        self.path = sqlite_file(url)
        self.migration_backup = backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def backup(self, destination: Path) -> None:
        """A consistent copy of a SQLite workspace, safe while it is open."""
        if self.path is None:
            raise WorkspaceRefused(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "only a SQLite workspace can be backed up to a file"
                    )
                )
            )
        backup_sqlite(self.path, destination)

    def display_name(self) -> str:
        return self.path.name if self.path else self.engine.url.render_as_string(True)

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(location: str | Path | None = None) -> Workspace:
    """Open (creating if needed) and migrate a workspace, or raise WorkspaceRefused."""
    url = workspace_url(location)
    path = sqlite_file(url)
    if path is not None:
        if path.is_dir():
            raise WorkspaceRefused(
                message(
                    QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a workspace file"),
                    path=path,
                )
            )
        check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_workspace_engine(url)
    except Exception as error:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "cannot use '{location}' as a workspace: {error}"),
                location=location,
                error=error,
            )
        ) from None
    try:
        backup = migrate(engine, path)
    except WorkspaceRefused:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "cannot open workspace {url}: {error}"),
                url=url,
                error=error.orig,
            )
        ) from None
    return Workspace(engine, url, backup)
