"""The import view shows each converted cell as written and as it lands, and warns above the
Import button, asking once before writing, when a KPI's year would come back on another
scale. The texts asserted are the ones the owner reads, written out by hand (English,
United States, as the UI tests run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl.styles import numbers
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer import ImportView
from kpidesk.ui.importer.preview_model import COL_NEW
from kpidesk.ui.state import AppState
from tests.workbooks import Styled, write_xlsx

YEAR = [Month(2025, m) for m in range(1, 13)]
NBSP = "\u00a0"


@pytest.fixture
def state(workspace: Workspace) -> Iterator[AppState]:
    """Revenue (euro, no decimals) holding 10 000 € for each month of 2025; Sales, a lev KPI;
    Churn, a percent KPI with one decimal."""
    with workspace.transaction() as session:
        revenue = add_kpi(
            session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", decimals=0)
        )
        add_kpi(session, KpiDefinition("Sales", Unit.CURRENCY, currency="BGN"))
        add_kpi(session, KpiDefinition("Churn", Unit.PERCENT, decimals=1))
        writes = [CellWrite(revenue.id, month, 10_000.0) for month in YEAR]
        write_figures(session, start_change(session, "typed"), writes)
    app_state = AppState(workspace)
    yield app_state
    app_state.close()


@pytest.fixture
def view(qtbot, state: AppState) -> ImportView:
    widget = ImportView(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def halved_year(path: Path) -> Path:
    """Revenue's January written `12 000 лв.`, the other months 10 000 / 1.95583 = 5 112.92;
    Sales' January a plain 1 000 (leva, as a lev KPI's 2025 figures are); Churn's January a
    percent-formatted 0.125."""
    rows = [
        ["KPI", *(str(month) for month in YEAR)],
        ["Revenue", "12 000 лв.", *[5112.92] * 11],
        ["Sales", 1000],
        ["Churn", Styled(0.125, numbers.FORMAT_PERCENTAGE_00)],
    ]
    return write_xlsx(path, rows)


def shown(view: ImportView, kpi: str, month: Month) -> tuple[str, str]:
    model = view.preview_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).kpi == kpi and model.row_at(r).month == month
    )
    index = model.index(row, COL_NEW)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def answer_dialog(choice: str, seen: list[str]) -> None:
    """Click `choice` in the confirmation box once it is open, noting what it said."""

    def click(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(10, lambda: click(tries - 1))
            return
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == choice).click()

    QTimer.singleShot(0, click)


def revenue(state: AppState, month: Month) -> float | None:
    with state.workspace.transaction() as session:
        return load_snapshot(session).scorecard.value("Revenue", month)


WARNING = (
    "⚠ Revenue: 11 of the 12 figures to overwrite would drop to about ×0.511. "
    "Likely leva taken for euro, or euro for leva (1 € = 1.95583 лв.)."
)


def test_a_converted_cell_shows_as_written_and_as_it_lands(
    qtbot, view: ImportView, tmp_path: Path
) -> None:
    view.open_file(halved_year(tmp_path / "halved.xlsx"))
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 14, timeout=5000)
    text, tip = shown(view, "Revenue", YEAR[0])
    assert text == f"12 000 лв. → 6,136{NBSP}€"  # 12000 / 1.95583 = 6135.50
    assert tip.startswith(
        f"The file writes 12 000 лв.; it lands as 6,136{NBSP}€.\nConverted at 1 € = 1.95583 лв."
    )
    text, tip = shown(view, "Sales", YEAR[0])
    assert text == f"1,000.00{NBSP}лв. → 511.29{NBSP}€"  # 1000 / 1.95583 = 511.292
    assert "the figures of Sales before 2026 are in leva" in tip
    text, tip = shown(view, "Churn", YEAR[0])
    assert text == f"0.125 → 12.5{NBSP}%"
    assert "formatted as a percentage" in tip
    assert shown(view, "Revenue", YEAR[1])[0] == f"5,113{NBSP}€"  # taken as it stands


def test_a_halved_year_is_warned_of_and_importing_asks_once(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    view.open_file(halved_year(tmp_path / "halved.xlsx"))
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    assert view.action_bar.warning.text() == WARNING
    assert not view.action_bar.warning.isHidden()

    seen: list[str] = []
    answer_dialog("Cancel", seen)
    qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert seen == [WARNING]
    assert revenue(state, YEAR[1]) == 10_000

    answer_dialog("Import anyway", seen)
    with qtbot.waitSignal(view.importFinished, timeout=5000):
        qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert revenue(state, YEAR[1]) == 5112.92


def test_keeping_the_figures_already_there_warns_of_nothing(
    qtbot, view: ImportView, tmp_path: Path
) -> None:
    view.open_file(halved_year(tmp_path / "halved.xlsx"))
    qtbot.waitUntil(lambda: view.action_bar.warning.text() == WARNING, timeout=5000)
    view.action_bar.keep.setChecked(True)
    qtbot.waitUntil(view.action_bar.warning.isHidden, timeout=5000)
    assert view.action_bar.warning.text() == ""
