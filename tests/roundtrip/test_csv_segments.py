"""The CSV export of a workspace with segments: a `segment` column after `kpi`, the stored
segment figures and typed totals (never a derived total), read back per segment."""

import io
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.io.export_csv import write_csv
from kpidesk.store.goals import set_target
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.import_preview import ImportOptions
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

JAN, FEB = Month(2026, 1), Month(2026, 2)


def _define(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        for name in ("Sofia", "Plovdiv"):
            new_segment(session, name, "Locations", source="test")
        define_kpi(session, KpiDefinition("Revenue", Unit.COUNT, segment_set="Locations"))
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    _define(any_workspace)
    with any_workspace.transaction() as session:
        record_figure(session, "Revenue", JAN, 5000, source="test")
        record_figure(session, "Revenue", FEB, 1200, source="test", segment="Sofia")
        record_figure(session, "Revenue", FEB, 800.5, source="test", segment="Plovdiv")
        record_figure(session, "Visits", JAN, 40, source="test")
        set_target(session, "Revenue", TargetKind.MONTHLY, FEB, 1000, segment="Sofia")
    return any_workspace


def _csv(workspace: Workspace) -> str:
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    stream = io.StringIO()
    write_csv(card, stream)
    return stream.getvalue()


def test_segment_rows_follow_the_typed_totals_and_no_derived_total(workspace) -> None:
    lines = _csv(workspace).splitlines()
    assert lines[0] == "kpi,segment,month,value,target"
    revenue = [line for line in lines if line.startswith("Revenue,")]
    assert revenue[0] == "Revenue,,2026-01,5000,"
    assert "Revenue,Sofia,2026-02,1200,1000" in revenue
    assert "Revenue,Plovdiv,2026-02,800.5," in revenue
    assert not any(line.startswith("Revenue,,2026-02") for line in revenue)
    assert "Visits,,2026-01,40," in lines


def test_the_export_read_into_a_new_workspace_gives_the_same_figures(
    workspace, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(_csv(workspace), encoding="utf-8")
    with closing(open_workspace(tmp_path / "new.kpidesk")) as fresh:
        _define(fresh)
        read = import_job.read_file(path)
        outcome = import_job.write(fresh, read, ImportOptions())
        assert outcome.summary is not None
        with fresh.reading() as session:
            card = load_snapshot(session).scorecard
    assert dict(card.segment_view("Sofia").figures_of("Revenue")) == {FEB: 1200}
    assert dict(card.segment_view("Plovdiv").figures_of("Revenue")) == {FEB: 800.5}
    assert (card.value("Revenue", JAN), card.value("Revenue", FEB)) == (5000, 2000.5)
    assert card.value("Visits", JAN) == 40


def test_the_export_is_recognised_so_segment_targets_come_back(workspace, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(_csv(workspace), encoding="utf-8")
    with closing(open_workspace(tmp_path / "new.kpidesk")) as fresh:
        _define(fresh)
        read = import_job.read_file(path)
        assert read.own_export is not None
        outcome = import_job.write(fresh, read, ImportOptions(own_export=read.own_export))
        assert outcome.summary is not None
        assert outcome.summary.targets_set == 1
        with fresh.reading() as session:
            card = load_snapshot(session).scorecard
    sofia = card.segment_view("Sofia")
    assert (sofia.target("Revenue", JAN), sofia.target("Revenue", FEB)) == (None, 1000)
    assert card.segment_view("Plovdiv").target("Revenue", FEB) is None
    assert dict(sofia.figures_of("Revenue")) == {FEB: 1200}
    assert card.value("Revenue", FEB) == 2000.5
