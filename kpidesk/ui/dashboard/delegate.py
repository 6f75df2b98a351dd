"""Draws the last twelve months of a KPI as a sparkline inside its table cell.

Gaps stay gaps (missing is not zero); the target is a dashed line; the last point carries the
month's status colour, and the status column beside it says the same in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kpidesk.ui.dashboard.model import ROW_ROLE
from kpidesk.ui.dashboard.rows import DashboardRow
from kpidesk.ui.status_style import status_look

_LINE = QColor("#2f5d8a")
_TARGET = QColor("#8a8f98")


class SparklineDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        row: DashboardRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_sparkline(painter, QRectF(option.rect).adjusted(6, 5, -8, -5), row)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(130, 30)


def draw_sparkline(painter: QPainter, rect: QRectF, row: DashboardRow) -> None:
    known = [v for v in (*row.spark, *row.spark_targets) if v is not None]
    if not known or rect.width() <= 0:
        return
    low, high = min(known), max(known)
    span = (high - low) or abs(high) or 1.0
    step = rect.width() / max(1, len(row.spark) - 1)

    def point(i: int, value: float) -> QPointF:
        return QPointF(rect.left() + i * step, rect.bottom() - (value - low) / span * rect.height())

    painter.setPen(QPen(_TARGET, 1, Qt.PenStyle.DashLine))
    painter.drawPath(_path(row.spark_targets, point))
    painter.setPen(QPen(_LINE, 1.6))
    painter.drawPath(_path(row.spark, point))
    last = row.spark[-1]
    if last is not None:
        colour = status_look(row.status.status).colour
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        painter.drawEllipse(point(len(row.spark) - 1, last), 3, 3)


def _path(values: tuple[float | None, ...], point: Callable[[int, float], QPointF]) -> QPainterPath:
    """A polyline broken at every missing month; a lone month is a short dash."""
    path = QPainterPath()
    drawing = False
    for i, value in enumerate(values):
        if value is None:
            drawing = False
            continue
        p = point(i, value)
        if drawing:
            path.lineTo(p)
        else:
            path.moveTo(p)
            next_missing = i + 1 >= len(values) or values[i + 1] is None
            if next_missing:
                path.lineTo(p + QPointF(1.5, 0))
            drawing = True
    return path
