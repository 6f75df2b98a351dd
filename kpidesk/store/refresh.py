"""Refreshing a snapshot after a write with only what that write changed.

A write says what it touched (the figures or targets of some KPIs, the KPI definitions, the
settings); the new snapshot is the old one with those parts read again, and is exactly what
loading the whole workspace would give. A typed figure so costs one KPI's rows, not the
whole workspace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange
from kpidesk.store.figures import load_figures
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.loading import Snapshot
from kpidesk.store.models import KpiRevision, MeasurementRevision, SegmentRevision, TargetRecord
from kpidesk.store.settings import load_settings
from kpidesk.store.targets import load_target_changes


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
    old = snapshot.scorecard
    if touched.kpis:
        kpis = [(record.id, to_definition(record)) for record in list_kpis(session)]
    else:
        kpis = [(snapshot.kpi_ids[kpi.key], kpi) for kpi in old.kpis]
    known = {snapshot.kpi_ids[kpi.key]: kpi.key for kpi in old.kpis}
    new_ids = {kpi_id for kpi_id, _ in kpis} - known.keys()
    figures: dict[int, Mapping[Month, Figure]] = {
        kpi_id: old.figures.get(key, {}) for kpi_id, key in known.items()
    }
    figures.update({kpi_id: {} for kpi_id in touched.figures | new_ids})
    if touched.figures | new_ids:
        figures.update(load_figures(session, touched.figures | new_ids))
    targets: dict[int, Iterable[TargetChange]] = {
        kpi_id: old.target_changes.get(key, []) for kpi_id, key in known.items()
    }
    targets.update({kpi_id: [] for kpi_id in touched.targets | new_ids})
    if touched.targets | new_ids:
        targets.update(load_target_changes(session, touched.targets | new_ids))
    settings = load_settings(session) if touched.settings else snapshot.settings
    scorecard = Scorecard(
        kpis=[kpi for _, kpi in kpis],
        figures={kpi.key: figures.get(kpi_id, {}) for kpi_id, kpi in kpis},
        target_changes={kpi.key: targets.get(kpi_id, []) for kpi_id, kpi in kpis},
        fiscal_start=settings.fiscal_start,
    )
    return Snapshot(scorecard, {kpi.key: kpi_id for kpi_id, kpi in kpis}, settings)
