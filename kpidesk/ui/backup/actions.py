"""The window's backups: File → Back up…, File → Restore…, and the automatic copy on close.

Every copy is made on the state's worker, so the window never waits on it. The copy on close
is queued before the workspace is closed (closing waits for the worker anyway): one SQLite
backup of a small file, made only when the workspace changed while the window was open, and
never of a server workspace, whose copy reads every row over the network.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from kpidesk.store.backups import automatic_backup
from kpidesk.store.clock import current_tick
from kpidesk.store.engine import WORKSPACE_SUFFIX
from kpidesk.store.errors import StoreError
from kpidesk.ui.messages import error_text

if TYPE_CHECKING:
    from kpidesk.ui.backup.restore_dialog import RestoreDialog
    from kpidesk.ui.main_window import MainWindow

_STATUS_SECONDS = 8


class BackupActions(QObject):
    reopenRequested = Signal(str, str)
    """The window's workspace (its path) was closed for a restore and must be opened afresh:
    restored, or left as it was by a restore that failed. The text, for the status bar, says
    what was restored and where the state before is kept."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.automatic = False
        """Whether closing writes an automatic backup: set by the application for the windows
        the owner opens, not for a window built by the self-test or a test."""
        self.closed = False
        self._opened_tick = window.state.tick

    def back_up_dialog(self) -> None:
        """Ask where to write a copy, offering `<workspace> YYYY-MM-DD.kpidesk`."""
        workspace, settings = self.window.state.workspace, self.window.state.snapshot.settings
        stem = workspace.path.stem if workspace.path else settings.workspace_name
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{stem} {date.today().isoformat()}{WORKSPACE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up"),
            str(suggested),
            self.tr("kpidesk workspaces (*{suffix})").format(suffix=WORKSPACE_SUFFIX),
        )
        if path:
            if not path.endswith(WORKSPACE_SUFFIX):
                path += WORKSPACE_SUFFIX
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> None:
        """Write the copy off the GUI thread; the status bar says when it is done."""
        workspace = self.window.state.workspace
        bar = self.window.statusBar()

        def failed(error: Exception) -> None:
            bar.clearMessage()
            QMessageBox.warning(self.window, self.tr("Backup failed"), error_text(error))

        bar.showMessage(self.tr("Backing up to {path}…").format(path=path))
        self.window.state.runner.run(
            lambda: workspace.backup(path),
            lambda _done: bar.showMessage(
                self.tr("Backed up to {path}.").format(path=path), _STATUS_SECONDS * 1000
            ),
            failed,
        )

    def restore_dialog(self) -> RestoreDialog:
        """Show the list of backups to restore one from."""
        from kpidesk.ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self, self.window)
        dialog.open()
        return dialog

    def close_for_restore(self) -> None:
        """Close the workspace so a restore can replace its file; no automatic copy: the
        restore keeps one of the state it replaces."""
        self.closed = True
        self.window.state.close()

    def close(self) -> None:
        """Close the window's workspace, after queuing the automatic copy when it is due."""
        if self.closed:
            return
        self.closed = True
        state = self.window.state
        workspace, opened_tick = state.workspace, self._opened_tick
        if self.automatic and workspace.path is not None:

            def back_up() -> None:
                try:
                    with workspace.reading() as session:
                        if current_tick(session) == opened_tick:
                            return
                    automatic_backup(workspace)
                except (StoreError, SQLAlchemyError, OSError) as error:  # the window is gone
                    print(f"kpidesk: no automatic backup was made: {error}", file=sys.stderr)

            state.runner.run(back_up)
        state.close()
