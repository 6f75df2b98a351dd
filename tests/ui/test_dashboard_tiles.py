"""The dashboard's headline tiles for pinned KPIs, and the selected KPI's chart below."""

from PySide6.QtCore import Qt

from kpidesk.ui.dashboard.model import COL_KPI
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
