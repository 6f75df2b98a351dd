"""The plan as it stood: a KPI's monthly targets for a year as of a chosen day, beside now.

A target raised in July does not rewrite the plan the owner agreed in January; picking a day
here shows each month's target as it was then (`domain.plan.plan_as_of`, the same function
as `kpidesk goal history --as-of`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.plan import PlannedMonth, fiscal_year_of, plan_as_of
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.formatting import format_month, format_value, whole_year_date_format
from kpidesk.ui.header_fit import fit_columns
from kpidesk.ui.rows_model import RowsModel

COLUMNS = (
    QT_TRANSLATE_NOOP("PlanModel", "Month"),
    QT_TRANSLATE_NOOP("PlanModel", "Target that day"),
    QT_TRANSLATE_NOOP("PlanModel", "Target now"),
    QT_TRANSLATE_NOOP("PlanModel", "Since then"),
)
THEN_COLUMN, NOW_COLUMN = 1, 2


class PlanModel(RowsModel[PlannedMonth]):
    CONTEXT = "PlanModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kpi: KpiDefinition | None = None

    def set_plan(self, kpi: KpiDefinition | None, plan: list[PlannedMonth]) -> None:
        self._kpi = kpi
        self.set_rows(plan)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self._kpi is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_month(row.month)
            if column == THEN_COLUMN:
                return format_value(self._kpi, row.then)
            if column == NOW_COLUMN:
                return format_value(self._kpi, row.now)
            return QCoreApplication.translate("PlanModel", "changed") if row.changed else ""
        if role == Qt.ItemDataRole.FontRole and row.changed and column == NOW_COLUMN:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (THEN_COLUMN, NOW_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PlanPanel(QGroupBox):
    """Year and day pickers over the twelve months' targets as they stood that day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The plan as it stood"))
        self.model = PlanModel(self)
        self._scorecard: Scorecard | None = None
        self._kpi: KpiDefinition | None = None
        self._year_chosen = False
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self._year_picked)
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(whole_year_date_format())
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.dateChanged.connect(self._refresh)
        year_label, as_of_label = QLabel(self.tr("Targets for")), QLabel(self.tr("as of"))
        year_label.setBuddy(self.year)  # a screen reader names each picker by its label
        as_of_label.setBuddy(self.as_of)
        pickers = QHBoxLayout()
        pickers.addWidget(year_label)
        pickers.addWidget(self.year)
        pickers.addWidget(as_of_label)
        pickers.addWidget(self.as_of)
        pickers.addStretch(1)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Headers on two lines ("Target that day"), so that the plan fits beside the KPI list.
        self.model.modelReset.connect(lambda: fit_columns(self.table, set()))
        fit_columns(self.table, set())
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.table)

    def show_kpi(self, scorecard: Scorecard, kpi: KpiDefinition | None) -> None:
        """Show `kpi`'s plan; the year starts as the one of the latest figures."""
        self._scorecard, self._kpi = scorecard, kpi
        if not self._year_chosen:
            latest = scorecard.latest_month()
            year = (
                latest.fiscal_year(scorecard.fiscal_start)
                if latest
                else fiscal_year_of(date.today(), scorecard.fiscal_start)
            )
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
        self._refresh()

    def _year_picked(self) -> None:
        self._year_chosen = True
        self._refresh()

    def _refresh(self) -> None:
        if self._scorecard is None or self._kpi is None:
            self.model.set_plan(None, [])
            return
        picked = self.as_of.date()
        day = date(picked.year(), picked.month(), picked.day())
        plan = plan_as_of(self._scorecard, self._kpi.name, self.year.value(), day)
        self.model.set_plan(self._kpi, plan)
