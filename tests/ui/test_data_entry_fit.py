"""The grid at a small size: long KPI names end in "…" with the whole name in the tooltip;
a refusal is said under the year picker and passes with another year or a reload, while a
step the database did not take stays offered with Try again."""

from PySide6.QtCore import QCoreApplication, Qt

from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite
from kpidesk.ui.data_entry.model import StaleWrite
from kpidesk.ui.main_window import MainWindow

from .conftest import settle
from .test_data_entry import cell, open_year, stored

NAME = "Customer satisfaction score"


def test_a_long_row_name_is_elided_and_whole_in_its_tooltip(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    open_year(window, 2026)
    view = window.data_entry
    header = view.table.verticalHeader()
    row = [k.name for k in view.model.kpis].index(NAME)
    QCoreApplication.processEvents()
    assert header.shown_label(row) == NAME  # the window is wide enough for it
    header.setMaximumWidth(100)
    qtbot.waitUntil(lambda: header.width() == 100)
    shown = header.shown_label(row)
    assert shown.endswith("…")
    assert NAME.startswith(shown[:-1])
    tip = view.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == NAME


def test_a_refusal_is_said_above_the_grid_and_passes_with_the_year(qtbot, window):  # type: ignore[no-untyped-def]
    open_year(window, 2026)
    view = window.data_entry
    view.table.setCurrentIndex(cell(window, "New customers", Month(2026, 4)))
    assert not view.paste_text("abc\n")
    assert view.bar.isVisible()
    assert view.bar.geometry().bottom() < view.table.geometry().top()
    assert "abc" in view.message.text()
    view.set_year(2025)
    assert view.message.text() == ""
    assert not view.bar.isVisible()


def test_a_refusal_passes_with_a_reload_after_an_import(qtbot, window):  # type: ignore[no-untyped-def]
    open_year(window, 2026)
    view = window.data_entry
    view.table.setCurrentIndex(cell(window, "New customers", Month(2026, 4)))
    assert not view.paste_text("abc\n")
    window.state.reload()
    settle(qtbot, window.state)
    assert view.message.text() == ""


def test_an_unsaved_step_stays_offered_across_years_and_reloads(qtbot, window):  # type: ignore[no-untyped-def]
    open_year(window, 2026)
    view = window.data_entry
    kpi_id = window.state.kpi_id("New customers")
    april = Month(2026, 4)
    held = window.state.snapshot.scorecard.value("New customers", april)
    step = StaleWrite("Set", [CellWrite(kpi_id, april, 77.0)], {(kpi_id, april, 0): held}, [])
    view.model.unsaved.emit(step, "the server went away")
    assert view.message.text() == "Not saved: the server went away"
    view.set_year(2025)
    window.state.reload()
    settle(qtbot, window.state)
    assert view.message.text() == "Not saved: the server went away"
    assert view.try_again.isVisible()
    qtbot.mouseClick(view.try_again, Qt.MouseButton.LeftButton)
    settle(qtbot, window.state)
    assert not view.try_again.isVisible()
    assert view.message.text() == ""
    assert stored(window, "New customers", april) == 77
