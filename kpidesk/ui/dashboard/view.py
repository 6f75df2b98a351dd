"""The dashboard: where every KPI stands in one month, worst first.

A one-line summary on top ("3 on track, 2 at risk, 1 off track") gives the first impression;
the table gives the detail. Enter or a double click opens the KPI's chart.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.store.loading import Snapshot
from kpidesk.ui.dashboard.column_fit import fit_to_width
from kpidesk.ui.dashboard.delegate import SparklineDelegate
from kpidesk.ui.dashboard.model import (
    COL_KPI,
    COL_SPARK,
    COL_STATUS,
    ROW_ROLE,
    DashboardModel,
    DashboardProxy,
)
from kpidesk.ui.dashboard.rows import DashboardRow, dashboard_months, dashboard_rows
from kpidesk.ui.formatting import format_month
from kpidesk.ui.header_fit import fit_columns, header_padding, two_line_width
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look

_SIZE_SAMPLE_ROWS = 60
"""Rows measured to fit column widths: enough for a small business, fast for 200 KPIs."""
_COMPUTE_AT_ONCE = 60
"""Up to this many KPIs the dashboard's rows take well under 100 ms to compute."""
_SUMMARY_ORDER = (
    Status.ON_TRACK,
    Status.AT_RISK,
    Status.OFF_TRACK,
    Status.NO_TARGET,
    Status.NO_DATA,
)


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
        self._wanted: tuple[object, Month | None] = (None, None)
        self._natural: dict[int, int] = {}
        """Each column's width for its figures and header, measured when rows arrive."""
        self._build()
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    def _build(self) -> None:
        self.month_box = QComboBox()
        self.month_box.setMinimumContentsLength(14)
        self.month_box.currentIndexChanged.connect(self._refresh)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month_box)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.table = DashboardTable()
        self.table.setModel(self.proxy)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(_SIZE_SAMPLE_ROWS)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self.table._open)
        self.table.kpiActivated.connect(self.kpiActivated)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.empty = QLabel(
            self.tr("No figures yet. Add KPIs under Goals and type figures under Data entry.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        chosen = self.selected_month()
        months = dashboard_months(snapshot.scorecard)
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for month in months:
            self.month_box.addItem(format_month(month, long=True), month)
        if chosen in months:
            self.month_box.setCurrentIndex(months.index(chosen))
        self.month_box.blockSignals(False)
        self._refresh()

    def selected_month(self) -> Month | None:
        return self.month_box.currentData()

    def _refresh(self) -> None:
        """Compute the rows at once for a workspace of ordinary size; for hundreds of KPIs
        (over ~100 ms) on the background worker, showing them when they arrive, unless the
        owner has meanwhile chosen another month or the data changed."""
        month = self.selected_month()
        scorecard = self.state.snapshot.scorecard
        self._wanted = (scorecard, month)
        if month is None:
            self._show([])
        elif len(scorecard.active_kpis()) <= _COMPUTE_AT_ONCE:
            self._show(dashboard_rows(scorecard, month))
        else:
            wanted = self._wanted
            self.state.runner.run(
                lambda: dashboard_rows(scorecard, month),
                lambda rows: self._show(rows) if self._wanted is wanted else None,
            )

    def _show(self, rows: list[DashboardRow]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.summary.setText(self._summary(Counter(r.status.status for r in rows)))
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            self.table.setColumnHidden(column, False)
        fit_columns(self.table, keep={COL_SPARK})
        self._natural = {c: header.sectionSize(c) for c in range(header.count())}
        spark_title = str(self.proxy.headerData(COL_SPARK, Qt.Orientation.Horizontal))
        spark_header = two_line_width(header.fontMetrics(), spark_title)
        self._natural[COL_SPARK] = spark_header + header_padding(self.table)
        self._fit_width()

    def _fit_width(self) -> None:
        """Share the table's width between the columns (`column_fit`): the owner never has to
        scroll sideways to see the forecast, and a wide screen does not stretch the names."""
        if not self._natural:
            return
        fit = fit_to_width(self._natural, self.table.viewport().width())
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            self.table.setColumnHidden(column, column in fit.hidden)
            if column in fit.widths:
                header.resizeSection(column, fit.widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _summary(self, counts: Counter[Status]) -> str:
        parts = []
        for status in _SUMMARY_ORDER:
            if counts[status]:
                look = status_look(status)
                parts.append(
                    f'<span style="color:{look.colour.name()}"><b>{look.symbol} '
                    f"{counts[status]}</b> {look.label.lower()}</span>"
                )
        return " &nbsp; ".join(parts)

    def current_kpi(self) -> str | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(COL_KPI).data(ROW_ROLE) if index.isValid() else None
        return None if row is None else row.kpi.name
