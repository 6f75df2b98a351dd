"""Adding KPIs (the window's editor and catalog picker and `kpidesk kpi add` all): a formula
KPI's parts must exist and not be itself; a catalog entry comes with the parts it lacks."""

from pathlib import Path

import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.workspace import open_workspace
from kpidesk.usecases.kpis import add_catalog_entries, define_kpi, redefine_kpi


@pytest.fixture
def workspace(tmp_path: Path):
    workspace = open_workspace(tmp_path / "kpis.kpidesk")
    yield workspace
    workspace.close()


def _names(workspace) -> list[str]:
    with workspace.transaction() as session:
        return [record.name for record in list_kpis(session)]


def _formula(name: str, formula: str) -> KpiDefinition:
    return KpiDefinition(name, Unit.PERCENT, aggregation=Aggregation.FORMULA, formula=formula)


def test_a_formula_kpi_needs_its_parts(workspace) -> None:
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Profit", Unit.CURRENCY, currency="EUR"))
    refused = pytest.raises(ValueError, match=r"uses \[Revenue\], but there is no KPI")
    with refused, workspace.transaction() as session:
        define_kpi(session, _formula("Margin", "[Profit] / [Revenue] * 100"))
    assert _names(workspace) == ["Profit"]
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
        define_kpi(session, _formula("Margin", "[Profit] / [Revenue] * 100"))
    assert _names(workspace) == ["Profit", "Revenue", "Margin"]


def test_a_formula_kpi_cannot_use_itself(workspace) -> None:
    refused = pytest.raises(ValueError, match="cannot use the KPI itself")
    with refused, workspace.transaction() as session:
        define_kpi(session, _formula("Margin", "[margin ] * 2"))
    assert _names(workspace) == []


def test_catalog_entries_come_with_the_parts_the_workspace_lacks(workspace) -> None:
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR"))
        added = add_catalog_entries(session, ["avg_profit_margin", "customer_churn"], "en")
    assert added.names == [
        "Profit",
        "Average profit margin",
        "Customers lost",
        "Customers at start of month",
        "Customer churn",
    ]
    assert len(_names(workspace)) == 6


def test_redefining_keeps_the_kpi_under_its_new_name(workspace) -> None:
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        redefine_kpi(session, "visits", KpiDefinition("Store visits", Unit.COUNT, archived=True))
    with workspace.transaction() as session:
        [kpi] = [to_definition(record) for record in list_kpis(session)]
    assert (kpi.name, kpi.archived) == ("Store visits", True)


def test_a_new_formula_is_checked_when_a_kpi_is_redefined(workspace) -> None:
    """A changed formula is checked against the other KPIs (the KPI's old name is not one of
    them); a kept formula is not, so a KPI whose part went can still be archived."""
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Profit", Unit.CURRENCY, currency="EUR"))
        define_kpi(session, _formula("Margin", "[Profit] * 2"))
    refused = pytest.raises(ValueError, match=r"uses \[Margin\], but there is no KPI")
    with refused, workspace.transaction() as session:
        redefine_kpi(session, "Margin", _formula("Rate", "[Profit] / [Margin]"))
    with workspace.transaction() as session:
        redefine_kpi(
            session, "Margin", _formula("Margin", "[Profit] * 2").with_changes(archived=True)
        )
    with workspace.transaction() as session:
        [_, margin] = [to_definition(record) for record in list_kpis(session)]
    assert (margin.name, margin.formula, margin.archived) == ("Margin", "[Profit] * 2", True)
