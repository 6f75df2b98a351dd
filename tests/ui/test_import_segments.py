"""The Import view with segments: a column headed by a set's name is read as segments, the
preview shows each figure's segment, and a segment the workspace lacks can be created by
ticking "Create segments that are new" when the preview refuses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer import ImportView
from kpidesk.ui.importer.preview_model import COL_SEGMENT
from kpidesk.ui.state import AppState
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment
from tests.workbooks import write_xlsx

JAN = Month(2026, 1)


@pytest.fixture
def state(workspace: Workspace) -> Iterator[AppState]:
    """Locations with Sofia only; Revenue tracked by Locations."""
    with workspace.transaction() as session:
        new_segment(session, "Sofia", "Locations", source="test")
        define_kpi(session, KpiDefinition("Revenue", Unit.COUNT, segment_set="Locations"))
    app_state = AppState(workspace)
    yield app_state
    app_state.close()


@pytest.fixture
def view(qtbot, state: AppState) -> ImportView:
    widget = ImportView(state)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def _by_location(path: Path) -> Path:
    """A long sheet whose segment column is headed by the set's name."""
    rows = [
        ["KPI", "Locations", "Month", "Value"],
        ["Revenue", "Sofia", "2026-01", 100],
        ["Revenue", "Plovdiv", "2026-01", 80],
    ]
    return write_xlsx(path, {"Figures": rows})


def test_a_new_segment_is_created_when_the_owner_ticks_the_choice(
    qtbot, view: ImportView, state: AppState, tmp_path: Path
) -> None:
    view.open_file(_by_location(tmp_path / "locations.xlsx"))
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 1, timeout=5000)
    assert view.create_segments.isVisibleTo(view)
    assert not view.preview_table.isColumnHidden(COL_SEGMENT)
    assert view.preview_model.index(0, COL_SEGMENT).data() == "Sofia"
    assert not view.action_bar.import_button.isEnabled()
    view.create_segments.setChecked(True)
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 2, timeout=5000)
    shown = {view.preview_model.index(r, COL_SEGMENT).data() for r in range(2)}
    assert shown == {"Sofia", "Plovdiv"}
    qtbot.waitUntil(view.action_bar.import_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(view.importFinished, timeout=5000) as finished:
        qtbot.mouseClick(view.action_bar.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].segments_created == 1
    with state.workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert dict(card.segment_view("Plovdiv").figures_of("Revenue")) == {JAN: 80}
    assert card.value("Revenue", JAN) == 180


def test_a_file_without_segments_shows_no_segment_column(
    qtbot, view: ImportView, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "plain.xlsx", {"S": [["KPI", "Jan 2026"], ["Revenue", 5]]})
    view.open_file(path)
    qtbot.waitUntil(lambda: view.preview_model.rowCount() == 1, timeout=5000)
    assert view.preview_table.isColumnHidden(COL_SEGMENT)
    assert not view.create_segments.isVisibleTo(view)


def test_one_sheet_per_location_lists_the_labels_of_every_sheet(
    qtbot, view: ImportView, tmp_path: Path
) -> None:
    from kpidesk.ui.importer.mapping_model import COL_LABEL

    header = ["KPI", "Jan 2026"]
    sheets = {"Sofia": [header, ["Revenue", 100]], "Plovdiv": [header, ["Revenue", 80]]}
    view.open_file(write_xlsx(tmp_path / "sheets.xlsx", sheets))
    qtbot.waitUntil(lambda: view.mapping_model.rowCount() == 1, timeout=5000)
    assert view.mapping_model.index(0, COL_LABEL).data() == "Revenue"
