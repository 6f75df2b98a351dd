"""The chart panel: one KPI's chart with its controls, and the wall of every KPI.

The single entry point the main window embeds. It listens to `state.snapshotChanged` itself,
so an edit anywhere in the app (grid, import, undo) updates the curves in place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.store.loading import Snapshot
from kpidesk.ui.charts.chart_data import RangePreset
from kpidesk.ui.charts.export import copy_image, save_png, save_svg
from kpidesk.ui.charts.export_menu import ask_path, fill_menu
from kpidesk.ui.charts.kpi_chart import ChartView, KpiChart
from kpidesk.ui.charts.preview import preview_arguments, run_preview
from kpidesk.ui.charts.segments_chart import SegmentsChart
from kpidesk.ui.charts.wall import ChartWall
from kpidesk.ui.flow_layout import FlowLayout
from kpidesk.ui.messages import error_text
from kpidesk.ui.settings import CHART_LAST_YEAR
from kpidesk.ui.state import AppState

if TYPE_CHECKING:
    import pyqtgraph as pg


class ChartPanel(QWidget):
    """KPI chooser, view and range controls, zoom reset, export, and chart ⇄ wall."""

    kpiShown = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.chart = KpiChart(self)
        self.segments_chart = SegmentsChart(self)
        self.wall = ChartWall(state, self)
        self.wall.kpiActivated.connect(self.show_kpi)
        self.empty = QLabel(self._empty_text(), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.segments_chart)
        self.stack.addWidget(self.wall)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.stack, 1)
        state.snapshotChanged.connect(self._snapshot_changed)
        self._fill_kpis()
        if self.kpi_box.count():
            self.show_kpi(self.kpi_box.itemData(0))
        else:
            self._show_empty()

    # --- controls -----------------------------------------------------------------------
    def _build_controls(self) -> FlowLayout:
        """One row on a wide window; on a narrow one (or a long language) the buttons on the
        right wrap onto a second line rather than fall off the window's edge."""
        row = FlowLayout()
        self.kpi_box = QComboBox(self)
        self.kpi_box.setAccessibleName(self.tr("KPI"))
        self.kpi_box.setMinimumContentsLength(22)
        self.kpi_box.activated.connect(lambda i: self.show_kpi(self.kpi_box.itemData(i)))
        self.view_box = QComboBox(self)
        self.view_box.setAccessibleName(self.tr("View"))
        self.view_box.addItem(self.tr("Month by month"), ChartView.MONTHLY)
        self.view_box.addItem(self.tr("Quarter by quarter"), ChartView.QUARTERLY)
        self.view_box.addItem(self.tr("Year to date"), ChartView.YTD)
        self.view_box.activated.connect(
            lambda i: self.set_view(ChartView(self.view_box.itemData(i)))
        )
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(self.tr("Range"))
        for text, preset in (
            (self.tr("Last 12 months"), RangePreset.LAST_12),
            (self.tr("This fiscal year"), RangePreset.FISCAL_YEAR),
            (self.tr("3 years"), RangePreset.THREE_YEARS),
            (self.tr("All"), RangePreset.ALL),
        ):
            self.range_box.addItem(text, preset)
        self.range_box.activated.connect(
            lambda i: self.set_preset(RangePreset(self.range_box.itemData(i)))
        )
        self.compare_button = QToolButton(self)
        self.compare_button.setText(self.tr("By segment"))
        self.compare_button.setToolTip(self.tr("One line per segment, with its own target"))
        self.compare_button.setCheckable(True)
        self.compare_button.toggled.connect(lambda _on: self._show_current())
        self.total_box = QCheckBox(self.tr("With the total"), self)
        self.total_box.toggled.connect(lambda _on: self._show_current())
        self.last_year_box = QCheckBox(self.tr("Last year"), self)
        self.last_year_box.setToolTip(
            self.tr("Last year's figures as a dashed line, each at this year's month")
        )
        self.last_year_box.setChecked(CHART_LAST_YEAR.get())
        self.chart.set_last_year(self.last_year_box.isChecked())
        self.last_year_box.toggled.connect(self.set_last_year)
        self.reset_button = QPushButton(self.tr("Reset zoom"), self)
        self.reset_button.clicked.connect(self.chart.reset_zoom)
        # push buttons, whose style leaves room for the menu arrow (a tool button's is drawn
        # over the end of a Bulgarian or Estonian word)
        self.export_button = QPushButton(self.tr("Export"), self)
        menu = QMenu(self.export_button)
        fill_menu(menu, self._screen_size, self.export_png, self.export_svg, self._copy)
        self.export_button.setMenu(menu)
        self.wall_button = QToolButton(self)
        self.wall_button.setText(self.tr("All KPIs"))
        self.wall_button.setCheckable(True)
        self.wall_button.toggled.connect(self.show_wall)
        self.choose_button = QPushButton(self.tr("Choose KPIs"), self)
        self.choose_menu = QMenu(self.choose_button)
        self.choose_menu.triggered.connect(self._selection_changed)
        self.choose_button.setMenu(self.choose_menu)
        self.choose_button.setVisible(False)
        for widget in (self.kpi_box, self.view_box, self.range_box, self.last_year_box):
            row.addWidget(widget)
        row.addWidget(self.reset_button)
        row.addWidget(self.compare_button)
        row.addWidget(self.total_box)
        row.add_stretch()
        for button in (self.choose_button, self.wall_button, self.export_button):
            row.addWidget(button)
        return row

    def _fill_kpis(self) -> None:
        """KPI chooser and wall menu from the snapshot, keeping the current choice."""
        current = self.chart.kpi_name
        scorecard = self.state.snapshot.scorecard
        names = [kpi.name for kpi in scorecard.active_kpis()]
        self.kpi_box.blockSignals(True)
        self.kpi_box.clear()
        for name in names:
            self.kpi_box.addItem(name, name)
        if current in names:
            self.kpi_box.setCurrentIndex(names.index(current))
        self.kpi_box.blockSignals(False)
        chosen = set(self.wall.names())
        self.choose_menu.clear()
        for name in names:
            action = self.choose_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in chosen)

    def _empty_text(self) -> str:
        return self.tr(
            "No KPIs yet.\n\nOpen Goals and choose “Add from catalog…” or “New KPI…”;"
            " its chart appears here as soon as it has a figure or a target."
        )

    def _show_empty(self) -> None:
        """A workspace without KPIs gets a sentence saying how to add one, not blank axes."""
        self.chart.show_empty()
        self.stack.setCurrentWidget(self.empty)
        self._set_controls_enabled(False)

    def _set_controls_enabled(self, on: bool) -> None:
        wall = self._on_wall()
        buttons: tuple[QWidget, ...] = (self.export_button, self.wall_button)
        for widget in buttons:
            widget.setEnabled(on)
        for widget in (self.kpi_box, self.view_box, self.reset_button):
            widget.setEnabled(on and not wall)
        # Year to date always spans one fiscal year: the range choice and last year's line
        # are for month by month and quarter by quarter.
        over_time = self.chart.view is not ChartView.YTD
        self.range_box.setEnabled(on and (wall or over_time))
        self.last_year_box.setEnabled(on and not wall and over_time)
        tracked = on and not wall and self._tracked(self.chart.kpi_name)
        self.compare_button.setEnabled(tracked)
        self.total_box.setVisible(tracked and self.compare_button.isChecked())

    def _tracked(self, name: str) -> bool:
        """Whether the KPI's figures are split by a segment set (so there is something to
        compare)."""
        scorecard = self.state.snapshot.scorecard
        return bool(name) and self._known(name) and scorecard.set_of(name) is not None

    def comparing(self) -> bool:
        """Whether the segments' comparison chart is what the panel shows."""
        return self.compare_button.isChecked() and self._tracked(self.chart.kpi_name)

    def _show_current(self) -> None:
        """The KPI's own chart, or its segments compared; the wall stays as it is."""
        if self._on_wall() or not self.chart.kpi_name:
            return
        if self.comparing():
            self.segments_chart.show_kpi(
                self.state.snapshot.scorecard,
                self.chart.kpi_name,
                self.chart.preset,
                self.total_box.isChecked(),
            )
            self.stack.setCurrentWidget(self.segments_chart)
        else:
            self.stack.setCurrentWidget(self.chart)
        self._set_controls_enabled(True)

    # --- public -------------------------------------------------------------------------
    def show_kpi(self, name: str) -> None:
        """Show one KPI's full chart (leaving the wall if it is up)."""
        scorecard = self.state.snapshot.scorecard
        kpi = scorecard.kpi(name)
        index = self.kpi_box.findData(kpi.name)
        if index >= 0:
            self.kpi_box.setCurrentIndex(index)
        self.wall_button.setChecked(False)
        self.chart.show_kpi(scorecard, kpi.name)
        self.stack.setCurrentWidget(self.chart)
        self._show_current()
        self.kpiShown.emit(kpi.name)

    def show_wall(self, on: bool = True) -> None:
        self.wall_button.setChecked(on)
        if not self.kpi_box.count():
            return
        self.stack.setCurrentWidget(self.wall if on else self.chart)
        self.choose_button.setVisible(on)
        self._set_controls_enabled(True)
        if not on:
            self._show_current()

    def set_view(self, view: ChartView) -> None:
        self.view_box.setCurrentIndex(self.view_box.findData(view))
        self.chart.set_view(view)
        self._set_controls_enabled(bool(self.kpi_box.count()))

    def set_last_year(self, on: bool) -> None:
        """Draw last year's dashed line or not; remembered for the next start."""
        self.last_year_box.setChecked(on)
        CHART_LAST_YEAR.set(on)
        self.chart.set_last_year(on)

    def set_preset(self, preset: RangePreset) -> None:
        self.range_box.setCurrentIndex(self.range_box.findData(preset))
        self.chart.set_preset(preset)
        self.wall.set_preset(preset)
        self._show_current()

    def export_layout(self) -> pg.GraphicsLayout:
        """The graphics layout an export draws: the chart shown, or the wall when it is up."""
        if self._on_wall():
            return self.wall.graphics.ci
        return self.segments_chart.ci if self.comparing() else self.chart.ci

    def _on_wall(self) -> bool:
        return self.stack.currentWidget() is self.wall

    # --- slots --------------------------------------------------------------------------
    def _snapshot_changed(self, snapshot: Snapshot) -> None:
        self._fill_kpis()
        if self.chart.kpi_name and self._known(self.chart.kpi_name):
            self.chart.refresh(snapshot.scorecard)
            self._show_current()
        elif self.kpi_box.count():
            self.show_kpi(self.kpi_box.itemData(0))
        else:
            self._show_empty()

    def _known(self, name: str) -> bool:
        return self.kpi_box.findData(name) >= 0

    def _selection_changed(self) -> None:
        chosen = [a.text() for a in self.choose_menu.actions() if a.isChecked()]
        self.wall.set_selection(chosen)

    def _export_name(self) -> str:
        return self.tr("All KPIs") if self._on_wall() else self.chart.kpi_name

    def _screen_size(self) -> QSize:
        """The shown chart's size, doubled so the image stays sharp on a slide."""
        view = self.wall if self._on_wall() else self.chart
        return QSize(view.width() * 2, view.height() * 2)

    def export_png(self, size: QSize) -> None:
        path = ask_path(
            self,
            self._export_name(),
            "png",
            self.tr("Save chart as PNG"),
            self.tr("PNG image (*.png)"),
        )
        if path is not None:
            self._guarded(lambda: save_png(self.export_layout(), path, *size.toTuple()))

    def export_svg(self) -> None:
        path = ask_path(
            self,
            self._export_name(),
            "svg",
            self.tr("Save chart as SVG"),
            self.tr("SVG image (*.svg)"),
        )
        if path is not None:
            self._guarded(lambda: save_svg(self.export_layout(), path))

    def _copy(self) -> None:
        copy_image(self.export_layout(), *self._screen_size().toTuple())

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(error))


def main(argv: list[str] | None = None) -> int:
    parser = preview_arguments()
    parser.add_argument("--kpi", default="", help="KPI to show first")
    parser.add_argument("--view", choices=[v.value for v in ChartView], default="monthly")
    parser.add_argument("--range", choices=[p.value for p in RangePreset], default="12m")
    parser.add_argument("--wall", action="store_true", help="start on the chart wall")
    args = parser.parse_args(argv)

    def build(state: AppState) -> ChartPanel:
        panel = ChartPanel(state)
        panel.setWindowTitle("kpidesk charts")
        if args.kpi:
            panel.show_kpi(args.kpi)
        panel.set_view(ChartView(args.view))
        panel.set_preset(RangePreset(args.range))
        panel.show_wall(args.wall)
        return panel

    return run_preview(args, build)


if __name__ == "__main__":
    sys.exit(main())
