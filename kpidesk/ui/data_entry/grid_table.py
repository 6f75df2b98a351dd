"""The data-entry grid's table: the keys that make it work like a spreadsheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

if TYPE_CHECKING:
    from kpidesk.ui.data_entry.view import DataEntryView


class GridTable(QTableView):
    """Enter commits and moves down, as in a spreadsheet; Delete clears the selection."""

    def __init__(self, owner: DataEntryView) -> None:
        super().__init__()
        self._owner = owner

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
        self._owner.editor_closed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self._owner.delete_selection()
            return
        super().keyPressEvent(event)
