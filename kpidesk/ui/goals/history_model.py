"""A KPI's target decisions, newest first: what each set from when and why, its value, and
when and by whom (on which computer) it was made. For a KPI tracked by a segment set the
segments' decisions are listed too, each saying whose it is."""

from __future__ import annotations

from collections.abc import Mapping
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
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Applies"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Value"),
    QT_TRANSLATE_NOOP("TargetHistoryModel", "Set on"),
)
# A decision reads on two lines, so that three wide columns fit a narrow screen: what it set
# over its note, its value, and the day over who made it on which computer.
APPLIES_COLUMN, VALUE_COLUMN, SET_COLUMN = range(3)


class TargetHistoryModel(RowsModel[TargetChange]):
    CONTEXT = "TargetHistoryModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kpi: KpiDefinition | None = None
        self._whose: list[str] = []

    def set_changes(
        self,
        kpi: KpiDefinition | None,
        changes: list[TargetChange],
        by_segment: Mapping[str, list[TargetChange]] | None = None,
    ) -> None:
        """The total's decisions and (`by_segment`, by segment name) the segments'."""
        pairs = [("", change) for change in changes]
        for segment, segment_changes in (by_segment or {}).items():
            pairs += [(segment, change) for change in segment_changes]
        pairs.sort(key=lambda pair: pair[1].set_at, reverse=True)
        self._kpi = kpi
        self._whose = [
            whose
            or (
                QCoreApplication.translate("TargetHistoryModel", "Business total")
                if by_segment
                else ""
            )
            for whose, _ in pairs
        ]
        self.set_rows([change for _, change in pairs])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self._kpi is None:
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            lines = self.lines(self._kpi, change, column)
            if column == APPLIES_COLUMN and self._whose[index.row()]:
                lines[0] = f"{self._whose[index.row()]}: {lines[0]}"
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ToolTipRole and column == SET_COLUMN:
            moment = format_moment(change.set_at, long=True)
            who = who_tooltip(change.author, change.computer)
            return f"{moment}\n{who}" if who else moment
        if role == Qt.ItemDataRole.ToolTipRole and column == APPLIES_COLUMN:
            return "\n".join(line for line in self._applies_tooltip(self._kpi, change) if line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _applies_tooltip(self, kpi: KpiDefinition, change: TargetChange) -> list[str]:
        """The whole note (the cell may end it in "…") and, for an annual goal, its months."""
        lines = self.lines(kpi, change, APPLIES_COLUMN)
        if change.kind is TargetKind.ANNUAL:
            lines += [
                f"{format_month(change.first_month + i)}: {format_value(kpi, v)}"
                for i, v in enumerate(change.monthly_values)
            ]
        return lines

    @staticmethod
    def lines(kpi: KpiDefinition, change: TargetChange, column: int) -> list[str]:
        """The cell's lines: [what it set, its note], [value] or [day, who]."""
        if column == SET_COLUMN:
            return [format_day(change.set_at.date()), who_text(change.author, change.computer)]
        if column == VALUE_COLUMN:
            return [format_value(kpi, change.value)]
        first = format_month(change.first_month)
        if change.kind is TargetKind.MONTHLY:
            applies = QCoreApplication.translate(
                "TargetHistoryModel", "Monthly from {month} on"
            ).format(month=first)
        elif change.kind is TargetKind.OVERRIDE:
            applies = QCoreApplication.translate("TargetHistoryModel", "{month} only").format(
                month=first
            )
        else:
            last = format_month(change.first_month + (len(change.monthly_values) - 1))
            applies = QCoreApplication.translate(
                "TargetHistoryModel", "Year {first} – {last}, {spread}"
            ).format(first=first, last=last, spread=spread_label(change.spread))
        return [applies, change.note]
