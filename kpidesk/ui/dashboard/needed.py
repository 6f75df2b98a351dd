"""What "Needed / month" says in each row: what a month must bring, may take, or come close to.

The number is `Scorecard.needed_per_month` and its reading `needed_reading`; this module only
words them. A higher-is-better KPI's need is a minimum, as the header reads, so its cell is
the figure alone; a lower-is-better KPI's is an allowance, marked "≤ 1 995 €", and a range
KPI's "≈ 1,50". Cells stay as narrow as a figure so the dashboard still fits a 1024-pixel
screen; the tooltip says in words what the figure is for this KPI (at least, an allowance,
the average the remaining months need, the figure the year must end on).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.progress import NeedKind
from kpidesk.domain.scorecard import KpiStatus
from kpidesk.ui.formatting import format_value

CONTEXT = "NeededText"
_CELLS = {  # a thin space (U+2009) after ≤ and ≈ keeps the column as narrow as a figure
    NeedKind.AT_MOST: QT_TRANSLATE_NOOP("NeededText", "≤ {value}"),
    NeedKind.ABOUT: QT_TRANSLATE_NOOP("NeededText", "≈ {value}"),
    NeedKind.REACHED: QT_TRANSLATE_NOOP("NeededText", "goal met"),
    NeedKind.USED_UP: QT_TRANSLATE_NOOP("NeededText", "used up"),
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
_MEAN_ALLOWANCE_TIP = QT_TRANSLATE_NOOP(
    "NeededText",
    "The average the remaining months may reach at most for the year's average to stay "
    "within {goal}.",
)
_LABELS = {
    Direction.HIGHER: QT_TRANSLATE_NOOP("NeededText", "Needed per month: {value}"),
    Direction.LOWER: QT_TRANSLATE_NOOP("NeededText", "Allowed per month: {value}"),
    Direction.RANGE: QT_TRANSLATE_NOOP("NeededText", "To stay in range: {value}"),
}
_LAST_TIP = QT_TRANSLATE_NOOP(
    "NeededText", "The figure the year must end on to meet the goal of {goal}."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def needed_text(kpi: KpiDefinition, row: KpiStatus) -> str:
    """The cell: "1 200 €", "≤ 83 €" (an allowance), "≈ 1,50", "goal met", "used up"."""
    need = row.needed
    if need is None:
        return ""
    if need.kind is NeedKind.AT_LEAST:
        return format_value(kpi, need.value)
    return _tr(_CELLS[need.kind]).format(value=format_value(kpi, need.value))


def needed_tip(kpi: KpiDefinition, row: KpiStatus) -> str | None:
    """What the cell means for this KPI, with the annual goal it is worked out from; a
    monthly amount comes after a first line that names it by the KPI's direction: needed
    (higher is better), allowed (lower is better), or what keeps it in range."""
    need = row.needed
    if need is None:
        return None
    goal = format_value(kpi, row.annual_target)
    if need.kind in (NeedKind.REACHED, NeedKind.USED_UP):
        return _tr(_TIPS[need.kind]).format(goal=goal)
    if need.by_year_end:
        return _tr(_LAST_TIP).format(goal=goal)
    if kpi.aggregation is Aggregation.MEAN:
        tip = _MEAN_ALLOWANCE_TIP if need.kind is NeedKind.AT_MOST else _MEAN_TIP
    else:
        tip = _TIPS[need.kind]
    first = _tr(_LABELS[kpi.direction]).format(value=needed_text(kpi, row))
    return first + "\n" + _tr(tip).format(goal=goal)
