"""Restore a workspace file from a backup, keeping what it replaces.

The order makes every failure harmless: the backup is checked first (integrity, schema); the
workspace as it stands is copied into its backups folder (`... before restore.kpidesk`); the
backup is copied with SQLite's backup API into a passing file beside the workspace, migrated
there when it is older, and only then renamed over the workspace. Until that rename the
workspace is untouched; after it, the file holds the backup whole. No -wal or -shm of the old
content stays beside it: the workspace is folded into its file first (a damaged one's -wal
goes with its copy), and a -wal that cannot be folded means another kpidesk has it open,
which refuses the restore.

The restored workspace's clock is moved past both the replaced workspace's and the backup's,
so a window that knew the old workspace sees that everything changed, and the next automatic
backup is not skipped as "nothing changed".
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.backups import BackupKind, backup_folder, copy_name
from kpidesk.store.backups_check import BackupContents, check_backup, read_only
from kpidesk.store.engine import (
    Access,
    create_workspace_engine,
    one_line,
    sqlite_file,
    workspace_url,
)
from kpidesk.store.errors import StoreError, WorkspaceRefused
from kpidesk.store.schema import backup_sqlite, check_sqlite_file, migrate
from kpidesk.store.workspace import Workspace

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Restored:
    workspace: Path
    backup: Path
    before: Path | None
    """The copy of the workspace as it was; None when there was no workspace file yet."""
    contents: BackupContents


def workspace_damage(location: str | Path | None) -> StoreError | None:
    """Why the workspace file cannot be opened (empty, not a workspace, damaged), or None when
    it is sound, missing or on a server: the case where a good backup is worth offering."""
    path = sqlite_file(workspace_url(location))
    if path is None or not path.is_file():
        return None
    try:
        check_sqlite_file(path)
    except WorkspaceRefused as error:
        return error
    return None


def restore(
    location: str | Path | None,
    backup: Path,
    folder: Path | None = None,
    now: datetime | None = None,
) -> Restored:
    """Replace the workspace file with the backup, after keeping a copy of it; raises a
    StoreError naming the file, with the workspace unchanged, when the backup cannot be
    restored or the workspace is open elsewhere."""
    url = workspace_url(location)
    path = sqlite_file(url)
    if path is None:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a server workspace cannot be restored from a file; open the backup "
                    "with --db instead (nothing was changed)",
                )
            )
        )
    contents = check_backup(backup)
    if path.exists() and backup.resolve() == path.resolve():
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is the workspace itself; choose a backup of it"
                ),
                path=backup,
            )
        )
    before = None
    tick = 0
    if path.exists():
        before = (folder or backup_folder(url)) / copy_name(
            now or datetime.now(), BackupKind.BEFORE_RESTORE
        )
        tick = _set_aside(path, before)
    _put_in_place(backup, path, tick)
    return Restored(path, backup, before, contents)


def _set_aside(path: Path, before: Path) -> int:
    """Copy the workspace to `before`; its clock's tick (0 for a damaged one). A sound
    workspace is copied with the backup API after it was folded into its file; a damaged one,
    which SQLite cannot copy and no kpidesk can have open, byte for byte with its -wal."""
    if workspace_damage(path) is not None:
        try:
            before.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal"):
                if Path(f"{path}{suffix}").exists():
                    shutil.copyfile(f"{path}{suffix}", f"{before}{suffix}")
        except OSError as error:
            raise _failed(path, error) from None
        return 0
    tick = _fold(path)
    backup_sqlite(path, before)
    return tick


def _fold(path: Path) -> int:
    """Fold the -wal into the file and read the clock; refuse while another kpidesk has the
    workspace open (its connection keeps the -wal when ours closes)."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = connection.execute("SELECT tick FROM workspace_clock WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        row = None
    except sqlite3.Error as error:
        raise _failed(path, error) from None
    if Path(f"{path}-wal").exists():
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is open in another kpidesk; close it there and restore again "
                    "(nothing was changed)",
                ),
                path=path,
            )
        )
    return int(row[0]) if row else 0


def _put_in_place(backup: Path, path: Path, tick: int) -> None:
    """Copy the backup beside the workspace, bring it up to date, rename it over the
    workspace; a failure removes the passing copy and leaves the workspace as it was."""
    passing = path.with_name(f".{path.name}.{os.getpid()}.restoring")
    done = False
    try:
        _remove(passing)
        path.parent.mkdir(parents=True, exist_ok=True)
        with read_only(backup) as source, closing(sqlite3.connect(passing)) as copy:
            source.backup(copy)
        _bring_up_to_date(passing, tick)
        for suffix in _SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(passing, path)
        done = True
    except (sqlite3.Error, OSError) as error:
        raise _failed(path, error) from None
    except DBAPIError as error:
        raise _failed(path, one_line(error.orig)) from None
    finally:
        if not done:
            _remove(passing)


def _bring_up_to_date(passing: Path, tick: int) -> None:
    """Migrate an older backup (no extra copy: the backup file itself is that), move the
    clock past `tick`, and fold the -wal into the file."""
    url = workspace_url(passing)
    engine = create_workspace_engine(url, Access.WRITE)
    try:
        migrate(engine, None)
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE workspace_clock SET tick = max(tick, :tick) + 1 WHERE id = 1"),
                {"tick": tick},
            )
    finally:
        Workspace(engine, url).close()


def _remove(passing: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with suppress(OSError):
            Path(f"{passing}{suffix}").unlink()


def _failed(path: Path, error: object) -> StoreError:
    return StoreError(
        message(
            QT_TRANSLATE_NOOP(
                "messages", "could not restore {path}: {error}; the workspace was left unchanged"
            ),
            path=path,
            error=error,
        )
    )
