"""The one import job the command line and the import view both run: a preview reads the
workspace once, what the workspace found stays apart from the owner's mapping, and a write
that is refused, only a dry run or cancelled leaves the workspace as it was."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.io.progress import ImportCancelled
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import ChangeSet
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.import_preview import Action, ImportOptions


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "job.kpidesk")
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        add_kpi(session, KpiDefinition("Old", Unit.COUNT, archived=True))
    yield workspace
    workspace.close()


@pytest.fixture
def read(tmp_path: Path) -> import_job.ReadResult:
    path = tmp_path / "visits.csv"
    path.write_text("kpi;month;value\nVisits;2025-01;30\nVists;2025-02;40\n")
    return import_job.read_file(path)


def _statements(workspace: Workspace) -> list[str]:
    seen: list[str] = []
    event.listen(
        workspace.engine, "before_cursor_execute", lambda *args: seen.append(args[2].lower())
    )
    return seen


def test_a_preview_loads_the_figures_and_the_remembered_labels_once(workspace, read) -> None:
    statements = _statements(workspace)
    seen = import_job.preview(workspace, read, ImportOptions())
    assert sum("from measurement" in s for s in statements) == 1
    assert sum("from label_mapping" in s for s in statements) == 1
    assert seen.kpi_names == ["Visits"]
    assert sorted(seen.definitions) == ["Old", "Visits"]


def test_what_was_found_stays_apart_from_the_owners_mapping(workspace, read) -> None:
    options = ImportOptions(corrections={"Visits": None, "Vists": "Visits"})
    seen = import_job.preview(workspace, read, options)
    assert (seen.found.matched, seen.found.unknown, seen.found.ignored) == (
        {"Visits": "Visits"},
        ["Vists"],
        [],
    )
    labels = seen.preview.labels
    assert (labels.matched, labels.unknown, labels.ignored) == ({"Vists": "Visits"}, [], ["Visits"])
    assert [(c.kpi, str(c.month), c.new) for c in seen.preview.cells] == [("Visits", "2025-02", 40)]


def _visits(workspace: Workspace) -> dict[Month, float]:
    with workspace.transaction() as session:
        return dict(load_snapshot(session).scorecard.figures_of("Visits"))


def test_refused_dry_run_and_cancelled_writes_leave_nothing(workspace, read) -> None:
    refused = import_job.write(workspace, read, ImportOptions())  # Vists is no KPI
    assert refused.summary is None and refused.preview.refused
    dry = import_job.write(workspace, read, ImportOptions(create_kpis=True), dry_run=True)
    assert dry.summary is None and dry.preview.count(Action.NEW) == 2

    class CancelledMidway:
        def __init__(self) -> None:
            self.asked = 0

        def set_progress(self, fraction: float) -> None:
            """Not watched."""

        def cancelled(self) -> bool:
            self.asked += 1
            return self.asked > 1

    with pytest.raises(ImportCancelled):
        import_job.write(workspace, read, ImportOptions(create_kpis=True), CancelledMidway())
    assert _visits(workspace) == {}
    with workspace.transaction() as session:
        assert session.query(ChangeSet).count() == 0


def test_a_written_import_undoes_as_one(workspace, read) -> None:
    written = import_job.write(workspace, read, ImportOptions(create_kpis=True))
    assert written.summary is not None
    assert (written.summary.values_imported, written.summary.kpis_created) == (2, 1)
    assert _visits(workspace) == {Month(2025, 1): 30}
    assert import_job.undo(workspace, written.summary.import_id) == 2
    assert _visits(workspace) == {}
