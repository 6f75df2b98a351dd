"""A KPI's target decisions, newest first: when each was made, what it set, from when, why,
and who made it on which computer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.ui.formatting import format_day, format_moment, format_month, format_value
from kpidesk.ui.goals.labels import spread_label
from kpidesk.ui.history.who import who_text, who_tooltip
from kpidesk.ui.rows_model import RowsModel

COLUMNS = (
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Set on"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Applies"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Value"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Note"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Who"),
)
APPLIES_COLUMN = 1
NOTE_COLUMN = 3
WHO_COLUMN = 4


class TargetHistoryModel(RowsModel[TargetChange]):
    CONTEXT = "TargetHistoryModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kpi: KpiDefinition | None = None

    def set_changes(self, kpi: KpiDefinition | None, changes: list[TargetChange]) -> None:
        self._kpi = kpi
        self.set_rows(sorted(changes, key=lambda c: c.order, reverse=True))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self._kpi is None:
            return None
        change = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._kpi, change, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return format_moment(change.set_at, long=True)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHO_COLUMN:
            return who_tooltip(change.author, change.computer)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE_COLUMN:
            return change.note or None
        if role == Qt.ItemDataRole.ToolTipRole and change.kind is TargetKind.ANNUAL:
            return "\n".join(
                f"{format_month(change.first_month + i)}: {format_value(self._kpi, v)}"
                for i, v in enumerate(change.monthly_values)
            )
        return None

    @staticmethod
    def _text(kpi: KpiDefinition, change: TargetChange, column: int) -> str:
        if column == 0:
            return format_day(change.set_at.date())
        if column == 1:
            first = format_month(change.first_month)
            if change.kind is TargetKind.MONTHLY:
                return QCoreApplication.translate(
                    "TargetHistoryModel", "Monthly from {month} on"
                ).format(month=first)
            if change.kind is TargetKind.OVERRIDE:
                return QCoreApplication.translate("TargetHistoryModel", "{month} only").format(
                    month=first
                )
            last = format_month(change.first_month + (len(change.monthly_values) - 1))
            return QCoreApplication.translate(
                "TargetHistoryModel", "Year {first} – {last}, {spread}"
            ).format(first=first, last=last, spread=spread_label(change.spread))
        if column == 2:
            return format_value(kpi, change.value)
        if column == WHO_COLUMN:
            return who_text(change.author, change.computer)
        return change.note
