"""Recording a figure (the window's grid and `kpidesk record` both): one change set, undone as
one; a formula KPI refused with nothing written."""

from pathlib import Path

import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, undo_change
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import ChangeSet
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.figures import record_figure, record_figures

JAN, FEB = Month(2025, 1), Month(2025, 2)


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = open_workspace(tmp_path / "figures.kpidesk")
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT, aliases=("Orders",)))
        add_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        add_kpi(
            session,
            KpiDefinition(
                "Per visit",
                Unit.NUMBER,
                aggregation=Aggregation.FORMULA,
                formula="[Sales] / [Visits]",
            ),
        )
    yield workspace
    workspace.close()


def _value(workspace: Workspace, kpi: str, month: Month) -> float | None:
    with workspace.transaction() as session:
        return load_snapshot(session).scorecard.value(kpi, month)


def test_a_figure_recorded_by_alias_lands_under_the_kpi_and_undoes_as_one(workspace) -> None:
    with workspace.transaction() as session:
        name, change_id = record_figure(session, "orders", JAN, 120, "opening", source="test")
        change = session.get(ChangeSet, change_id)
        assert (change.kind, change.source) == ("edit", "test")
    assert name == "Sales"
    assert _value(workspace, "Sales", JAN) == 120
    with workspace.transaction() as session:
        undo_change(session, change_id)
    assert _value(workspace, "Sales", JAN) is None


def test_several_cells_are_one_change_set(workspace) -> None:
    with workspace.transaction() as session:
        snapshot = load_snapshot(session)
        sales, visits = snapshot.kpi_ids["sales"], snapshot.kpi_ids["visits"]
        change_id = record_figures(
            session,
            [CellWrite(sales, JAN, 30), CellWrite(visits, JAN, 600), CellWrite(sales, FEB, 45)],
            source="data entry",
            summary="Paste",
        )
    assert (_value(workspace, "Sales", FEB), _value(workspace, "Visits", JAN)) == (45, 600)
    with workspace.transaction() as session:
        assert undo_change(session, change_id) == 3
    assert _value(workspace, "Sales", JAN) is None


def test_a_formula_kpi_is_refused_and_nothing_is_written(workspace) -> None:
    refused = pytest.raises(StoreError, match="computed from its formula")
    with refused, workspace.transaction() as session:
        record_figure(session, "Per visit", JAN, 0.5, source="test")
    with workspace.transaction() as session:
        assert session.query(ChangeSet).count() == 0
