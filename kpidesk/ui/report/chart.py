"""One KPI's chart on the page: actual against target over the twelve months ending at the
report's month, drawn with QPainter.

The actual figures are a line with a point at each month, broken where a month has no figure
(missing is a gap, never a zero); the target is a step line, as in the window's chart, and is
missing where no target applies. Month names and numbers are the locale's, the colours the
chart panel's (`ui/charts/look.py`, not imported: it pulls in pyqtgraph).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.formatting import format_number, short_month_name, unit_suffix
from kpidesk.ui.report.page import MUTED, RULE, TEXT, Block, Page, draw_lines, mm
from kpidesk.ui.report.scale import value_scale

MONTHS = 12
CHART_MM = 66.0
ACTUAL = QColor("#1f4e9c")
TARGET = QColor("#30343b")
GRID = QColor("#e3e6eb")

Place = Callable[[int], float]
"""A month's index (0 for the oldest) to its x on the page."""
Level = Callable[[float], float]
"""A value to its y on the page."""


@dataclass(frozen=True, slots=True)
class ChartSeries:
    kpi: KpiDefinition
    months: tuple[Month, ...]
    actual: tuple[float | None, ...]
    target: tuple[float | None, ...]


def chart_series(card: Scorecard, name: str, month: Month) -> ChartSeries:
    """The twelve months ending at `month`, oldest first; None where there is nothing."""
    months = tuple(month - (MONTHS - 1 - i) for i in range(MONTHS))
    return ChartSeries(
        card.kpi(name),
        months,
        tuple(card.value(name, m) for m in months),
        tuple(card.target(name, m) for m in months),
    )


def chart_block(page: Page, series: ChartSeries, locale: QLocale) -> Block:
    """A chart of fixed height with the KPI's name (wrapped) as its title and a legend."""
    title_font = page.font(10, bold=True)
    suffix = unit_suffix(series.kpi)
    title = f"{series.kpi.name} ({suffix})" if suffix else series.kpi.name
    title_lines = page.wrap(title_font, title, page.width)
    title_height = len(title_lines) * page.metrics(title_font).lineSpacing() + mm(1.5)
    height = title_height + mm(CHART_MM)

    def paint(painter: QPainter, top: float) -> None:
        painter.setPen(TEXT)
        draw_lines(painter, page, title_font, title_lines, QRectF(0, top, page.width, 0), False)
        _paint_chart(
            painter, page, series, locale, QRectF(0, top + title_height, page.width, mm(CHART_MM))
        )

    return Block(height, paint, space_after=mm(7))


def _paint_chart(
    painter: QPainter, page: Page, series: ChartSeries, locale: QLocale, area: QRectF
) -> None:
    font = page.font(7)
    metrics = page.metrics(font)
    painter.setFont(font)
    legend_height = metrics.lineSpacing() + mm(2)
    _paint_legend(painter, page, area)
    shown = [v for v in (*series.actual, *series.target) if v is not None]
    label_height = 2 * metrics.lineSpacing() + mm(1.5)
    if not shown:
        painter.setPen(MUTED)
        empty = QRectF(area.left(), area.top() + legend_height, area.width(), mm(20))
        text = QCoreApplication.translate("report", "No figures or targets in these 12 months.")
        painter.drawText(empty, int(Qt.AlignmentFlag.AlignCenter), text)
        return
    scale = value_scale(shown)
    labels = [format_number(tick, scale.decimals, locale) for tick in scale.ticks]
    axis_width = max(metrics.horizontalAdvance(label) for label in labels) + mm(2)
    plot = QRectF(
        area.left() + axis_width,
        area.top() + legend_height,
        area.width() - axis_width,
        area.height() - legend_height - label_height,
    )

    def y_of(value: float) -> float:
        return plot.bottom() - scale.fraction(value) * plot.height()

    slot = plot.width() / MONTHS

    def x_of(index: int) -> float:
        return plot.left() + (index + 0.5) * slot

    for tick, label in zip(scale.ticks, labels, strict=True):
        y = y_of(tick)
        painter.setPen(GRID)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF(plot.left() - mm(1.5) - width, y + metrics.ascent() / 2.5), label)
    painter.setPen(RULE)
    painter.drawRect(plot)
    _paint_months(painter, page, series, locale, plot, x_of)
    _paint_target(painter, series, x_of, y_of, slot)
    _paint_actual(painter, series, x_of, y_of)


def _paint_months(
    painter: QPainter, page: Page, series: ChartSeries, locale: QLocale, plot: QRectF, x_of: Place
) -> None:
    """Short month names under the plot; the year under the first month and each January."""
    font = page.font(7)
    metrics = page.metrics(font)
    painter.setPen(MUTED)
    for index, month in enumerate(series.months):
        lines = [short_month_name(month.month, locale)]
        if index == 0 or month.month == 1:
            lines.append(str(month.year))
        for row, line in enumerate(lines):
            width = metrics.horizontalAdvance(line)
            y = plot.bottom() + mm(1) + metrics.ascent() + row * metrics.lineSpacing()
            painter.drawText(QPointF(x_of(index) - width / 2, y), line)


def _paint_target(
    painter: QPainter, series: ChartSeries, x_of: Place, y_of: Level, slot: float
) -> None:
    """A step: each month's target level across its month, joined where it changes."""
    painter.setPen(QPen(TARGET, mm(0.35), Qt.PenStyle.DashLine))
    path = QPainterPath()
    previous: float | None = None
    for index, target in enumerate(series.target):
        if target is None:
            previous = None
            continue
        left, right = x_of(index) - slot / 2, x_of(index) + slot / 2
        if previous is None:
            path.moveTo(left, y_of(target))
        else:
            path.lineTo(left, y_of(target))
        path.lineTo(right, y_of(target))
        previous = target
    painter.drawPath(path)


def _paint_actual(painter: QPainter, series: ChartSeries, x_of: Place, y_of: Level) -> None:
    """The figures as a line broken at missing months, with a point at each figure."""
    painter.setPen(QPen(ACTUAL, mm(0.5)))
    path = QPainterPath()
    joined = False
    for index, value in enumerate(series.actual):
        if value is None:
            joined = False
            continue
        if joined:
            path.lineTo(x_of(index), y_of(value))
        else:
            path.moveTo(x_of(index), y_of(value))
        joined = True
    painter.drawPath(path)
    painter.setBrush(ACTUAL)
    radius = mm(0.9)
    for index, value in enumerate(series.actual):
        if value is not None:
            painter.drawEllipse(QPointF(x_of(index), y_of(value)), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_legend(painter: QPainter, page: Page, area: QRectF) -> None:
    """`— Actual  - - Target` at the top right."""
    font = page.font(7)
    metrics = page.metrics(font)
    entries = [
        (QCoreApplication.translate("report", "Actual"), QPen(ACTUAL, mm(0.5))),
        (
            QCoreApplication.translate("report", "Target"),
            QPen(TARGET, mm(0.35), Qt.PenStyle.DashLine),
        ),
    ]
    sample = mm(7)
    widths = [sample + mm(1.5) + metrics.horizontalAdvance(text) for text, _ in entries]
    x = area.right() - sum(widths) - mm(4) * (len(entries) - 1)
    y = area.top() + metrics.lineSpacing() / 2
    for (text, pen), width in zip(entries, widths, strict=True):
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + sample + mm(1.5), y + metrics.ascent() / 2.5), text)
        x += width + mm(4)
