"""The Import view, walked as an owner would: open a workbook, correct the mapping, import,
read the summary, and undo it from the history; bad cells and unreadable files are shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.imports import list_imports
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer import ImportView
from kpidesk.ui.importer.mapping_model import COL_KPI, kpi_choice
from kpidesk.ui.importer.preview_model import COL_ACTION, LEFT_OUT
from kpidesk.ui.importer.problems_model import COL_CELL, COL_REASON
from kpidesk.ui.state import AppState
from kpidesk.usecases.import_preview import Action
from tests.workbooks import merged, write_xlsx

JAN, FEB, MAR = Month(2025, 1), Month(2025, 2), Month(2025, 3)


@pytest.fixture
def state(workspace: Workspace) -> Iterator[AppState]:
    """Revenue (holding 1000 for January 2025, which the import overwrites) and Orders."""
    with workspace.transaction() as session:
        revenue = add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
        add_kpi(session, KpiDefinition("Orders", Unit.COUNT, decimals=0))
        write_figures(session, start_change(session, "typed"), [CellWrite(revenue.id, JAN, 1000)])
    app_state = AppState(workspace)
    yield app_state
    app_state.close()


@pytest.fixture
def view(qtbot, state: AppState) -> ImportView:
    widget = ImportView(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def owners_workbook(path: Path, orders: tuple[object, ...] = (40, 42, 45)) -> Path:
    """A title, the year once above month names, a totals column, and a label ("Tellimused",
    Estonian for orders) that matches no KPI."""
    rows = [
        ["Kalamaja kohvik — näitajad"],
        [],
        [None, 2025],
        ["KPI", "Jan", "Feb", "Mar", "Total"],
        ["Revenue", 1200, 1300, 1250, "=SUM(B5:D5)"],
        ["Tellimused", *orders, "=SUM(B6:D6)"],
    ]
    return write_xlsx(path, {"Näitajad": rows}, setup=merged("B3:D3"))


def value(state: AppState, kpi: str, month: Month) -> float | None:
    with state.workspace.transaction() as session:
        return load_snapshot(session).scorecard.value(kpi, month)


def previewed(qtbot, view: ImportView, path: Path) -> None:
    view.open_file(path)
    qtbot.waitUntil(lambda: view.preview_model.rowCount() > 0, timeout=5000)


def preview_row(view: ImportView, kpi: str, month: Month):
    model = view.preview_model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    return next(r for r in rows if r.kpi == kpi and r.month == month)


def map_label(view: ImportView, label: str, kpi: str) -> None:
    model = view.mapping_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)
    assert model.setData(model.index(row, COL_KPI), kpi_choice(kpi))


def test_from_file_to_summary_and_undo(qtbot, view: ImportView, state: AppState, tmp_path):
    previewed(qtbot, view, owners_workbook(tmp_path / "owner.xlsx"))
    found = view.source.found.text()
    assert "column A" in found and "row 4" in found and "Total" in found
    january = preview_row(view, "Revenue", JAN)
    assert (january.old, january.new, january.cell, january.action) == (
        1000,
        1200,
        "B5",
        Action.OVERWRITE,
    )
    assert "Overwrite" in view.preview_model.index(0, COL_ACTION).data()
    assert view.mapping_model.unmapped() == ["Tellimused"]
    assert not view.action_bar.import_button.isEnabled()
    assert "Tellimused" in view.action_bar.reasons.text()

    map_label(view, "Tellimused", "Orders")
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    assert preview_row(view, "Orders", FEB).new == 42
    assert view.action_bar.reasons.text() == ""
    with qtbot.waitSignal(view.importFinished, timeout=5000) as finished:
        qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert (summary.values_imported, summary.kpis_matched, summary.kpis_created) == (6, 2, 0)
    assert "Imported 6 figures from owner.xlsx" in view.action_bar.message.text()
    assert value(state, "Revenue", JAN) == 1200
    assert value(state, "Orders", FEB) == 42

    history = view.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    assert history.model.index(0, 0).data() == "owner.xlsx"
    history.table.selectRow(0)
    assert history.undo_button.isEnabled()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.model.row_at(0).undone_at is not None, timeout=5000)
    assert value(state, "Revenue", JAN) == 1000
    assert value(state, "Orders", FEB) is None
    assert not history.undo_button.isEnabled()


def test_bad_cell_is_shown_with_its_address(qtbot, view: ImportView, tmp_path: Path) -> None:
    previewed(qtbot, view, owners_workbook(tmp_path / "bad.xlsx", (40, "#DIV/0!", 45)))
    problems = view.problems_model
    cells = [problems.index(r, COL_CELL).data() for r in range(problems.rowCount())]
    assert "C6" in cells
    reason = problems.index(cells.index("C6"), COL_REASON).data()
    assert "#DIV/0!" in reason
    map_label(view, "Tellimused", "Orders")
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    left_out = next(
        r
        for r in range(view.preview_model.rowCount())
        if view.preview_model.row_at(r).action == LEFT_OUT
    )
    row = view.preview_model.row_at(left_out)
    assert (row.kpi, row.month, row.cell) == ("Orders", FEB, "C6")
    tooltip = view.preview_model.index(left_out, COL_ACTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "C6" in tooltip and "#DIV/0!" in tooltip


def test_unreadable_file_shows_its_message_and_writes_nothing(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    view.open_file(path)
    qtbot.waitUntil(lambda: "broken.xlsx" in view.action_bar.reasons.text(), timeout=5000)
    assert not view.action_bar.import_button.isEnabled()
    assert view.preview_model.rowCount() == 0
    with state.workspace.transaction() as session:
        assert list_imports(session) == []
    assert value(state, "Revenue", JAN) == 1000


def test_cancel_while_writing_writes_nothing(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    previewed(qtbot, view, owners_workbook(tmp_path / "owner.xlsx"))
    map_label(view, "Tellimused", "Orders")
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    gate = threading.Event()
    state.runner.run(lambda: gate.wait(5))
    qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert view.action_bar.cancel_button.isEnabled()
    qtbot.mouseClick(view.action_bar.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in view.action_bar.message.text(), timeout=5000)
    assert value(state, "Revenue", JAN) == 1000
    assert value(state, "Orders", FEB) is None
    with state.workspace.transaction() as session:
        assert list_imports(session) == []


def test_several_sheets_refuse_until_one_is_chosen(qtbot, view: ImportView, tmp_path) -> None:
    path = owners_workbook(tmp_path / "two.xlsx")
    book = openpyxl.load_workbook(path)
    copy = book.copy_worksheet(book["Näitajad"])
    copy.title = "Copy"
    hidden = book.copy_worksheet(book["Näitajad"])
    hidden.title = "Old"
    hidden.sheet_state = "hidden"
    book.save(path)
    view.open_file(path)
    qtbot.waitUntil(lambda: "Several sheets" in view.action_bar.reasons.text(), timeout=5000)
    combo = view.source.sheet
    names = [combo.itemText(i) for i in range(combo.count())]
    assert any("Old" in name and "hidden" in name for name in names)
    map_label_later = combo.findData("Näitajad")
    combo.setCurrentIndex(map_label_later)
    combo.activated.emit(map_label_later)
    qtbot.waitUntil(lambda: view.preview_model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: "Several sheets" not in view.action_bar.reasons.text(), timeout=5000)
    assert "Tellimused" in view.action_bar.reasons.text()


def test_csv_guesses_are_shown_and_decimal_mark_refusal_goes_away(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    """A Bulgarian cp1251 CSV whose `3.000` cannot be read until the owner picks the mark."""
    path = tmp_path / "bg.csv"
    text = "Показател;Месец;Стойност\nRevenue;2025-01;3.000\nRevenue;2025-02;3.500\n"
    path.write_bytes(text.encode("cp1251"))
    view.open_file(path)
    qtbot.waitUntil(lambda: "two ways" in view.action_bar.reasons.text(), timeout=5000)
    source = view.source
    assert source.encoding.currentData() == "cp1251"
    assert "guessed" in source.encoding_label.text()
    assert source.delimiter.currentData() == ";"
    assert not view.action_bar.import_button.isEnabled()
    comma = source.decimal.findData(",")
    source.decimal.setCurrentIndex(comma)
    source.decimal.activated.emit(comma)
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    assert preview_row(view, "Revenue", JAN).new == 3000
    with qtbot.waitSignal(view.importFinished, timeout=5000):
        qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert value(state, "Revenue", FEB) == 3500


def test_plan_columns_are_shown_as_target_changes_and_set(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    rows = [
        ["KPI", "Jan 2025", None, "Feb 2025", None],
        [None, "Plan", "Actual", "Plan", "Actual"],
        ["Orders", 40, 41, 45, 44],
    ]
    path = write_xlsx(tmp_path / "plan.xlsx", rows, setup=merged("B1:C1", "D1:E1"))
    previewed(qtbot, view, path)
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    assert "2 target changes" in view.action_bar.counts.text()
    with qtbot.waitSignal(view.importFinished, timeout=10000):
        qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert "Targets set from the file: 2 changes." in view.action_bar.message.text()
    with state.workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert (card.value("Orders", FEB), card.target("Orders", FEB)) == (44, 45)
