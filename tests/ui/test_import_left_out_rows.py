"""The import preview lists each cell an import leaves out (a totals row, a total column, a
NaN) as a row of its own with the reason, beside the figures it imports."""

from pathlib import Path

from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer.preview_model import LEFT_OUT, preview_rows
from kpidesk.usecases.import_preview import ImportOptions, preview_import
from kpidesk.usecases.importing import plan_file
from tests.workbooks import write_text


def test_left_out_cells_are_rows_of_the_preview(tmp_path: Path, workspace: Workspace) -> None:
    path = write_text(
        tmp_path / "totals.csv", "KPI;2025-01;2025-02;Total\nRevenue;100;NaN;100\nTotal;100;;100\n"
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
    rows = preview_rows(preview)
    assert [(r.cell, r.action, r.new) for r in rows if r.action != LEFT_OUT] == [
        ("B2", "new", 100.0)
    ]
    assert {r.cell: r.reason for r in rows if r.action == LEFT_OUT} == {
        "C2": "'NaN' is not a finite number; left out",
        "D2": "column D ('Total') is a total, not imported",
        "B3": "row 3 ('Total') is a total, not imported",
        "D3": "column D ('Total') is a total, not imported",
    }
