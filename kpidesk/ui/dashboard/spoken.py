"""What a screen reader says for a dashboard cell whose text is drawn or made of symbols.

The table shows "✖ Off track", "↓ 18 %", "↓ -18.2 %" and "≤ 83 €": a screen reader reads the
symbols as "heavy multiplication x" and "downwards arrow", or skips them. These texts say the
same in words ("Off track", "down 18 %", "at most 83 €"), from the same numbers the cells
show; a tile's description is made of them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.progress import NeedKind
from kpidesk.ui.dashboard.last_year import CHANGE_DECIMALS
from kpidesk.ui.dashboard.rows import DashboardRow
from kpidesk.ui.formatting import format_number, format_value
from kpidesk.ui.status_style import status_look

CONTEXT = "DashboardSpoken"
_FLAT = 0.5
"""A trend within ±0.5 % shows the level arrow "→" (as `cell_text` draws it)."""
_LEVEL = QT_TRANSLATE_NOOP("DashboardSpoken", "level {percent}")
_UP = QT_TRANSLATE_NOOP("DashboardSpoken", "up {percent}")
_DOWN = QT_TRANSLATE_NOOP("DashboardSpoken", "down {percent}")
_NEEDS = {
    NeedKind.AT_LEAST: QT_TRANSLATE_NOOP("DashboardSpoken", "at least {value}"),
    NeedKind.AT_MOST: QT_TRANSLATE_NOOP("DashboardSpoken", "at most {value}"),
    NeedKind.ABOUT: QT_TRANSLATE_NOOP("DashboardSpoken", "about {value}"),
    NeedKind.REACHED: QT_TRANSLATE_NOOP("DashboardSpoken", "goal met"),
    NeedKind.USED_UP: QT_TRANSLATE_NOOP("DashboardSpoken", "used up"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def spoken_status(row: DashboardRow) -> str:
    """The status word alone: the symbol before it means nothing read aloud."""
    return status_look(row.status.status).label


def spoken_change(percent: float | None, decimals: int, level: bool) -> str:
    """An arrowed percentage in words: "up 5 %", "down 18.2 %", "level 0 %"; "" without one.
    `level`: the cell shows the level arrow "→" for it."""
    if percent is None:
        return ""
    shown = f"{format_number(abs(percent), decimals, QLocale())}\u00a0%"
    if level:
        return _tr(_LEVEL).format(percent=shown)
    return _tr(_UP if percent > 0 else _DOWN).format(percent=shown)


def spoken_trend(row: DashboardRow) -> str:
    """The trend cell ("↓ 18 %") in words: "down 18 %"."""
    level = row.trend is not None and abs(row.trend) <= _FLAT
    return spoken_change(row.trend, 0, level)


def spoken_year_change(row: DashboardRow) -> str:
    """The change against last year ("↓ -18.2 %") in words: "down 18.2 %"."""
    change = row.last_year.change
    level = change is not None and round(abs(change), CHANGE_DECIMALS) == 0
    return spoken_change(change, CHANGE_DECIMALS, level)


def spoken_needed(row: DashboardRow) -> str:
    """The "Needed / month" cell in words: "at least 1,200 €", "at most 83 €", "about 1.50"."""
    need = row.status.needed
    if need is None:
        return ""
    return _tr(_NEEDS[need.kind]).format(value=format_value(row.kpi, need.value))
