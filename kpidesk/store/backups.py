"""Automatic backups: where a workspace's copies live, writing one on close, and keeping a week
of days and a year of months of them.

Each workspace has its own folder under the user data folder's `backups`, named by the
workspace file's stem and a short hash of its resolved path (`shop-1a2b3c4d`), so two
workspaces called `shop` in different folders never share copies and the owner can still
tell which folder is whose. A copy's name is when it was made (`2026-03-31 18-05-12.kpidesk`);
a copy taken just before a restore adds ` before restore`. Pruning reads only these names and
deletes only automatic daily copies: a copy taken before a restore, and any file kpidesk did
not name, stays.
"""

from __future__ import annotations

import hashlib
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import func, select

from kpidesk.domain.messages import Message
from kpidesk.store.backups_check import (
    BackupContents,
    Fingerprint,
    check_backup,
    describe,
)
from kpidesk.store.clock import current_tick
from kpidesk.store.engine import WORKSPACE_SUFFIX, sqlite_file, without_password, workspace_url
from kpidesk.store.errors import StoreError
from kpidesk.store.models import ChangeSet
from kpidesk.store.workspace import Workspace

STAMP = "%Y-%m-%d %H-%M-%S"
"""When a copy was made, as its file name says it (no colon: Windows refuses one)."""
BEFORE_RESTORE = " before restore"
DAYS_KEPT = 7
MONTHS_KEPT = 12
_NAMED = re.compile(
    r"^(\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2})( before restore)?" + re.escape(WORKSPACE_SUFFIX) + "$"
)
_HASH_LENGTH = 8
_STEM_LENGTH = 40


class BackupKind(Enum):
    DAILY = "daily"
    """Written when the window closed."""
    BEFORE_RESTORE = "before restore"
    """The workspace as it was just before a restore replaced it."""
    OTHER = "other"
    """A workspace file put into the folder by hand."""


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    made: datetime
    size: int
    kind: BackupKind
    contents: BackupContents | None
    """None when the file is not a readable workspace; `problem` then says why."""
    problem: Message | str | None = None

    @property
    def damaged(self) -> bool:
        return self.contents is None


def backups_root() -> Path:
    """The `backups` folder in the platform's user data folder (platformdirs is imported here:
    only a backup or a restore needs it)."""
    import platformdirs

    return platformdirs.user_data_path("kpidesk", appauthor=False) / "backups"


def backup_folder(location: str | Path | None) -> Path:
    """The folder of one workspace's automatic backups (a path or a server URL; None is the
    default workspace)."""
    url = workspace_url(location)
    path = sqlite_file(url)
    if path is not None:
        identity, stem = str(path.resolve()), path.stem
    else:
        identity = without_password(url)
        stem = identity.rsplit("/", 1)[-1].split("?", 1)[0] or "server"
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
    return backups_root() / f"{_safe(stem)}-{digest}"


def _safe(stem: str) -> str:
    """A name every file system takes: letters (of any script), digits, `-`, `_` and `.`."""
    kept = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem).strip("._")
    return kept[:_STEM_LENGTH] or "workspace"


def copy_name(made: datetime, kind: BackupKind = BackupKind.DAILY) -> str:
    tail = BEFORE_RESTORE if kind is BackupKind.BEFORE_RESTORE else ""
    return f"{made.strftime(STAMP)}{tail}{WORKSPACE_SUFFIX}"


def automatic_backup(
    workspace: Workspace, folder: Path | None = None, now: datetime | None = None
) -> Path | None:
    """Write today's copy of the workspace into its backups folder, then prune the folder;
    the copy written, or None when nothing changed since the newest backup.

    "Nothing changed" compares the workspace's fingerprint (the clock's tick and the time of
    the newest change, see `Fingerprint`) with the newest backup's, read from the copy: one
    row each, where comparing contents would read both files whole. The copy is made with
    `Workspace.backup` (SQLite's online backup of a file, every row of a server workspace),
    which writes it under a passing name and renames it into place only when complete."""
    folder = folder or backup_folder(workspace.url)
    now = now or datetime.now()
    written = None
    if _fingerprint(workspace) != _newest_fingerprint(folder):
        written = folder / copy_name(now)
        workspace.backup(written)
    prune(folder, now.date())
    return written


def _fingerprint(workspace: Workspace) -> Fingerprint:
    with workspace.reading() as session:
        newest = session.scalar(select(func.max(ChangeSet.made_at)))
        return current_tick(session), newest


def _newest_fingerprint(folder: Path) -> Fingerprint | None:
    """The newest copy's fingerprint; None when there is none, or it cannot be read."""
    named = _named(folder)
    if not named:
        return None
    try:
        return describe(named[0][0]).fingerprint
    except (StoreError, OSError):
        return None


def prune(folder: Path, today: date) -> list[Path]:
    """Delete the daily copies `kept` does not keep; the copies deleted."""
    daily = [(path, made) for path, made, kind in _named(folder) if kind is BackupKind.DAILY]
    keep = kept([made for _path, made in daily], today)
    removed = []
    for path, made in daily:
        if made not in keep:
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def kept(made: list[datetime], today: date) -> set[datetime]:
    """Which copies stay: the newest of each of the last `DAYS_KEPT` days (today included),
    the newest of each of the last `MONTHS_KEPT` months (this one included), and any dated
    after today (a clock put back must not cost the owner their newest copies)."""
    first_day = today - timedelta(days=DAYS_KEPT - 1)
    this_month = today.year * 12 + today.month - 1
    newest: dict[object, datetime] = {}
    keep = {moment for moment in made if moment.date() > today}
    for moment in made:
        day = moment.date()
        month = day.year * 12 + day.month - 1
        keys: list[object] = []
        if first_day <= day <= today:
            keys.append(day)
        if this_month - MONTHS_KEPT < month <= this_month and day <= today:
            keys.append(month)
        for key in keys:
            if key not in newest or moment > newest[key]:
                newest[key] = moment
    return keep | set(newest.values())


def _named(folder: Path) -> list[tuple[Path, datetime, BackupKind]]:
    """The copies kpidesk named in the folder, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAMED.match(path.name)
        if match and path.is_file():
            kind = BackupKind.BEFORE_RESTORE if match.group(2) else BackupKind.DAILY
            found.append((path, datetime.strptime(match.group(1), STAMP), kind))
    return sorted(found, key=lambda item: item[1], reverse=True)


def list_backups(folder: Path) -> list[BackupEntry]:
    """Every workspace file in the folder, newest first, with when it was made (from its name,
    else the file's time), its size and what it holds; one that cannot be read is listed as
    damaged with the reason."""
    if not folder.is_dir():
        return []
    named = {path: (made, kind) for path, made, kind in _named(folder)}
    entries = []
    for path in folder.glob(f"*{WORKSPACE_SUFFIX}"):
        if path.name.startswith(".") or not path.is_file():
            continue
        stat = path.stat()
        made, kind = named.get(path, (datetime.fromtimestamp(stat.st_mtime), BackupKind.OTHER))
        entries.append(_entry(path, made, stat.st_size, kind))
    return sorted(entries, key=lambda entry: entry.made, reverse=True)


def describe_file(path: Path) -> BackupEntry:
    """One backup file the owner chose, described like a listed one."""
    stat = path.stat()
    return _entry(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, BackupKind.OTHER)


def _entry(path: Path, made: datetime, size: int, kind: BackupKind) -> BackupEntry:
    try:
        contents = describe(path)
    except StoreError as error:
        return BackupEntry(path, made, size, kind, None, error.message or str(error))
    except OSError as error:
        return BackupEntry(path, made, size, kind, None, str(error))
    return BackupEntry(path, made, size, kind, contents)


def latest_good_backup(location: str | Path | None) -> BackupEntry | None:
    """The newest backup of the workspace that passes `check_backup`, for a workspace that
    cannot be opened; None when there is none."""
    for entry in list_backups(backup_folder(location)):
        if entry.damaged:
            continue
        try:
            check_backup(entry.path)
        except StoreError:
            continue
        return entry
    return None
