"""The dashboard: where every KPI stands in a month, a quarter or the year to date, worst first.

A one-line summary on top ("3 on track, 2 at risk, 1 off track") gives the first impression;
the table gives the detail. Above it, the KPIs the owner pinned as headline tiles
(`tiles`, remembered per workspace by `pins`); below it, in a splitter, the selected KPI's
chart, so a tall screen is not left empty. Enter or a double click opens the charts view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.loading import Snapshot
from kpidesk.ui.contrast import hint_label
from kpidesk.ui.dashboard.column_fit import fit_to_width
from kpidesk.ui.dashboard.delegate import SparklineDelegate
from kpidesk.ui.dashboard.missing_banner import MissingBanner
from kpidesk.ui.dashboard.model import (
    COL_ATTAINMENT,
    COL_KPI,
    COL_SPARK,
    COL_STATUS,
    COL_TREND,
    ROW_ROLE,
    SHOWN_AFTER_ATTAINMENT,
    DashboardModel,
    DashboardProxy,
)
from kpidesk.ui.dashboard.period_picker import PeriodPicker
from kpidesk.ui.dashboard.pins import pinned, set_pinned
from kpidesk.ui.dashboard.rows import DashboardRow, dashboard_months, dashboard_rows
from kpidesk.ui.dashboard.split import table_chart_split
from kpidesk.ui.dashboard.summary import summary_html
from kpidesk.ui.dashboard.tiles import TileRow
from kpidesk.ui.focus import chain_tab_order, set_first_focus
from kpidesk.ui.header_fit import fit_columns, header_padding, two_line_width
from kpidesk.ui.state import AppState

_CHART_AFTER_MS = 100
"""How long after the table's first paint the chart below is made: time for that first frame
to reach the screen before pyqtgraph's import (most of a second) holds the GUI thread."""
_SIZE_SAMPLE_ROWS = 60
"""Rows measured to fit column widths: enough for a small business, fast for 200 KPIs."""
_COMPUTE_AT_ONCE = 60
"""Up to this many KPIs the dashboard's rows take well under 100 ms to compute."""

if TYPE_CHECKING:
    from kpidesk.ui.charts.kpi_chart import KpiChart


class DashboardTable(QTableView):
    """A table that treats Enter like a double click: open the selected KPI."""

    kpiActivated = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(COL_KPI).data(ROW_ROLE)
        if row is not None:
            self.kpiActivated.emit(row.kpi.name)


class DashboardView(QWidget):
    kpiActivated = Signal(str)
    """The owner asked to see a KPI's chart."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = DashboardModel(self)
        self.proxy = DashboardProxy(self)
        self.proxy.setSourceModel(self.model)
        self._wanted: tuple[object, Month | None, str] = (None, None, "month")
        self._natural: dict[int, int] = {}
        """Each column's width for its figures and header, measured when rows arrive."""
        self._rows: list[DashboardRow] = []
        self.pins: list[int] = pinned(state.workspace.url)
        """The pinned KPIs' store ids, in the order pinned."""
        self._build()
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    def _build(self) -> None:
        self.period_picker = PeriodPicker()
        self.period_picker.changed.connect(self._refresh)
        self.month_box = self.period_picker.box
        self.segment_box = QComboBox()
        self.segment_box.setAccessibleName(self.tr("Segment"))
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_box.currentIndexChanged.connect(self._refresh)
        self.segment_label = QLabel(self.tr("Show:"))
        self.segment_label.setBuddy(self.segment_box)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # the period picker leaves it less room on 1024 px
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        top.addSpacing(12)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.table = DashboardTable()
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("KPIs"))
        set_first_focus(self, self.table)
        header = self.table.horizontalHeader()
        for offset, column in enumerate(SHOWN_AFTER_ATTAINMENT, start=1):
            header.moveSection(
                header.visualIndex(column), header.visualIndex(COL_ATTAINMENT) + offset
            )
        self.table.setItemDelegateForColumn(COL_SPARK, SparklineDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(_SIZE_SAMPLE_ROWS)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self.table._open)
        self.table.kpiActivated.connect(self.kpiActivated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.pin_action = QAction(self.tr("Pin to the top"), self.table)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.pin_action.triggered.connect(self.toggle_pin)
        self.table.addAction(self.pin_action)

        self.tiles = TileRow()
        self.tiles.kpiClicked.connect(self.select_kpi)
        self.pin_hint = hint_label(
            self.tr("Right-click a KPI and choose “Pin to the top” (Ctrl+P) to see it here.")
        )
        self.chart: KpiChart | None = None
        self._chart_scheduled = False
        """Made once the table has first painted (`_build_chart`): pyqtgraph takes most of a
        second to import, which the owner's first look at the table should not wait for."""
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.split = table_chart_split(self.splitter, self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.banner = MissingBanner(self.state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        layout.addWidget(self.pin_hint)
        layout.addWidget(self.splitter, 1)
        self.empty = QLabel(
            self.tr("No figures yet. Add KPIs under Goals and type figures under Data entry.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        scorecard = snapshot.scorecard
        self.period_picker.set_months(dashboard_months(scorecard), scorecard.fiscal_start)
        self._fill_segments(snapshot)
        self._refresh()

    def _fill_segments(self, snapshot: Snapshot) -> None:
        """The business total, then every reporting segment; hidden without segments. A
        segment archived or renamed since it was picked falls back to the total."""
        chosen = self.selected_segment()
        names = [s.name for group in snapshot.scorecard.segment_sets for s in group.active()]
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        self.segment_box.addItem(self.tr("Business total"), None)
        for name in names:
            self.segment_box.addItem(name, name)
        self.segment_box.setCurrentIndex(names.index(chosen) + 1 if chosen in names else 0)
        self.segment_box.blockSignals(False)
        for widget in (self.segment_label, self.segment_box):
            widget.setVisible(bool(names))

    def selected_segment(self) -> str | None:
        """The segment the dashboard shows; None: the business total."""
        return self.segment_box.currentData()

    def select_segment(self, name: str | None) -> None:
        index = self.segment_box.findData(name)
        self.segment_box.setCurrentIndex(max(index, 0))

    def shown_scorecard(self) -> Scorecard:
        """The scorecard the rows, tiles and chart come from: the business's, or the picked
        segment's own (its KPIs against its own targets)."""
        scorecard = self.state.snapshot.scorecard
        segment = self.selected_segment()
        return scorecard if segment is None else scorecard.segment_view(segment)

    def selected_month(self) -> Month | None:
        return self.period_picker.selected_month()

    def _refresh(self) -> None:
        """Compute the rows at once for a workspace of ordinary size; for hundreds of KPIs
        (over ~100 ms) on the background worker, showing them when they arrive, unless the
        owner has meanwhile chosen another month or the data changed."""
        month = self.selected_month()
        kind = self.period_picker.kind()
        scorecard = self.shown_scorecard()
        self._wanted = (scorecard, month, kind)
        if month is None:
            self._show([])
        elif len(scorecard.active_kpis()) <= _COMPUTE_AT_ONCE:
            self._show(dashboard_rows(scorecard, month, kind))
        else:
            wanted = self._wanted
            self.state.runner.run(
                lambda: dashboard_rows(scorecard, month, kind),
                lambda rows: self._show(rows) if self._wanted is wanted else None,
            )

    def _show(self, rows: list[DashboardRow]) -> None:
        shown = self.current_kpi()
        self._rows = rows
        self.model.set_rows(rows)
        self.splitter.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._show_tiles()
        self.select_kpi(shown or self._first_kpi())
        self.summary.setText(summary_html(r.status.status for r in rows))
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            self.table.setColumnHidden(column, False)
        fit_columns(self.table, keep={COL_SPARK})
        self._natural = {c: header.sectionSize(c) for c in range(header.count())}
        spark_title = str(self.proxy.headerData(COL_SPARK, Qt.Orientation.Horizontal))
        spark_header = two_line_width(header.fontMetrics(), spark_title)
        self._natural[COL_SPARK] = spark_header + header_padding(self.table)
        if self.period_picker.kind() != "month":
            del self._natural[COL_TREND]  # a month's trend, so no quarter or year to date has one
        self._fit_width()
        self.split.share()

    def _fit_width(self) -> None:
        """Share the table's width between the columns (`column_fit`): the owner never has to
        scroll sideways to see the forecast, and a wide screen does not stretch the names."""
        if not self._natural:
            return
        fit = fit_to_width(self._natural, self.table.viewport().width())
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            self.table.setColumnHidden(column, column in fit.hidden or column not in fit.widths)
            if column in fit.widths:
                header.resizeSection(column, fit.widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_width()
            elif event.type() == QEvent.Type.Paint and self._chart_waits_for_rows():
                self._chart_scheduled = True
                QTimer.singleShot(_CHART_AFTER_MS, self._build_chart)
        return super().eventFilter(watched, event)

    # --- the chart below ---------------------------------------------------------------
    def _first_kpi(self) -> str | None:
        index = self.proxy.index(0, COL_KPI)
        row = index.data(ROW_ROLE) if index.isValid() else None
        return None if row is None else row.kpi.name

    def select_kpi(self, name: str | None) -> None:
        """Select a KPI's row (a tile's click, a refresh keeping the owner's choice)."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, COL_KPI)
            if name is not None and index.data(ROW_ROLE).kpi.name == name:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self._draw_chart()
                return
        self._draw_chart()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._name_pin_action()
        self._draw_chart()

    def _chart_waits_for_rows(self) -> bool:
        """The chart is built after the first paint that shows rows, not after the empty
        table's first frame: on a busy machine the snapshot can take longer than the delay."""
        return self.chart is None and not self._chart_scheduled and self.proxy.rowCount() > 0

    def _build_chart(self) -> None:
        if self.chart is not None:
            return
        from kpidesk.ui.charts.kpi_chart import KpiChart

        self.chart = KpiChart()
        self.chart.setMinimumHeight(160)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.split.share()
        self._draw_chart()

    def _draw_chart(self) -> None:
        """Drawn on the GUI thread from the snapshot, as the charts view does."""
        if self.chart is None:
            return
        name = self.current_kpi()
        scorecard = self.shown_scorecard()
        if name is None or not self._rows:
            self.chart.show_empty()
            self.chart.title.setText(self.tr("Select a KPI to see its chart."))
        elif name == self.chart.kpi_name and self.chart.scorecard is scorecard:
            return
        elif name == self.chart.kpi_name:
            self.chart.refresh(scorecard)
        else:
            self.chart.show_kpi(scorecard, name)

    # --- pins ---------------------------------------------------------------------------
    def _context_menu(self, position: QPoint) -> None:
        if self.current_kpi() is None:
            return
        menu = QMenu(self.table)
        menu.addAction(self.pin_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _name_pin_action(self) -> None:
        name = self.current_kpi()
        pinned_now = name is not None and self.state.kpi_id(name) in self.pins
        self.pin_action.setText(self.tr("Unpin") if pinned_now else self.tr("Pin to the top"))

    def toggle_pin(self) -> None:
        """Pin the selected KPI, or unpin it when it is pinned; remembered at once."""
        name = self.current_kpi()
        if name is None:
            return
        kpi_id = self.state.kpi_id(name)
        if kpi_id in self.pins:
            self.pins.remove(kpi_id)
        else:
            self.pins.append(kpi_id)
        set_pinned(self.state.workspace.url, self.pins)
        self._name_pin_action()
        self._show_tiles()

    def _show_tiles(self) -> None:
        ids = self.state.snapshot.kpi_ids
        by_id = {ids[row.kpi.key]: row for row in self._rows if row.kpi.key in ids}
        rows = [by_id[i] for i in self.pins if i in by_id]
        self.tiles.show_rows(rows)
        chain_tab_order(self.segment_box, *self.tiles.tiles, self.table)
        self.pin_hint.setVisible(bool(self._rows) and not rows)

    def current_kpi(self) -> str | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(COL_KPI).data(ROW_ROLE) if index.isValid() else None
        return None if row is None else row.kpi.name
