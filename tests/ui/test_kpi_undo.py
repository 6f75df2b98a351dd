"""In the window, adding, editing and archiving a KPI are undo steps like a typed figure, and
a step the workspace refuses says why and leaves the stack."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kpidesk.domain.kpi import Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.models import KpiRecord
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.ui.goals.view import GoalsView
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState

from .conftest import settle
from .test_data_entry import type_into


def stored_kpis(workspace: Workspace) -> list[tuple[int, str, str, bool, str]]:
    with workspace.reading() as session:
        records = session.scalars(select(KpiRecord).order_by(KpiRecord.id))
        return [(r.id, r.name, r.direction, r.archived, r.description) for r in records]


def shown_names(view: GoalsView) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_adding_editing_and_archiving_a_kpi_undo_and_redo_exactly(qtbot, workspace) -> None:
    state = AppState(workspace)
    view = GoalsView(state)
    qtbot.addWidget(view)
    view.add_kpi(KpiDefinition("Visits", Unit.COUNT, description="web shop"))
    settle(qtbot, state)
    [(kpi_id, *_)] = added = stored_kpis(workspace)
    assert added == [(kpi_id, "Visits", "higher", False, "web shop")]
    visits = view.selected_kpi()
    view.replace_kpi(visits, visits.with_changes(name="Orders", direction=Direction.LOWER))
    settle(qtbot, state)
    view.toggle_archived()
    settle(qtbot, state)
    assert stored_kpis(workspace) == [(kpi_id, "Orders", "lower", True, "web shop")]
    assert [state.undo_stack.text(i) for i in range(3)] == [
        "Add Visits",
        "Edit Visits",
        "Archive Orders",
    ]

    state.undo_stack.undo()
    settle(qtbot, state)
    assert stored_kpis(workspace) == [(kpi_id, "Orders", "lower", False, "web shop")]
    state.undo_stack.undo()
    settle(qtbot, state)
    assert stored_kpis(workspace) == added
    assert shown_names(view) == ["Visits"]
    state.undo_stack.undo()
    settle(qtbot, state)
    assert stored_kpis(workspace) == [] and shown_names(view) == []

    for _ in range(3):
        state.undo_stack.redo()
    settle(qtbot, state)
    assert stored_kpis(workspace) == [(kpi_id, "Orders", "lower", True, "web shop")]
    assert state.snapshot.kpi_ids == {"orders": kpi_id}
    state.close()


def test_an_undo_the_workspace_refuses_says_why_and_leaves_the_stack(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    month = Month(2026, 3)
    window.show_view("data_entry")
    window.data_entry.set_year(2026)
    grid = window.data_entry.model
    row = [k.name for k in grid.kpis].index("Revenue")
    index = grid.index(row, grid.months.index(month))
    type_into(qtbot, window, index, "500")
    qtbot.waitUntil(lambda: window.state.undo_stack.count() == 1)
    settle(qtbot, window.state)
    other = open_workspace(window.state.workspace.path)
    with other.transaction() as session:
        change = start_change(session, "edit", source="another kpidesk")
        write_figures(session, change, [CellWrite(window.state.kpi_id("Revenue"), month, 900)])
    other.close()

    messages: list[str] = []
    window.state.errorRaised.connect(messages.append)
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [
        "the figure for 2026-03 was changed again after this change; undo the later change first"
    ]
    assert window.state.undo_stack.count() == 0
    window.state.reload()
    settle(qtbot, window.state)
    assert index.data() == "900"
