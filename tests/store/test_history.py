"""The workspace history lists every change with who made it and where, and any one change
can be undone or redone by its id, on SQLite and on PostgreSQL alike."""

from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.errors import StoreError, UndoConflict
from kpidesk.store.figures import CellWrite
from kpidesk.store.history import count_changes, list_changes
from kpidesk.store.imports import list_imports
from kpidesk.store.kpi_changes import add_kpi_change
from kpidesk.store.loading import load_snapshot
from kpidesk.store.targets import decisions_made
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases import history
from kpidesk.usecases.figures import record_figures
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.import_job import ReadChoices, read_file, write
from kpidesk.usecases.import_preview import ImportOptions
from tests.workbooks import write_text

JAN, FEB, MAR = Month(2025, 1), Month(2025, 2), Month(2025, 3)


def _sales_with_history(workspace: Workspace) -> tuple[int, int, int, int]:
    """Sales added by Ivan on desk-1; 10 in January and 20 in March by Maria on desk-2; then
    Maria's goal of 15 a month. Returns the four change ids, oldest first."""
    workspace.author, workspace.computer = "Ivan", "desk-1"
    with workspace.transaction() as session:
        added = add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT))
        kpi_id = load_snapshot(session).kpi_ids["sales"]
    workspace.author, workspace.computer = "Maria", "desk-2"
    with workspace.transaction() as session:
        figures = record_figures(
            session, [CellWrite(kpi_id, JAN, 10), CellWrite(kpi_id, MAR, 20)], source="data entry"
        )
    with workspace.transaction() as session:
        goal = set_goal(session, "Sales", TargetKind.MONTHLY, JAN, 15).change.id
    with workspace.transaction() as session:
        typed = record_figures(session, [CellWrite(kpi_id, MAR, 25)], source="command line")
    return added.id, figures, goal, typed


def _value(workspace: Workspace, month: Month) -> float | None:
    with workspace.reading() as session:
        return load_snapshot(session).scorecard.value("Sales", month)


def test_history_lists_every_change_newest_first_with_who_and_what(any_workspace) -> None:
    added, figures, goal, typed = _sales_with_history(any_workspace)
    with any_workspace.reading() as session:
        entries = list_changes(session)
        assert count_changes(session) == 4
    assert [e.id for e in entries] == [typed, goal, figures, added]
    newest, target, both, first = entries
    assert (newest.author, newest.computer, newest.kind, newest.source) == (
        "Maria",
        "desk-2",
        "edit",
        "command line",
    )
    assert (newest.figures, newest.first_month, newest.last_month) == (1, "2025-03", "2025-03")
    assert (both.figures, both.first_month, both.last_month) == (2, "2025-01", "2025-03")
    assert (target.kind, target.targets, target.figures, target.kpi_names) == (
        "target",
        1,
        0,
        ("Sales",),
    )
    assert (first.author, first.computer, first.kind, first.kpis, first.kpi_names) == (
        "Ivan",
        "desk-1",
        "kpi",
        1,
        ("Sales",),
    )
    assert all(e.undone_at is None for e in entries)


def test_history_pages_with_limit_and_offset(any_workspace) -> None:
    added, figures, goal, typed = _sales_with_history(any_workspace)
    with any_workspace.reading() as session:
        assert [e.id for e in list_changes(session, limit=2)] == [typed, goal]
        assert [e.id for e in list_changes(session, limit=2, offset=2)] == [figures, added]
        assert list_changes(session, limit=2, offset=4) == []


def test_any_change_is_undone_by_id_after_a_restart(any_workspace) -> None:
    """The workspace is opened again (a new engine, no undo stack) before the undo."""
    _added, figures, goal, typed = _sales_with_history(any_workspace)
    url = any_workspace.url
    any_workspace.close()
    with closing(open_workspace(url)) as reopened:
        with reopened.transaction() as session:
            done = history.undo(session, typed)
        assert (done.kind, done.figures) == ("edit", 1)
        assert _value(reopened, MAR) == 20
        with reopened.transaction() as session:
            history.undo(session, goal)
        with reopened.reading() as session:
            assert load_snapshot(session).scorecard.target("Sales", MAR) is None
            undone = {e.id: e.undone_at is not None for e in list_changes(session)}
        assert undone == {typed: True, goal: True, figures: False, _added: False}
        with reopened.transaction() as session:
            history.redo(session, typed)
        assert _value(reopened, MAR) == 25


def test_an_undo_a_later_change_would_contradict_is_refused_whole(any_workspace) -> None:
    """Undoing the two-figure change would put back March's figure under the later 25; it is
    refused, and January keeps its 10 too."""
    _added, figures, _goal, _typed = _sales_with_history(any_workspace)
    with pytest.raises(UndoConflict, match="2025-03"), any_workspace.transaction() as session:
        history.undo(session, figures)
    assert (_value(any_workspace, JAN), _value(any_workspace, MAR)) == (10, 25)
    with pytest.raises(UndoConflict, match="not undone"), any_workspace.transaction() as session:
        history.redo(session, figures)
    with pytest.raises(StoreError, match="no change 99"), any_workspace.transaction() as session:
        history.undo(session, 99)


def test_an_import_undone_from_the_history_is_undone_as_the_import_history_does(
    any_workspace, tmp_path: Path
) -> None:
    _sales_with_history(any_workspace)
    path = write_text(
        tmp_path / "sales.csv", "kpi;month;value\nSales;2025-02;12\nSales;2025-03;30\n"
    )
    write(any_workspace, read_file(path, ReadChoices()), ImportOptions())
    with any_workspace.reading() as session:
        [entry] = list_changes(session, limit=1)
    assert (entry.kind, entry.source, entry.figures) == ("import", "sales.csv", 2)
    with any_workspace.transaction() as session:
        assert history.undo(session, entry.id).figures == 2
    assert (_value(any_workspace, FEB), _value(any_workspace, MAR)) == (None, 25)
    with any_workspace.reading() as session:
        [(_record, change)] = list_imports(session)
    assert change.undone_at is not None


def test_goal_decisions_carry_who_made_them(any_workspace) -> None:
    _sales_with_history(any_workspace)
    with any_workspace.reading() as session:
        [decision] = load_snapshot(session).scorecard.target_changes_of("Sales")
        [(record, change)] = decisions_made(session, load_snapshot(session).kpi_ids["sales"])
    assert (decision.author, decision.computer) == ("Maria", "desk-2")
    assert (record.value, change.author, change.computer) == (15, "Maria", "desk-2")
