"""The ranking table's model: one row per segment of a `Leaderboard`, best first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.leaderboard import Leaderboard, Standing
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.formatting import format_percent, format_value
from kpidesk.ui.leaderboard.texts import (
    is_better,
    rank_text,
    signed_value,
    spoken_rank,
    status_text,
)
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.status_style import status_look

COL_RANK, COL_SEGMENT, COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_STATUS = range(6)
COL_CHANGE, COL_VS_AVERAGE, COL_VS_BENCHMARK = range(6, 9)
COLUMNS = (
    QT_TRANSLATE_NOOP("StandingsModel", "Rank"),
    QT_TRANSLATE_NOOP("StandingsModel", "Segment"),
    QT_TRANSLATE_NOOP("StandingsModel", "Value"),
    QT_TRANSLATE_NOOP("StandingsModel", "Target"),
    QT_TRANSLATE_NOOP("StandingsModel", "Attained"),
    QT_TRANSLATE_NOOP("StandingsModel", "Status"),
    QT_TRANSLATE_NOOP("StandingsModel", "vs previous"),
    QT_TRANSLATE_NOOP("StandingsModel", "vs average"),
    QT_TRANSLATE_NOOP("StandingsModel", "vs benchmark"),
)
HEADER_TIPS = {
    COL_RANK: QT_TRANSLATE_NOOP(
        "StandingsModel", "By attainment of the segment's own target; “=2” is a shared place"
    ),
    COL_CHANGE: QT_TRANSLATE_NOOP("StandingsModel", "Change against the previous period"),
    COL_VS_AVERAGE: QT_TRANSLATE_NOOP(
        "StandingsModel", "Difference from the average of the segments"
    ),
    COL_VS_BENCHMARK: QT_TRANSLATE_NOOP("StandingsModel", "Difference from the KPI's benchmark"),
}
_NUMERIC = {COL_RANK, COL_VALUE, COL_TARGET, COL_ATTAINMENT}
_NUMERIC |= {COL_CHANGE, COL_VS_AVERAGE, COL_VS_BENCHMARK}
_BETTER = QColor("#1b7f4b")
_WORSE = QColor("#c0392b")


class StandingsModel(RowsModel[Standing]):
    CONTEXT = "StandingsModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kpi: KpiDefinition | None = None
        self._texts: list[list[str]] = []

    def show_board(self, kpi: KpiDefinition, board: Leaderboard) -> None:
        """Show a leaderboard; its texts are formatted once, as views ask for them often."""
        self.kpi = kpi
        self._texts = [[standing_text(kpi, s, c) for c in range(len(COLUMNS))] for s in board.rows]
        self.set_rows(board.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return QCoreApplication.translate(self.CONTEXT, HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.kpi is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return status_look(row.status).tint
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_RANK:
            return spoken_rank(row.rank, row.tied)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_STATUS:
            return status_look(row.status).label  # the word; the symbol reads as noise
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RANK and row.tied:
            return QCoreApplication.translate("StandingsModel", "Shares place {rank}").format(
                rank=row.rank
            )
        return None

    def _foreground(self, row: Standing, column: int) -> QColor | None:
        assert self.kpi is not None
        if column == COL_STATUS:
            return status_look(row.status).colour
        difference = {
            COL_CHANGE: row.change_vs_previous,
            COL_VS_AVERAGE: row.vs_average,
            COL_VS_BENCHMARK: row.vs_benchmark,
        }.get(column)
        better = is_better(self.kpi, difference)
        return None if better is None else _BETTER if better else _WORSE


def standing_text(kpi: KpiDefinition, row: Standing, column: int) -> str:
    """A cell's text; the tests read these."""
    if column == COL_RANK:
        return rank_text(row.rank, row.tied)
    if column == COL_SEGMENT:
        return row.segment
    if column == COL_VALUE:
        return format_value(kpi, row.value)
    if column == COL_TARGET:
        return format_value(kpi, row.target)
    if column == COL_ATTAINMENT:
        return format_percent(row.attainment)
    if column == COL_STATUS:
        return status_text(row.status)
    differences = {
        COL_CHANGE: row.change_vs_previous,
        COL_VS_AVERAGE: row.vs_average,
        COL_VS_BENCHMARK: row.vs_benchmark,
    }
    return signed_value(kpi, differences[column])
