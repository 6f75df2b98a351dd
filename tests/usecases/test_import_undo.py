"""An import can be undone from the import history, restoring every overwritten value."""

from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.imports import list_imports, undo_import
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.import_preview import ImportOptions, preview_import
from kpidesk.usecases.importing import apply_import, plan_file
from tests.workbooks import write_text


def test_undo_import_restores_overwritten_values(tmp_path: Path, workspace: Workspace) -> None:
    with workspace.transaction() as session:
        visits = add_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        write_figures(
            session, start_change(session, "edit"), [CellWrite(visits.id, Month(2025, 1), 10)]
        )
    path = write_text(
        tmp_path / "visits.csv",
        "kpi;month;value\nVisits;2025-01;30\nVisits;2025-02;40\nNew;2025-01;1\n",
    )
    plan, own = plan_file(path)
    with workspace.transaction() as session:
        preview = preview_import(session, plan, ImportOptions(create_kpis=True, own_export=own))
        olds = {(c.kpi, str(c.month)): (c.old, c.new) for c in preview.cells}
        assert olds[("Visits", "2025-01")] == (10, 30)
        summary = apply_import(session, preview, "hash")
    assert summary.values_imported == 3
    with workspace.transaction() as session:
        [(record, _change)] = list_imports(session)
        assert (record.file_name, record.values_imported, record.kpis_created) == (
            "visits.csv",
            3,
            1,
        )
        undo_import(session, record.id)
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
        assert card.value("Visits", Month(2025, 1)) == 10
        assert card.value("Visits", Month(2025, 2)) is None
        assert card.value("New", Month(2025, 1)) is None
        assert list_imports(session)[0][1].undone_at is not None
