"""Goals: the KPI list on the left; the selected KPI's targets and their history on the right.

The two sides are their own widgets (`kpi_list`, `detail_panel`); what the buttons do is in
`actions`. This module puts them side by side and keeps the selection across reloads; the
segment sets and their segments are managed on a second tab (`segments_panel`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from kpidesk.domain.kpi import name_key
from kpidesk.store.loading import Snapshot
from kpidesk.ui.focus import set_first_focus
from kpidesk.ui.goals.actions import GoalActions
from kpidesk.ui.goals.detail_panel import DetailPanel
from kpidesk.ui.goals.kpi_list import KpiListPanel
from kpidesk.ui.goals.kpi_model import KPI_ROLE
from kpidesk.ui.goals.list_split import list_detail_split
from kpidesk.ui.goals.segments_panel import SegmentsPanel
from kpidesk.ui.state import AppState


class GoalsView(GoalActions):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._pending_select: str | None = None
        self.kpi_list = KpiListPanel()
        self.model, self.proxy = self.kpi_list.model, self.kpi_list.proxy
        self.kpi_table = self.kpi_list.table
        self.detail = DetailPanel()
        self.history, self.plan = self.detail.history, self.detail.plan
        self.title = self.detail.title
        self._connect()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.kpi_list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.split = list_detail_split(splitter, self.kpi_list.natural_width)
        self.segments = SegmentsPanel(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("KPIs and targets"))
        self.tabs.addTab(self.segments, self.tr("Segments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        set_first_focus(self, self.kpi_table)  # opening Goals puts the keyboard in the KPI list
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    def _connect(self) -> None:
        panel = self.kpi_list
        panel.catalog_button.clicked.connect(self.add_from_catalog)
        panel.new_button.clicked.connect(self.new_kpi)
        panel.edit_button.clicked.connect(self.edit_kpi)
        panel.archive_button.clicked.connect(self.toggle_archived)
        panel.delete_button.clicked.connect(self.delete_kpi)
        self.kpi_table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.kpi_table.doubleClicked.connect(self.edit_kpi)
        self.detail.targetRequested.connect(self.set_target)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        chosen = self.selected_kpi()
        wanted = self._pending_select or (chosen.name if chosen else None)
        self._pending_select = None
        self.model.set_scorecard(snapshot.scorecard)
        self.kpi_list.fit_names()
        self.split.share()
        if wanted is not None and self._has_kpi(snapshot, wanted):
            self.select_kpi(wanted)
        elif self.proxy.rowCount():
            self.kpi_table.selectRow(0)
        self._show_selected()

    @staticmethod
    def _has_kpi(snapshot: Snapshot, name: str) -> bool:
        return any(k.key == name_key(name) for k in snapshot.scorecard.kpis)

    def select_kpi(self, name: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KPI_ROLE).key == name_key(name):
                self.kpi_table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _show_selected(self) -> None:
        kpi = self.selected_kpi()
        panel = self.kpi_list
        for widget in (panel.edit_button, panel.archive_button, panel.delete_button):
            widget.setEnabled(kpi is not None)
        if kpi is not None:
            panel.archive_button.setText(self.tr("Restore") if kpi.archived else self.tr("Archive"))
        self.detail.show_kpi(self.state.snapshot.scorecard, kpi)
