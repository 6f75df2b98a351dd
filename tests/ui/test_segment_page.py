"""A location's own page: its KPIs against its own targets, its rank and how it compares
with the average of the locations (tests/ui/segments_fixture.py, worked out by hand)."""

import pytest
from PySide6.QtGui import QTextDocumentFragment

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.store.workspace import Workspace
from kpidesk.ui.leaderboard.view import LeaderboardView
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

from .segments_fixture import MAR, fill_locations


@pytest.fixture
def view(qtbot, workspace: Workspace) -> LeaderboardView:  # type: ignore[no-untyped-def]
    state = AppState(fill_locations(workspace))
    shown = LeaderboardView(state)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_plovdivs_page_in_march(view) -> None:
    view.open_segment("Plovdiv")
    model = view.page.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    # Revenue: 900 of 750, shares first place with Sofia; the average 833.33, the total 2500.
    # Wait time: 15 of 12 (80 %), last of three; the average 12.33, the total the same mean.
    assert rows == [
        ["Revenue", "● On track", "900", "750", "120\u00a0%", "=1 of 3", "833", "+67", "2,500"],
        ["Wait time", "✖ Off track", "15.0", "12.0", "80\u00a0%", "3 of 3", "12.3", "+2.7", "12.3"],
    ]
    assert "<b>Plovdiv</b> (Locations)" in view.page.heading.text()


def test_the_trend_chart_shows_twelve_months_and_the_ranks(view) -> None:
    view.open_segment("Sofia")
    page = view.page
    page.table.selectRow(0)
    curve = page.chart.values.listDataItems()[0]
    ys = list(curve.yData)
    # April 2025 .. March 2026: figures in February (1000) and March (1200) only.
    assert len(ys) == 12 and ys[-2:] == [1000, 1200]
    ranks = list(page.chart.ranks.listDataItems()[0].yData)
    # February: Sofia 1000 / 1000 = 100 % against Plovdiv 800 / 750 = 107 %: second.
    assert ranks[-2:] == [2, 1]


def test_the_rank_axis_names_whole_places_upside_down(view) -> None:
    from kpidesk.ui.charts.segment_trend import RankAxis

    axis = RankAxis("left")
    # an inverted plot hands the range over high to low
    assert axis.tickValues(3.5, 0.5, 200) == [(1.0, [1.0, 2.0, 3.0])]


def test_a_large_workspace_computes_on_the_worker(qtbot, view, monkeypatch) -> None:
    import kpidesk.ui.leaderboard.page as page_module
    import kpidesk.ui.leaderboard.view as view_module

    monkeypatch.setattr(page_module, "COMPUTE_AT_ONCE", 0)
    monkeypatch.setattr(view_module, "COMPUTE_AT_ONCE", 0)
    view.tabs.setCurrentIndex(1)
    view.open_segment("Varna")
    model = view.page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.index(0, 2).data() == "400")
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.grid_model.rowCount() == 3)


def test_a_segment_name_with_markup_characters_is_shown_as_typed(qtbot, workspace) -> None:
    with workspace.transaction() as session:
        new_segment(session, "Sofia & Co <1>", "Shops & stalls", source="test")
        define_kpi(session, KpiDefinition("Revenue", Unit.COUNT, segment_set="Shops & stalls"))
        record_figure(session, "Revenue", MAR, 900, source="test", segment="Sofia & Co <1>")
    state = AppState(workspace)
    shown = LeaderboardView(state)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_segment("Sofia & Co <1>")
    text = QTextDocumentFragment.fromHtml(shown.page.heading.text()).toPlainText()
    assert text.startswith("Sofia & Co <1> (Shops & stalls) · ")
    state.close()
