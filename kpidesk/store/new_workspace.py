"""A workspace made for a command exists only if the command succeeded.

A mistyped `--db` for a command that fails (an import refused, a KPI that cannot be added)
must not leave an empty workspace behind for the owner to find, or open by mistake, later.
So a new workspace is built beside its place under a passing name and linked into place only
when the command is done and closed; otherwise it, and any folder made for it, is removed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.engine import sqlite_file, workspace_url
from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.workspace import Workspace, open_workspace

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class Opened:
    """The workspace of one command; set `keep` to False when a new one must not stay (the
    command refused, or only showed what it would do)."""

    workspace: Workspace
    keep: bool = True


@contextmanager
def opened_for_change(location: str | Path | None, create: bool) -> Iterator[Opened]:
    """The workspace for a command that changes it, closed afterwards. A missing file is made
    only with `create`, and kept only if the command kept it."""
    path = sqlite_file(workspace_url(location))
    if not create or path is None or path.exists():
        opened = Opened(open_workspace(location, create=create))
        try:
            yield opened
        finally:
            opened.workspace.close()
        return
    yield from _made_for_the_command(path)


def _made_for_the_command(path: Path) -> Iterator[Opened]:
    folders = _missing_folders(path.parent)
    passing = path.with_name(f".{path.name}.{os.getpid()}.new")
    kept = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        opened = Opened(open_workspace(passing))
        try:
            yield opened
        finally:
            opened.workspace.close()
        if opened.keep:
            _put_in_place(passing, path)
            kept = True
    finally:
        for suffix in ("", *_SIDE_FILES):
            with suppress(OSError):
                Path(f"{passing}{suffix}").unlink()
        if not kept:
            _remove_folders(folders)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that do not exist yet, deepest first (the order to remove them in)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_folders(folders: list[Path]) -> None:
    """Remove the folders made for a workspace that was not kept; one that could not be made,
    or that something else has since put a file into, stays as it is."""
    for folder in folders:
        with suppress(OSError):
            folder.rmdir()


def _put_in_place(passing: Path, path: Path) -> None:
    """Link the finished workspace to its name, never over a file another kpidesk made there
    meanwhile (a file system without hard links gets a rename, checked just before)."""
    try:
        os.link(passing, path)
    except FileExistsError:
        raise _made_meanwhile(path) from None
    except OSError:
        if path.exists():
            raise _made_meanwhile(path) from None
        os.replace(passing, path)


def _made_meanwhile(path: Path) -> WorkspaceRefused:
    return WorkspaceRefused(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} was created by another kpidesk meanwhile; nothing was written, "
                "run the command again",
            ),
            path=path,
        )
    )
