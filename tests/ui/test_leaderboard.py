"""The leaderboard view on three locations (tests/ui/segments_fixture.py): ranks, ties,
values and differences as the owner reads them, worked out by hand."""

import pytest
from PySide6.QtCore import Qt

from kpidesk.store.workspace import Workspace
from kpidesk.ui.leaderboard.view import LeaderboardView
from kpidesk.ui.state import AppState

from .segments_fixture import fill_locations


@pytest.fixture
def view(qtbot, workspace: Workspace) -> LeaderboardView:  # type: ignore[no-untyped-def]
    state = AppState(fill_locations(workspace))
    shown = LeaderboardView(state)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _table(view: LeaderboardView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_revenue_ranks_by_attainment_with_a_tie_for_first(view) -> None:
    view.select("Revenue")
    # March: Sofia 1200 / 1000 = 120 %, Plovdiv 900 / 750 = 120 % (a tie), Varna 400 / 800
    # = 50 %. February: Sofia 1000, Plovdiv 800, Varna none. Average 2500 / 3 = 833.33:
    # Sofia +366.67 → +367, Plovdiv +66.67 → +67, Varna −433.33 → −433. No benchmark.
    assert _table(view) == [
        ["=1", "Plovdiv", "900", "750", "120\u00a0%", "● On track", "+100", "+67", ""],
        ["=1", "Sofia", "1,200", "1,000", "120\u00a0%", "● On track", "+200", "+367", ""],
        ["3", "Varna", "400", "800", "50\u00a0%", "✖ Off track", "", "\u2212433", ""],
    ]
    assert "Business total: <b>2,500</b>" in view.footer.text()
    assert "Average of the segments: <b>833</b>" in view.footer.text()
    assert "3 of 3 segments have a figure" in view.footer.text()


def test_the_shortest_wait_time_wins(view) -> None:
    view.select("Wait time")
    # lower is better: Sofia 12 / 10 = 120 %, Varna 12 / 12 = 100 %, Plovdiv 12 / 15 = 80 %.
    # Average (10 + 15 + 12) / 3 = 12.33: Sofia −2.3 (better, so green), Plovdiv +2.7.
    rows = _table(view)
    assert [row[:5] for row in rows] == [
        ["1", "Sofia", "10.0", "12.0", "120\u00a0%"],
        ["2", "Varna", "12.0", "12.0", "100\u00a0%"],
        ["3", "Plovdiv", "15.0", "12.0", "80\u00a0%"],
    ]
    assert [row[6:8] for row in rows] == [["±0.0", "\u22122.3"], ["", "\u22120.3"], ["", "+2.7"]]


def test_a_quarter_adds_up_its_months(view) -> None:
    view.select("Revenue", "quarter")
    # 2026-Q1: Sofia 1000 + 1200 = 2200 of 3 × 1000 = 3000 (73 %), Plovdiv 800 + 900 = 1700
    # of 2250 (76 %), Varna 400 of 2400 (17 %).
    assert [row[:5] for row in _table(view)] == [
        ["1", "Plovdiv", "1,700", "2,250", "76\u00a0%"],
        ["2", "Sofia", "2,200", "3,000", "73\u00a0%"],
        ["3", "Varna", "400", "2,400", "17\u00a0%"],
    ]


def test_the_scorecard_shows_every_location_on_every_kpi(view) -> None:
    view.tabs.setCurrentIndex(1)
    model = view.grid_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Revenue",
        "Wait time",
    ]
    texts = {
        model.headerData(r, Qt.Orientation.Vertical): [model.index(r, c).data() for c in range(2)]
        for r in range(model.rowCount())
    }
    assert texts == {
        "Sofia": ["● 120\u00a0%", "● 120\u00a0%"],
        "Plovdiv": ["● 120\u00a0%", "✖ 80\u00a0%"],
        "Varna": ["✖ 50\u00a0%", "● 100\u00a0%"],
    }


def test_a_double_click_opens_the_segments_page(qtbot, view) -> None:
    view.select("Revenue")
    index = view.model.index(2, 1)
    view.table.doubleClicked.emit(index)
    assert view.tabs.currentWidget() is view.page
    assert view.page.segment() == "Varna"


def test_the_window_has_a_leaderboard_view_with_a_shortcut(window) -> None:
    action = window.view_actions["leaderboard"]
    assert (action.text(), action.shortcut().toString()) == ("Leaderboard", "Ctrl+6")
    assert window.is_built("leaderboard") is False
    action.trigger()
    assert window.current_view() == "leaderboard"
    assert window.leaderboard.isVisible()


def test_without_segments_it_says_how_to_get_a_ranking(qtbot, workspace: Workspace) -> None:
    shown = LeaderboardView(AppState(workspace))
    qtbot.addWidget(shown)
    shown.show()
    assert shown.tabs.isHidden()
    assert "No KPI is tracked by segments yet" in shown.empty.text()


def test_a_kpi_without_a_benchmark_shows_no_benchmark_column(view) -> None:
    view.select("Revenue")
    header = view.table.horizontalHeader()
    shown = [
        view.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(view.model.columnCount())
        if not header.isSectionHidden(c)
    ]
    assert shown[-2:] == ["vs previous", "vs average"]
