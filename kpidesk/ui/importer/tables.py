"""The Import view's tables: built alike, and sized so translated headers and labels read."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

_SIZED_ROWS = 200
"""Rows a table's columns are sized by: a preview of 100 000 figures is not measured whole
each time the view lays itself out."""
_WIDEST_CONTENTS = 240
"""Pixels a mapping column may claim for its contents before the table eats into the
preview beside it."""


def table_of(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setTabKeyNavigation(False)  # Tab goes on to the next table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(_SIZED_ROWS)
    header.setStretchLastSection(True)
    return table


def boxed(title: str, widget: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    QVBoxLayout(box).addWidget(widget)
    return box


def width_for_headers(table: QTableView, skip: int | None = None) -> int:
    """Room for every column's header text (translations run longer than English) and for
    its contents up to a limit (a long label elides, with the whole of it in the tooltip),
    plus the frame and a vertical scroll bar. Column `skip` (one of combos) keeps its width."""
    header = table.horizontalHeader()
    columns = sum(
        max(
            header.sectionSizeHint(i),
            table.columnWidth(i),
            0 if i == skip else min(_content_width(table, i), _WIDEST_CONTENTS),
        )
        for i in range(header.count())
    )
    scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return columns + 2 * table.frameWidth() + scroll_bar


def _content_width(table: QTableView, col: int, rows: int = 200) -> int:
    """The widest text among the first rows of a column, with the cell's margins."""
    model = table.model()
    metrics = table.fontMetrics()
    texts = (str(model.index(row, col).data() or "") for row in range(min(model.rowCount(), rows)))
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin
