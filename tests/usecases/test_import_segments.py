"""Importing figures per segment, on a workspace file and on the PostgreSQL server: a long
sheet with a location column, one sheet per location, a wide sheet with a location column
beside the KPI names; unknown and misplaced segment labels refused with their cell."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.imports import undo_import
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.import_preview import Action, ImportOptions
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

JAN, FEB = Month(2026, 1), Month(2026, 2)


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    with any_workspace.transaction() as session:
        for name in ("Sofia", "Plovdiv"):
            new_segment(session, name, "Locations", source="test")
        define_kpi(session, KpiDefinition("Revenue", Unit.COUNT, segment_set="Locations"))
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))
    return any_workspace


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _import(workspace: Workspace, path: Path, **options: bool) -> import_job.Outcome:
    choices = import_job.ReadChoices(set_names=import_job.segment_set_names(workspace))
    read = import_job.read_file(path, choices)
    return import_job.write(workspace, read, ImportOptions(**options))


def _figures(workspace: Workspace, segment: str) -> dict[Month, float]:
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    return dict(card.segment_view(segment).figures_of("Revenue"))


def _total(workspace: Workspace, month: Month) -> float | None:
    with workspace.reading() as session:
        return load_snapshot(session).scorecard.value("Revenue", month)


def test_a_long_sheet_with_a_location_column_lands_per_segment(workspace, tmp_path) -> None:
    path = _book(
        tmp_path / "long.xlsx",
        {
            "Data": [
                ["KPI", "Location", "Month", "Value"],
                ["Revenue", "Sofia", "2026-01", 1200],
                ["Revenue", "plovdiv", "2026-01", 800],
                ["Revenue", "Sofia", "2026-02", 1000],
                ["Visits", None, "2026-01", 40],
            ]
        },
    )
    outcome = _import(workspace, path)
    assert outcome.summary is not None and outcome.summary.values_imported == 4
    assert _figures(workspace, "Sofia") == {JAN: 1200, FEB: 1000}
    assert _figures(workspace, "Plovdiv") == {JAN: 800}
    assert _total(workspace, JAN) == 2000


def test_a_bulgarian_header_and_the_sets_own_name_head_the_column(workspace, tmp_path) -> None:
    bulgarian = [["Показател", "Локация", "Месец", "Стойност"], ["Revenue", "Sofia", "2026-01", 5]]
    own_name = [["KPI", "Locations", "Month", "Value"], ["Revenue", "Plovdiv", "2026-01", 7]]
    for index, rows in enumerate((bulgarian, own_name)):
        _import(workspace, _book(tmp_path / f"{index}.xlsx", {"Data": rows}))
    assert _figures(workspace, "Sofia") == {JAN: 5}
    assert _figures(workspace, "Plovdiv") == {JAN: 7}


def test_the_preview_says_new_overwrite_or_same_per_segment(workspace, tmp_path) -> None:
    with workspace.transaction() as session:
        record_figure(session, "Revenue", JAN, 100, source="test", segment="Sofia")
        record_figure(session, "Revenue", JAN, 300, source="test", segment="Plovdiv")
    path = _book(
        tmp_path / "again.xlsx",
        {
            "Data": [
                ["KPI", "Location", "Month", "Value"],
                ["Revenue", "Sofia", "2026-01", 100],
                ["Revenue", "Plovdiv", "2026-01", 350],
                ["Revenue", "Plovdiv", "2026-02", 90],
            ]
        },
    )
    read = import_job.read_file(path)
    seen = import_job.preview(workspace, read, ImportOptions()).preview
    actions = [(c.segment, c.month, c.old, c.action) for c in seen.cells]
    assert actions == [
        ("Sofia", JAN, 100, Action.UNCHANGED),
        ("Plovdiv", JAN, 300, Action.OVERWRITE),
        ("Plovdiv", FEB, None, Action.NEW),
    ]


def test_one_sheet_per_location_lands_whole_or_not_at_all(workspace, tmp_path) -> None:
    header = ["KPI", "Jan 2026", "Feb 2026"]
    sheets = {
        "Sofia": [header, ["Revenue", 1200, 1000]],
        "Plovdiv": [header, ["Revenue", 800, None]],
        "Varna": [header, ["Revenue", 500, 600]],
    }
    path = _book(tmp_path / "sheets.xlsx", sheets)
    refused = _import(workspace, path)
    assert refused.summary is None
    [problem] = refused.preview.refusals
    assert (problem.sheet, problem.cell) == ("Varna", "B2")
    assert "'Varna' is not a segment" in problem.reason
    assert _figures(workspace, "Sofia") == {}
    created = _import(workspace, path, create_segments=True)
    assert created.summary is not None and created.summary.segments_created == 1
    assert _figures(workspace, "Sofia") == {JAN: 1200, FEB: 1000}
    assert _figures(workspace, "Varna") == {JAN: 500, FEB: 600}
    assert _total(workspace, JAN) == 2500
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert [s.name for s in card.segments_of("Revenue")] == ["Sofia", "Plovdiv", "Varna"]
    with workspace.transaction() as session:
        undo_import(session, created.summary.import_id)
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert [s.name for s in card.segments_of("Revenue")] == ["Sofia", "Plovdiv"]
    assert _total(workspace, JAN) is None


def test_a_wide_sheet_with_a_location_column_beside_the_names(workspace, tmp_path) -> None:
    path = _book(
        tmp_path / "wide.xlsx",
        {
            "Report": [
                ["KPI", "Филиал", "Jan 2026", "Feb 2026"],
                ["Revenue", "Sofia", 1200, 1000],
                ["Revenue", "Plovdiv", 800, 900],
                ["Visits", None, 40, 45],
            ]
        },
    )
    outcome = _import(workspace, path)
    assert outcome.summary is not None and outcome.summary.values_imported == 6
    assert _figures(workspace, "Plovdiv") == {JAN: 800, FEB: 900}
    assert _total(workspace, FEB) == 1900


def test_a_segment_figure_of_an_untracked_kpi_is_refused_naming_the_cell(
    workspace, tmp_path
) -> None:
    path = _book(
        tmp_path / "untracked.xlsx",
        {"Data": [["KPI", "Location", "Month", "Value"], ["Visits", "Sofia", "2026-01", 40]]},
    )
    outcome = _import(workspace, path)
    [problem] = outcome.preview.refusals
    assert problem.cell == "D2"
    assert "Visits is not tracked by segments" in problem.reason


def test_a_mapped_label_is_remembered_for_the_next_file(workspace, tmp_path) -> None:
    first = _book(
        tmp_path / "first.xlsx",
        {"Data": [["KPI", "Shop", "Month", "Value"], ["Revenue", "Sofia", "2026-01", 3]]},
    )
    _import(workspace, first)
    with workspace.transaction() as session:
        new_segment(session, "Burgas", "Locations", source="test")
    second = _book(
        tmp_path / "second.xlsx",
        {"Data": [["KPI", "Shop", "Month", "Value"], ["Revenue", " SOFIA", "2026-02", 4]]},
    )
    _import(workspace, second)
    assert _figures(workspace, "Sofia") == {JAN: 3, FEB: 4}
