"""The mark on figures entered in leva and shown in euro (Bulgaria's changeover, 2026-01-01).

A lev KPI is shown in euro throughout; the months whose figures were typed in leva carry this
mark, and their tooltip gives the figure as it was entered, so the owner can find it again in
the old books. In the grid the mark is a small corner, like a note's, so the figure keeps its
whole width; the dashboard puts it before the figure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import BGN_PER_EUR
from kpidesk.ui.formatting import format_number
from kpidesk.ui.typed_value import stored_decimals

MARK = "лв→€"
CORNER = QColor("#1f6fb2")
"""Blue: apart from the note's purple corner and the status colours."""
_CORNER_SIZE = 8
_LEV_DECIMALS = 6
"""The lev figure is read back from euro to this many decimals: enough for any figure typed,
few enough that the division's last binary digit does not show."""


def marked(text: str, converted: bool) -> str:
    """`лв→€ 1 000,00 €` for a converted figure; the text unchanged otherwise."""
    return f"{MARK}\u2009{text}" if converted and text else text


def paint_corner(painter: QPainter, rect: QRect) -> None:
    """The mark of a figure entered in leva: a small triangle in the cell's bottom-left
    corner, away from the figure (right) and the note's corner (top right)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CORNER)
    left, bottom = rect.left(), rect.bottom() + 1
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(left, bottom),
                QPointF(left, bottom - _CORNER_SIZE),
                QPointF(left + _CORNER_SIZE, bottom),
            ]
        )
    )
    painter.restore()


def entered_as(kpi: KpiDefinition, euro: float | None) -> str:
    """`Entered as 1 955,83 лв., shown in euro at 1.95583` for the figure `euro` (in euro),
    with every decimal typed in leva, even beyond the KPI's."""
    if euro is None:
        return ""
    leva = round(euro * BGN_PER_EUR, _LEV_DECIMALS)
    lev = format_number(leva, max(kpi.decimals, stored_decimals(leva)))
    return QCoreApplication.translate(
        "lev", "Entered as {lev}\u00a0лв., shown in euro at {rate}"
    ).format(lev=lev, rate=format_number(BGN_PER_EUR, 5))
