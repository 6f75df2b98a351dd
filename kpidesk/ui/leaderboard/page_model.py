"""The segment page's table: one row per KPI of the segment's set, from `SegmentPage`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.segment_page import SegmentKpi
from kpidesk.ui.formatting import format_percent, format_value
from kpidesk.ui.leaderboard.texts import (
    is_better,
    rank_of_text,
    signed_value,
    spoken_rank,
    status_text,
)
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.status_style import status_look

COL_KPI, COL_STATUS, COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_RANK = range(6)
COL_AVERAGE, COL_VS_AVERAGE, COL_TOTAL = range(6, 9)
COLUMNS = (
    QT_TRANSLATE_NOOP("SegmentPageModel", "KPI"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Status"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Value"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Target"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Attained"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Rank"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Average"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "vs average"),
    QT_TRANSLATE_NOOP("SegmentPageModel", "Business total"),
)
_NUMERIC = {COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_RANK, COL_AVERAGE, COL_VS_AVERAGE}
_NUMERIC |= {COL_TOTAL}
_BETTER = QColor("#1b7f4b")
_WORSE = QColor("#c0392b")

PageRow = tuple[KpiDefinition, SegmentKpi]


class SegmentPageModel(RowsModel[PageRow]):
    CONTEXT = "SegmentPageModel"
    COLUMNS = COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        kpi, row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return page_text(kpi, row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                return status_look(row.status.status).colour
            if column == COL_VS_AVERAGE and (better := is_better(kpi, row.vs_average)) is not None:
                return _BETTER if better else _WORSE
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return status_look(row.status.status).tint
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_RANK:
            _month, rank, ranked = row.ranks[-1]
            return spoken_rank(rank, row.tied, ranked)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_STATUS:
            return status_look(row.status.status).label
        return None


def page_text(kpi: KpiDefinition, row: SegmentKpi, column: int) -> str:
    """A cell's text; the tests read these."""
    own = row.status
    if column == COL_KPI:
        return kpi.name
    if column == COL_STATUS:
        return status_text(own.status)
    if column == COL_ATTAINMENT:
        return format_percent(own.attainment)
    if column == COL_RANK:
        _month, rank, ranked = row.ranks[-1]
        return rank_of_text(rank, ranked, row.tied)
    if column == COL_VS_AVERAGE:
        return signed_value(kpi, row.vs_average)
    values = {
        COL_VALUE: own.value,
        COL_TARGET: own.target,
        COL_AVERAGE: row.average,
        COL_TOTAL: row.total,
    }
    return format_value(kpi, values[column])
