"""Every view by keyboard alone: Ctrl+1…6 opens it with the focus inside, Tab walks its
controls in reading order (and leaves a read-only table instead of walking its cells), the
navigation bar answers the arrow keys, a tile and a ranking row open by Enter."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard import missing_banner
from kpidesk.ui.leaderboard.view import LeaderboardView
from kpidesk.ui.main_window import VIEWS, MainWindow
from kpidesk.ui.state import AppState
from tests.workbooks import write_text

from .segments_fixture import fill_locations

_STEPS = 40
"""Tab presses a walk makes at most: more than any view has controls."""


@pytest.fixture
def window(qtbot, demo_workspace: Workspace, monkeypatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The demo in an active window, on 2 December 2026: November's figures are missing,
    so the banner with its two buttons stands above the dashboard."""
    monkeypatch.setattr(missing_banner, "today", lambda: date(2026, 12, 2))
    state = AppState(demo_workspace)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    state.runner.wait()


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _walk(qtbot, start: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches from `start`, each once, in the order first reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(_STEPS):
        here = _focused()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        widget = _focused()
        if widget is not None and widget not in reached:
            reached.append(widget)
    return reached


def _in_order(reached: list[QWidget], expected: list[QWidget]) -> list[QWidget]:
    """The expected widgets in the order Tab reached them (missing ones left out)."""
    return [widget for widget in reached if widget in expected]


def test_ctrl_and_a_number_opens_each_view_with_the_focus_where_the_owner_works(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    for number, name in enumerate(VIEWS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == name
        expected = {
            "dashboard": window.dashboard.table,
            "goals": window.goals.kpi_table,
            "data_entry": window.data_entry.table,
            "import": window.importer.source.open_button,  # no file yet: open one
            "charts": window.charts.kpi_box,
            "leaderboard": window.leaderboard.table,
        }[name]
        qtbot.waitUntil(lambda want=expected: _focused() is want)


def test_tab_walks_the_dashboard_top_down_past_the_table(qtbot, window: MainWindow) -> None:
    view = window.dashboard
    banner, picker = view.banner, view.period_picker
    expected = [
        banner.enter_button,
        banner.close_button,
        picker.kind_box,
        picker.box,
        view.segment_box,
        view.table,
        *window.navigation_keys.buttons,
    ]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    # after the table the focus goes round to the navigation, not into its 12 × 13 cells
    assert _in_order(reached, expected) == expected


def test_tab_reaches_the_pinned_tiles_between_the_pickers_and_the_table(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    view = window.dashboard
    for name in ("Revenue", "Profit"):
        view.select_kpi(name)
        view.toggle_pin()
    revenue, profit = view.tiles.tiles
    qtbot.waitUntil(profit.isVisible)  # a widget added to a shown layout shows a moment later
    reached = _walk(qtbot, view.segment_box)
    assert _in_order(reached, [revenue, profit, view.table]) == [revenue, profit, view.table]


def test_a_focused_tile_opens_by_space_or_enter_like_a_click(qtbot, window: MainWindow) -> None:
    view = window.dashboard
    for name in ("Revenue", "Profit"):
        view.select_kpi(name)
        view.toggle_pin()
    view.select_kpi("Brand awareness")
    revenue, profit = view.tiles.tiles
    assert revenue.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(profit, Qt.Key.Key_Space)
    assert view.current_kpi() == "Profit"
    qtbot.keyClick(revenue, Qt.Key.Key_Return)
    assert view.current_kpi() == "Revenue"


def test_tab_walks_goals_in_reading_order(qtbot, window: MainWindow) -> None:
    window.show_view("goals")
    goals = window.goals
    panel, detail = goals.kpi_list, goals.detail
    expected = [
        goals.tabs.tabBar(),
        panel.catalog_button,
        panel.new_button,
        panel.edit_button,
        panel.archive_button,
        panel.delete_button,
        goals.kpi_table,
        panel.show_archived,
        *detail.target_buttons,
        detail.history_table,
        goals.plan.year,
        goals.plan.as_of,
        goals.plan.table,
    ]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, expected) == expected


def test_tab_walks_data_entry_to_the_grid(qtbot, window: MainWindow) -> None:
    window.show_view("data_entry")
    entry = window.data_entry
    expected = [entry.year_box, entry.segment_box, entry.table]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, expected) == expected
    assert reached[0].accessibleName() == "Previous year"
    assert reached[2].accessibleName() == "Next year"


def test_tab_walks_the_import_view_down_the_left_column_then_the_right(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
) -> None:
    window.show_view("import")
    view = window.importer
    before = [view.source.open_button, view.start.open_button, view.tabs.tabBar()]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, before) == before  # no file yet: the start page's Open button
    window.import_file(write_text(tmp_path / "figures.csv", "KPI,2026-11\nRevenue,31000\n"))
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 1)
    expected = [
        view.source.open_button,
        view.source.layout_combo,
        view.mapping_table,
        view.problems_table,
        view.preview_table,
        view.action_bar.overwrite,
        view.tabs.tabBar(),
        *window.navigation_keys.buttons,
    ]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, expected) == expected
    view.tabs.setCurrentIndex(1)  # the import history: Tab still comes round to the views
    expected = [view.source.open_button, view.history.table, view.tabs.tabBar()]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, [*expected, *window.navigation_keys.buttons]) == [
        *expected,
        *window.navigation_keys.buttons,
    ]


def test_tab_walks_the_charts_controls_left_to_right_then_the_plot(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.show_view("charts")
    panel = window.charts
    expected: list[QWidget] = [
        panel.kpi_box,
        panel.view_box,
        panel.range_box,
        panel.last_year_box,
        panel.reset_button,
        panel.wall_button,
        panel.export_button,
        panel.chart,
    ]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, expected) == expected


def test_the_chart_follows_the_kpi_chosen_by_keyboard(qtbot, window: MainWindow) -> None:
    window.show_view("charts")
    panel = window.charts
    box = panel.kpi_box
    wanted = box.findText("Profit")
    box.setFocus()
    while box.currentIndex() != wanted:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < wanted else Qt.Key.Key_Up)
    assert panel.chart.kpi_name == "Profit"


def test_tab_walks_the_leaderboard_in_reading_order(qtbot, window: MainWindow) -> None:
    window.show_view("leaderboard")
    view = window.leaderboard
    expected = [view.month_box, view.tabs.tabBar(), view.kpi_box, view.period_box, view.table]
    reached = _walk(qtbot, window.navigation_keys.buttons[-1])
    assert _in_order(reached, expected) == expected


def test_the_arrow_keys_on_the_navigation_switch_views(qtbot, window: MainWindow) -> None:
    buttons = window.navigation_keys.buttons
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert window.current_view() == "goals" and _focused() is buttons[1]
    qtbot.keyClick(buttons[1], Qt.Key.Key_Down)
    assert window.current_view() == "data_entry" and _focused() is buttons[2]
    qtbot.keyClick(buttons[2], Qt.Key.Key_Up)
    assert window.current_view() == "goals" and _focused() is buttons[1]
    qtbot.keyClick(buttons[1], Qt.Key.Key_End)
    assert window.current_view() == "leaderboard" and _focused() is buttons[5]
    qtbot.keyClick(buttons[5], Qt.Key.Key_Down)  # the last stays the last
    assert window.current_view() == "leaderboard"
    qtbot.keyClick(buttons[5], Qt.Key.Key_Home)
    assert window.current_view() == "dashboard" and _focused() is buttons[0]
    buttons[3].setFocus(Qt.FocusReason.TabFocusReason)  # Tab to Import, then Enter
    qtbot.keyClick(buttons[3], Qt.Key.Key_Return)
    assert window.current_view() == "import" and _focused() is buttons[3]


def test_enter_on_a_ranked_segment_opens_its_page(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = LeaderboardView(AppState(fill_locations(workspace)))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select("Revenue")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 1))  # March: Varna is third
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.page
    assert view.page.segment() == "Varna"


def test_the_menu_key_and_shift_f10_open_the_current_cells_menu(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.show_view("data_entry")
    entry = window.data_entry
    grid = entry.table
    grid.customContextMenuRequested.disconnect(entry._context_menu)  # no modal menu here
    asked: list[object] = []
    grid.customContextMenuRequested.connect(lambda where: asked.append(grid.indexAt(where)))
    grid.setCurrentIndex(entry.model.index(2, 3))
    qtbot.keyClick(grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    grid.setCurrentIndex(entry.model.index(4, 1))
    qtbot.keyClick(grid, Qt.Key.Key_Menu)
    qtbot.keyClick(grid, Qt.Key.Key_F10)  # F10 alone is not the menu
    assert asked == [entry.model.index(2, 3), entry.model.index(4, 1)]
