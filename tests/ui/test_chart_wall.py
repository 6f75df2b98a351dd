"""The chart wall's small charts: drawn from the shown months only, looking as before."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPainterPath

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.targets import TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_target
from kpidesk.store.kpis import add_kpi, require_kpi
from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import look
from kpidesk.ui.charts.axes import MonthAxis, ValueAxis
from kpidesk.ui.charts.chart_data import RangePreset, step_line
from kpidesk.ui.charts.layers import _Zone
from kpidesk.ui.charts.small_plot import SmallPlot
from kpidesk.ui.charts.wall import ChartWall
from kpidesk.ui.state import AppState


@pytest.fixture
def state(workspace: Workspace):
    """Visits: 150 a month, Jan 2023 to Dec 2024 (the workspace's latest month), target 100.
    Old: 50 in Jan-Mar 2022 only, against a target of 100 (off track), none since."""
    with workspace.transaction() as session:
        visits = add_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        old = add_kpi(session, KpiDefinition("Old", Unit.COUNT))
        set_target(session, "Visits", TargetKind.MONTHLY, Month(2023, 1), 100)
        set_target(session, "Old", TargetKind.MONTHLY, Month(2022, 1), 100)
        change = start_change(session, "typed")
        writes = [
            CellWrite(visits.id, m, 150.0) for m in month_range(Month(2023, 1), Month(2024, 12))
        ]
        writes += [CellWrite(old.id, m, 50.0) for m in month_range(Month(2022, 1), Month(2022, 3))]
        write_figures(session, change, writes)
    app_state = AppState(workspace)
    yield app_state
    app_state.close()


@pytest.fixture
def wall(qtbot, state: AppState) -> ChartWall:
    widget = ChartWall(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.cells["Old"].plot.sceneBoundingRect().width() > 300)
    return widget


def test_a_cell_draws_the_shown_year_and_two_months_before_it(wall: ChartWall) -> None:
    # Last 12 months of Dec 2024: Jan-Dec 2024, padded by 1 % of 12 months (0.12) a side;
    # the margin is 1 + ceil(0.12) = 2 months, and nothing exists after Dec 2024.
    cell = wall.cells["Visits"]
    x, y = cell.layers.actual.getData()
    assert list(x) == [float(m.index) for m in month_range(Month(2023, 11), Month(2024, 12))]
    assert set(y) == {150.0}
    left, right = cell.plot.getViewBox().viewRange()[0]
    assert left == pytest.approx(Month(2024, 1).index - 0.62)
    assert right == pytest.approx(Month(2024, 12).index + 0.62)
    target_x, _ = cell.layers.target.getData()
    assert target_x[0] == Month(2023, 11).index - 0.5 < left  # the step runs off the edge


def test_the_margin_stops_at_the_chart_span(wall: ChartWall) -> None:
    wall.set_preset(RangePreset.THREE_YEARS)
    x, _ = wall.cells["Visits"].layers.actual.getData()
    # Jan 2022-Dec 2024 shown (margin 1 + ceil(0.36) = 2), but the chart span itself starts
    # 35 months before Dec 2024, at Jan 2022: nothing before it was ever drawn.
    assert (x[0], x[-1]) == (Month(2022, 1).index, Month(2024, 12).index)


def test_the_title_marks_the_latest_figure_even_before_the_shown_months(
    wall: ChartWall,
) -> None:
    ink = QColor("#1d1f23").name(QColor.NameFormat.HexArgb)
    assert wall.cells["Old"].plot.title.html == (
        f"<span style='color: {ink}; font-size: 10pt'>"
        '<span style="color:#c0392b">✖</span> Old</span>'
    )
    assert wall.cells["Visits"].plot.title.html.endswith(
        '<span style="color:#1b7f4b">●</span> Visits</span>'
    )


def test_the_title_is_centred_over_the_chart(wall: ChartWall) -> None:
    title = wall.cells["Old"].plot.title
    centre = title.text.mapToParent(title.text.boundingRect().center())
    assert centre.x() == pytest.approx(title.rect().center().x())
    assert centre.y() == pytest.approx(title.rect().center().y())


def test_a_dropped_kpi_leaves_the_wall_and_comes_back_in_its_place(wall: ChartWall) -> None:
    grid = wall.graphics.ci.layout
    old = wall.cells["Old"].plot
    wall.set_selection(["Visits"])
    assert wall.names() == ["Visits"] and old.scene() is None
    assert grid.count() == 1 and grid.itemAt(0, 0) is wall.cells["Visits"].plot
    wall.set_selection(None)
    assert grid.itemAt(0, 1) is wall.cells["Old"].plot
    assert wall.cells["Old"].plot.scene() is wall.graphics.scene()


def _outlines(path: QPainterPath) -> list[list[tuple[float, float]]]:
    """Each polygon's corners, a point repeated right after itself counted once."""
    rings = []
    for polygon in path.toSubpathPolygons():
        ring: list[tuple[float, float]] = []
        for point in polygon:
            if not ring or ring[-1] != (point.x(), point.y()):
                ring.append((point.x(), point.y()))
        rings.append(ring)
    return rings


def test_a_zone_fills_each_stretch_with_a_target_and_skips_the_gap(qtbot) -> None:
    plot = SmallPlot(left=ValueAxis(), bottom=MonthAxis())
    zone = _Zone(plot, look.GOOD_FILL, -30, stepped=False)
    nan = np.nan
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    zone.set_edges(x, np.array([0, 0, nan, 2, 2.0]), np.array([1, 1, nan, 3, 4.0]))
    rings = [[(p.x(), p.y()) for p in ring] for ring in zone.fill.path().toSubpathPolygons()]
    # Lower edge out, upper edge back; left open, as filling closes a polygon itself.
    assert rings == [[(1, 0), (2, 0), (2, 1), (1, 1)], [(4, 2), (5, 2), (5, 4), (4, 3)]]
    zone.clear()
    assert zone.fill.path().isEmpty()


def test_a_stepped_zone_is_the_polygon_pyqtgraphs_fill_between_drew(qtbot) -> None:
    plot = SmallPlot(left=ValueAxis(), bottom=MonthAxis())
    zone = _Zone(plot, look.RISK_FILL, -20, stepped=True)
    x = np.arange(10.0)
    lower = np.array([1, 1, 2, np.nan, np.nan, 3, 3, 3, 5, 5.0])
    upper = lower + np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10.0])
    zone.set_edges(x, lower, upper)
    sx, sl = step_line(x, lower)
    _, su = step_line(x, upper)
    low = pg.PlotCurveItem(sx, sl, connect="finite")
    high = pg.PlotCurveItem(sx, su, connect="finite")
    before = pg.FillBetweenItem(low, high, brush=look.RISK_FILL)
    # The same outlines (pyqtgraph's repeats a corner where the edges join: no area).
    assert _outlines(zone.fill.path()) == _outlines(before.path())
    assert len(_outlines(zone.fill.path())) == 2
    assert zone.fill.brush().color() == before.brush().color()
    assert zone.fill.pen().style() == before.pen().style()


def test_a_new_figure_updates_the_cell_in_place(wall: ChartWall, state: AppState) -> None:
    cell, plot = wall.cells["Old"], wall.cells["Old"].plot
    with state.workspace.transaction() as session:
        change = start_change(session, "typed")
        old = require_kpi(session, "Old")
        write_figures(session, change, [CellWrite(old.id, Month(2024, 12), 120.0)])
    state.reload_now()
    assert wall.cells["Old"] is cell and cell.plot is plot
    x, y = cell.layers.actual.getData()
    assert y[list(x).index(Month(2024, 12).index)] == 120.0
    assert cell.plot.title.html.endswith('<span style="color:#1b7f4b">●</span> Old</span>')
