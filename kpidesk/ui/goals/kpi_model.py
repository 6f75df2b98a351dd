"""The Goals screen's KPI list: name, category, unit, direction and how months roll up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.formatting import unit_suffix
from kpidesk.ui.goals.labels import aggregation_label, category_label, direction_label, unit_label
from kpidesk.ui.rows_model import RowsModel

KPI_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_CATEGORY, COL_UNIT, COL_DIRECTION, COL_ROLLUP = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("KpiListModel", "KPI"),
    QT_TRANSLATE_NOOP("KpiListModel", "Category"),
    QT_TRANSLATE_NOOP("KpiListModel", "Unit"),
    QT_TRANSLATE_NOOP("KpiListModel", "Better when"),
    QT_TRANSLATE_NOOP("KpiListModel", "Over months"),
)


class KpiListModel(RowsModel[KpiDefinition]):
    CONTEXT = "KpiListModel"
    COLUMNS = COLUMNS

    def set_kpis(self, kpis: list[KpiDefinition]) -> None:
        self.set_rows(kpis)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        kpi = self._rows[index.row()]
        column = index.column()
        if role == KPI_ROLE:
            return kpi
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(kpi, column)
        if role == Qt.ItemDataRole.ForegroundRole and kpi.archived:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.ToolTipRole:
            # The roll-up is the last column, the one cut with "…" when the list is narrow.
            return self._text(kpi, column) if column == COL_ROLLUP else kpi.description
        return None

    @staticmethod
    def _text(kpi: KpiDefinition, column: int) -> str:
        if column == COL_NAME:
            return kpi.name + (
                QCoreApplication.translate("KpiListModel", " (archived)") if kpi.archived else ""
            )
        if column == COL_CATEGORY:
            return category_label(kpi.category)
        if column == COL_UNIT:
            suffix = unit_suffix(kpi)
            return f"{unit_label(kpi.unit)} ({suffix})" if suffix else unit_label(kpi.unit)
        if column == COL_DIRECTION:
            return direction_label(kpi.direction)
        return kpi.formula or aggregation_label(kpi.aggregation)


class KpiFilterProxy(QSortFilterProxyModel):
    """Hides archived KPIs unless asked to show them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_archived = False

    def set_show_archived(self, show: bool) -> None:
        self.show_archived = show
        self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        kpi = self.sourceModel().index(source_row, 0, source_parent).data(KPI_ROLE)
        return self.show_archived or not kpi.archived
