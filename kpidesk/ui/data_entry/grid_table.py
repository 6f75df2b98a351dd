"""The data-entry grid's table: the keys that make it work like a spreadsheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

if TYPE_CHECKING:
    from kpidesk.ui.data_entry.view import DataEntryView


class GridTable(QTableView):
    """Enter commits and moves down, as in a spreadsheet; Delete clears the selection; the
    menu key or Shift+F10 opens the cell's menu."""

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
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self._owner.delete_selection()
            return
        if _asks_for_menu(event) and not editing and self.currentIndex().isValid():
            # at the current cell, in the viewport's coordinates as a right click gives them
            # (Qt's own keyboard menu event comes in the table's, a header off)
            where = self.visualRect(self.currentIndex()).center()
            self.customContextMenuRequested.emit(where)
            return
        super().keyPressEvent(event)


def _asks_for_menu(event: QKeyEvent) -> bool:
    """The menu key, or Shift+F10 on a keyboard without one: the right click's menu (notes,
    history) for the keyboard."""
    shifted = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Menu or (shifted and event.key() == Qt.Key.Key_F10)
