"""The grid: typing, refusing, pasting, deleting and undoing reach the database."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from kpidesk.domain.month import Month
from kpidesk.store.models import Measurement
from kpidesk.ui.main_window import MainWindow

from .conftest import settle


def stored(window: MainWindow, kpi: str, month: Month) -> float | None:
    """What the workspace holds once every queued write has landed."""
    window.state.runner.wait()
    kpi_id = window.state.kpi_id(kpi)
    with window.state.workspace.reading() as session:
        return session.scalar(
            select(Measurement.value).where(
                Measurement.kpi_id == kpi_id, Measurement.month == str(month)
            )
        )


def cell(window: MainWindow, kpi: str, month: Month):  # type: ignore[no-untyped-def]
    grid = window.data_entry.model
    row = [k.name for k in grid.kpis].index(kpi)
    return grid.index(row, grid.months.index(month))


def open_year(window: MainWindow, year: int) -> None:
    window.show_view("data_entry")
    window.data_entry.set_year(year)


def open_editor(qtbot, window: MainWindow, index, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    """Open the cell's editor and type `text` over what it holds, not confirming it yet."""
    table = window.data_entry.table
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def type_into(qtbot, window: MainWindow, index, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window, index, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.sendPostedEvents()  # the delegate commits on a queued call, as Qt does for Enter
    return editor


def test_typed_figure_is_saved_and_undo_restores_it_in_the_database(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 3))
    before = stored(window, "Revenue", Month(2026, 3))
    type_into(qtbot, window, index, "31,250.5")
    assert stored(window, "Revenue", Month(2026, 3)) == 31250.5
    assert window.data_entry.table.currentIndex().row() == index.row() + 1  # Enter moved down
    settle(qtbot, window.state)
    assert index.data() == "31,251"  # Revenue shows whole euros

    window.actions_by_name["undo"].trigger()
    assert stored(window, "Revenue", Month(2026, 3)) == before
    window.actions_by_name["redo"].trigger()
    assert stored(window, "Revenue", Month(2026, 3)) == 31250.5


def test_text_that_is_not_a_number_is_refused_in_place(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "New customers", Month(2026, 4))
    before = stored(window, "New customers", Month(2026, 4))
    editor = type_into(qtbot, window, index, "12abc")
    assert editor.isVisible()  # the editor stays open with the text
    assert "12abc" in window.data_entry.message.text()
    assert "not a number" in window.data_entry.message.text()
    assert stored(window, "New customers", Month(2026, 4)) == before
    assert window.state.undo_stack.count() == 0


def test_pasted_block_is_saved_as_one_undo_step(qtbot, window):
    open_year(window, 2026)
    grid = window.data_entry.model
    start = cell(window, "Revenue", Month(2026, 11))
    assert not grid.kpis[start.row() + 1].is_formula
    # Revenue, New customers, Profit: 3 rows; Nov..Dec is only 2 columns, so start in Sep.
    start = cell(window, "Revenue", Month(2026, 9))
    window.data_entry.table.setCurrentIndex(start)
    window.data_entry.table.selectionModel().select(
        start, window.data_entry.table.selectionModel().SelectionFlag.ClearAndSelect
    )
    block = "1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\t12\n"
    QGuiApplication.clipboard().setText(block)
    window.actions_by_name["paste"].trigger()
    expected = {"Revenue": [1, 2, 3, 4], "New customers": [5, 6, 7, 8], "Profit": [9, 10, 11, 12]}
    months = [Month(2026, m) for m in (9, 10, 11, 12)]
    for kpi, values in expected.items():
        assert [stored(window, kpi, m) for m in months] == values
    assert window.state.undo_stack.count() == 1
    window.state.undo_stack.undo()
    assert stored(window, "Revenue", Month(2026, 11)) is None
    assert stored(window, "Profit", Month(2026, 9)) == 3160


def test_a_block_with_one_bad_cell_is_refused_whole(qtbot, window):
    open_year(window, 2026)
    start = cell(window, "Revenue", Month(2026, 11))
    window.data_entry.table.setCurrentIndex(start)
    assert not window.data_entry.paste_text("1\t2\n3\tabc\n")
    assert "abc" in window.data_entry.message.text()
    assert stored(window, "Revenue", Month(2026, 11)) is None


def test_delete_clears_to_missing_not_zero(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Marketing spend", Month(2026, 10))
    window.data_entry.table.setCurrentIndex(index)
    qtbot.keyClick(window.data_entry.table, Qt.Key.Key_Delete)
    assert stored(window, "Marketing spend", Month(2026, 10)) is None
    window.state.undo_stack.undo()
    assert stored(window, "Marketing spend", Month(2026, 10)) == 900


def test_copy_gives_tab_separated_figures(qtbot, window):
    open_year(window, 2026)
    first = cell(window, "Revenue", Month(2026, 1))
    last = cell(window, "New customers", Month(2026, 2))
    selection = window.data_entry.table.selectionModel()
    selection.select(first, selection.SelectionFlag.ClearAndSelect)
    selection.select(last, selection.SelectionFlag.Select)
    window.data_entry.copy()
    rows = QGuiApplication.clipboard().text().splitlines()
    assert len(rows) == 2
    assert rows[1] == "37\t43"


def test_formula_rows_are_computed_and_read_only(window):
    open_year(window, 2026)
    index = cell(window, "Average profit margin", Month(2026, 3))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data() == "10.7"  # the demo's March 2026: 2,975 profit / 27,825 revenue


def test_note_is_saved_shown_as_tooltip_and_undone(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", Month(2026, 2))
    window.data_entry.set_note(index.row(), index.column(), "Shop closed a week")
    settle(qtbot, window.state)
    assert "Shop closed a week" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.state.snapshot.scorecard.note("Revenue", Month(2026, 2)) == "Shop closed a week"
    window.state.undo_stack.undo()
    settle(qtbot, window.state)
    assert window.state.snapshot.scorecard.note("Revenue", Month(2026, 2)) == ""


def test_switching_year_shows_that_years_figures(qtbot, window):
    open_year(window, 2024)
    grid = window.data_entry.model
    assert grid.months[0] == Month(2024, 1)
    index = cell(window, "Revenue", Month(2024, 5))
    assert index.data() == "27,493"  # the demo's May 2024 revenue
