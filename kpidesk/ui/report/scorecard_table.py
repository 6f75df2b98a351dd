"""The report's scorecard: one row per KPI with its status, the month's value and target,
attainment, year to date and the same month last year.

Every number comes from `Scorecard.status_of` and `month_on_last_year`, formatted by
`ui/formatting.py` in the report's locale, so the table reads as the dashboard does. The
name and status columns wrap; the number columns are as wide as their widest figure (narrower,
wrapping, only when they would not leave the name a readable width), so nothing is cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.year_on_year import month_on_last_year
from kpidesk.ui.formatting import format_percent, format_value
from kpidesk.ui.report.page import RULE, TEXT, Block, Page, draw_lines, mm
from kpidesk.ui.status_style import status_look

_POINTS = (8.0, 7.5, 7.0, 6.5)
"""The table's type sizes, largest first: the first at which every column fits whole (no
word broken, no figure wrapped) beside a readable name column."""
_PAD = mm(1.4)
_NAME_MIN = mm(34)
_SLACK = mm(0.3)
"""Room past the widest text, so rounding never wraps a word that fits."""
_HEADER_FILL = QColor("#eef1f5")


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    status: Status
    colour: QColor
    """The status column's colour (its symbol and word say the same without colour)."""


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("report", "KPI"),
        QCoreApplication.translate("report", "Status"),
        QCoreApplication.translate("report", "Value"),
        QCoreApplication.translate("report", "Target"),
        QCoreApplication.translate("report", "Attained"),
        QCoreApplication.translate("report", "Year to date"),
        QCoreApplication.translate("report", "Year-to-date target"),
        QCoreApplication.translate("report", "Last year"),
        QCoreApplication.translate("report", "Change"),
    )


def scorecard_rows(card: Scorecard, month: Month, locale: QLocale) -> list[Row]:
    """The active KPIs in the workspace's order, as the table shows them."""
    rows = []
    for kpi in card.active_kpis():
        standing = card.status_of(kpi.name, month)
        last_year = month_on_last_year(card, kpi.name, month)
        look = status_look(standing.status)
        cells = (
            kpi.name,
            f"{look.symbol} {look.label}",
            format_value(kpi, standing.value, locale),
            format_value(kpi, standing.target, locale),
            format_percent(standing.attainment, locale),
            format_value(kpi, standing.ytd_value, locale),
            format_value(kpi, standing.ytd_target, locale),
            format_value(kpi, last_year.last_year, locale),
            signed_percent(last_year.change, locale),
        )
        rows.append(Row(cells, standing.status, look.colour))
    return rows


def signed_percent(value: float | None, locale: QLocale) -> str:
    """A change with its sign: `+5 %`, `−3 %` (the locale's minus), "" when there is none."""
    text = format_percent(value, locale)
    return f"+{text}" if value is not None and text and round(value) > 0 else text


def table_blocks(page: Page, titles: Sequence[str], rows: Sequence[Row]) -> list[Block]:
    """The header row and one block per KPI row; the header repeats on every page the table
    continues on."""
    for points in _POINTS:
        font, bold = page.font(points), page.font(points, bold=True)
        natural = _natural_widths(page, font, bold, titles, rows)
        if sum(natural[1:]) + _NAME_MIN <= page.width:
            break
    widths = _fitted(page, natural)
    header = _row_block(page, bold, widths, titles, None, header=True)
    blocks = [_row_block(page, font, widths, row.cells, row.colour) for row in rows]
    for block in blocks:
        block.repeat = header
    return [header, *blocks]


def _natural_widths(
    page: Page, font: QFont, bold: QFont, titles: Sequence[str], rows: Sequence[Row]
) -> list[float]:
    """Each column as wide as its longest header word and its widest cell (the status
    column's symbol and word are one cell, kept on one line)."""
    natural = []
    for column, title in enumerate(titles):
        words = [page.text_width(bold, word) for word in title.split()]
        cells = [page.text_width(font, row.cells[column]) for row in rows]
        natural.append(max([*words, *cells, 0.0]) + 2 * _PAD + _SLACK)
    return natural


def _fitted(page: Page, natural: list[float]) -> list[float]:
    """The name column takes what the others leave; only when even the smallest type does
    not fit are the other columns narrowed in proportion."""
    others = sum(natural[1:])
    if others + _NAME_MIN > page.width:
        scale = (page.width - _NAME_MIN) / others
        return [_NAME_MIN, *(width * scale for width in natural[1:])]
    return [page.width - others, *natural[1:]]


def _row_block(
    page: Page,
    font: QFont,
    widths: Sequence[float],
    cells: Sequence[str],
    colour: QColor | None,
    header: bool = False,
) -> Block:
    wrapped = [
        page.wrap(font, text, width - 2 * _PAD) for text, width in zip(cells, widths, strict=True)
    ]
    spacing = page.metrics(font).lineSpacing()
    height = max(len(lines) for lines in wrapped) * spacing + 2 * _PAD

    def paint(painter: QPainter, top: float) -> None:
        if header:
            painter.fillRect(QRectF(0, top, page.width, height), _HEADER_FILL)
        x = 0.0
        for column, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
            painter.setPen(colour if column == 1 and colour is not None else TEXT)
            cell = QRectF(x + _PAD, top + _PAD, width - 2 * _PAD, height - 2 * _PAD)
            draw_lines(painter, page, font, lines, cell, right=column >= 2)
            x += width
        painter.setPen(RULE)
        painter.drawLine(QPointF(0, top + height), QPointF(page.width, top + height))

    return Block(height, paint)
