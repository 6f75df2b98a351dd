"""The chart panel draws what the store holds, as the domain judges it."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocumentFragment

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_target
from kpidesk.store.kpis import add_kpi, require_kpi
from kpidesk.store.settings import load_settings, save_settings
from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import ChartPanel, export_menu
from kpidesk.ui.charts.export import save_png, save_svg
from kpidesk.ui.charts.kpi_chart import ChartView
from kpidesk.ui.state import AppState

REVENUE = {
    Month(2025, 1): 100.0,
    Month(2025, 2): 110.0,
    # 2025-03 missing: a gap, never zero
    Month(2025, 4): 90.0,
    Month(2025, 5): 130.0,
    Month(2025, 6): 120.0,
    Month(2025, 7): 125.0,
    Month(2025, 8): 140.0,
}
PROFIT = {Month(2025, 1): 2.0, Month(2025, 2): 2.0}
SALES = {Month(2025, 1): 4.0, Month(2025, 2): 100.0}


def record(workspace: Workspace, name: str, values: dict[Month, float], note: str = "") -> None:
    with workspace.transaction() as session:
        kpi_id = require_kpi(session, name).id
        change = start_change(session, "typed")
        write_figures(
            session, change, [CellWrite(kpi_id, m, v, note or None) for m, v in values.items()]
        )


def fill(workspace: Workspace) -> Workspace:
    """Revenue (sum, with a gap and a mid-year target change), a wait time (lower is better),
    and a formula margin over two parts whose YTD is not the mean of monthly ratios."""
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", benchmark=115))
        add_kpi(
            session,
            KpiDefinition(
                "Wait time",
                Unit.DURATION,
                Direction.LOWER,
                Aggregation.MEAN,
                duration_unit="minutes",
            ),
        )
        add_kpi(session, KpiDefinition("Gain", Unit.CURRENCY, currency="EUR"))
        add_kpi(session, KpiDefinition("Sales", Unit.CURRENCY, currency="EUR"))
        add_kpi(
            session,
            KpiDefinition(
                "Margin",
                Unit.PERCENT,
                aggregation=Aggregation.FORMULA,
                formula="[Gain] / [Sales] * 100",
            ),
        )
        set_target(session, "Revenue", TargetKind.MONTHLY, Month(2025, 1), 100, "first goal")
        set_target(session, "Revenue", TargetKind.MONTHLY, Month(2025, 7), 130, "raised")
        set_target(session, "Wait time", TargetKind.MONTHLY, Month(2025, 1), 40)
        set_target(session, "Margin", TargetKind.MONTHLY, Month(2025, 1), 5)
    record(workspace, "Revenue", REVENUE)
    record(workspace, "Revenue", {Month(2025, 2): 110.0}, note="Terrace opened")
    record(workspace, "Wait time", {Month(2025, 1): 35.0, Month(2025, 2): 50.0})
    record(workspace, "Gain", PROFIT)
    record(workspace, "Sales", SALES)
    return workspace


@pytest.fixture
def state(workspace: Workspace):
    app_state = AppState(fill(workspace))
    yield app_state
    app_state.close()


@pytest.fixture
def panel(qtbot, state: AppState) -> ChartPanel:
    widget = ChartPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def plotted(item) -> dict[Month, float]:
    x, y = item.getData()
    return {Month.from_index(round(a)): float(b) for a, b in zip(x, y, strict=True)}


def test_plotted_series_are_the_recorded_figures(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")
    points = plotted(panel.chart.monthly.actual)
    assert {m: v for m, v in points.items() if not math.isnan(v)} == REVENUE
    marker_x = [Month.from_index(int(p.pos().x())) for p in panel.chart.monthly.markers.points()]
    assert marker_x == [Month(2025, m) for m in (1, 2, 4, 5, 6, 7, 8)]


def test_missing_month_is_a_gap_not_zero(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")
    points = plotted(panel.chart.monthly.actual)
    assert math.isnan(points[Month(2025, 3)])
    assert panel.chart.monthly.actual.opts["connect"] == "finite"
    assert Month(2025, 3) not in REVENUE


def test_target_line_follows_the_target_history_month_by_month(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")
    x, y = panel.chart.monthly.target.getData()
    held = {}
    for left, right, value_left, value_right in zip(
        x[0::2], x[1::2], y[0::2], y[1::2], strict=True
    ):
        assert right - left == pytest.approx(1.0)
        assert value_left == value_right or (math.isnan(value_left) and math.isnan(value_right))
        held[Month.from_index(round((left + right) / 2))] = value_left
    expected = {Month(2025, m): 100.0 for m in range(1, 7)} | {
        Month(2025, m): 130.0 for m in range(7, 13)
    }
    assert {m: held[m] for m in expected} == expected
    assert math.isnan(held[Month(2024, 12)])


def test_both_sides_of_the_target_are_shaded(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")  # higher is better, 10 % tolerance, target 100 from January
    layers = panel.chart.monthly
    january = Month(2025, 1).index

    def edges(zone) -> tuple[float, float]:
        lx, ly, uy = zone.x, zone.lower, zone.upper
        at = int(np.flatnonzero(lx == january + 0.5)[0])  # January's right edge
        return float(ly[at]), float(uy[at])

    assert edges(layers.good)[0] == 100.0
    assert edges(layers.risk[0]) == (90.0, 100.0)
    off_lower, off_upper = edges(layers.off[0])
    assert off_upper == 90.0 and off_lower < 0
    assert layers.off[0].fill.isVisible() and layers.good.fill.isVisible()


def test_ytd_view_reaches_the_rolled_up_value(panel: ChartPanel) -> None:
    panel.show_kpi("Margin")
    panel.set_view(ChartView.YTD)
    _, y = panel.chart.ytd.actual.getData()
    last = y[np.isfinite(y)][-1]
    assert last == pytest.approx(4 / 104 * 100)  # (2 + 2) / (4 + 100), not the months' mean
    panel.show_kpi("Revenue")
    _, y = panel.chart.ytd.actual.getData()
    assert y[np.isfinite(y)][-1] == pytest.approx(815.0)
    fx, fy = panel.chart.ytd.forecast.getData()
    assert Month.from_index(int(fx[-1])) == Month(2025, 12)
    assert fy[-1] == pytest.approx(815 / 7 * 12)  # 7 months with figures at their run rate
    assert not panel.chart.monthly.actual.isVisible()


def test_png_export_has_the_requested_size_and_svg_is_written(
    panel: ChartPanel, tmp_path: Path
) -> None:
    panel.show_kpi("Revenue")
    png = tmp_path / "chart.png"
    save_png(panel.export_layout(), png, 900, 500)
    image = QImage(str(png))
    assert png.stat().st_size > 0
    assert (image.width(), image.height()) == (900, 500)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 500, 7)}
    assert len(colours) > 5, "the image is blank"
    svg = tmp_path / "chart.svg"
    save_svg(panel.export_layout(), svg)
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_an_edit_changes_the_same_curve_in_place(panel: ChartPanel, state: AppState) -> None:
    panel.show_kpi("Revenue")
    curve = panel.chart.monthly.actual
    items_before = list(panel.chart.plot.items)
    record(state.workspace, "Revenue", {Month(2025, 3): 777.0})
    state.reload_now()
    assert panel.chart.monthly.actual is curve
    assert plotted(curve)[Month(2025, 3)] == 777.0
    assert list(panel.chart.plot.items) == items_before


def test_benchmark_is_a_labelled_line(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")
    line = panel.chart.monthly.benchmark
    assert line.isVisible() and line.value() == 115
    assert "115" in line.label.toPlainText()
    panel.show_kpi("Wait time")
    assert not panel.chart.monthly.benchmark.isVisible()


def test_wall_shows_every_kpi_and_opens_one_on_click(qtbot, panel: ChartPanel) -> None:
    panel.show_wall(True)
    wall = panel.wall
    assert wall.names() == ["Revenue", "Wait time", "Gain", "Sales", "Margin"]
    with qtbot.waitSignal(wall.kpiActivated) as signal:
        wall.kpiActivated.emit("Margin")
    assert signal.args == ["Margin"]
    assert panel.chart.kpi_name == "Margin"
    assert panel.stack.currentWidget() is panel.chart
    wall.set_selection(["Revenue", "Margin"])
    assert wall.names() == ["Revenue", "Margin"]


def test_clicking_a_wall_cell_opens_its_chart(qtbot, panel: ChartPanel) -> None:
    panel.show()
    panel.show_wall(True)
    wall = panel.wall
    qtbot.waitUntil(lambda: wall.cells["Wait time"].chart.sceneBoundingRect().width() > 50)
    view = wall.graphics
    centre = view.mapFromScene(wall.cells["Wait time"].chart.sceneBoundingRect().center())
    with qtbot.waitSignal(wall.kpiActivated) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == ["Wait time"]
    assert panel.chart.kpi_name == "Wait time"


def test_an_empty_workspace_says_how_to_add_a_kpi(qtbot, workspace: Workspace) -> None:
    state = AppState(workspace)
    try:
        panel = ChartPanel(state)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.stack.currentWidget() is panel.empty
        assert panel.empty.text().startswith("No KPIs yet.")
        assert "“New KPI…”" in panel.empty.text() and "Goals" in panel.empty.text()
        assert panel.empty.alignment() & Qt.AlignmentFlag.AlignCenter
        assert not panel.export_button.isEnabled() and not panel.wall_button.isEnabled()
        panel.show_wall(True)
        assert panel.stack.currentWidget() is panel.empty
        with state.workspace.transaction() as session:
            add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
        state.reload_now()
        qtbot.waitUntil(lambda: panel.chart.kpi_name == "Revenue")
        assert panel.stack.currentWidget() is panel.chart and panel.export_button.isEnabled()
    finally:
        state.runner.wait()


def test_latest_value_and_its_target_are_written_at_the_line_ends(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")  # August 2025: 140 against the raised target 130
    ends = panel.chart.monthly.ends
    assert ends is not None
    assert ends.value.toPlainText() == "140.00 €"
    assert ends.target.toPlainText() == "Target 130.00 €"
    assert ends.value.pos().x() == Month(2025, 8).index and ends.value.pos().y() == 140
    assert ends.value.isVisible() and ends.target.isVisible()
    panel.set_view(ChartView.YTD)  # 100 + 110 + 90 + 130 + 120 + 125 + 140 = 815 against
    ytd = panel.chart.ytd.ends  # 6 × 100 + 2 × 130 = 860 through August
    assert ytd.value.toPlainText() == "815.00 €"
    assert ytd.target.toPlainText() == "Target 860.00 €"
    assert not ends.value.isVisible()


def legend_entries(panel: ChartPanel) -> list[str]:
    text = QTextDocumentFragment.fromHtml(panel.chart.legend.text).toPlainText()
    return [part.strip() for part in text.split("   ")]  # entries apart by &nbsp;&nbsp;


def test_legend_lists_only_what_is_drawn(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")  # a target, a benchmark; months on track and at risk, none off
    assert legend_entries(panel) == [
        "━━ ● Actual",
        "╍╍ Target",
        "■ Good side",
        "■ Within tolerance",
        "■ Off-track side",
        "━·━ Benchmark",
        "● On track",
        "▲ At risk",
    ]
    panel.show_kpi("Gain")  # no target, no benchmark: only the actual line and its markers
    assert legend_entries(panel) == ["━━ ● Actual", "○ No target"]
    panel.set_view(ChartView.YTD)  # figures in Jan and Feb only: a forecast, no annual goal
    assert legend_entries(panel) == ["━━ ● Actual, year to date", "··· Forecast", "○ No target"]


def test_a_percent_kpis_ticks_show_the_percent_sign(panel: ChartPanel) -> None:
    panel.show_kpi("Margin")
    axis = panel.chart.plot.getAxis("left")
    assert axis.tickStrings([0.0, 2.5, 5.0], 1.0, 2.5) == ["0\u00a0%", "3\u00a0%", "5\u00a0%"]
    assert axis.tickStrings([4.5, 5.0], 1.0, 0.5) == ["4.5\u00a0%", "5.0\u00a0%"]
    panel.show_kpi("Revenue")  # euro: the unit is in the axis title, not on every tick
    assert axis.tickStrings([100.0, 1000.0], 1.0, 900) == ["100", "1,000"]
    panel.show_wall(True)
    assert panel.wall.cells["Margin"].chart.picture.percent


def test_year_to_date_shows_one_fiscal_year(panel: ChartPanel, state: AppState) -> None:
    panel.show_kpi("Revenue")  # latest figure August 2025; "last 12 months" reaches 2024
    panel.set_view(ChartView.YTD)
    left, right = panel.chart.plot.getViewBox().viewRange()[0]
    january, december = Month(2025, 1).index, Month(2025, 12).index
    assert january - 0.7 < left <= january - 0.5 and december + 0.5 <= right < december + 0.7
    assert not panel.range_box.isEnabled()
    with state.workspace.transaction() as session:
        save_settings(session, replace(load_settings(session), fiscal_start=4))
    state.reload_now()
    panel.chart.reset_zoom()  # fiscal year April 2025 to March 2026
    left, right = panel.chart.plot.getViewBox().viewRange()[0]
    april, march = Month(2025, 4).index, Month(2026, 3).index
    assert april - 0.7 < left <= april - 0.5 and march + 0.5 <= right < march + 0.7
    panel.set_view(ChartView.MONTHLY)
    assert panel.range_box.isEnabled()


def test_forecast_is_drawn_apart_from_the_target(panel: ChartPanel) -> None:
    panel.show_kpi("Revenue")
    panel.set_view(ChartView.YTD)
    forecast = panel.chart.ytd.forecast.opts["pen"]
    target = panel.chart.ytd.target.opts["pen"]
    assert forecast.color().name() == "#0b7f86" and target.color().name() == "#30343b"
    assert forecast.dashPattern() == [0.6, 1.6] and target.style() is Qt.PenStyle.DashLine
    assert "··· Forecast" in legend_entries(panel)


def test_export_is_one_step_named_after_the_kpi_in_the_last_folder(
    panel: ChartPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []
    out = tmp_path / "reports"
    out.mkdir()

    def save_dialog(_parent, _title, suggestion: str, _kinds) -> tuple[str, str]:
        offered.append(suggestion)
        return str(out / Path(suggestion).stem), ""  # typed without the extension

    monkeypatch.setattr(export_menu.QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(export_menu.Path, "home", lambda: tmp_path)
    panel.show_kpi("Wait time")
    png_menu = panel.export_button.menu().actions()[0].menu()
    texts = [action.text() for action in png_menu.actions()]
    assert texts[:2] == ["1920 × 1080 px (slide)…", "1200 × 800 px (report)…"]
    png_menu.actions()[0].trigger()
    assert offered == [str(tmp_path / "Wait time.png")]
    image = QImage(str(out / "Wait time.png"))
    assert (image.width(), image.height()) == (1920, 1080)
    panel.show_kpi("Revenue")
    panel.export_svg()
    assert offered[1] == str(out / "Revenue.svg")  # the folder of the last export
    assert (out / "Revenue.svg").stat().st_size > 0
    assert export_menu.file_stem('Cash / bank: "EUR"') == "Cash - bank- -EUR"


def test_a_name_with_markup_characters_is_shown_as_typed(qtbot, workspace: Workspace) -> None:
    name = "R&D <hours>"
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition(name, Unit.PERCENT))
    record(workspace, name, {Month(2025, 1): 12.0})
    app_state = AppState(workspace)
    widget = ChartPanel(app_state)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.show_kpi(name)
    title = QTextDocumentFragment.fromHtml(widget.chart.title.text).toPlainText()
    assert title.startswith("R&D <hours> · ")
    axis = widget.chart.plot.getAxis("left")
    qtbot.waitUntil(lambda: axis.labelText in ("R&amp;D &lt;hours&gt; (%)", "%"))
    app_state.close()
