"""Column widths that leave room for translated headers without wasting the screen.

A header such as "Year to date" or "От нач. на годината" may break over two lines, so a
column is as wide as its figures or its header's wider half, whichever is more — not as wide
as its whole header on one line. A row header capped in width elides its names instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

_SORT_ARROW = 14


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width in which `text` fits on at most two lines, broken between words."""
    words = text.split()
    best = metrics.horizontalAdvance(text)
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        best = min(best, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return best


def header_padding(table: QTableView) -> int:
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return 2 * margin + _SORT_ARROW


def fit_columns(table: QTableView, keep: set[int]) -> None:
    """Size every column but those in `keep` to its figures and its (two-line) header."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    header.setMinimumHeight(2 * metrics.lineSpacing() + 8)
    model = table.model()
    padding = header_padding(table)
    for column in range(header.count()):
        if column in keep:
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(table.sizeHintForColumn(column), two_line_width(metrics, text) + padding)
        header.resizeSection(column, width)


class ElidingHeader(QHeaderView):
    """A row header whose names end in "…" when the capped width cuts them, instead of
    being cut mid-word with nothing to say so; the model's tooltip gives the whole name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def shown_label(self, section: int) -> str:
        """The label as drawn in the header's present width: whole, or cut with "…"."""
        text = str(self.model().headerData(section, self.orientation()) or "")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        metrics = QFontMetrics(self._font(section))
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width() - 2 * margin)

    def _font(self, section: int) -> QFont:
        font = self.model().headerData(section, self.orientation(), Qt.ItemDataRole.FontRole)
        return font if isinstance(font, QFont) else self.font()

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        option.text = self.shown_label(logicalIndex)
