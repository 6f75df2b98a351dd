"""What "Needed / month" says in each row: at least, at most (an allowance) or about.

The number is `Scorecard.needed_per_month` and its reading `needed_reading`; this module only
words them, so the dashboard and `kpidesk status` read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kpidesk.domain.kpi import Aggregation, KpiDefinition
from kpidesk.domain.progress import NeedKind
from kpidesk.domain.scorecard import KpiStatus
from kpidesk.ui.formatting import format_value

CONTEXT = "NeededText"
_MONTHLY = {
    NeedKind.AT_LEAST: QT_TRANSLATE_NOOP("NeededText", "at least {value} a month"),
    NeedKind.AT_MOST: QT_TRANSLATE_NOOP("NeededText", "at most {value} a month"),
    NeedKind.ABOUT: QT_TRANSLATE_NOOP("NeededText", "about {value} a month"),
}
_BY_YEAR_END = {
    NeedKind.AT_LEAST: QT_TRANSLATE_NOOP("NeededText", "at least {value} by year end"),
    NeedKind.AT_MOST: QT_TRANSLATE_NOOP("NeededText", "at most {value} by year end"),
    NeedKind.ABOUT: QT_TRANSLATE_NOOP("NeededText", "about {value} by year end"),
}
_DONE = {
    NeedKind.REACHED: QT_TRANSLATE_NOOP("NeededText", "goal reached"),
    NeedKind.USED_UP: QT_TRANSLATE_NOOP("NeededText", "allowance used up"),
}
_TIPS = {
    NeedKind.REACHED: QT_TRANSLATE_NOOP(
        "NeededText", "The figures so far already reach the annual goal of {goal}."
    ),
    NeedKind.USED_UP: QT_TRANSLATE_NOOP(
        "NeededText", "The figures so far already go past the annual allowance of {goal}."
    ),
    NeedKind.AT_LEAST: QT_TRANSLATE_NOOP(
        "NeededText", "Each remaining month must bring at least this to reach the goal of {goal}."
    ),
    NeedKind.AT_MOST: QT_TRANSLATE_NOOP(
        "NeededText",
        "An allowance: each remaining month may bring at most this to stay within {goal}.",
    ),
    NeedKind.ABOUT: QT_TRANSLATE_NOOP(
        "NeededText", "Each remaining month should come close to this to keep to {goal}."
    ),
}
_MEAN_TIP = QT_TRANSLATE_NOOP(
    "NeededText",
    "The average the remaining months need for the year's average to meet the goal of {goal}.",
)
_LAST_TIP = QT_TRANSLATE_NOOP(
    "NeededText", "The figure the year must end on to meet the goal of {goal}."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def needed_text(kpi: KpiDefinition, row: KpiStatus) -> str:
    """The cell: "at least 1 200 € a month", "at most 83 € a month", "goal reached"."""
    need = row.needed
    if need is None:
        return ""
    if need.kind in _DONE:
        return _tr(_DONE[need.kind])
    texts = _BY_YEAR_END if need.by_year_end else _MONTHLY
    return _tr(texts[need.kind]).format(value=format_value(kpi, need.value))


def needed_tip(kpi: KpiDefinition, row: KpiStatus) -> str | None:
    """What the cell means for this KPI, with the annual goal it is worked out from."""
    need = row.needed
    if need is None:
        return None
    goal = format_value(kpi, row.annual_target)
    if need.kind in _DONE:
        tip = _TIPS[need.kind]
    elif need.by_year_end:
        tip = _LAST_TIP
    elif kpi.aggregation is Aggregation.MEAN:
        tip = _MEAN_TIP
    else:
        tip = _TIPS[need.kind]
    return _tr(tip).format(goal=goal)
