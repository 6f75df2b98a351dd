"""The segments × KPIs scorecard: each cell a segment's status on a KPI for the month.

A cell shows the status symbol and the attainment (`● 120 %`), so it reads without colour;
its tooltip names the value, the target and the status in words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.scorecard import KpiStatus
from kpidesk.domain.segments import Segment
from kpidesk.ui.formatting import format_percent, format_value
from kpidesk.ui.status_style import status_look

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 3


class SegmentGridModel(QAbstractTableModel):
    """Rows: the set's segments; columns: the set's KPIs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kpis: list[KpiDefinition] = []
        self.rows: list[tuple[Segment, list[KpiStatus]]] = []

    def show_table(
        self, kpis: list[KpiDefinition], rows: list[tuple[Segment, list[KpiStatus]]]
    ) -> None:
        self.beginResetModel()
        self.kpis, self.rows = kpis, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kpis)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.kpis[section].name
        return self.rows[section][0].name

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        segment, statuses = self.rows[index.row()]
        kpi, shown = self.kpis[index.column()], statuses[index.column()]
        look = status_look(shown.status)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(shown)
        if role == Qt.ItemDataRole.ForegroundRole:
            return look.colour
        if role == Qt.ItemDataRole.BackgroundRole:
            return look.tint
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_tip(kpi, segment, shown)
        if role == SEGMENT_ROLE:
            return segment.name
        return None


def cell_text(shown: KpiStatus) -> str:
    """`● 120 %`, or the symbol alone without an attainment."""
    symbol = status_look(shown.status).symbol
    attained = format_percent(shown.attainment)
    return f"{symbol} {attained}" if attained else symbol


def cell_tip(kpi: KpiDefinition, segment: Segment, shown: KpiStatus) -> str:
    return QCoreApplication.translate(
        "leaderboard", "{segment} · {kpi}: {value} of {target} · {status}"
    ).format(
        segment=segment.name,
        kpi=kpi.name,
        value=format_value(kpi, shown.value) or "–",
        target=format_value(kpi, shown.target) or "–",
        status=status_look(shown.status).label,
    )
