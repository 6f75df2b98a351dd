"""The leaderboard view: who is ahead on a KPI, every segment's status on every KPI, and
each segment's own page, in three tabs under one month chooser.

Ranking: pick a KPI tracked by segments and a period (the month, its quarter, or the year to
date up to it); the table ranks the segments (`domain/leaderboard.py`), the business total
and average below it. Scorecard: segments × KPIs of a set, status symbols for the month.
A double click on a segment in either opens its page. Everything is computed from the
snapshot the AppState holds; nothing here reads the database. Only the tab shown is
computed; the scorecard of a large workspace (30 segments × 50 KPIs: a third of a second) on
the background worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.leaderboard import Leaderboard, leaderboard, segment_scorecard
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.scorecard import KpiStatus, Scorecard
from kpidesk.domain.segments import Segment
from kpidesk.store.loading import Snapshot
from kpidesk.ui.dashboard.rows import dashboard_months
from kpidesk.ui.focus import set_first_focus
from kpidesk.ui.formatting import format_month, format_value
from kpidesk.ui.header_fit import fit_columns
from kpidesk.ui.leaderboard.grid_model import SEGMENT_ROLE, SegmentGridModel
from kpidesk.ui.leaderboard.model import COL_VS_BENCHMARK, StandingsModel
from kpidesk.ui.leaderboard.page import COMPUTE_AT_ONCE, SegmentPageView
from kpidesk.ui.state import AppState

PERIODS = ("month", "quarter", "ytd")


def period_of(kind: str, month: Month, fiscal_start: int) -> Period:
    """The period of that kind the month falls in (the year to date ends at the month)."""
    return Period.ending_in(cast(PeriodKind, kind), month, fiscal_start)


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in it
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _enter_opens(table: QTableView, open_index: Callable[[QModelIndex], None]) -> None:
    """Enter on the table opens what a double click opens, so the keyboard reaches the
    segment page too."""
    action = QAction(table)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(
        lambda: open_index(table.currentIndex()) if table.currentIndex().isValid() else None
    )
    table.addAction(action)


class LeaderboardView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.board: Leaderboard | None = None
        self._stale: set[int] = set()
        """Tabs whose numbers are older than the snapshot or the month: computed when shown."""
        self._grid_wanted: object = None
        self._build()
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.month_box = QComboBox()
        self.month_box.setAccessibleName(self.tr("Month"))
        self.month_box.setMinimumContentsLength(14)
        self.month_box.currentIndexChanged.connect(lambda _i: self._refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month_box)
        top.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_ranking(), self.tr("Ranking"))
        self.tabs.addTab(self._build_grid(), self.tr("Scorecard"))
        self.page = SegmentPageView(self.state.runner)
        self.tabs.addTab(self.page, self.tr("Segment page"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.empty = QLabel(
            self.tr(
                "No KPI is tracked by segments yet. Add a segment set under Goals and choose"
                " it for a KPI; the ranking of its segments appears here."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        set_first_focus(self, self.table)  # opening the view puts the keyboard in the ranking

    def _build_ranking(self) -> QWidget:
        self.kpi_box = QComboBox()
        self.kpi_box.setAccessibleName(self.tr("KPI"))
        self.kpi_box.setMinimumContentsLength(18)
        self.kpi_box.currentIndexChanged.connect(lambda _i: self._show_ranking())
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for kind, text in zip(
            PERIODS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year to date")), strict=True
        ):
            self.period_box.addItem(text, kind)
        self.period_box.currentIndexChanged.connect(lambda _i: self._show_ranking())
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("KPI:")))
        controls.addWidget(self.kpi_box)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Period:")))
        controls.addWidget(self.period_box)
        controls.addStretch(1)
        self.model = StandingsModel(self)
        self.table = _table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ranking"))
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open_standing)
        _enter_opens(self.table, self._open_standing)
        self.footer = QLabel()
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.footer.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        return page

    def _build_grid(self) -> QWidget:
        self.set_box = QComboBox()
        self.set_box.setAccessibleName(self.tr("Segment set"))
        self.set_box.currentIndexChanged.connect(lambda _i: self._show_grid())
        self.set_label = QLabel(self.tr("Segment set:"))
        controls = QHBoxLayout()
        controls.addWidget(self.set_label)
        controls.addWidget(self.set_box)
        controls.addStretch(1)
        self.grid_model = SegmentGridModel(self)
        self.grid = _table()
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setModel(self.grid_model)
        self.grid.setAccessibleName(self.tr("Scorecard"))
        self.grid.doubleClicked.connect(self._open_cell)
        _enter_opens(self.grid, self._open_cell)
        self.grid.verticalHeader().sectionDoubleClicked.connect(self._open_row)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.grid, 1)
        return page

    # --- data ---------------------------------------------------------------------------
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        scorecard = snapshot.scorecard
        _refill(
            self.month_box, [(format_month(m, long=True), m) for m in dashboard_months(scorecard)]
        )
        tracked = [k.name for k in scorecard.active_kpis() if scorecard.set_of(k.name) is not None]
        _refill(self.kpi_box, [(name, name) for name in tracked])
        sets = [s.name for s in scorecard.segment_sets if s.active()]
        _refill(self.set_box, [(name, name) for name in sets])
        for widget in (self.set_label, self.set_box):
            widget.setVisible(len(sets) > 1)
        self.tabs.setVisible(bool(tracked))
        self.empty.setVisible(not tracked)
        self._refresh()

    def selected_month(self) -> Month | None:
        return self.month_box.currentData()

    def _refresh(self) -> None:
        self._stale = set(range(self.tabs.count()))
        self._show_tab()

    def _show_tab(self) -> None:
        """Bring the shown tab up to date, if it is not."""
        tab = self.tabs.currentIndex()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab == 0:
            self._show_ranking()
        elif tab == 1:
            self._show_grid()
        else:
            self.page.show_scorecard(self.state.snapshot.scorecard, self.selected_month())

    def select(self, kpi: str, period: str = "month") -> None:
        """Show a KPI's ranking over a period kind (`month`, `quarter`, `ytd`)."""
        self.tabs.setCurrentIndex(0)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(period)))
        self.kpi_box.setCurrentIndex(max(0, self.kpi_box.findData(kpi)))
        self._show_ranking()

    def _show_ranking(self) -> None:
        scorecard: Scorecard = self.state.snapshot.scorecard
        month, kpi = self.selected_month(), self.kpi_box.currentData()
        if month is None or kpi is None:
            self.board = None
            self.model.set_rows([])
            self.footer.setText("")
            return
        period = period_of(self.period_box.currentData(), month, scorecard.fiscal_start)
        self.board = leaderboard(scorecard, kpi, period)
        definition = scorecard.kpi(kpi)
        self.model.show_board(definition, self.board)
        # a column with nothing in it only says the KPI has no benchmark; its tooltip is moot
        self.table.setColumnHidden(COL_VS_BENCHMARK, definition.benchmark is None)
        fit_columns(self.table, keep=set())
        self.footer.setText(self._footer(self.board))

    def _footer(self, board: Leaderboard) -> str:
        definition = self.state.snapshot.scorecard.kpi(board.kpi)
        parts = [
            self.tr("Business total: <b>{value}</b>").format(
                value=format_value(definition, board.total) or "–"
            ),
            self.tr("Average of the segments: <b>{value}</b>").format(
                value=format_value(definition, board.average) or "–"
            ),
        ]
        if board.benchmark is not None:
            parts.append(
                self.tr("Benchmark: <b>{value}</b>").format(
                    value=format_value(definition, board.benchmark)
                )
            )
        covered, listed = board.coverage
        parts.append(
            self.tr("{covered} of {listed} segments have a figure").format(
                covered=covered, listed=listed
            )
        )
        return " &nbsp;·&nbsp; ".join(parts)

    def _show_grid(self) -> None:
        scorecard = self.state.snapshot.scorecard
        month, set_name = self.selected_month(), self.set_box.currentData()
        if month is None or set_name is None:
            self.grid_model.show_table([], [])
            return
        kpis = [
            kpi
            for kpi in scorecard.active_kpis()
            if (tracked := scorecard.set_of(kpi.name)) is not None and tracked.name == set_name
        ]
        wanted = self._grid_wanted = (scorecard, set_name, month)
        segments = next(len(s.segments) for s in scorecard.segment_sets if s.name == set_name)
        if len(kpis) * segments <= COMPUTE_AT_ONCE:
            self._fill_grid(kpis, segment_scorecard(scorecard, set_name, month))
        else:
            self.state.runner.run(
                lambda: segment_scorecard(scorecard, set_name, month),
                lambda rows: self._fill_grid(kpis, rows) if self._grid_wanted is wanted else None,
            )

    def _fill_grid(
        self, kpis: list[KpiDefinition], rows: list[tuple[Segment, list[KpiStatus]]]
    ) -> None:
        self.grid_model.show_table(kpis, rows)
        fit_columns(self.grid, keep=set())

    # --- opening a segment's page -------------------------------------------------------
    def open_segment(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.page.show_segment(name)

    def _open_standing(self, index: QModelIndex) -> None:
        self.open_segment(self.model.row_at(index.row()).segment)

    def _open_cell(self, index: QModelIndex) -> None:
        self.open_segment(index.data(SEGMENT_ROLE))

    def _open_row(self, section: int) -> None:
        self.open_segment(self.grid_model.rows[section][0].name)


def _refill(box: QComboBox, items: list[tuple[str, object]]) -> None:
    """New choices, keeping the one picked when it is still there (else the first)."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    datas = [data for _text, data in items]
    box.setCurrentIndex(datas.index(chosen) if chosen in datas else 0 if items else -1)
    box.blockSignals(False)
