"""File → Restore…: the workspace's automatic backups, newest first, with when each was made
and what it holds, and restoring the chosen one (or any backup file the owner picks).

Nothing here waits on the database: the list is read, the chosen backup checked and the
restore made on the dialog's own worker (the window's workspace is closed for the restore,
and with it the window's worker). A restore asks first, naming the backup's date; once it is
done the window opens the restored workspace afresh, the way opening a workspace does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.store.backups import (
    BackupEntry,
    BackupKind,
    backup_folder,
    describe_file,
    list_backups,
)
from kpidesk.store.backups_check import check_backup
from kpidesk.store.backups_restore import Restored, restore
from kpidesk.store.engine import WORKSPACE_SUFFIX
from kpidesk.ui.formatting import format_moment
from kpidesk.ui.messages import error_text, translated
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.runner import TaskRunner

if TYPE_CHECKING:
    from kpidesk.ui.backup.actions import BackupActions

COL_MADE, COL_KPIS, COL_FIGURES, COL_TARGETS, COL_NOTE = range(5)


class BackupsModel(RowsModel[BackupEntry]):
    CONTEXT = "BackupsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Made"),
        QT_TRANSLATE_NOOP("BackupsModel", "KPIs"),
        QT_TRANSLATE_NOOP("BackupsModel", "Figures"),
        QT_TRANSLATE_NOOP("BackupsModel", "Targets"),
        QT_TRANSLATE_NOOP("BackupsModel", "Note"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.path}\n{QLocale().formattedDataSize(entry.size)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_KPIS,
            COL_FIGURES,
            COL_TARGETS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: BackupEntry, column: int) -> str:
        if column == COL_MADE:
            return format_moment(entry.made)
        if column == COL_NOTE:
            if entry.problem is not None:
                return self.tr("Damaged: {reason}").format(reason=translated(entry.problem))
            if entry.kind is BackupKind.BEFORE_RESTORE:
                return self.tr("The workspace before a restore")
            return ""
        if entry.contents is None:
            return "—"
        counts = entry.contents.counts
        number = {COL_KPIS: counts.kpis, COL_FIGURES: counts.figures, COL_TARGETS: counts.targets}
        return QLocale().toString(number[column])


class RestoreDialog(QDialog):
    def __init__(self, actions: BackupActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setModal(True)
        self._actions = actions
        workspace = actions.window.state.workspace
        self._workspace = workspace.path
        self._folder = backup_folder(workspace.url)
        self.runner = TaskRunner(self)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        intro = QLabel(
            self.tr(
                "The automatic backups of {workspace}, newest first. Restoring one keeps the "
                "workspace as it is now as a backup first."
            ).format(workspace=workspace.display_name()),
            self,
        )
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("Reading the backups…"), self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 420)
        if self._workspace is None:
            self.status.setText(
                self.tr("A workspace on a server cannot be restored from a file here.")
            )
            self.choose_button.setEnabled(False)
            return
        folder = self._folder
        self.runner.run(lambda: list_backups(folder), self._listed, self._failed)

    def _listed(self, entries: list[BackupEntry]) -> None:
        self.model.set_rows(entries)
        self.status.setText(
            self.tr("Choose a backup and press Restore, or choose a backup file.")
            if entries
            else self.tr("There are no automatic backups yet: one is made when the window closes.")
        )

    def _selected(self) -> None:
        entry = self._selected_entry()
        self.restore_button.setEnabled(entry is not None and not entry.damaged)

    def _selected_entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and not entry.damaged:
            self.confirm(entry)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._folder),
            self.tr("kpidesk workspaces (*{suffix});;All files (*)").format(
                suffix=WORKSPACE_SUFFIX
            ),
        )
        if path:
            chosen = Path(path)
            self.runner.run(lambda: describe_file(chosen), self._chosen, self._failed)

    def _chosen(self, entry: BackupEntry) -> None:
        if entry.problem is not None:
            QMessageBox.warning(self, self.tr("Not restored"), translated(entry.problem))
            return
        self.confirm(entry)

    def confirm(self, entry: BackupEntry) -> None:
        """Ask, naming the backup's date, then check and restore it."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Restore the backup of {date}? The workspace as it is now is kept as a "
                "backup first."
            ).format(date=format_moment(entry.made)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._check(entry)

    def _check(self, entry: BackupEntry) -> None:
        """Check the backup while the window still has its workspace: one that cannot be
        restored is refused without closing anything."""
        self._busy(self.tr("Checking the backup…"))
        self.runner.run(
            lambda: check_backup(entry.path), lambda _contents: self._restore(entry), self._failed
        )

    def _restore(self, entry: BackupEntry) -> None:
        workspace = self._workspace
        assert workspace is not None
        self._busy(self.tr("Restoring…"))
        self._actions.close_for_restore()
        self.runner.run(
            lambda: restore(workspace, entry.path, self._folder),
            lambda restored: self._restored(entry, restored),
            lambda error: self._not_restored(workspace, error),
        )

    def _restored(self, entry: BackupEntry, restored: Restored) -> None:
        note = self.tr("Restored the backup of {date}.").format(date=format_moment(entry.made))
        if restored.before is not None:
            note += " " + self.tr("The workspace as it was is kept in {path}.").format(
                path=restored.before
            )
        self.accept()
        self._actions.reopenRequested.emit(str(restored.workspace), note)

    def _not_restored(self, workspace: Path, error: Exception) -> None:
        """The workspace was left as it was: say why, and open it again."""
        QMessageBox.warning(self, self.tr("Not restored"), error_text(error))
        self.reject()
        self._actions.reopenRequested.emit(str(workspace), "")

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))
        self.choose_button.setEnabled(True)
        self._selected()

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.choose_button.setEnabled(False)
        self.restore_button.setEnabled(False)
