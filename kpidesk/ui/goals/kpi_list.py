"""The left side of Goals: the KPI list with its buttons (add, edit, archive, delete).

The list shows what tells KPIs apart at a glance (name, unit, how months add up, the target
now); the long words sit in the tooltips so that the list fits a 1024-pixel screen in every
language without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.ui.flow_layout import FlowLayout
from kpidesk.ui.goals.kpi_model import (
    COL_CATEGORY,
    COL_DIRECTION,
    COL_NAME,
    KpiFilterProxy,
    KpiListModel,
)
from kpidesk.ui.header_fit import fit_columns, header_padding


class KpiListPanel(QWidget):
    """The KPI table over a row of buttons, and the "Show archived" switch under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KpiListModel(self)
        self.proxy = KpiFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self._natural = 0
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setAccessibleName(QCoreApplication.translate("GoalsView", "KPIs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)
        for column in (COL_CATEGORY, COL_DIRECTION):
            self.table.setColumnHidden(column, True)

        self.catalog_button = QPushButton(
            QCoreApplication.translate("GoalsView", "Add from catalog…")
        )
        self.new_button = QPushButton(QCoreApplication.translate("GoalsView", "New KPI…"))
        self.edit_button = QPushButton(QCoreApplication.translate("GoalsView", "Edit…"))
        self.archive_button = QPushButton(QCoreApplication.translate("GoalsView", "Archive"))
        self.delete_button = QPushButton(QCoreApplication.translate("GoalsView", "Delete…"))
        self.show_archived = QCheckBox(QCoreApplication.translate("GoalsView", "Show archived"))
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        buttons = FlowLayout()
        for button in (
            self.catalog_button,
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.show_archived)

    def fit_names(self) -> None:
        """Names as wide as they are, unless the list is narrow (1024 px, a long language):
        then they elide (the selected one stands whole as the title) so that the last
        column keeps room for its header and its figures. The other headers may take two
        lines ("Мерна единица" over a column of "€")."""
        table = self.table
        header = table.horizontalHeader()
        last = header.count() - 1
        fit_columns(table, {COL_NAME, last})
        last_needs, name_needs = (
            header.fontMetrics().horizontalAdvance(
                str(self.proxy.headerData(column, Qt.Orientation.Horizontal))
            )
            + header_padding(table)
            for column in (last, COL_NAME)
        )
        last_needs = max(last_needs, table.sizeHintForColumn(last))
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (COL_NAME, last) and not table.isColumnHidden(c)
        )
        room = table.viewport().width() - others - last_needs
        wanted = max(table.sizeHintForColumn(COL_NAME), name_needs)
        self._natural = others + last_needs + wanted
        name = max(min(wanted, room), name_needs)
        header.resizeSection(COL_NAME, name)
        # The targets stay by their names on a wide screen: what is left stays empty at the
        # right (Qt's own stretch would also not go below 100 px on a narrow one).
        header.resizeSection(last, last_needs)

    def natural_width(self) -> int:
        """The panel's width with every name whole: the columns as `fit_names` last measured
        them, the table's frame and its scroll bar (0 before the first measure)."""
        bar = self.table.verticalScrollBar()
        scroll = bar.sizeHint().width() if bar.maximum() > 0 else 0
        return self._natural + 2 * self.table.frameWidth() + scroll if self._natural else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_names()
        return super().eventFilter(watched, event)
