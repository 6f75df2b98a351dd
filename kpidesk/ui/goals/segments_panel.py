"""Goals' Segments tab: the segment sets (Locations, People) and their segments.

Each action is one undo step through `usecases/segments.py`, the same as `kpidesk segment`:
a new segment (in a set chosen or typed, so a new set is made with its first segment: a set
without segments has nothing to track), a rename (the old name kept as an alias, so imports
still find it), archive and restore (history kept), and a merge into another segment of the
same set (its figures move there, it is archived).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kpidesk.domain.segments import Segment
from kpidesk.store.loading import Snapshot
from kpidesk.ui.commands import segment_command
from kpidesk.ui.contrast import hint_label
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.usecases.segments import SegmentChanged, archive, merge, new_segment, rename

SOURCE = "goals"
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1


_COLUMN_PADDING = 24
"""Room after the longest name and status, so the columns do not run into each other."""


class NewSegmentDialog(QDialog):
    """A segment's name and its set: one of the sets, or a new set's name typed in."""

    def __init__(self, sets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New segment"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Sofia or Maria"))
        self.set_box = QComboBox()
        self.set_box.setEditable(True)
        self.set_box.addItems(sets)
        if not sets:
            self.set_box.setEditText(self.tr("Locations"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Set:"), self.set_box)
        form.addRow("", hint_label(self.tr("Type a new set's name to start a set.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._check)
        self.set_box.editTextChanged.connect(self._check)
        self._check()
        self.resize(420, 0)

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip() and self.set_box.currentText().strip()))

    def chosen(self) -> tuple[str, str]:
        return self.name.text().strip(), self.set_box.currentText().strip()


class SegmentsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Segment"), self.tr("Status"), self.tr("Also known as")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAccessibleName(self.tr("Segment sets"))
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.tree.currentItemChanged.connect(self._enable)
        self.tree.itemDoubleClicked.connect(lambda *_: self.ask_rename())
        self.new_button = QPushButton(self.tr("New segment…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.new_button.clicked.connect(self.ask_new)
        self.rename_button.clicked.connect(self.ask_rename)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.merge_button.clicked.connect(self.ask_merge)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        self.empty = QLabel(
            self.tr(
                "No segments yet. Add your locations or people to type figures for each "
                "and compare them; then choose in a KPI's “Tracked by” which set it is split by."
            )
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        state.snapshotChanged.connect(self.show_snapshot)
        self.show_snapshot(state.snapshot)

    # --- showing ------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        chosen = self.selected()
        wanted = chosen.key if chosen else None
        self.tree.clear()
        for segment_set in snapshot.scorecard.segment_sets:
            top = QTreeWidgetItem([segment_set.name])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for segment in segment_set.segments:
                status = self.tr("archived") if segment.archived else self.tr("reporting")
                item = QTreeWidgetItem([segment.name, status, ", ".join(segment.aliases)])
                item.setData(0, SEGMENT_ROLE, segment)
                top.addChild(item)
                if segment.key == wanted:
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
            width = self.tree.columnWidth(column) + _COLUMN_PADDING
            self.tree.setColumnWidth(column, width)
        self.empty.setVisible(not snapshot.scorecard.segment_sets)
        self._enable()

    def selected(self) -> Segment | None:
        item = self.tree.currentItem()
        return item.data(0, SEGMENT_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        for item in self._items():
            if item.data(0, SEGMENT_ROLE).answers_to(name):
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                items += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return items

    def _enable(self) -> None:
        segment = self.selected()
        for button in (self.rename_button, self.archive_button, self.merge_button):
            button.setEnabled(segment is not None)
        if segment is not None:
            self.archive_button.setText(
                self.tr("Restore") if segment.archived else self.tr("Archive")
            )
            self.merge_button.setEnabled(bool(self._merge_targets(segment)))

    def _merge_targets(self, segment: Segment) -> list[str]:
        sets = self.state.snapshot.scorecard.segment_sets
        return [
            other.name
            for segment_set in sets
            if segment_set.name == segment.set_name
            for other in segment_set.active()
            if other.key != segment.key
        ]

    # --- asking -------------------------------------------------------------------------
    def ask_new(self) -> None:
        sets = [s.name for s in self.state.snapshot.scorecard.segment_sets]
        dialog = NewSegmentDialog(sets, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(*dialog.chosen())

    def ask_rename(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename segment"),
            self.tr("New name for {segment}:").format(segment=segment.name),
            text=segment.name,
        )
        if ok and name.strip() and name.strip() != segment.name:
            self.rename(segment.name, name.strip())

    def ask_merge(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        targets = self._merge_targets(segment)
        into, ok = QInputDialog.getItem(
            self,
            self.tr("Merge segment"),
            self.tr(
                "Merge {segment} into (its figures move there; it is archived, its name kept):"
            ).format(segment=segment.name),
            targets,
            0,
            False,
        )
        if ok and into:
            self.merge(segment.name, into)

    def toggle_archived(self) -> None:
        segment = self.selected()
        if segment is not None:
            self.set_archived(segment.name, not segment.archived)

    # --- doing (also the entry points for tests) ----------------------------------------
    def add(self, name: str, set_name: str) -> None:
        text = self.tr("Add segment {segment}").format(segment=name)
        self._push(text, lambda s: new_segment(s, name, set_name, SOURCE), name)

    def rename(self, name: str, new_name: str) -> None:
        text = self.tr("Rename {segment} to {name}").format(segment=name, name=new_name)
        self._push(text, lambda s: rename(s, name, new_name, SOURCE), new_name)

    def set_archived(self, name: str, archived: bool) -> None:
        template = self.tr("Archive {segment}") if archived else self.tr("Restore {segment}")
        text = template.format(segment=name)
        self._push(text, lambda s: archive(s, name, archived, SOURCE), name)

    def merge(self, name: str, into: str) -> None:
        text = self.tr("Merge {segment} into {into}").format(segment=name, into=into)
        self._push(text, lambda s: merge(s, name, into, SOURCE), into)

    def _push(self, text: str, action: Callable[[Session], SegmentChanged], select: str) -> None:
        def done() -> None:
            self.select(select)

        command = segment_command(self.state, text, action, done, self._not_saved)
        self.state.undo_stack.push(command)

    def _not_saved(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
