"""A figure typed with more decimals than its KPI shows stays visible: tooltip and editor."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.ui.dashboard.model import COL_VALUE, DashboardModel
from kpidesk.ui.dashboard.rows import dashboard_rows
from kpidesk.ui.data_entry.history_dialog import CellHistoryDialog
from kpidesk.ui.main_window import MainWindow

from .conftest import settle
from .test_data_entry import cell, open_year, stored, type_into


def open_editor(window: MainWindow, index) -> QLineEdit:  # type: ignore[no-untyped-def]
    table = window.data_entry.table
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    return editor


def test_a_rounded_figure_is_named_in_the_tooltip_and_opened_whole(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 3))  # Revenue has no decimals
    type_into(qtbot, window, index, "31250.5")
    settle(qtbot, window.state)
    assert index.data() == "31,251"
    assert "31,250.5 as typed" in index.data(Qt.ItemDataRole.ToolTipRole).split("\n")

    steps = window.state.undo_stack.count()
    editor = open_editor(window, index)
    assert editor.text() == "31250.5"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.sendPostedEvents()
    settle(qtbot, window.state)
    assert window.state.undo_stack.count() == steps
    assert stored(window, "Revenue", Month(2026, 3)) == 31250.5


def test_a_figure_shown_whole_has_no_typed_line(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 4))
    type_into(qtbot, window, index, "31250")
    settle(qtbot, window.state)
    assert index.data() == "31,250"
    assert not any(
        line.endswith("as typed") for line in index.data(Qt.ItemDataRole.ToolTipRole).split("\n")
    )


def test_a_long_figure_reopens_at_twelve_digits_and_an_unchanged_enter_writes_nothing(
    qtbot, window
):
    """The editor shows the 12 significant digits kpidesk keeps everywhere; confirming it as
    it opened (which reads back 3e-13 apart) leaves the stored figure and the undo stack as
    they were."""
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 5))
    type_into(qtbot, window, index, "1234567.123456789")
    settle(qtbot, window.state)
    steps = window.state.undo_stack.count()
    editor = open_editor(window, index)
    assert editor.text() == "1234567.12346"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.sendPostedEvents()
    settle(qtbot, window.state)
    assert window.state.undo_stack.count() == steps
    assert stored(window, "Revenue", Month(2026, 5)) == 1234567.123456789


def test_the_cell_history_lists_the_figure_as_typed(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 3))
    type_into(qtbot, window, index, "31250.5")
    settle(qtbot, window.state)
    kpi = window.data_entry.model.kpis[index.row()]
    dialog = CellHistoryDialog(window.state, kpi, Month(2026, 3), window)
    qtbot.addWidget(dialog)
    settle(qtbot, window.state)
    assert dialog.model.index(0, 2).data() == "31,250.5\u00a0€"  # newest first, the new value


def test_the_dashboard_value_names_the_figure_as_typed(qapp) -> None:  # type: ignore[no-untyped-def]
    kpi = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", decimals=0)
    card = Scorecard([kpi], {kpi.key: {Month(2026, 3): Figure(31250.5, "EUR")}})
    model = DashboardModel()
    model.set_rows(dashboard_rows(card, Month(2026, 3)))
    value = model.index(0, COL_VALUE)
    assert value.data() == "31,251\u00a0€"
    assert value.data(Qt.ItemDataRole.ToolTipRole) == "31,250.5 as typed"


def test_a_lev_figure_typed_with_more_decimals_is_named_whole(qapp) -> None:  # type: ignore[no-untyped-def]
    kpi = KpiDefinition("Оборот", Unit.CURRENCY, currency="BGN", decimals=2)
    card = Scorecard([kpi], {kpi.key: {Month(2025, 12): Figure(1955.835, "BGN")}})
    model = DashboardModel()
    model.set_rows(dashboard_rows(card, Month(2025, 12)))
    tip = model.index(0, COL_VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Entered as 1,955.835\u00a0лв., shown in euro at 1.95583"
