"""Read a whole workspace into a domain `Scorecard`, the one source of every shown number."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision
from kpidesk.store.figures import load_figures
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.settings import WorkspaceSettings, load_settings
from kpidesk.store.targets import decision_history, load_target_changes


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A scorecard with the store ids of its KPIs (name key → id) and the settings."""

    scorecard: Scorecard
    kpi_ids: dict[str, int]
    settings: WorkspaceSettings


def load_snapshot(session: Session) -> Snapshot:
    records = list_kpis(session)
    settings = load_settings(session)
    figures = load_figures(session)
    targets = load_target_changes(session)
    definitions = [to_definition(record) for record in records]
    scorecard = Scorecard(
        kpis=definitions,
        figures={d.key: figures.get(r.id, {}) for d, r in zip(definitions, records, strict=True)},
        target_changes={
            d.key: targets.get(r.id, []) for d, r in zip(definitions, records, strict=True)
        },
        fiscal_start=settings.fiscal_start,
    )
    ids = {d.key: r.id for d, r in zip(definitions, records, strict=True)}
    return Snapshot(scorecard, ids, settings)


def load_export(session: Session) -> tuple[Scorecard, dict[str, list[PastDecision]]]:
    """What an export writes: the scorecard, and every target decision ever made (retracted
    ones too) by KPI name key, so the whole history goes out and comes back."""
    snapshot = load_snapshot(session)
    past = decision_history(session)
    history = {key: past.get(kpi_id, []) for key, kpi_id in snapshot.kpi_ids.items()}
    return snapshot.scorecard, history
