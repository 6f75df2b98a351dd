"""The Goals screen's KPI list: name, category, unit, direction, how months roll up and the
target that applies now."""

from __future__ import annotations

from datetime import date
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
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.formatting import format_month, format_value, unit_suffix
from kpidesk.ui.goals.labels import (
    aggregation_label,
    aggregation_short_label,
    category_label,
    direction_label,
    unit_label,
)
from kpidesk.ui.rows_model import RowsModel

KPI_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_CATEGORY, COL_UNIT, COL_DIRECTION, COL_ROLLUP, COL_TARGET = range(6)
COLUMNS = (
    QT_TRANSLATE_NOOP("KpiListModel", "KPI"),
    QT_TRANSLATE_NOOP("KpiListModel", "Category"),
    QT_TRANSLATE_NOOP("KpiListModel", "Unit"),
    QT_TRANSLATE_NOOP("KpiListModel", "Better when"),
    QT_TRANSLATE_NOOP("KpiListModel", "Over months"),
    QT_TRANSLATE_NOOP("KpiListModel", "Target"),
)


def target_month(scorecard: Scorecard) -> Month:
    """The month whose target the list shows: the latest with figures, else this one."""
    latest = scorecard.latest_month()
    if latest is not None:
        return latest
    today = date.today()
    return Month(today.year, today.month)


class KpiListModel(RowsModel[KpiDefinition]):
    """One KPI a row. The unit and the roll-up show their short form (€, "Sum"), the words
    in full stand in the tooltip, so that the list fits beside the targets on a narrow
    screen in a long language."""

    CONTEXT = "KpiListModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._scorecard: Scorecard | None = None
        self._month: Month | None = None

    def set_scorecard(self, scorecard: Scorecard) -> None:
        self._scorecard, self._month = scorecard, target_month(scorecard)
        self.set_rows(scorecard.kpis)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(kpi, column)
        return None

    def _target(self, kpi: KpiDefinition) -> float | None:
        if self._scorecard is None or self._month is None:
            return None
        return self._scorecard.target(kpi.name, self._month)

    def _tooltip(self, kpi: KpiDefinition, column: int) -> str | None:
        if column == COL_UNIT:
            suffix = unit_suffix(kpi)
            return f"{unit_label(kpi.unit)} ({suffix})" if suffix else unit_label(kpi.unit)
        if column == COL_ROLLUP:
            return kpi.formula or aggregation_label(kpi.aggregation)
        if column == COL_TARGET and self._month is not None:
            target = self._target(kpi)
            if target is None:
                return None
            return QCoreApplication.translate("GoalsView", "Target for {month}: {value}").format(
                month=format_month(self._month, long=True), value=format_value(kpi, target)
            )
        return kpi.description or None

    def _text(self, kpi: KpiDefinition, column: int) -> str:
        if column == COL_NAME:
            return kpi.name + (
                QCoreApplication.translate("KpiListModel", " (archived)") if kpi.archived else ""
            )
        if column == COL_CATEGORY:
            return category_label(kpi.category)
        if column == COL_UNIT:
            return unit_suffix(kpi) or unit_label(kpi.unit)
        if column == COL_DIRECTION:
            return direction_label(kpi.direction)
        if column == COL_TARGET:
            target = self._target(kpi)
            return format_value(kpi, target) if target is not None else ""
        return aggregation_short_label(kpi.aggregation)


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
