"""The dashboard's headline tiles for pinned KPIs, and the selected KPI's chart below."""

from PySide6.QtCore import Qt

from kpidesk.ui.dashboard.model import COL_KPI, COL_NEEDED, COL_STATUS
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState

from .conftest import settle


def _select(view, name):  # type: ignore[no-untyped-def]
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, COL_KPI).data() == name:
            view.table.setCurrentIndex(proxy.index(row, COL_KPI))
            return
    raise AssertionError(name)


def _tiles(view):  # type: ignore[no-untyped-def]
    return [{key: label.text() for key, label in tile.labels.items()} for tile in view.tiles.tiles]


def test_nothing_pinned_shows_a_hint_and_no_tile_row(window):
    view = window.dashboard
    assert view.tiles.isHidden()
    assert not view.pin_hint.isHidden()
    assert "Pin to the top" in view.pin_hint.text()


def test_a_pinned_kpi_shows_its_value_and_target_as_the_table_does(qtbot, window):
    view = window.dashboard
    _select(view, "Revenue")
    view.pin_action.trigger()
    # the demo's October 2026: 30,865 € of the month's 32,389 €, 95 %; against the mean of
    # July to September (41,687 + 40,442 + 31,293) / 3 = 37,807: 30,865 / 37,807 - 1 = -18 %
    assert _tiles(view) == [
        {
            "name": "Revenue",
            "value": "30,865\u00a0€",
            "target": "Target 32,389\u00a0€ · 95\u00a0%",
            "status": "▲ At risk · ↓ 18\u00a0%",
        }
    ]
    tile = view.tiles.tiles[0]
    assert tile.accessibleName() == "Revenue"
    assert tile.accessibleDescription().startswith("30,865\u00a0€; Target 32,389\u00a0€")
    assert not view.tiles.isHidden() and view.pin_hint.isHidden()
    _select(view, "Quick ratio")
    view.pin_action.trigger()
    assert [t["name"] for t in _tiles(view)] == ["Revenue", "Quick ratio"]
    _select(view, "Revenue")
    assert view.pin_action.text() == "Unpin"
    view.pin_action.trigger()
    assert [t["name"] for t in _tiles(view)] == ["Quick ratio"]


def test_the_pins_survive_a_restart_on_the_same_workspace(qtbot, window, demo_workspace):
    view = window.dashboard
    _select(view, "Profit")
    view.pin_action.trigger()
    window.close()
    state = AppState(demo_workspace)
    again = MainWindow(state)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, state)
    assert [t["name"] for t in _tiles(again.dashboard)] == ["Profit"]
    assert _tiles(again.dashboard)[0]["value"] == "2,905\u00a0€"
    state.runner.wait()


def test_a_tile_click_selects_its_row_and_the_chart_below_follows(qtbot, window):
    view = window.dashboard
    # made once the table has painted, so the first look at the table never waits for it
    qtbot.waitUntil(lambda: view.chart is not None)
    # worst first: the chart below starts on the first row
    assert view.chart.kpi_name == "Customer engagement"
    _select(view, "New customers")
    assert view.chart.kpi_name == "New customers"
    assert "<b>New customers</b>" in view.chart.title.text
    view.pin_action.trigger()
    _select(view, "Profit")
    qtbot.mouseClick(view.tiles.tiles[0], Qt.MouseButton.LeftButton)
    assert view.current_kpi() == "New customers"
    assert view.chart.kpi_name == "New customers"


def _tip(view, name, column):  # type: ignore[no-untyped-def]
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, COL_KPI).data() == name:
            return proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    raise AssertionError(name)


def test_a_range_kpis_status_tooltip_says_why_it_is_at_risk(window):
    # Quick ratio, October 2026: 0.85 against 1.50 with a 33.34 % tolerance, a margin of
    # 0.50: good from 1.00 to 2.00, at risk from 0.50 to 2.50; 0.85 lies 0.15 below 1.00;
    # attained 1 - 0.65 / 1.50 = 57 %
    assert _tip(window.dashboard, "Quick ratio", COL_STATUS) == (
        "Keep within the range: on track from 1.00 to 2.00 (target 1.50), at risk from 0.50 "
        "to 2.50, off track beyond.\n"
        "0.85 is 0.15 below the good range: at risk.\n"
        "Attained 57\u00a0%: 100 % at the target, less the further the figure is from it."
    )
    assert _tip(window.dashboard, "Revenue", COL_STATUS) is None


def test_needed_per_month_is_worded_by_direction(window):
    view = window.dashboard
    assert _tip(view, "New customers", COL_NEEDED).startswith("Needed per month: ")
    assert _tip(view, "Average wait time", COL_NEEDED).startswith("Allowed per month: ≤")
    # a ratio at the year's end is one figure to end on, not an amount for every month
    assert _tip(view, "Quick ratio", COL_NEEDED) == (
        "The figure the year must end on to meet the goal of 1.50."
    )
