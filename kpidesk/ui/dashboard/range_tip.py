"""Why a range KPI has its status, in words: the good range, the at-risk band, and where the
figure sits. An owner who sees "57 %" and "at risk" for a quick ratio cannot guess that 57 %
means "0.65 away from 1.50" and that at risk means "outside 1.00–2.00 but within 0.50–2.50".
The bounds come from `progress.range_band`, the same one `status` judges by.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import Direction, KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.progress import range_band
from kpidesk.domain.scorecard import KpiStatus
from kpidesk.ui.formatting import format_percent, format_value
from kpidesk.ui.status_style import status_look

CONTEXT = "RangeTip"
_BANDS = QT_TRANSLATE_NOOP(
    "RangeTip",
    "Keep within the range: on track from {low} to {high} (target {target}), at risk from "
    "{risk_low} to {risk_high}, off track beyond.",
)
_INSIDE = QT_TRANSLATE_NOOP("RangeTip", "{value} is within the good range: {status}.")
_BELOW = QT_TRANSLATE_NOOP("RangeTip", "{value} is {distance} below the good range: {status}.")
_ABOVE = QT_TRANSLATE_NOOP("RangeTip", "{value} is {distance} above the good range: {status}.")
_ATTAINED = QT_TRANSLATE_NOOP(
    "RangeTip", "Attained {attained}: 100 % at the target, less the further the figure is from it."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def range_tip(kpi: KpiDefinition, row: KpiStatus) -> str | None:
    """Three lines for a range KPI with a figure and a target; None for any other."""
    if kpi.direction is not Direction.RANGE or row.value is None or row.target is None:
        return None
    band = range_band(row.target, kpi.tolerance)
    bands = _tr(_BANDS).format(
        low=format_value(kpi, band.low),
        high=format_value(kpi, band.high),
        target=format_value(kpi, row.target),
        risk_low=format_value(kpi, band.risk_low),
        risk_high=format_value(kpi, band.risk_high),
    )
    outside = band.outside_by(row.value)
    where = _INSIDE if outside == 0 else _BELOW if outside < 0 else _ABOVE
    status = status_look(row.status).label.lower()
    sits = _tr(where).format(
        value=format_value(kpi, row.value),
        distance=format_value(kpi, abs(outside)),
        status=status,
    )
    attained = _tr(_ATTAINED).format(attained=format_percent(row.attainment))
    return "\n".join((bands, sits, attained))
