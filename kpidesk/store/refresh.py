"""Refreshing a snapshot after a write with only what that write changed.

A write says what it touched (the figures or targets of some KPIs, the KPI or segment
definitions, the settings); the new snapshot is the old one with those parts read again, and
is exactly what loading the whole workspace would give. A typed figure so costs one KPI's
rows, not the whole workspace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure
from kpidesk.domain.segments import Segment
from kpidesk.domain.targets import TargetChange
from kpidesk.store.figures import load_cells
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.loading import Rows, Snapshot, snapshot_of
from kpidesk.store.models import KpiRevision, MeasurementRevision, SegmentRevision, TargetRecord
from kpidesk.store.segments import load_segment_sets
from kpidesk.store.settings import load_settings
from kpidesk.store.targets import load_all_target_changes


@dataclass(frozen=True, slots=True)
class Touched:
    """What one write changed, so the snapshot reads again only that."""

    figures: frozenset[int] = frozenset()
    """KPI ids whose figures changed."""
    targets: frozenset[int] = frozenset()
    """KPI ids whose target decisions changed."""
    kpis: bool = False
    """KPI or segment definitions changed: added, edited, archived, merged, deleted."""
    settings: bool = False

    def __or__(self, other: Touched) -> Touched:
        return Touched(
            self.figures | other.figures,
            self.targets | other.targets,
            self.kpis or other.kpis,
            self.settings or other.settings,
        )


def touched_by(session: Session, change_id: int) -> Touched:
    """What a change set holds, which is what writing, undoing or redoing it changes."""
    figures = session.scalars(
        select(MeasurementRevision.kpi_id).where(MeasurementRevision.change_id == change_id)
    )
    targets = session.scalars(
        select(TargetRecord.kpi_id).where(TargetRecord.change_id == change_id)
    )
    kpis = session.scalar(
        select(
            exists().where(KpiRevision.change_id == change_id)
            | exists().where(SegmentRevision.change_id == change_id)
        )
    )
    return Touched(frozenset(figures), frozenset(targets), bool(kpis))


def refreshed(session: Session, snapshot: Snapshot, touched: Touched) -> Snapshot:
    """`snapshot` with what `touched` names read again from the workspace."""
    rows = _old_rows(snapshot)
    kpis, sets, segments = rows.kpis, rows.sets, rows.segments
    if touched.kpis:
        kpis = [(record.id, to_definition(record)) for record in list_kpis(session)]
        sets, segments = load_segment_sets(session)
    new_ids = {kpi_id for kpi_id, _ in kpis} - {kpi_id for kpi_id, _ in rows.kpis}
    figures = dict(rows.figures)
    segment_figures = dict(rows.segment_figures)
    reread = touched.figures | new_ids
    if reread:
        totals, split = load_cells(session, reread)
        for kpi_id in reread:
            figures[kpi_id] = totals.get(kpi_id, {})
            segment_figures[kpi_id] = split.get(kpi_id, {})
    targets = dict(rows.targets)
    segment_targets = dict(rows.segment_targets)
    reread = touched.targets | new_ids
    if reread:
        decided, split_targets = load_all_target_changes(session, reread)
        for kpi_id in reread:
            targets[kpi_id] = decided.get(kpi_id, [])
            segment_targets[kpi_id] = split_targets.get(kpi_id, {})
    settings = load_settings(session) if touched.settings else snapshot.settings
    new = Rows(kpis, figures, segment_figures, targets, segment_targets, sets, segments)
    return snapshot_of(new, settings)


def _old_rows(snapshot: Snapshot) -> Rows:
    """What `snapshot` was built from, by store id again (the same mappings, not copies: a
    write refreshes one KPI's rows, never every segment's figures)."""
    old = snapshot.scorecard
    kpis = [(snapshot.kpi_ids[kpi.key], kpi) for kpi in old.kpis]
    by_key = {
        segment.key: segment for segment_set in old.segment_sets for segment in segment_set.segments
    }
    segments: dict[int, Segment] = {
        segment_id: by_key[key] for key, segment_id in snapshot.segment_ids.items()
    }
    ids = snapshot.segment_ids
    figures: dict[int, Mapping[Month, Figure]] = {}
    segment_figures: dict[int, Mapping[int, Mapping[Month, Figure]]] = {}
    targets: dict[int, Iterable[TargetChange]] = {}
    segment_targets: dict[int, Mapping[int, Iterable[TargetChange]]] = {}
    for kpi_id, kpi in kpis:
        figures[kpi_id] = old.figures.get(kpi.key, {})
        targets[kpi_id] = old.target_changes.get(kpi.key, [])
        split = old.segment_figures.get(kpi.key, {})
        if split:
            segment_figures[kpi_id] = {ids[key]: cells for key, cells in split.items()}
        split_targets = old.segment_targets.get(kpi.key, {})
        if split_targets:
            segment_targets[kpi_id] = {ids[key]: changes for key, changes in split_targets.items()}
    return Rows(
        kpis, figures, segment_figures, targets, segment_targets, old.segment_sets, segments
    )
