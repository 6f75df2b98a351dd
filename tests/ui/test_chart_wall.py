"""The chart wall's small charts: drawn from the shown months only, looking as before."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.targets import TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_target
from kpidesk.store.kpis import add_kpi, require_kpi
from kpidesk.store.workspace import Workspace
from kpidesk.ui.charts import look
from kpidesk.ui.charts.chart_data import RangePreset, step_line
from kpidesk.ui.charts.layers import _Zone
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
    qtbot.waitUntil(lambda: widget.cells["Old"].chart.sceneBoundingRect().width() > 300)
    return widget


def test_a_cell_draws_the_shown_year_and_two_months_before_it(wall: ChartWall) -> None:
    # Last 12 months of Dec 2024: Jan-Dec 2024, padded by 1 % of 12 months (0.12) a side;
    # the margin is 1 + ceil(0.12) = 2 months, and nothing exists after Dec 2024.
    cell = wall.cells["Visits"]
    x, y = cell.actual
    assert list(x) == [float(m.index) for m in month_range(Month(2023, 11), Month(2024, 12))]
    assert set(y) == {150.0}
    left, right = cell.chart.picture.x_range
    assert left == pytest.approx(Month(2024, 1).index - 0.62)
    assert right == pytest.approx(Month(2024, 12).index + 0.62)
    target_x, _ = cell.target
    assert target_x[0] == Month(2023, 11).index - 0.5 < left  # the step runs off the edge


def test_the_margin_stops_at_the_chart_span(wall: ChartWall) -> None:
    wall.set_preset(RangePreset.THREE_YEARS)
    x, _ = wall.cells["Visits"].actual
    # Jan 2022-Dec 2024 shown (margin 1 + ceil(0.36) = 2), but the chart span itself starts
    # 35 months before Dec 2024, at Jan 2022: nothing before it was ever drawn.
    assert (x[0], x[-1]) == (Month(2022, 1).index, Month(2024, 12).index)


def test_the_title_marks_the_latest_figure_even_before_the_shown_months(
    wall: ChartWall,
) -> None:
    ink = QColor("#1d1f23").name(QColor.NameFormat.HexArgb)
    assert wall.cells["Old"].chart.title.html == (
        f"<span style='color: {ink}; font-size: 10pt'>"
        '<span style="color:#c0392b">✖</span> Old</span>'
    )
    assert wall.cells["Visits"].chart.title.html.endswith(
        '<span style="color:#1b7f4b">●</span> Visits</span>'
    )


def test_the_title_is_centred_over_the_chart(wall: ChartWall) -> None:
    title = wall.cells["Old"].chart.title
    centre = title.text.mapToParent(title.text.boundingRect().center())
    assert centre.x() == pytest.approx(title.rect().center().x())
    assert centre.y() == pytest.approx(title.rect().center().y())


def test_a_dropped_kpi_leaves_the_wall_and_comes_back_in_its_place(wall: ChartWall) -> None:
    grid = wall.graphics.ci.layout
    old = wall.cells["Old"].chart
    wall.set_selection(["Visits"])
    assert wall.names() == ["Visits"] and old.scene() is None
    assert grid.count() == 1 and grid.itemAt(0, 0) is wall.cells["Visits"].chart
    wall.set_selection(None)
    assert grid.itemAt(0, 1) is wall.cells["Old"].chart
    assert wall.cells["Old"].chart.scene() is wall.graphics.scene()


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
    plot = pg.PlotItem()
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
    plot = pg.PlotItem()
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
    cell, chart = wall.cells["Old"], wall.cells["Old"].chart
    with state.workspace.transaction() as session:
        change = start_change(session, "typed")
        old = require_kpi(session, "Old")
        write_figures(session, change, [CellWrite(old.id, Month(2024, 12), 120.0)])
    state.reload_now()
    assert wall.cells["Old"] is cell and cell.chart is chart
    x, y = cell.actual
    assert y[list(x).index(Month(2024, 12).index)] == 120.0
    assert cell.chart.title.html.endswith('<span style="color:#1b7f4b">●</span> Old</span>')


def _pixels(wall: ChartWall, name: str, value: float, months: list[float]) -> list[tuple]:
    """The colours the owner sees at a value of a cell, one per month (`Month.index`,
    fractions between months) given."""
    chart = wall.cells[name].chart
    (x0, x1), (y0, y1) = chart.picture.x_range, chart.y_range()
    area = chart.plot_rect()
    y = area.bottom() - (value - y0) / (y1 - y0) * area.height()
    view = wall.graphics
    image = view.viewport().grab().toImage()
    seen = []
    for month in months:
        x = area.left() + (month - x0) / (x1 - x0) * area.width()
        colour = image.pixelColor(view.mapFromScene(chart.mapToScene(QPointF(x, y))))
        seen.append((colour.red(), colour.green(), colour.blue()))
    return seen


def _close(seen: tuple, expected: tuple, within: int = 3) -> bool:
    return all(abs(a - b) <= within for a, b in zip(seen, expected, strict=True))


def test_a_cell_paints_the_zones_and_the_status_marker(wall: ChartWall) -> None:
    # Two KPIs on a 1200 x 700 wall: cells 587 x 680, plots about 627 px tall, so 1/√627
    # (4 %) of 100-150 is added a side: 98-152 shown.
    # Visits: target 100, higher is better, 10 % tolerance. Between 100 and 150 lies the
    # good side: GOOD_FILL (27, 127, 75) at alpha 34/255 over white = (225, 238, 231).
    # From 90 to 100 the at-risk zone: (230, 159, 0) at 60/255 = (249, 232, 195).
    june = [Month(2024, 6).index]
    assert _close(_pixels(wall, "Visits", 125, june)[0], (225, 238, 231))
    assert _close(_pixels(wall, "Visits", 99, june)[0], (249, 232, 195))
    # December's 150 is on track: a marker filled in the on-track green #1b7f4b.
    assert _close(_pixels(wall, "Visits", 150, [Month(2024, 12).index])[0], (0x1B, 0x7F, 0x4B))


def test_a_cells_axes_name_its_months_and_values(wall: ChartWall) -> None:
    chart = wall.cells["Visits"].chart
    # 98-152 on about 627 px: at least 2.25·√(627/300) = 3.25 intervals in 54, at most
    # 16.6 apart, so a tick every 10.
    assert chart.picture.y_bounds == (100.0, 150.0)
    months, values = chart.ticks()
    assert [text for _, text in values] == ["100", "110", "120", "130", "140", "150"]
    ys = [y for y, _ in values]
    assert ys == sorted(ys, reverse=True)  # higher values higher up
    area = chart.plot_rect()
    assert all(area.top() < y < area.bottom() for y in ys)
    # Twelve months across about 530 px (43 px a month), room for 6 or 7 labels: every
    # second month. January sits 0.62 months (27 px) from the left end, less than half a
    # label, so the first label is March, and it names the year.
    assert [text for _, text in months] == ["Mar 2024", "May", "Jul", "Sep", "Nov"]
    xs = [x for x, _ in months]
    assert xs == sorted(xs) and all(area.left() < x < area.right() for x in xs)


def test_a_percent_cell_marks_its_ticks_and_a_benchmark_is_drawn(
    qtbot, workspace: Workspace
) -> None:
    with workspace.transaction() as session:
        share = add_kpi(session, KpiDefinition("Share", Unit.PERCENT, benchmark=30.0))
        change = start_change(session, "typed")
        year = list(month_range(Month(2024, 1), Month(2024, 12)))
        write_figures(session, change, [CellWrite(share.id, m, 20.0 + m.month) for m in year])
    state = AppState(workspace)
    wall = ChartWall(state)
    qtbot.addWidget(wall)
    wall.resize(1200, 700)
    wall.show()
    chart = wall.cells["Share"].chart
    qtbot.waitUntil(lambda: chart.sceneBoundingRect().width() > 300)
    # 21 % to 32 %, 4 % more a side on a plot about 627 px tall: at most 11.9 / 3.25 = 3.7
    # apart, so a tick every 2 %.
    _, values = chart.ticks()
    assert [text for _, text in values] == [f"{v}\u00a0%" for v in (22, 24, 26, 28, 30, 32)]
    # The benchmark's purple (#7a3e9d) dash-dot line runs across the cell at 30 %: most of
    # the row at 30 % is purple, smoothed into the white (the rest: gaps, crossing lines).
    along = np.linspace(Month(2024, 1).index, Month(2024, 12).index, 200)
    row = _pixels(wall, "Share", 30.0, list(along))
    purple = sum(r > g + 20 and b > g + 40 for r, g, b in row)
    assert purple > len(row) / 3
    state.close()


def test_a_long_name_is_cut_to_its_cell_and_given_whole_in_the_tooltip(
    qtbot, workspace: Workspace
) -> None:
    long_name = "Share of returning customers who booked <3 days ahead " * 3
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition(long_name.strip(), Unit.COUNT))
        add_kpi(session, KpiDefinition("R&D <hours>", Unit.COUNT))
    state = AppState(workspace)
    wall = ChartWall(state)
    qtbot.addWidget(wall)
    wall.resize(800, 500)
    wall.show()
    title = wall.cells[long_name.strip()].chart.title
    qtbot.waitUntil(lambda: title.rect().width() > 100)
    assert "…" in title.html and "&lt;3" in title.html
    assert title.text.boundingRect().width() <= title.rect().width()
    assert title.toolTip() == long_name.strip()
    # A short name is whole, its < and & shown as typed, not read as markup.
    short = wall.cells["R&D <hours>"].chart.title
    assert short.html.endswith("R&amp;D &lt;hours&gt;</span>") and short.toolTip() == ""
    state.close()
