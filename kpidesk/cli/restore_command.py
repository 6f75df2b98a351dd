"""`kpidesk restore FROM.kpidesk` and `kpidesk restore --list`.

The command opens no workspace itself: a restore replaces the workspace file, which must then
be closed everywhere (the store refuses while another kpidesk has it open), and listing reads
only the backups folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpidesk.cli.parser import EXIT_REFUSED
from kpidesk.store.backups import BackupEntry, BackupKind, backup_folder, list_backups
from kpidesk.store.backups_check import Counts
from kpidesk.store.backups_restore import restore
from kpidesk.store.engine import hidden_password, sqlite_file, workspace_url


def cmd_restore(location: str | Path | None, args: argparse.Namespace) -> int:
    """Restore the named backup into the workspace, or list the workspace's backups."""
    if args.list == bool(args.file):
        print(
            "kpidesk: name the backup to restore (restore FROM.kpidesk), "
            "or list the automatic backups with `restore --list`",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.list:
        return _list(location)
    restored = restore(location, Path(args.file).expanduser())
    counts = _counts(restored.contents.counts)
    before = (
        f"the workspace as it was is kept in {restored.before}"
        if restored.before is not None
        else "there was no workspace there before"
    )
    print(f"Restored {restored.workspace} from {restored.backup} ({counts}); {before}.")
    return 0


def _list(location: str | Path | None) -> int:
    folder = backup_folder(location)
    entries = list_backups(folder)
    url = workspace_url(location)
    workspace = sqlite_file(url) or hidden_password(url)
    if not entries:
        print(f"No backups of {workspace} yet; they are kept in {folder}.")
        return 0
    print(f"Backups of {workspace} in {folder}, newest first:")
    for entry in entries:
        print(_line(entry))
    return 0


def _line(entry: BackupEntry) -> str:
    """`2026-03-31 18:05  12 KPIs, 563 figures, 33 targets  (before restore)  PATH`."""
    made = entry.made.strftime("%Y-%m-%d %H:%M")
    what = f"damaged: {entry.problem}" if entry.contents is None else _counts(entry.contents.counts)
    kind = "  (before restore)" if entry.kind is BackupKind.BEFORE_RESTORE else ""
    return f"{made}  {what}{kind}  {entry.path}"


def _counts(counts: Counts) -> str:
    return (
        f"{_plural(counts.kpis, 'KPI')}, {_plural(counts.figures, 'figure')}, "
        f"{_plural(counts.targets, 'target')}"
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
