"""The report's A4 page: its geometry, its font, wrapped text, and the blocks a page holds.

Everything is measured on the PDF writer itself (its resolution), so what is measured is what
is painted. Sections hand the layout a list of blocks, each of a known height; `paginate`
stacks them onto pages before anything is painted, so the page count is known when the first
page is drawn ("Page 1 of 5"). Wrapped text becomes one block per line, so a long note runs
onto the next page instead of being cut off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

RESOLUTION = 300
"""Dots per inch of the page's coordinates: fine enough for hairlines and chart points."""
MARGIN_MM = 16.0
FOOTER_MM = 9.0
FONT_FAMILY = "DejaVu Sans"
"""Has every Cyrillic and Estonian letter (õ ä ö ü š ž); the system's default font if absent."""
TEXT = QColor("#1f2328")
MUTED = QColor("#5b616b")
RULE = QColor("#c9ced6")


def new_writer(path: str, title: str) -> QPdfWriter:
    """An A4 portrait PDF writer with the report's margins, title and creator."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("kpidesk")
    return writer


def mm(length: float) -> float:
    """Millimetres in page units."""
    return length * RESOLUTION / 25.4


def report_family() -> str:
    families = QFontDatabase.families()
    return FONT_FAMILY if FONT_FAMILY in families else QFont().family()


@dataclass(frozen=True)
class Page:
    """The printable area of a page (the painter's coordinates, margins already left out) and
    the fonts, measured on the writer."""

    device: QPaintDevice
    width: float
    height: float
    family: str

    @property
    def body_height(self) -> float:
        """The height blocks may fill: the page less the footer."""
        return self.height - mm(FOOTER_MM)

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters for search and copy
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_width(self, font: QFont, text: str) -> float:
        return self.metrics(font).horizontalAdvance(text)

    def wrap(self, font: QFont, text: str, width: float) -> list[str]:
        """`text` broken into lines no wider than `width`: at spaces where it can, anywhere
        in a word longer than the line; each paragraph (a line break) starts a new line."""
        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in text.splitlines() or [""]:
            layout = QTextLayout(paragraph, font, self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(width, 1.0))
                start, length = line.textStart(), line.textLength()
                lines.append(paragraph[start : start + length].rstrip())
            layout.endLayout()
            if not paragraph:
                lines.append("")
        return lines


def draw_lines(
    painter: QPainter, page: Page, font: QFont, lines: Sequence[str], rect: QRectF, right: bool
) -> None:
    """Lines of text from the top of `rect`, left- or right-aligned in it."""
    metrics = page.metrics(font)
    painter.setFont(font)
    y = rect.top() + metrics.ascent()
    for line in lines:
        x = rect.right() - metrics.horizontalAdvance(line) if right else rect.left()
        painter.drawText(QPointF(x, y), line)
        y += metrics.lineSpacing()


@dataclass
class Block:
    """A piece of a page: its height, how to paint it at a given top, and how it sits with
    its neighbours."""

    height: float
    paint: Callable[[QPainter, float], None]
    space_after: float = 0.0
    keep_with_next: bool = False
    """A heading: moved to the next page with the block after it, never left alone at the
    bottom."""
    repeat: Block | None = None
    """Painted first on a page this block starts (a table's header row)."""


@dataclass
class PageBreak:
    """The blocks after it start a new page."""


@dataclass
class Placed:
    block: Block
    top: float


@dataclass
class Layout:
    pages: list[list[Placed]] = field(default_factory=list)


def paginate(items: Sequence[Block | PageBreak], room: float) -> Layout:
    """Stack the blocks onto pages `room` high, in order."""
    layout = Layout([[]])
    used = 0.0
    for index, item in enumerate(items):
        if isinstance(item, PageBreak):
            if layout.pages[-1]:
                layout.pages.append([])
                used = 0.0
            continue
        need = item.height
        following = items[index + 1] if index + 1 < len(items) else None
        if item.keep_with_next and isinstance(following, Block):
            need += item.space_after + following.height
        if layout.pages[-1] and used + need > room:
            layout.pages.append([])
            used = 0.0
            if item.repeat is not None:
                layout.pages[-1].append(Placed(item.repeat, 0.0))
                used = item.repeat.height + item.repeat.space_after
        layout.pages[-1].append(Placed(item, used))
        used += item.height + item.space_after
    if not layout.pages[-1] and len(layout.pages) > 1:
        layout.pages.pop()
    return layout


def text_block(
    page: Page,
    text: str,
    points: float,
    bold: bool = False,
    colour: QColor = TEXT,
    space_after: float = 0.0,
    indent: float = 0.0,
) -> list[Block]:
    """A paragraph as one block per wrapped line; the last line carries `space_after`."""
    font = page.font(points, bold)
    spacing = page.metrics(font).lineSpacing()
    blocks: list[Block] = []
    for line in page.wrap(font, text, page.width - indent):

        def paint(painter: QPainter, top: float, line: str = line) -> None:
            painter.setPen(colour)
            draw_lines(painter, page, font, [line], QRectF(indent, top, page.width, spacing), False)

        blocks.append(Block(spacing, paint))
    blocks[-1].space_after = space_after
    return blocks


def heading(page: Page, text: str, points: float = 14.0) -> list[Block]:
    """A section heading, kept on the page of what follows it."""
    blocks = text_block(page, text, points, bold=True, space_after=mm(4))
    for block in blocks:
        block.keep_with_next = True
    return blocks


def paint_footer(painter: QPainter, page: Page, left: str, right: str) -> None:
    """A rule and the footer line at the bottom of the page."""
    font = page.font(8)
    top = page.height - mm(FOOTER_MM) + mm(3)
    painter.setPen(RULE)
    painter.drawLine(QPointF(0, top), QPointF(page.width, top))
    painter.setPen(MUTED)
    line = QRectF(0, top + mm(1.5), page.width, page.metrics(font).lineSpacing())
    right_width = page.text_width(font, right) + mm(4)
    shortened = page.metrics(font).elidedText(
        left, Qt.TextElideMode.ElideRight, page.width - right_width
    )
    draw_lines(painter, page, font, [shortened], line, False)
    draw_lines(painter, page, font, [right], line, True)
