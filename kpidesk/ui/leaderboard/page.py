"""A segment's own page (its "personal statistics"): every KPI of its set against its own
targets, its rank, how it compares with the business average, and for the selected KPI its
last twelve months and its rank in each of them.

Computed from the snapshot the AppState holds (`segment_page`), never from the database: at
once for a small business, on the background worker when its twelve leaderboards per KPI
would hold the window (30 segments × 50 KPIs take most of a second).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.segment_page import SegmentPage, segment_page
from kpidesk.ui.charts.segment_trend import SegmentTrendChart
from kpidesk.ui.formatting import format_month
from kpidesk.ui.header_fit import fit_columns
from kpidesk.ui.leaderboard.page_model import COL_KPI, SegmentPageModel
from kpidesk.ui.runner import TaskRunner

COMPUTE_AT_ONCE = 200
"""Up to this many KPI × segment readings a page takes well under 100 ms to compute."""


class SegmentPageView(QWidget):
    """The page of the segment picked in its chooser, for the month the view is given."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._wanted: object = None
        """The last computation asked for; a page that arrives after another was asked
        for is dropped."""
        self.scorecard: Scorecard | None = None
        self.month: Month | None = None
        self.page: SegmentPage | None = None
        self.segment_box = QComboBox()
        self.segment_box.setAccessibleName(self.tr("Segment"))
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_box.currentIndexChanged.connect(lambda _i: self._draw())
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        segment_label = QLabel(self.tr("Segment:"))
        segment_label.setBuddy(self.segment_box)
        top.addWidget(segment_label)
        top.addWidget(self.segment_box)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        self.model = SegmentPageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the chart; arrows move in it
        self.table.setAccessibleName(self.tr("The segment's KPIs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.chart = SegmentTrendChart()
        self.chart.setMinimumHeight(200)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([300, 400])
        self.empty = QLabel(
            self.tr("No segments yet. Add a segment set and its segments under Goals.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        self.splitter = splitter

    def show_scorecard(self, scorecard: Scorecard, month: Month | None) -> None:
        """New data or another month: the chooser keeps the segment the owner picked."""
        self.scorecard, self.month = scorecard, month
        chosen = self.segment()
        names = [s.name for group in scorecard.segment_sets for s in group.active()]
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for name in names:
            self.segment_box.addItem(name, name)
        if chosen in names:
            self.segment_box.setCurrentIndex(names.index(chosen))
        self.segment_box.blockSignals(False)
        self._draw()

    def segment(self) -> str | None:
        return self.segment_box.currentData()

    def show_segment(self, name: str) -> None:
        """Open a segment's page (a double click on the leaderboard)."""
        index = self.segment_box.findData(name)
        if index >= 0:
            self.segment_box.setCurrentIndex(index)

    def _draw(self) -> None:
        name = self.segment()
        shown = self.scorecard is not None and self.month is not None and name is not None
        self.splitter.setVisible(shown)
        self.empty.setVisible(not shown)
        if not shown:
            self.page = None
            self.model.set_rows([])
            self.heading.setText("")
            return
        assert self.scorecard is not None and self.month is not None and name is not None
        scorecard, month = self.scorecard, self.month
        wanted = self._wanted = (scorecard, name, month)
        readings = len(scorecard.segment_view(name).active_kpis()) * len(
            [s for group in scorecard.segment_sets for s in group.segments]
        )
        if readings <= COMPUTE_AT_ONCE:
            self._show_page(segment_page(scorecard, name, month))
        else:
            self.runner.run(
                lambda: segment_page(scorecard, name, month),
                lambda page: self._show_page(page) if self._wanted is wanted else None,
            )

    def _show_page(self, page: SegmentPage) -> None:
        assert self.scorecard is not None and self.month is not None
        kept = self._current_kpi()
        self.page = page
        view = self.scorecard.segment_view(page.segment.name)
        self.model.set_rows([(view.kpi(row.status.kpi), row) for row in self.page.kpis])
        self.heading.setText(
            self.tr("<b>{segment}</b> ({set}) · {month}").format(
                segment=escape(self.page.segment.name),
                set=escape(self.page.segment.set_name),
                month=format_month(self.month, long=True),
            )
        )
        fit_columns(self.table, keep=set())
        names = [row.status.kpi for row in self.page.kpis]
        self.table.selectRow(names.index(kept) if kept in names else 0)
        self._draw_chart()

    def _current_kpi(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(COL_KPI).data() if index.isValid() else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.page is None or self.scorecard is None:
            return
        index = self.table.currentIndex()
        if not index.isValid() or not self.page.kpis:
            return
        kpi, row = self.model.row_at(index.row())
        self.chart.show_kpi(kpi, row)
