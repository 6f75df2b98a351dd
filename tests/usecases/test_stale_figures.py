"""A write that carries the figures its window showed is refused, whole and naming who changed
what, when another desktop changed one of those cells since; on SQLite and PostgreSQL."""

from contextlib import closing

import pytest
from sqlalchemy import func, select

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite
from kpidesk.store.kpis import add_kpi
from kpidesk.store.models import ChangeSet, Measurement
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.figures import record_figures
from kpidesk.usecases.stale_figures import StaleFigure

JAN, FEB = Month(2025, 1), Month(2025, 2)


def _figures(workspace: Workspace) -> dict[str, float]:
    with workspace.reading() as session:
        return dict(session.execute(select(Measurement.month, Measurement.value)).all())


def _changes(workspace: Workspace) -> int:
    with workspace.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeSet)) or 0)


@pytest.fixture
def sales(any_workspace: Workspace) -> int:
    with any_workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        record_figures(
            session, [CellWrite(kpi_id, JAN, 100), CellWrite(kpi_id, FEB, 200)], source="t"
        )
    return kpi_id


def test_a_cell_changed_elsewhere_refuses_the_whole_write_and_names_who(
    any_workspace: Workspace, sales: int
) -> None:
    with closing(open_workspace(any_workspace.url)) as other:
        other.author, other.computer = "Maria", "ACCOUNTS-PC"
        with other.transaction() as session:
            record_figures(session, [CellWrite(sales, JAN, 130)], source="other desktop")
    changes = _changes(any_workspace)

    writes = [CellWrite(sales, JAN, 150), CellWrite(sales, FEB, 250)]
    with pytest.raises(StaleFigure) as raised, any_workspace.transaction() as session:
        record_figures(
            session, writes, source="t", expected={(sales, JAN, 0): 100, (sales, FEB, 0): 200}
        )

    [cell] = raised.value.cells
    assert (cell.kpi_name, cell.month, cell.value) == ("Sales", JAN, 130)
    assert (cell.author, cell.computer) == ("Maria", "ACCOUNTS-PC")
    assert cell.made_at is not None
    assert (
        str(raised.value) == "Maria changed Sales, 2025-01 after you loaded it; nothing was saved"
    )
    assert _figures(any_workspace) == {"2025-01": 130, "2025-02": 200}  # nothing of it written
    assert _changes(any_workspace) == changes


def test_a_cell_cleared_elsewhere_is_stale_with_no_value(
    any_workspace: Workspace, sales: int
) -> None:
    with closing(open_workspace(any_workspace.url)) as other:
        other.author, other.computer = "Ivan", "SHOP"
        with other.transaction() as session:
            record_figures(session, [CellWrite(sales, FEB, None)], source="other desktop")

    with pytest.raises(StaleFigure) as raised, any_workspace.transaction() as session:
        record_figures(
            session, [CellWrite(sales, FEB, 9)], source="t", expected={(sales, FEB, 0): 200}
        )

    [cell] = raised.value.cells
    assert (cell.month, cell.value, cell.author, cell.computer) == (FEB, None, "Ivan", "SHOP")
    assert _figures(any_workspace) == {"2025-01": 100}


def test_a_write_expecting_what_the_cell_holds_lands(any_workspace: Workspace, sales: int) -> None:
    with any_workspace.transaction() as session:
        record_figures(
            session,
            [CellWrite(sales, JAN, 110), CellWrite(sales, Month(2025, 3), 5)],
            source="t",
            expected={(sales, JAN, 0): 100, (sales, Month(2025, 3), 0): None},
        )
    assert _figures(any_workspace) == {"2025-01": 110, "2025-02": 200, "2025-03": 5}


def test_a_lev_figure_is_compared_as_the_window_shows_it_in_euro(any_workspace: Workspace) -> None:
    with any_workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="BGN")).id
        record_figures(session, [CellWrite(kpi_id, JAN, 195.583, currency="BGN")], source="t")
    with any_workspace.transaction() as session:  # 195.583 leva are shown as 100.00 euro
        record_figures(
            session,
            [CellWrite(kpi_id, JAN, 120, currency="EUR")],
            source="t",
            expected={(kpi_id, JAN, 0): 100},
        )
    assert _figures(any_workspace) == {"2025-01": 120}
