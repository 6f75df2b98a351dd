"""Segments in the store, on a workspace file and on the PostgreSQL server: figures and
targets per segment, the business total read back, rename, archive and merge undone."""

import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.errors import StoreError, UndoConflict
from kpidesk.store.figures import cell_history, redo_change, undo_change
from kpidesk.store.goals import set_target
from kpidesk.store.loading import load_snapshot
from kpidesk.store.refresh import refreshed, touched_by
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.kpis import define_kpi, redefine_kpi
from kpidesk.usecases.segments import archive, merge, new_segment, rename

JAN, FEB, MAR = Month(2026, 1), Month(2026, 2), Month(2026, 3)


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    with any_workspace.transaction() as session:
        for name in ("Sofia", "Plovdiv"):
            new_segment(session, name, "Locations", source="test")
        define_kpi(session, KpiDefinition("Revenue", Unit.COUNT, segment_set="Locations"))
    return any_workspace


def _record(workspace: Workspace, value: float | None, month: Month, segment: str | None) -> int:
    with workspace.transaction() as session:
        return record_figure(session, "Revenue", month, value, source="test", segment=segment)[1]


def test_the_total_adds_the_segments_and_says_how_many_it_covers(workspace) -> None:
    _record(workspace, 1200, JAN, "Sofia")
    _record(workspace, 800, JAN, "Plovdiv")
    _record(workspace, 1000, FEB, "Sofia")
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert card.value("Revenue", JAN) == 2000
    assert card.value("Revenue", FEB) == 1000
    assert card.coverage("Revenue", FEB) == (1, 2)
    assert card.segment_view("Plovdiv").value("Revenue", FEB) is None
    assert card.ytd_value("Revenue", FEB) == 3000


def test_a_total_typed_before_the_split_stays_the_total_of_its_month(workspace) -> None:
    _record(workspace, 5000, JAN, None)
    _record(workspace, 700, FEB, "Sofia")
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert (card.value("Revenue", JAN), card.value("Revenue", FEB)) == (5000, 700)


def test_segment_targets_add_up_to_the_total_target_until_one_is_set(workspace) -> None:
    with workspace.transaction() as session:
        set_target(session, "Revenue", TargetKind.MONTHLY, JAN, 1000, segment="Sofia")
        set_target(session, "Revenue", TargetKind.MONTHLY, JAN, 600, segment="Plovdiv")
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert card.target("Revenue", MAR) == 1600
    assert card.segment_view("Plovdiv").target("Revenue", MAR) == 600
    with workspace.transaction() as session:
        set_target(session, "Revenue", TargetKind.MONTHLY, MAR, 2000)
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert (card.target("Revenue", FEB), card.target("Revenue", MAR)) == (1600, 2000)


def test_a_segment_of_another_set_or_an_untracked_kpi_is_refused(workspace) -> None:
    with workspace.transaction() as session:
        new_segment(session, "Ivan", "People", source="test")
        define_kpi(session, KpiDefinition("Visits", Unit.COUNT))
    with pytest.raises(StoreError, match="not one of the Locations"):
        _record(workspace, 1, JAN, "Ivan")
    with workspace.transaction() as session, pytest.raises(StoreError, match="not tracked"):
        record_figure(session, "Visits", JAN, 5, source="test", segment="Sofia")
    with workspace.transaction() as session, pytest.raises(StoreError, match="no segment named"):
        record_figure(session, "Revenue", JAN, 5, source="test", segment="Varna")


def test_a_kpi_with_split_figures_keeps_its_set(workspace) -> None:
    _record(workspace, 10, JAN, "Sofia")
    with workspace.transaction() as session, pytest.raises(StoreError, match="stays tracked"):
        redefine_kpi(session, "Revenue", KpiDefinition("Revenue", Unit.COUNT))


def test_rename_keeps_history_and_the_old_name_answers(workspace) -> None:
    _record(workspace, 10, JAN, "Sofia")
    with workspace.transaction() as session:
        renamed = rename(session, "Sofia", "Sofia Centre", source="test")
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
        history = cell_history(
            session, snapshot.kpi_ids["revenue"], JAN, snapshot.segment_ids["sofia centre"]
        )
    assert snapshot.scorecard.segment_view("Sofia").value("Revenue", JAN) == 10
    assert snapshot.scorecard.segment("sofia").name == "Sofia Centre"
    assert [(r.old_value, r.new_value) for _, r in history] == [(None, 10)]
    with workspace.transaction() as session:
        undo_change(session, renamed.change.id)
    with workspace.reading() as session:
        assert load_snapshot(session).scorecard.segment("Sofia").name == "Sofia"


def test_archived_segments_leave_the_expected_count(workspace) -> None:
    _record(workspace, 10, JAN, "Sofia")
    with workspace.transaction() as session:
        archive(session, "Plovdiv", True, source="test")
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert card.coverage("Revenue", JAN) == (1, 1)


def test_merge_moves_figures_and_undo_puts_them_back(workspace) -> None:
    with workspace.transaction() as session:
        new_segment(session, "Plovdiv 2", "Locations", source="test")
    _record(workspace, 300, JAN, "Plovdiv")
    _record(workspace, 200, FEB, "Plovdiv 2")
    with workspace.transaction() as session:
        merged = merge(session, "Plovdiv 2", "Plovdiv", source="test")
    assert merged.figures_moved == 1
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    plovdiv = card.segment_view("Plovdiv")
    assert (plovdiv.value("Revenue", JAN), plovdiv.value("Revenue", FEB)) == (300, 200)
    assert card.segment("Plovdiv 2").name == "Plovdiv"
    with workspace.transaction() as session:
        undo_change(session, merged.change.id)
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert card.segment_view("Plovdiv").value("Revenue", FEB) is None
    assert card.segment_view("Plovdiv 2").value("Revenue", FEB) == 200
    assert not card.segment("Plovdiv 2").archived
    with workspace.transaction() as session:
        redo_change(session, merged.change.id)
    with workspace.reading() as session:
        assert load_snapshot(session).scorecard.segment("Plovdiv 2").name == "Plovdiv"


def test_a_merge_with_a_month_in_both_is_refused_whole(workspace) -> None:
    _record(workspace, 300, JAN, "Plovdiv")
    _record(workspace, 100, JAN, "Sofia")
    with workspace.transaction() as session, pytest.raises(StoreError, match="both have a figure"):
        merge(session, "Sofia", "Plovdiv", source="test")
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert card.segment_view("Sofia").value("Revenue", JAN) == 100
    assert not card.segment("Sofia").archived


def test_an_added_segment_with_figures_is_not_undone_away(workspace) -> None:
    with workspace.transaction() as session:
        added = new_segment(session, "Varna", "Locations", source="test")
    _record(workspace, 5, JAN, "Varna")
    with workspace.transaction() as session, pytest.raises(UndoConflict, match="archive it"):
        undo_change(session, added.change.id)


def test_a_weighted_mean_kpi_needs_a_weight_of_its_set(workspace) -> None:
    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Responses", Unit.COUNT, segment_set="Locations"))
        define_kpi(
            session,
            KpiDefinition(
                "CSAT",
                Unit.PERCENT,
                aggregation=Aggregation.MEAN,
                segment_set="Locations",
                weight_kpi="Responses",
            ),
        )
        define_kpi(session, KpiDefinition("Calls", Unit.COUNT))
        with pytest.raises(StoreError, match="same set"):
            define_kpi(
                session,
                KpiDefinition(
                    "NPS",
                    Unit.SCORE,
                    aggregation=Aggregation.MEAN,
                    segment_set="Locations",
                    weight_kpi="Calls",
                ),
            )
        for segment, csat, responses in (("Sofia", 80, 100), ("Plovdiv", 90, 300)):
            record_figure(session, "CSAT", JAN, csat, source="t", segment=segment)
            record_figure(session, "Responses", JAN, responses, source="t", segment=segment)
    with workspace.reading() as session:
        assert load_snapshot(session).scorecard.value("CSAT", JAN) == pytest.approx(87.5)


def test_refreshing_after_segment_writes_matches_a_full_load(workspace) -> None:
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
    for change in (
        _record(workspace, 10, JAN, "Sofia"),
        _record(workspace, 20, JAN, "Plovdiv"),
    ):
        with workspace.reading() as session:
            snapshot = refreshed(session, snapshot, touched_by(session, change))
    with workspace.transaction() as session:
        renamed = rename(session, "Plovdiv", "Plovdiv Mall", source="test").change.id
        snapshot = refreshed(session, snapshot, touched_by(session, renamed))
        assert snapshot == load_snapshot(session)
    assert snapshot.scorecard.value("Revenue", JAN) == 30


def test_the_history_names_the_segments_a_change_touched(workspace) -> None:
    from kpidesk.store.history import list_changes

    _record(workspace, 10, JAN, "Sofia")
    with workspace.transaction() as session:
        rename(session, "Plovdiv", "Plovdiv Mall", source="test")
    with workspace.reading() as session:
        renamed, recorded = list_changes(session)[:2]
    assert (renamed.kind, renamed.segments, renamed.segment_names) == (
        "segment",
        1,
        ("Plovdiv Mall",),
    )
    assert (recorded.figures, recorded.segments, recorded.segment_names) == (1, 0, ("Sofia",))
