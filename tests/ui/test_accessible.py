"""What a screen reader hears for what is drawn or written in symbols: the dashboard's status,
trend, change and needed cells, a sparkline, a tile, the chart, the missing banner, the
period picker, ranks, and the buttons that show only a symbol. Every expected text is
written out by hand from the demo's figures."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard import missing_banner
from kpidesk.ui.dashboard.model import (
    COL_CHANGE,
    COL_KPI,
    COL_NEEDED,
    COL_SPARK,
    COL_STATUS,
    COL_TREND,
)
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.leaderboard.model import COL_RANK
from kpidesk.ui.leaderboard.model import COL_STATUS as RANKING_STATUS
from kpidesk.ui.leaderboard.view import LeaderboardView
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState

from .segments_fixture import fill_locations
from .test_plan_and_needed import _costs_and_sales

NBSP = "\u00a0"
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture(autouse=True)
def december(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The demo window (conftest's) on 2 December 2026, when November's figures are due and
    missing: autouse, so the date is set before the window is made."""
    monkeypatch.setattr(missing_banner, "today", lambda: date(2026, 12, 2))


def _said(widget: QWidget) -> tuple[str, str]:
    """The accessible name and description as the accessibility bridge reads them."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def _spoken(view: DashboardView, kpi: str, column: int) -> str:
    proxy = view.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_KPI).data() == kpi)
    return proxy.index(row, column).data(SPOKEN)


def test_profits_cells_say_their_symbols_in_words(window: MainWindow) -> None:
    view = window.dashboard
    # October 2026: 2,905 € against the mean of July to September (6,652 + 5,505 + 3,160) / 3
    # = 5,105.67: 2,905 / 5,105.67 - 1 = -43 %; October 2025 was 3,247: 2,905 / 3,247 - 1 =
    # -10.5 %. The table shows "✖ Off track", "↓ 43 %" and "↓ -10.5 %".
    assert _spoken(view, "Profit", COL_STATUS) == "Off track"
    assert _spoken(view, "Profit", COL_TREND) == f"down 43{NBSP}%"
    assert _spoken(view, "Profit", COL_CHANGE) == f"down 10.5{NBSP}%"
    assert _spoken(view, "Profit", COL_KPI) is None  # plain text reads as it is shown


def test_profits_sparkline_reads_its_twelve_months(window: MainWindow) -> None:
    # the demo's Profit, November 2025 to October 2026
    months = [
        "3,116",
        "5,749",
        "1,975",
        "2,079",
        "2,975",
        "2,765",
        "3,977",
        "4,559",
        "6,652",
        "5,505",
        "3,160",
        "2,905",
    ]
    expected = "Last 12 months: " + "; ".join(f"{m}{NBSP}€" for m in months)
    assert _spoken(window.dashboard, "Profit", COL_SPARK) == expected


def test_needed_per_month_says_at_least_and_at_most(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    _costs_and_sales(workspace)
    view = DashboardView(AppState(workspace))
    qtbot.addWidget(view)
    view.period_picker.box.setCurrentIndex(view.period_picker.box.findText("March 2025"))
    # (1,200 - 3 × 150) / 9 = 83.33: an allowance for costs ("≤ 83.33 €"), a minimum for sales
    assert _spoken(view, "Costs", COL_NEEDED) == f"at most 83.33{NBSP}€"
    assert _spoken(view, "Sales", COL_NEEDED) == f"at least 83.33{NBSP}€"


def test_a_tile_is_named_by_its_kpi_and_described_in_words(window: MainWindow) -> None:
    view = window.dashboard
    view.select_kpi("Revenue")
    view.toggle_pin()
    # October 2026: 30,865 € of 32,389 €, 95 %; (41,687 + 40,442 + 31,293) / 3 = 37,807 before
    # it: 30,865 / 37,807 - 1 = -18 %. The tile shows "▲ At risk · ↓ 18 %".
    assert _said(view.tiles.tiles[0]) == (
        "Revenue",
        f"30,865{NBSP}€; Target 32,389{NBSP}€, 95{NBSP}% attained; At risk, down 18{NBSP}%",
    )


def test_the_chart_is_named_by_its_kpi_and_describes_its_last_point(
    window: MainWindow,
) -> None:
    window.open_chart("Profit")
    chart = window.charts.chart
    assert _said(chart) == (
        "Profit, month by month",
        f"October 2026: 2,905{NBSP}€ against a target of 3,400{NBSP}€, Off track",
    )


def test_the_missing_banner_names_itself_and_says_what_is_missing(window: MainWindow) -> None:
    banner = window.dashboard.banner
    name, description = _said(banner)
    assert name == "Missing figures"
    # the demo's figures end in October 2026: none of its ten typed KPIs (two more are
    # computed from them) has November's; the headline and the KPIs' line, as one text
    assert description == f"{banner.headline.text()}. {banner.details.text()}"
    assert description.startswith("November 2026: 10 of 10 KPIs not entered")
    assert _said(banner.close_button)[0] == "Hide the missing figures"


def test_the_period_box_is_named_after_the_kind_of_period(window: MainWindow) -> None:
    picker = window.dashboard.period_picker
    assert picker.box.accessibleName() == "Month"
    picker.set_kind("quarter")
    assert picker.box.accessibleName() == "Quarter"
    picker.set_kind("ytd")
    assert picker.box.accessibleName() == "Through"


def test_the_year_arrows_of_data_entry_have_names(window: MainWindow) -> None:
    names = {button.accessibleName() for button in window.data_entry.findChildren(QWidget)}
    assert {"Previous year", "Next year", "Figures"} <= names


def test_the_navigation_buttons_say_their_shortcuts(window: MainWindow) -> None:
    described = [_said(button) for button in window.navigation_keys.buttons]
    assert described[0] == ("Dashboard", "Ctrl+1")
    assert described[5] == ("Leaderboard", "Ctrl+6")


def test_ranks_and_statuses_are_said_in_words(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = LeaderboardView(AppState(fill_locations(workspace)))
    qtbot.addWidget(view)
    view.select("Revenue")
    model = view.model
    # March: Plovdiv and Sofia share the first place at 120 % ("=1"), Varna is third at 50 %
    assert [model.index(r, COL_RANK).data(SPOKEN) for r in range(3)] == [
        "shared place 1",
        "shared place 1",
        "place 3",
    ]
    assert [model.index(r, RANKING_STATUS).data(SPOKEN) for r in range(3)] == [
        "On track",
        "On track",
        "Off track",
    ]


def test_the_tables_say_what_they_list(window: MainWindow) -> None:
    goals, board = window.goals, window.leaderboard
    named = {
        window.dashboard.table: "KPIs",
        goals.kpi_table: "KPIs",
        goals.detail.history_table: "Target decisions",
        goals.segments.tree: "Segment sets",
        window.data_entry.table: "Figures",
        board.table: "Ranking",
        board.grid: "Scorecard",
        board.page.table: "The segment's KPIs",
    }
    assert all(_said(table)[0] == name for table, name in named.items())
