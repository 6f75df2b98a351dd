"""Generated workspaces with segments survive export and import into a new workspace: 1-3
sets of 1-4 segments (some archived), KPIs tracked by a set or by none (sum, mean, last),
segment figures with gaps, typed totals, targets per segment and for the total. Through xlsx
everything comes back; through CSV what CSV carries (figures and targets, the sets made
beforehand since CSV has no sheet of them). Values are compared exactly as typed."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.io.export_file import export_to_file
from kpidesk.store.goals import set_target
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.import_preview import ImportOptions
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import archive, new_segment
from tests.roundtrip.segment_dump import dump
from tests.roundtrip.test_xlsx_segments import _export

MONTHS = [Month(2025, 11), Month(2025, 12), Month(2026, 1)]
_values = st.one_of(st.integers(-5000, 5000), st.decimals(-1000, 1000, places=2).map(float))
_cells = st.dictionaries(st.sampled_from(range(len(MONTHS))), _values, max_size=3)


@st.composite
def _workspaces(draw: st.DrawFn) -> dict[str, Any]:
    sets = []
    for s in range(draw(st.integers(1, 3))):
        count = draw(st.integers(1, 4))
        archived = draw(st.lists(st.booleans(), min_size=count, max_size=count))
        sets.append((f"Set {s}", [(f"S{s}-{i}", a) for i, a in enumerate(archived)]))
    kpis = []
    for k in range(draw(st.integers(1, 3))):
        tracked = draw(st.none() | st.sampled_from(range(len(sets))))
        how = draw(st.sampled_from([Aggregation.SUM, Aggregation.MEAN, Aggregation.LAST]))
        segments = sets[tracked][1] if tracked is not None else []
        kpis.append(
            {
                "name": f"KPI {k}",
                "set": sets[tracked][0] if tracked is not None else None,
                "aggregation": how,
                "total": draw(_cells),
                "by_segment": {name: draw(_cells) for name, _ in segments},
                "target": draw(st.none() | _values),
                "segment_targets": {name: draw(st.none() | _values) for name, _ in segments},
            }
        )
    return {"sets": sets, "kpis": kpis}


def _define(workspace: Workspace, plan: dict[str, Any]) -> None:
    with workspace.transaction() as session:
        for set_name, segments in plan["sets"]:
            for name, _ in segments:
                new_segment(session, name, set_name, source="t")
        for name, archived in (s for _, segments in plan["sets"] for s in segments):
            if archived:
                archive(session, name, True, source="t")
        for kpi in plan["kpis"]:
            definition = KpiDefinition(
                kpi["name"], Unit.COUNT, aggregation=kpi["aggregation"], segment_set=kpi["set"]
            )
            define_kpi(session, definition)


def _build(workspace: Workspace, plan: dict[str, Any]) -> None:
    _define(workspace, plan)
    with workspace.transaction() as session:
        for kpi in plan["kpis"]:
            name = kpi["name"]
            for month, value in kpi["total"].items():
                record_figure(session, name, MONTHS[month], value, source="t")
            for segment, cells in kpi["by_segment"].items():
                for month, value in cells.items():
                    record_figure(session, name, MONTHS[month], value, source="t", segment=segment)
            if kpi["target"] is not None:
                set_target(session, name, TargetKind.MONTHLY, MONTHS[0], kpi["target"])
            for segment, target in kpi["segment_targets"].items():
                if target is not None:
                    set_target(
                        session, name, TargetKind.MONTHLY, MONTHS[1], target, segment=segment
                    )


def _export_csv(workspace: Workspace, path: Path) -> None:
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    export_to_file(card, path)


def _import(workspace: Workspace, path: Path) -> None:
    read = import_job.read_file(path)
    options = ImportOptions(create_kpis=True, own_export=read.own_export)
    outcome = import_job.write(workspace, read, options)
    assert outcome.summary is not None, [str(p) for p in outcome.preview.refusals]


def _figures(found: dict[str, Any]) -> dict[str, Any]:
    """Figures per segment and the shown business totals, without target history."""
    return {
        name: {whose: part["figures"] for whose, part in kpi["parts"].items()}
        for name, kpi in found["kpis"].items()
    }


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_workspaces())
def test_xlsx_gives_back_the_same_workspace(tmp_path_factory, plan) -> None:
    where = tmp_path_factory.mktemp("xlsx")
    with closing(open_workspace(where / "a.kpidesk")) as source:
        _build(source, plan)
        path = _export(source, where / "export.xlsx")
        with closing(open_workspace(where / "b.kpidesk")) as copy:
            _import(copy, path)
            assert dump(copy) == dump(source)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_workspaces())
def test_csv_gives_back_the_figures_and_totals(tmp_path_factory, plan) -> None:
    where = tmp_path_factory.mktemp("csv")
    with closing(open_workspace(where / "a.kpidesk")) as source:
        _build(source, plan)
        path = where / "export.csv"
        _export_csv(source, path)
        with closing(open_workspace(where / "b.kpidesk")) as copy:
            _define(copy, plan)
            _import(copy, path)
            assert _figures(dump(copy)) == _figures(dump(source))
