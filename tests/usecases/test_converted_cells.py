"""Which cells the import converts, and how the file writes them: leva for a euro KPI (in
the text or the number format), a lev KPI's 2025 figures, a percent-formatted fraction, and
numbers written as text. Cells taken as they stand are not listed."""

from pathlib import Path

from openpyxl.styles import numbers

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.converted_cells import Written, converted_cells
from kpidesk.usecases.import_preview import ImportOptions, preview_import
from kpidesk.usecases.importing import plan_file
from tests.workbooks import Styled, write_text, write_xlsx


def converted(workspace: Workspace, path: Path) -> dict[str, tuple[Written, float]]:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR", decimals=0))
        add_kpi(session, KpiDefinition("Sales", Unit.CURRENCY, currency="BGN"))
        add_kpi(session, KpiDefinition("Churn", Unit.PERCENT, decimals=1))
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(own_export=own))
    assert not preview.refused
    return {cell.cell: (written, cell.new) for cell, written in converted_cells(preview)}


def test_each_kind_of_conversion_is_listed_as_written(tmp_path: Path, workspace: Workspace) -> None:
    rows = [
        ["KPI", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05"],
        ["Revenue", "12 000 лв.", 1300, "(300)", "€1 200", Styled(12000, '#,##0 "лв."')],
        ["Sales", 1000, None, None, None, None],
        ["Churn", Styled(0.125, numbers.FORMAT_PERCENTAGE_00), "12,5%", None, None, None],
    ]
    path = write_xlsx(tmp_path / "converted.xlsx", rows)
    found = converted(workspace, path)
    assert set(found) == {"B2", "D2", "E2", "F2", "B3", "B4", "C4"}  # not C2: 1300 as it is
    written, new = found["B2"]
    assert written == Written("12 000 лв.", 12000.0, 0, "BGN", False, False)
    assert round(new, 2) == 6135.50  # 12000 / 1.95583
    assert found["F2"][0] == Written(None, 12000.0, 0, "BGN", False, False)
    assert found["D2"] == (Written("(300)", -300.0, 0, None, False, False), -300.0)
    assert found["E2"] == (Written("€1 200", 1200.0, 0, None, False, False), 1200.0)
    written, new = found["B3"]  # a lev KPI's plain 2025 figure is in leva, shown in euro
    assert written == Written(None, 1000.0, 2, "BGN", True, False)
    assert round(new, 2) == 511.29
    assert found["B4"] == (Written(None, 0.125, 3, None, False, True), 12.5)
    assert found["C4"] == (Written("12,5%", 12.5, 1, None, False, False), 12.5)


def test_a_csv_of_plain_numbers_converts_nothing(tmp_path: Path, workspace: Workspace) -> None:
    """Every CSV cell is text; `1300` and `1250,5` read plainly are the figures themselves."""
    path = write_text(
        tmp_path / "plain.csv", "kpi;2025-01;2025-02;2025-03\nRevenue;1300;1250,5;1 250,5\n"
    )
    found = converted(workspace, path)
    assert set(found) == {"D2"}
    assert found["D2"] == (Written("1 250,5", 1250.5, 1, None, False, False), 1250.5)
