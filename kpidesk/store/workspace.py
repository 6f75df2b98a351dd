"""Open a workspace: one database per business, migrated and ready for transactions.

A workspace is one file. Every connection is closed when the workspace is, and the -wal is
folded back into the file first, so the owner can copy, mail or back up that file alone.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.clock import advance_clock
from kpidesk.store.engine import (
    Access,
    create_workspace_engine,
    hidden_password,
    one_line,
    reading_engine,
    server_gone,
    sqlite_file,
    workspace_url,
)
from kpidesk.store.errors import StoreError, WorkspaceRefused
from kpidesk.store.identity import computer_name, system_user
from kpidesk.store.schema import (
    HEAD_REVISION,
    backup_sqlite,
    check_sqlite_file,
    migrate,
)

_CHECKPOINT_PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)"
_CHECKPOINT_TRUNCATE = "PRAGMA wal_checkpoint(TRUNCATE)"
"""A PRAGMA takes no bound parameter; its two forms are written out whole."""


class Workspace:
    """A migrated workspace database. Create one session per user action, never share one
    between threads: `with workspace.transaction() as session: ...`."""

    def __init__(
        self, engine: Engine, url: str, backup: Path | None = None, read_only: bool = False
    ) -> None:
        self.engine = engine
        self.url = url
        self.path = sqlite_file(url)
        self.migration_backup = backup
        self.read_only = read_only
        self.author = system_user()
        """Who the changes made here are recorded as; the window sets the name from its
        settings when the owner gave one."""
        self.computer = computer_name()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reading_sessions = sessionmaker(reading_engine(engine), expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction: it takes no write lock (a plain BEGIN on SQLite), so a
        snapshot load, a preview or an export never makes a typed edit wait, and what it
        reads is one consistent moment of the workspace. It never writes: it is rolled back
        when the block ends. A server that cannot be reached is said in one line."""
        try:
            with self._reading_sessions() as session:
                yield session
        except DBAPIError as error:
            if not server_gone(error):
                raise
            raise self._unreachable(error) from None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.
        It first moves the workspace clock on (`store/clock.py`), which makes writers take
        turns; `session.info["tick"]` is the tick it moved to, and who is writing from where
        is in `session.info` for the change sets it starts. A database that cannot take the
        change (a full disk, a file that cannot be written, a server gone) is said in one
        line; the rollback left the workspace as it was."""
        try:
            with self._sessions.begin() as session:
                session.info.update(author=self.author, computer=self.computer)
                session.info["tick"] = advance_clock(session)
                yield session
        except OperationalError as error:
            if server_gone(error):
                raise self._unreachable(error) from None
            raise StoreError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "could not save to {workspace}: {error}; nothing was changed"
                    ),
                    workspace=self.display_name(),
                    error=one_line(error.orig),
                )
            ) from None

    def _unreachable(self, error: DBAPIError) -> StoreError:
        """A server that is down, unreachable or dropped the connection: nothing that was
        being written landed, and the next action connects again, so it can be tried again."""
        return StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the server of {workspace} cannot be reached ({error}); nothing was "
                    "changed: try again once it answers",
                ),
                workspace=self.display_name(),
                error=one_line(error.orig),
            )
        )

    def backup(self, destination: Path) -> None:
        """A consistent copy of the workspace in one self-contained workspace file, safe while
        it is open and others write: SQLite's online backup of a file, a copy of every row of
        a server's workspace (`store/copy.py`). It replaces only an earlier backup, and one
        that fails leaves no file."""
        from kpidesk.store.copy import copy_to_file, refuse_destination

        refuse_destination(self, destination)
        if self.path is None:
            copy_to_file(self, destination)
        else:
            backup_sqlite(self.path, destination)

    def display_name(self) -> str:
        """The file's name, or the server URL without its password."""
        return self.path.name if self.path else hidden_password(self.url)

    def close(self) -> None:
        """Fold the -wal into the file, then close every connection (the last one to close
        removes the -wal and -shm)."""
        if self.path is not None:
            self._checkpoint()
        self.engine.dispose()

    def _checkpoint(self) -> None:
        """Copy every committed change into the file and empty the -wal, even while another
        kpidesk has the workspace open. A reader only copies what it can without waiting
        (PASSIVE), so it never waits for a writer. A checkpoint that cannot run (a file
        opened read-only, a full disk) loses nothing: the changes stay safe in the -wal and
        the next kpidesk to close the workspace folds them in."""
        statement = _CHECKPOINT_PASSIVE if self.read_only else _CHECKPOINT_TRUNCATE
        try:
            connection = self.engine.raw_connection()
        except DBAPIError:
            return
        try:
            connection.cursor().execute(statement)
        except sqlite3.Error:
            return
        finally:
            connection.close()


def no_workspace(path: Path) -> WorkspaceRefused:
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "there is no workspace at {path} (check --db); nothing was created",
            ),
            path=path,
        )
    )


def open_workspace(location: str | Path | None = None, *, create: bool = True) -> Workspace:
    """Open and migrate a workspace for changes, or raise WorkspaceRefused. A missing file is
    made only with `create`; a file that exists is checked before anything is written."""
    url = workspace_url(location)
    path = sqlite_file(url)
    access = Access.CREATE
    if path is not None:
        _refuse_folder(path)
        if path.exists():
            check_sqlite_file(path)
            _refuse_read_only(path)
            access = Access.WRITE
        elif not create:
            raise no_workspace(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(url, location, access)
    backup = _migrated(engine, url, path)
    return Workspace(engine, url, backup)


def open_for_reading(location: str | Path | None = None) -> Workspace:
    """Open a workspace to read it: without the write lock (a plain BEGIN, which in WAL mode
    never waits for a writer), even from a file or folder that cannot be written, and never
    creating one. An older workspace is migrated first when it can be written; one that
    cannot be written is read as it is when every read understands its revision."""
    url = workspace_url(location)
    path = sqlite_file(url)
    if path is None:
        return open_workspace(location, create=False)
    _refuse_folder(path)
    if not path.exists():
        raise no_workspace(path)
    check_sqlite_file(path)
    engine = _engine(url, location, Access.READ)
    try:
        revision = _revision(engine, url)
    except WorkspaceRefused:
        engine.dispose()
        raise
    if revision == HEAD_REVISION:
        return Workspace(engine, url, read_only=True)
    engine.dispose()
    if not _writable(path):
        raise _older_read_only(path)
    return open_workspace(location, create=False)


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a workspace file"),
                path=path,
            )
        )


def _older_read_only(path: Path) -> WorkspaceRefused:
    """Every read reads the newest schema (who made each change, the workspace clock), so an
    older workspace is read only once it is brought up to date, which takes writing it."""
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} was made by an older kpidesk and must be updated before it is read, "
                "but it is read-only; copy it to a folder you can write and open the copy",
            ),
            path=path,
        )
    )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _refuse_read_only(path: Path) -> None:
    """A change needs the file and its folder (for the -wal) writable; asked first, so a
    refused change leaves no -wal or -shm beside a read-only workspace."""
    if not _writable(path):
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is read-only (the file or its folder cannot be written); "
                    "nothing was changed",
                ),
                path=path,
            )
        )


def _engine(url: str, location: str | Path | None, access: Access) -> Engine:
    try:
        return create_workspace_engine(url, access)
    except Exception as error:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP("messages", "cannot use '{location}' as a workspace: {error}"),
                location=hidden_password(str(location)),
                error=error,
            )
        ) from None


def _migrated(engine: Engine, url: str, path: Path | None) -> Path | None:
    """Migrate, or dispose of the engine and refuse in one line."""
    try:
        return migrate(engine, path)
    except WorkspaceRefused:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise _cannot_open(url, error) from None


def _revision(engine: Engine, url: str) -> str | None:
    from kpidesk.store.schema import current_revision

    try:
        return current_revision(engine)
    except DBAPIError as error:
        raise _cannot_open(url, error) from None


def _cannot_open(url: str, error: DBAPIError) -> WorkspaceRefused:
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP("messages", "cannot open workspace {url}: {error}"),
            url=hidden_password(url),
            error=one_line(error.orig),
        )
    )
