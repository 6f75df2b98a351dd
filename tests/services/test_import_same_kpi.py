"""Two labels that are one KPI, with figures for the same month, refuse the import: which
figure is meant cannot be told, and a wrong number must never land."""

from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.io.plan import ProblemCode, Severity
from kpidesk.services.import_preview import ImportOptions, preview_import
from kpidesk.services.importing import plan_file
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import open_workspace


def test_a_name_and_its_alias_for_the_same_month_are_refused_naming_both_cells(
    tmp_path: Path,
) -> None:
    workspace = open_workspace(tmp_path / "alias.kpidesk")
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.NUMBER, aliases=("Sales",)))
    path = tmp_path / "both.csv"
    path.write_text("kpi;2025-01;2025-02\nRevenue;100;110\nSales;;120\n")
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    [refusal] = preview.refusals
    assert refusal.severity is Severity.REFUSAL and refusal.code is ProblemCode.DUPLICATE
    assert refusal.cell == "C3"
    assert "'Revenue' and 'Sales' are both the KPI Revenue" in refusal.reason
    assert "2025-02 in C2 and C3" in refusal.reason
    assert {(c.label, c.month) for c in preview.cells} >= {("Sales", Month(2025, 2))}
    workspace.close()


def test_a_name_and_its_alias_for_different_months_import_together(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "alias.kpidesk")
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.NUMBER, aliases=("Sales",)))
    path = tmp_path / "split.csv"
    path.write_text("kpi;2025-01;2025-02\nRevenue;100;\nSales;;120\n")
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    assert not preview.refused
    assert sorted((c.kpi, str(c.month), c.new) for c in preview.cells) == [
        ("Revenue", "2025-01", 100.0),
        ("Revenue", "2025-02", 120.0),
    ]
    workspace.close()
