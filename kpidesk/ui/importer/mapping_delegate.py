"""The combo that edits a label's KPI in the mapping table: existing KPIs, a new KPI, Ignore.

The view keeps one open in every row, so the owner sees at once that each label is a choice;
a label not decided yet shows "Choose a KPI" greyed out and commits nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.ui.importer.mapping_model import (
    KPI_PREFIX,
    UNSET,
    MappingModel,
    choice_text,
    kpi_choice,
)


class MappingDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kpi_names: list[str] = []

    def set_kpi_names(self, names: list[str]) -> None:
        self._kpi_names = sorted(names, key=str.casefold)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setPlaceholderText(choice_text(UNSET))
        model = index.model()
        extra = model.choices_for(index.row()) if isinstance(model, MappingModel) else []
        for choice in extra:
            combo.addItem(choice_text(choice), choice)
        if extra:
            combo.insertSeparator(combo.count())
        combo.addItems(self._kpi_names)
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        choice = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(choice)
        if found < 0 and isinstance(choice, str) and choice.startswith(KPI_PREFIX):
            found = editor.findText(choice.removeprefix(KPI_PREFIX), Qt.MatchFlag.MatchExactly)
        editor.setCurrentIndex(found)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        choice = _choice(editor)
        if choice is not None:
            model.setData(index, choice, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Tab leaves the combo for the next control, as in a form: the item delegate's own
        handling moves to the next cell, and with a combo open in every row Tab would then
        never leave the table."""
        keys = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(event, QKeyEvent) and event.key() in keys:
            return False
        return super().eventFilter(editor, event)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)


def _choice(combo: QComboBox) -> str | None:
    """The chosen item's choice: an extra choice carries its own; a KPI name (added all at
    once, without data, so that a thousand combos of a thousand KPIs open quickly) is that
    KPI's choice."""
    if combo.currentIndex() < 0:
        return None
    data = combo.currentData()
    return data if data is not None else kpi_choice(combo.currentText())
