"""Pick ready-made KPIs from the catalog, named and described in the interface language.

Entries the workspace already has are shown but cannot be picked again; a formula entry
brings the KPIs it is computed from along (said under the list before adding).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.catalog import CatalogEntry, catalog_entry, load_catalog
from kpidesk.domain.kpi import name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.goals.labels import category_label, direction_label, unit_label
from kpidesk.ui.language import interface_language

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("CatalogModel", "KPI"),
    QT_TRANSLATE_NOOP("CatalogModel", "Category"),
    QT_TRANSLATE_NOOP("CatalogModel", "Unit"),
    QT_TRANSLATE_NOOP("CatalogModel", "Better when"),
)


class CatalogModel(QAbstractTableModel):
    def __init__(self, present: Collection[str], lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries = load_catalog()
        self._present = {name_key(n) for n in present}

    def is_present(self, entry: CatalogEntry) -> bool:
        return any(name_key(n) in self._present for n in entry.all_names())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CatalogModel", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.is_present(self.entries[index.row()]):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == KEY_ROLE:
            return entry.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.name(self.lang)}\n{entry.description(self.lang)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            name = entry.name(self.lang)
            return (
                name + QCoreApplication.translate("CatalogModel", " (already added)")
                if self.is_present(entry)
                else name
            )
        if index.column() == 1:
            return category_label(entry.category)
        if index.column() == 2:
            return unit_label(entry.unit)
        return direction_label(entry.direction)


class CatalogPickerDialog(QDialog):
    def __init__(self, present: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add KPIs from the catalog"))
        self.model = CatalogModel(present, interface_language(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.accept)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(60)
        self.table.selectionModel().selectionChanged.connect(self._describe)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(self._fitting_width(layout), 520)
        self._describe()

    def _fitting_width(self, layout: QVBoxLayout) -> int:
        """Wide enough for every name in full, within the screen: on a small one the names
        still read whole and the later columns scroll instead."""
        header = self.table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(self.model.columnCount())
        )
        margins = layout.contentsMargins()
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        wanted = columns + scroll_bar + 2 * self.table.frameWidth() + margins.left()
        wanted += margins.right()
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        return max(640, min(wanted, screen - 40))

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entries[r].key for r in rows]

    def select_key(self, key: str) -> None:
        for row, entry in enumerate(self.model.entries):
            if entry.key == key:
                self.table.selectRow(row)

    def _describe(self) -> None:
        keys = self.selected_keys()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(keys))
        if not keys:
            self.details.setText(self.tr("Select one or more KPIs to add."))
            return
        lang = self.model.lang
        entry = catalog_entry(keys[-1])
        text = f"<b>{entry.name(lang)}</b>: {entry.description(lang)}"
        if entry.formula:
            text += "<br>" + self.tr("Computed as {formula}; its parts are added too.").format(
                formula=entry.formula_text(lang)
            )
        self.details.setText(text)
