import pytest
from sqlalchemy import event

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.errors import DuplicateKpiError, UndoConflict
from kpidesk.store.figures import (
    CellWrite,
    cell_history,
    redo_change,
    start_change,
    undo_change,
    write_figures,
)
from kpidesk.store.kpis import add_kpi, find_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """Every test here runs twice: on a workspace file and on the PostgreSQL server."""
    return any_workspace


MAR = Month(2025, 3)


def add_sales(workspace) -> int:
    with workspace.transaction() as session:
        return add_kpi(session, KpiDefinition("Sales", Unit.COUNT, aliases=("Продажби",))).id


def write(workspace, kpi_id: int, value: float | None, month: Month = MAR) -> int:
    with workspace.transaction() as session:
        change = start_change(session, "edit")
        write_figures(session, change, [CellWrite(kpi_id, month, value)])
        return change.id


def value(workspace, month: Month = MAR) -> float | None:
    with workspace.transaction() as session:
        return load_snapshot(session).scorecard.value("Sales", month)


def test_overwritten_values_stay_in_history_and_can_be_undone(workspace) -> None:
    kpi = add_sales(workspace)
    write(workspace, kpi, 10)
    second = write(workspace, kpi, 12)
    assert value(workspace) == 12
    with workspace.transaction() as session:
        history = cell_history(session, kpi, MAR)
        assert [(r.old_value, r.new_value) for _, r in history] == [(None, 10), (10, 12)]
        undo_change(session, second)
    assert value(workspace) == 10
    with workspace.transaction() as session:
        redo_change(session, second)
    assert value(workspace) == 12


def test_clearing_makes_a_month_missing_not_zero(workspace) -> None:
    kpi = add_sales(workspace)
    write(workspace, kpi, 0)
    assert value(workspace) == 0
    cleared = write(workspace, kpi, None)
    assert value(workspace) is None
    with workspace.transaction() as session:
        undo_change(session, cleared)
    assert value(workspace) == 0


def test_undo_refuses_when_a_later_change_touched_the_cell(workspace) -> None:
    kpi = add_sales(workspace)
    first = write(workspace, kpi, 10)
    write(workspace, kpi, 11)
    with pytest.raises(UndoConflict), workspace.transaction() as session:
        undo_change(session, first)
    assert value(workspace) == 11


def test_a_failed_action_writes_nothing(workspace) -> None:
    kpi = add_sales(workspace)
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        change = start_change(session, "import")
        write_figures(session, change, [CellWrite(kpi, Month(2025, m), m) for m in range(1, 13)])
        raise RuntimeError("the import was cancelled")
    assert value(workspace, Month(2025, 1)) is None


def test_kpis_are_found_by_name_or_alias_ignoring_case_and_spaces(workspace) -> None:
    add_sales(workspace)
    with workspace.transaction() as session:
        assert find_kpi(session, "  sALES ").name == "Sales"
        assert find_kpi(session, "продажби").name == "Sales"
        with pytest.raises(DuplicateKpiError):
            add_kpi(session, KpiDefinition("SALES", Unit.COUNT))


def test_new_figures_land_with_their_history_and_undo_and_redo(workspace) -> None:
    kpi = add_sales(workspace)
    with workspace.transaction() as session:
        change = start_change(session, "import")
        count = write_figures(
            session, change, [(kpi, MAR, 7, None, None, 0), (kpi, MAR + 1, 8.5, None, None, 0)]
        )
        change_id = change.id
    assert count == 2 and (value(workspace), value(workspace, MAR + 1)) == (7, 8.5)
    with workspace.transaction() as session:
        [(made, revision)] = cell_history(session, kpi, MAR)
        assert (made.id, revision.old_value, revision.new_value) == (change_id, None, 7)
        undo_change(session, change_id)
    assert (value(workspace), value(workspace, MAR + 1)) == (None, None)
    with workspace.transaction() as session:
        redo_change(session, change_id)
    assert (value(workspace), value(workspace, MAR + 1)) == (7, 8.5)


def test_an_import_of_new_and_held_cells_is_one_write_with_one_revision_each(workspace) -> None:
    kpi = add_sales(workspace)
    write(workspace, kpi, 10)
    with workspace.transaction() as session:
        change = start_change(session, "import")
        count = write_figures(
            session, change, [(kpi, MAR + 1, 1, None, None, 0), (kpi, MAR, 2, None, None, 0)]
        )
        change_id = change.id
    assert count == 2 and (value(workspace), value(workspace, MAR + 1)) == (2, 1)
    with workspace.transaction() as session:
        [_, (made, after)] = cell_history(session, kpi, MAR)
        [(made_new, new)] = cell_history(session, kpi, MAR + 1)
    assert (made.id, after.old_value, after.new_value) == (change_id, 10, 2)
    assert (made_new.id, new.old_value, new.new_value) == (change_id, None, 1)


def test_new_figures_find_their_revisions_without_asking_for_the_highest_id(workspace) -> None:
    """On a server database another transaction's rows can lie past the highest id read
    before an insert; the revisions of new figures are written from the figures themselves."""
    kpi = add_sales(workspace)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.lower())

    event.listen(workspace.engine, "before_cursor_execute", seen)
    try:
        with workspace.transaction() as session:
            write_figures(session, start_change(session, "import"), [(kpi, MAR, 7, None, None, 0)])
    finally:
        event.remove(workspace.engine, "before_cursor_execute", seen)
    assert statements and not [s for s in statements if "max(" in s]
    assert value(workspace) == 7
