"""Pick ready-made KPIs from the catalog, named and described in the interface language,
grouped by category, with a search field.

Entries the workspace already has are shown but cannot be picked again; a formula entry
brings the KPIs it is computed from along (said under the list before adding).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.catalog import CatalogEntry, catalog_entry, load_catalog
from kpidesk.domain.kpi import Category, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.goals.labels import category_label, direction_label, unit_label
from kpidesk.ui.language import interface_language

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    QT_TRANSLATE_NOOP("CatalogModel", "KPI"),
    QT_TRANSLATE_NOOP("CatalogModel", "Unit"),
    QT_TRANSLATE_NOOP("CatalogModel", "Better when"),
)


class CatalogModel(QStandardItemModel):
    """The catalog grouped by category: a heading row per category, its KPIs beneath.

    Each KPI row can be found by any of its names (in every language, so an owner who knows
    "NPS" or "churn" in English finds it in the Bulgarian window too) and by its description.
    """

    def __init__(self, present: Collection[str], lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries = load_catalog()
        self._present = {name_key(n) for n in present}
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CatalogModel", c) for c in COLUMNS]
        )
        for category in Category:
            members = [e for e in self.entries if e.category is category]
            if members:
                self.appendRow(self._heading(category, members))

    def is_present(self, entry: CatalogEntry) -> bool:
        return any(name_key(n) in self._present for n in entry.all_names())

    def _heading(self, category: Category, members: list[CatalogEntry]) -> list[QStandardItem]:
        heading = QStandardItem(category_label(category))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        heading.setData(category_label(category), SEARCH_ROLE)
        members.sort(key=lambda e: e.name(self.lang).casefold())
        for entry in members:
            heading.appendRow(self._row(entry))
        return [heading, _blank(), _blank()]

    def _row(self, entry: CatalogEntry) -> list[QStandardItem]:
        present = self.is_present(entry)
        name = entry.name(self.lang)
        if present:
            name += QCoreApplication.translate("CatalogModel", " (already added)")
        cells = [
            QStandardItem(name),
            QStandardItem(unit_label(entry.unit)),
            QStandardItem(direction_label(entry.direction)),
        ]
        tip = f"{entry.name(self.lang)}\n{entry.description(self.lang)}"
        words = " ".join([*entry.all_names(), entry.description(self.lang), *entry.aliases])
        for cell in cells:
            cell.setFlags(
                Qt.ItemFlag.NoItemFlags
                if present
                else Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            cell.setToolTip(tip)
            cell.setData(entry.key, KEY_ROLE)
            cell.setData(words, SEARCH_ROLE)
        return cells


def _blank() -> QStandardItem:
    item = QStandardItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _search_proxy(model: CatalogModel) -> QSortFilterProxyModel:
    """Rows whose names or description hold the search words; a category heading that
    matches brings all its KPIs, a KPI that matches brings its heading."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setAutoAcceptChildRows(True)
    return proxy


class CatalogPickerDialog(QDialog):
    def __init__(self, present: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add KPIs from the catalog"))
        self.model = CatalogModel(present, interface_language(), self)
        self.proxy = _search_proxy(self.model)
        self.proxy.setParent(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or description"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTreeView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setUniformRowHeights(True)
        self.table.setWordWrap(False)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self._expand()
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
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(self._fitting_width(layout), 560)
        self._describe()

    def _expand(self) -> None:
        """Every group open, each heading's text across the whole row."""
        self.table.expandAll()
        for row in range(self.proxy.rowCount()):
            self.table.setFirstColumnSpanned(row, QModelIndex(), True)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._expand()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(KEY_ROLE):
            self.accept()

    def _fitting_width(self, layout: QVBoxLayout) -> int:
        """Wide enough for every name in full, within the screen: on a small one the names
        still read whole and the later columns scroll instead."""
        header = self.table.header()
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
        """The picked KPIs' keys, in the order the list shows them."""
        rows = sorted(
            self.table.selectionModel().selectedRows(),
            key=lambda i: (i.parent().row(), i.row()),
        )
        return [key for i in rows if (key := i.data(KEY_ROLE))]

    def select_key(self, key: str) -> None:
        for found in self.proxy.match(
            self.proxy.index(0, 0),
            KEY_ROLE,
            key,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        ):
            self.table.selectionModel().select(
                found,
                self.table.selectionModel().SelectionFlag.Select
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(found)

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
