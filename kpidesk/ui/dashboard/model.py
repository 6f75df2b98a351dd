"""The dashboard's table model: one row per KPI, columns as `COLUMNS` says (Vorta's pattern)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import Direction
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.progress import STATUS_RANK
from kpidesk.ui.dashboard.last_year import (
    BETTER,
    WORSE,
    change_colour,
    change_text,
    change_tip,
    last_year_text,
    last_year_tip,
)
from kpidesk.ui.dashboard.needed import needed_text, needed_tip
from kpidesk.ui.dashboard.range_tip import range_tip
from kpidesk.ui.dashboard.rows import DashboardRow
from kpidesk.ui.dashboard.spoken import (
    spoken_needed,
    spoken_status,
    spoken_trend,
    spoken_year_change,
)
from kpidesk.ui.formatting import format_number, format_percent, format_value
from kpidesk.ui.lev_mark import entered_as, marked
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.status_style import status_look
from kpidesk.ui.typed_value import as_typed

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

COL_STATUS, COL_KPI, COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_TREND, COL_SPARK = range(7)
COL_YTD, COL_YTD_TARGET, COL_FORECAST, COL_NEEDED = range(7, 11)
COL_LAST_YEAR, COL_CHANGE = range(11, 13)
"""Last, so the columns before them keep their numbers; the view shows them after
"Attained" (`SHOWN_AFTER_ATTAINMENT`)."""
SHOWN_AFTER_ATTAINMENT = (COL_LAST_YEAR, COL_CHANGE)
COLUMNS = (
    QT_TRANSLATE_NOOP("DashboardModel", "Status"),
    QT_TRANSLATE_NOOP("DashboardModel", "KPI"),
    QT_TRANSLATE_NOOP("DashboardModel", "Value"),
    QT_TRANSLATE_NOOP("DashboardModel", "Target"),
    QT_TRANSLATE_NOOP("DashboardModel", "Attained"),
    QT_TRANSLATE_NOOP("DashboardModel", "Trend"),
    QT_TRANSLATE_NOOP("DashboardModel", "Last 12 months"),
    QT_TRANSLATE_NOOP("DashboardModel", "Year to date"),
    QT_TRANSLATE_NOOP("DashboardModel", "YTD target"),
    QT_TRANSLATE_NOOP("DashboardModel", "Forecast"),
    QT_TRANSLATE_NOOP("DashboardModel", "Needed / month"),
    QT_TRANSLATE_NOOP("DashboardModel", "Last year"),
    QT_TRANSLATE_NOOP("DashboardModel", "Change"),
)
HEADER_TIPS = {
    COL_TREND: QT_TRANSLATE_NOOP(
        "DashboardModel", "Against the average of the three months before"
    ),
    COL_SPARK: QT_TRANSLATE_NOOP(
        "DashboardModel", "Figures (line) and targets (dashed) of the last twelve months"
    ),
    COL_FORECAST: QT_TRANSLATE_NOOP(
        "DashboardModel", "Year-end figure if the rest of the year goes as it has so far"
    ),
    COL_NEEDED: QT_TRANSLATE_NOOP(
        "DashboardModel",
        "What each remaining month needs for the year to reach its annual goal: at least this "
        "when higher is better; ≤ at most this, an allowance, when lower is better; ≈ about "
        "this for a range",
    ),
    COL_LAST_YEAR: QT_TRANSLATE_NOOP(
        "DashboardModel", "The same period a year earlier, over the months both years have"
    ),
    COL_CHANGE: QT_TRANSLATE_NOOP(
        "DashboardModel",
        "Change against last year: ↑ up, ↓ down; green when better for the KPI, red when worse",
    ),
}
_NUMERIC = {COL_VALUE, COL_TARGET, COL_ATTAINMENT, COL_TREND, COL_YTD, COL_YTD_TARGET}
_NUMERIC |= {COL_FORECAST, COL_NEEDED, COL_LAST_YEAR, COL_CHANGE}


class DashboardModel(RowsModel[DashboardRow]):
    CONTEXT = "DashboardModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[list[str | None]] = []

    def set_rows(self, rows: Iterable[DashboardRow]) -> None:
        """Show new rows; their texts are formatted once here, as views ask for them often."""
        rows = list(rows)
        self._texts = [[cell_text(row, c) for c in range(len(COLUMNS))] for row in rows]
        super().set_rows(rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return QCoreApplication.translate("DashboardModel", HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return status_look(row.status.status).tint
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_text(row, column)
        return None

    @staticmethod
    def _sort_key(row: DashboardRow, column: int) -> Any:
        s = row.status
        if column == COL_STATUS:
            return (STATUS_RANK[s.status], s.attainment if s.attainment is not None else 0.0)
        if column == COL_KPI:
            return row.kpi.name.casefold()
        return {
            COL_VALUE: s.value,
            COL_TARGET: s.target,
            COL_ATTAINMENT: s.attainment,
            COL_TREND: row.trend,
            COL_SPARK: s.attainment,
            COL_YTD: s.ytd_value,
            COL_YTD_TARGET: s.ytd_target,
            COL_FORECAST: s.forecast,
            COL_NEEDED: s.needed_per_month,
            COL_LAST_YEAR: row.last_year.last_year,
            COL_CHANGE: row.last_year.change,
        }.get(column)

    @staticmethod
    def _foreground(row: DashboardRow, column: int) -> QColor | None:
        if column == COL_STATUS:
            return status_look(row.status.status).colour
        if column == COL_TREND and row.trend is not None and abs(row.trend) > 0.5:
            if row.kpi.direction is Direction.RANGE:
                return None
            rising_is_good = row.kpi.direction is Direction.HIGHER
            return BETTER if (row.trend > 0) == rising_is_good else WORSE
        if column == COL_CHANGE:
            return change_colour(row)
        return None

    @staticmethod
    def _tooltip(row: DashboardRow, column: int) -> str | None:
        if column == COL_KPI:
            kpi = row.kpi
            return f"{kpi.name}\n{kpi.description}" if kpi.description else kpi.name
        if column in (COL_STATUS, COL_ATTAINMENT) and (why := range_tip(row.kpi, row.status)):
            return why
        if column == COL_VALUE and row.coverage is not None:
            return QCoreApplication.translate(
                "DashboardModel",
                "The total of {covered} of {expected} segments; the others have no figure.",
            ).format(covered=row.coverage[0], expected=row.coverage[1])
        if column == COL_VALUE and row.converted:
            return entered_as(row.kpi, row.status.value)
        if column == COL_VALUE and (typed := as_typed(row.kpi, row.status.value)):
            return typed
        if column == COL_NEEDED and row.status.needed is not None:
            return needed_tip(row.kpi, row.status)
        if column == COL_LAST_YEAR and (tip := last_year_tip(row)):
            return tip
        if column == COL_CHANGE and (tip := change_tip(row)):
            return tip
        if column in HEADER_TIPS:
            return QCoreApplication.translate("DashboardModel", HEADER_TIPS[column])
        return None


def cell_text(row: DashboardRow, column: int) -> str | None:
    """A cell's text; the headline tiles show the same texts as the table."""
    kpi, s = row.kpi, row.status
    if column == COL_STATUS:
        look = status_look(s.status)
        return f"{look.symbol} {look.label}"
    if column == COL_KPI:
        return kpi.name
    if column == COL_ATTAINMENT:
        return format_percent(s.attainment)
    if column == COL_TREND:
        if row.trend is None:
            return ""
        arrow = "↑" if row.trend > 0.5 else "↓" if row.trend < -0.5 else "→"
        return f"{arrow} {format_number(abs(row.trend), 0)}\u00a0%"
    values = {
        COL_VALUE: s.value,
        COL_TARGET: s.target,
        COL_YTD: s.ytd_value,
        COL_YTD_TARGET: s.ytd_target,
        COL_FORECAST: s.forecast,
    }
    if column == COL_NEEDED:
        return needed_text(kpi, s)
    if column == COL_LAST_YEAR:
        return last_year_text(row)
    if column == COL_CHANGE:
        return change_text(row.last_year.change)
    if column == COL_VALUE:
        shown = marked(format_value(kpi, s.value), row.converted)
        if row.coverage is None:
            return shown
        return QCoreApplication.translate(
            "DashboardModel", "{value} ({covered} of {expected})"
        ).format(value=shown, covered=row.coverage[0], expected=row.coverage[1])
    if column in values:
        return format_value(kpi, values[column])
    return None


def spoken_text(row: DashboardRow, column: int) -> str | None:
    """What a screen reader says for a cell drawn or shown with symbols (`spoken`); None for
    the others, whose text reads as it is."""
    if column == COL_SPARK:
        return spark_text(row)
    speakers = {
        COL_STATUS: spoken_status,
        COL_TREND: spoken_trend,
        COL_CHANGE: spoken_year_change,
        COL_NEEDED: spoken_needed,
    }
    speaker = speakers.get(column)
    return None if speaker is None else speaker(row)


def spark_text(row: DashboardRow) -> str:
    """The sparkline in words, for a screen reader: it is drawn, so it has no text to read.
    Every month's figure in order, a missing one said as missing, never as zero."""
    missing = QCoreApplication.translate("DashboardModel", "no figure")
    values = [missing if v is None else format_value(row.kpi, v) for v in row.spark]
    return QCoreApplication.translate("DashboardModel", "Last {count} months: {values}").format(
        count=len(values), values="; ".join(values)
    )


class DashboardProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; missing numbers always sort last, whichever the order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return False
            missing_is_less = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return missing_is_less if a is None else not missing_is_less
        return bool(a < b)
