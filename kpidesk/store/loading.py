"""Read a whole workspace into a domain `Scorecard`, the one source of every shown number."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet
from kpidesk.domain.targets import PastDecision, TargetChange
from kpidesk.store.figures import load_cells
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.segments import load_segment_sets
from kpidesk.store.settings import WorkspaceSettings, load_settings
from kpidesk.store.targets import decision_history, load_all_target_changes

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A scorecard with the store ids of its KPIs (name key → id) and of its segments
    (segment key → id), and the settings."""

    scorecard: Scorecard
    kpi_ids: dict[str, int]
    settings: WorkspaceSettings
    segment_ids: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rows:
    """What the store read, by store id: what a scorecard is built from."""

    kpis: Sequence[tuple[int, KpiDefinition]]
    figures: Mapping[int, Mapping[Month, Figure]]
    segment_figures: Mapping[int, Mapping[int, Mapping[Month, Figure]]]
    """By KPI id, segment id and month."""
    targets: Mapping[int, Iterable[TargetChange]]
    segment_targets: Mapping[int, Mapping[int, Iterable[TargetChange]]]
    """By KPI id and segment id."""
    sets: Sequence[SegmentSet]
    segments: Mapping[int, Segment]


def load_snapshot(session: Session) -> Snapshot:
    settings = load_settings(session)
    figures, segment_figures = load_cells(session)
    targets, segment_targets = load_all_target_changes(session)
    sets, segments = load_segment_sets(session)
    kpis = [(record.id, to_definition(record)) for record in list_kpis(session)]
    rows = Rows(kpis, figures, segment_figures, targets, segment_targets, sets, segments)
    return snapshot_of(rows, settings)


def snapshot_of(rows: Rows, settings: WorkspaceSettings) -> Snapshot:
    """The snapshot of what the store read, segments' figures and targets keyed by name."""
    keys = {segment_id: segment.key for segment_id, segment in rows.segments.items()}
    scorecard = Scorecard(
        kpis=[kpi for _, kpi in rows.kpis],
        figures={kpi.key: rows.figures.get(kpi_id, {}) for kpi_id, kpi in rows.kpis},
        target_changes={kpi.key: rows.targets.get(kpi_id, []) for kpi_id, kpi in rows.kpis},
        fiscal_start=settings.fiscal_start,
        segment_sets=rows.sets,
        segment_figures={
            kpi.key: _by_key(rows.segment_figures[kpi_id], keys)
            for kpi_id, kpi in rows.kpis
            if rows.segment_figures.get(kpi_id)
        },
        segment_targets={
            kpi.key: _by_key(rows.segment_targets[kpi_id], keys)
            for kpi_id, kpi in rows.kpis
            if rows.segment_targets.get(kpi_id)
        },
    )
    kpi_ids = {kpi.key: kpi_id for kpi_id, kpi in rows.kpis}
    segment_ids = {segment.key: segment_id for segment_id, segment in rows.segments.items()}
    return Snapshot(scorecard, kpi_ids, settings, segment_ids)


def _by_key(values: Mapping[int, T], keys: Mapping[int, str]) -> dict[str, T]:
    return {keys[segment_id]: value for segment_id, value in values.items() if segment_id in keys}


def load_export(session: Session) -> tuple[Scorecard, dict[str, list[PastDecision]]]:
    """What an export writes: the scorecard, and every target decision ever made (retracted
    ones too) by KPI name key, so the whole history goes out and comes back."""
    snapshot = load_snapshot(session)
    past = decision_history(session)
    history = {key: past.get(kpi_id, []) for key, kpi_id in snapshot.kpi_ids.items()}
    return snapshot.scorecard, history
