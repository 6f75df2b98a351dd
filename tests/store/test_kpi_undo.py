"""Adding, editing and archiving a KPI undo and redo exactly, like a typed figure."""

import pytest

from kpidesk.domain.kpi import Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.errors import UndoConflict
from kpidesk.store.figures import CellWrite, redo_change, start_change, undo_change, write_figures
from kpidesk.store.goals import set_target
from kpidesk.store.kpi_changes import add_catalog_change, add_kpi_change, edit_kpi_change
from kpidesk.store.kpis import find_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import ChangeSet, TargetRecord
from kpidesk.store.workspace import Workspace


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """Every test here runs twice: on a workspace file and on the PostgreSQL server."""
    return any_workspace


def kpis(workspace) -> list[tuple[int, str, str, bool, str]]:
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
    return [
        (snapshot.kpi_ids[k.key], k.name, k.direction.value, k.archived, k.description)
        for k in snapshot.scorecard.kpis
    ]


def test_an_added_kpi_goes_on_undo_and_comes_back_with_its_id_on_redo(workspace) -> None:
    with workspace.transaction() as session:
        add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT))
        change = add_kpi_change(session, KpiDefinition("Visits", Unit.COUNT, description="web"))
    before = kpis(workspace)
    assert [name for _, name, *_ in before] == ["Sales", "Visits"]
    with workspace.transaction() as session:
        undo_change(session, change.id)
    assert [name for _, name, *_ in kpis(workspace)] == ["Sales"]
    with workspace.transaction() as session:
        redo_change(session, change.id)
    assert kpis(workspace) == before


def test_an_edit_and_an_archive_undo_and_redo_exactly(workspace) -> None:
    with workspace.transaction() as session:
        add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT, description="shop"))
    with workspace.reading() as session:
        sales = load_snapshot(session).scorecard.kpi("Sales")
    with workspace.transaction() as session:
        renamed = sales.with_changes(name="Orders", direction=Direction.LOWER, description="")
        edit = edit_kpi_change(session, "Sales", renamed).id
        archive = edit_kpi_change(session, "Orders", renamed.with_changes(archived=True)).id
    [(kpi_id, *_)] = kpis(workspace)
    assert kpis(workspace) == [(kpi_id, "Orders", "lower", True, "")]
    with workspace.transaction() as session:
        undo_change(session, archive)
    assert kpis(workspace) == [(kpi_id, "Orders", "lower", False, "")]
    with workspace.transaction() as session:
        undo_change(session, edit)
    assert kpis(workspace) == [(kpi_id, "Sales", "higher", False, "shop")]
    with workspace.transaction() as session:
        redo_change(session, edit)
        redo_change(session, archive)
    assert kpis(workspace) == [(kpi_id, "Orders", "lower", True, "")]


def test_an_edit_is_not_undone_over_a_later_edit(workspace) -> None:
    with workspace.transaction() as session:
        add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT))
        sales = load_snapshot(session).scorecard.kpi("Sales")
        first = edit_kpi_change(session, "Sales", sales.with_changes(description="a")).id
        edit_kpi_change(session, "Sales", sales.with_changes(description="b"))
    with pytest.raises(UndoConflict), workspace.transaction() as session:
        undo_change(session, first)
    assert kpis(workspace)[0][4] == "b"


def test_a_kpi_with_figures_is_not_removed_by_undoing_its_addition(workspace) -> None:
    with workspace.transaction() as session:
        added = add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT)).id
        kpi_id = find_kpi(session, "Sales").id
        write_figures(
            session, start_change(session, "edit"), [CellWrite(kpi_id, Month(2025, 1), 5)]
        )
    with pytest.raises(UndoConflict), workspace.transaction() as session:
        undo_change(session, added)
    with workspace.reading() as session:
        assert load_snapshot(session).scorecard.value("Sales", Month(2025, 1)) == 5


def test_catalog_kpis_with_their_parts_undo_as_one_step(workspace) -> None:
    with workspace.transaction() as session:
        change = add_catalog_change(session, ["customer_churn"], "en").change
    added = kpis(workspace)
    assert [name for _, name, *_ in added] == [
        "Customers lost",
        "Customers at start of month",
        "Customer churn",
    ]
    with workspace.transaction() as session:
        undo_change(session, change.id)
    assert kpis(workspace) == []
    with workspace.transaction() as session:
        redo_change(session, change.id)
    assert kpis(workspace) == added


def test_set_target_returns_the_change_that_holds_its_decision(workspace) -> None:
    with workspace.transaction() as session:
        add_kpi_change(session, KpiDefinition("Sales", Unit.COUNT))
        made = set_target(session, "Sales", TargetKind.MONTHLY, Month(2025, 1), 40)
        [record] = session.query(TargetRecord).all()
        assert isinstance(made.change, ChangeSet) and record.change_id == made.change.id
        assert made.decision.value == 40
