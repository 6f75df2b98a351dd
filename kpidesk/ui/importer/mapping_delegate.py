"""The combo that edits a label's KPI in the mapping table: existing KPIs, a new KPI, Ignore.

The view keeps one open in every row, so the owner sees at once that each label is a choice;
a label not decided yet shows the "Choose a KPI" placeholder and commits nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.ui.importer.mapping_model import UNSET, MappingModel, choice_text, kpi_choice


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
        for name in self._kpi_names:
            combo.addItem(name, kpi_choice(name))
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() is not None:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)
