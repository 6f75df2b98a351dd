"""The xlsx export of a workspace with segments, imported into an empty workspace, gives the
same workspace: sets and segments (order, archived, aliases), each KPI's set and weight KPI,
figures per segment with notes, typed totals, and every target decision per segment with
its history (an undone one comes back undone). Both backends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.segments import Segment
from kpidesk.domain.targets import TargetKind
from kpidesk.io.export_xlsx import write_xlsx
from kpidesk.store.figures import undo_change
from kpidesk.store.goals import set_target
from kpidesk.store.loading import load_export
from kpidesk.store.segment_history import segment_decision_history
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.import_preview import ImportOptions
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import archive, new_segment, rename
from tests.roundtrip.segment_dump import dump

JAN, FEB, MAR = Month(2026, 1), Month(2026, 2), Month(2026, 3)


@pytest.fixture
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A second empty workspace on the same backend as `any_workspace`."""
    if request.node.callspec.params["any_workspace"] == "sqlite":
        location = str(tmp_path / "fresh.kpidesk")
    else:
        location = request.getfixturevalue("postgres").new_workspace_database()
    with closing(open_workspace(location)) as opened:
        yield opened


@pytest.fixture
def built(any_workspace: Workspace) -> Workspace:
    with any_workspace.transaction() as session:
        for name, set_name in [
            ("Sofia", "Locations"),
            ("Plovdiv", "Locations"),
            ("Varna", "Locations"),
            ("Ivan", "People"),
            ("Maria", "People"),
        ]:
            new_segment(session, name, set_name, source="test")
        rename(session, "Plovdiv", "Plovdiv centre", source="test")
        archive(session, "Varna", True, source="test")
        define_kpi(
            session,
            KpiDefinition(
                "Revenue", Unit.CURRENCY, currency="EUR", decimals=2, segment_set="Locations"
            ),
        )
        define_kpi(session, KpiDefinition("Responses", Unit.COUNT, segment_set="People"))
        define_kpi(
            session,
            KpiDefinition(
                "CSAT",
                Unit.PERCENT,
                aggregation=Aggregation.MEAN,
                segment_set="People",
                weight_kpi="Responses",
            ),
        )
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))
    with any_workspace.transaction() as session:
        record_figure(session, "Revenue", JAN, 5000, source="t")
        record_figure(session, "Revenue", FEB, 1200.25, "rain", source="t", segment="Sofia")
        record_figure(session, "Revenue", FEB, 800.5, source="t", segment="Plovdiv centre")
        record_figure(session, "Revenue", JAN, 300, "last one", source="t", segment="Varna")
        record_figure(session, "Responses", FEB, 40, source="t", segment="Ivan")
        record_figure(session, "Responses", FEB, 10, source="t", segment="Maria")
        record_figure(session, "CSAT", FEB, 90, source="t", segment="Ivan")
        record_figure(session, "CSAT", FEB, 70, source="t", segment="Maria")
        record_figure(session, "Visits", JAN, 40, "opening", source="t")
        set_target(session, "Revenue", TargetKind.MONTHLY, JAN, 1000, "plan", segment="Sofia")
        set_target(session, "Revenue", TargetKind.OVERRIDE, FEB, 1100, segment="Sofia")
        set_target(session, "Revenue", TargetKind.MONTHLY, FEB, 2500)
        set_target(session, "CSAT", TargetKind.MONTHLY, JAN, 85, segment="Maria")
    with any_workspace.transaction() as session:
        undone = set_target(
            session, "Revenue", TargetKind.MONTHLY, MAR, 9, segment="Plovdiv centre"
        )
        undo_change(session, undone.change.id)
    return any_workspace


def _export(workspace: Workspace, path: Path) -> Path:
    with workspace.reading() as session:
        card, history = load_export(session)
        segment_history = segment_decision_history(session)
    write_xlsx(card, path, history, segment_history)
    return path


def _import(workspace: Workspace, path: Path) -> import_job.Outcome:
    read = import_job.read_file(path)
    return import_job.write(
        workspace, read, ImportOptions(create_kpis=True, own_export=read.own_export)
    )


def test_the_export_imported_into_an_empty_workspace_is_the_same_workspace(
    built: Workspace, fresh: Workspace, tmp_path: Path
) -> None:
    path = _export(built, tmp_path / "export.xlsx")
    outcome = _import(fresh, path)
    assert outcome.summary is not None, [str(p) for p in outcome.preview.refusals]
    before, after = dump(built), dump(fresh)
    assert after == before
    assert after["sets"] == [
        (
            "Locations",
            (
                Segment("Sofia", "Locations"),
                Segment("Plovdiv centre", "Locations", aliases=("Plovdiv",)),
                Segment("Varna", "Locations", archived=True),
            ),
        ),
        ("People", (Segment("Ivan", "People"), Segment("Maria", "People"))),
    ]
    shown = dict(after["kpis"]["Revenue"]["parts"][None]["figures"]["shown"])
    # January has a segment figure (Varna's), so the typed 5000 gives way to it
    assert shown == {"2026-01": 300, "2026-02": 2000.75}
    assert dict(after["kpis"]["CSAT"]["parts"][None]["figures"]["shown"]) == {"2026-02": 86.0}
    plovdiv = after["kpis"]["Revenue"]["parts"]["Plovdiv centre"]["history"]
    assert [(h[1], h[2], h[7]) for h in plovdiv] == [("2026-03", 9, True)]


def test_importing_the_same_export_again_adds_nothing(
    built: Workspace, fresh: Workspace, tmp_path: Path
) -> None:
    path = _export(built, tmp_path / "export.xlsx")
    for _ in range(2):
        outcome = _import(fresh, path)
        assert outcome.summary is not None, [str(p) for p in outcome.preview.refusals]
    assert outcome.summary.targets_set == 0
    assert outcome.summary.values_imported == 0
    assert dump(fresh) == dump(built)


def test_the_sheets_say_whose_each_row_is(built: Workspace, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_export(built, tmp_path / "export.xlsx"))
    assert book.sheetnames == ["Data", "2026", "Targets", "KPIs", "Segments"]
    data = [row for row in book["Data"].iter_rows(values_only=True)]
    assert data[0] == ("KPI", "Segment", "Month", "Value", "Target", "Unit", "Note")
    assert ("Revenue", "Sofia", 1200.25, 1100, "rain") in [
        (r[0], r[1], r[3], r[4], r[6]) for r in data[1:]
    ]
    segments = list(book["Segments"].iter_rows(values_only=True))
    assert segments[:4] == [
        ("Set", "Segment", "Archived", "Aliases"),
        ("Locations", "Sofia", False, None),
        ("Locations", "Plovdiv centre", False, "Plovdiv"),
        ("Locations", "Varna", True, None),
    ]
    kpis = list(book["KPIs"].iter_rows(values_only=True))
    assert kpis[0][-2:] == ("Tracked by", "Weighted by")
    assert [row[-2:] for row in kpis if row[0] == "CSAT"] == [("People", "Responses")]


def test_a_workspace_without_segments_exports_the_sheets_it_always_did(
    any_workspace: Workspace, tmp_path: Path
) -> None:
    with any_workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))
        record_figure(session, "Visits", JAN, 40, "opening", source="t")
        set_target(session, "Visits", TargetKind.MONTHLY, JAN, 35)
    book = openpyxl.load_workbook(_export(any_workspace, tmp_path / "plain.xlsx"))
    assert book.sheetnames == ["Data", "2026", "Targets", "KPIs"]
    assert _first_row(book["Data"]) == (
        "KPI",
        "Month",
        "Value",
        "Target",
        "Unit",
        "Note",
    )
    assert _first_row(book["Targets"])[-1] == "Undone at"
    assert _first_row(book["KPIs"])[-1] == "Archived"


def _first_row(sheet: Any) -> tuple[object, ...]:
    return next(sheet.iter_rows(values_only=True))
