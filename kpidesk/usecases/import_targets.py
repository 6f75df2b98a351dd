"""Targets from a file: from an owner's plan columns (or an export without its history) the
fewest new target decisions that make every month's target what the file says; from a kpidesk
export's history each decision as it was made. Importing the same file twice adds nothing the
second time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision, TargetChange, TargetKind, shown_target, target_for
from kpidesk.io.own_sheets import ImportedDecision
from kpidesk.store.kpis import kpi_index, to_definition
from kpidesk.store.segments import segment_index
from kpidesk.store.targets import decision_history, target_history, to_target_change
from kpidesk.usecases.import_mapping import LabelResolution


class ImportedTarget(NamedTuple):
    """A target decision an import adds: to which KPI, and, for one that arrives already
    undone (an export's history keeps those), when it was retracted."""

    kpi: str
    change: TargetChange
    retracted_at: datetime | None = None
    segment: str | None = None
    """The segment's name; None for a decision of the business as a whole."""


def imported_target_changes(
    scorecard: Scorecard,
    labels: LabelResolution,
    targets: Iterable[tuple[str, Month, float]],
    untargeted: Iterable[tuple[str, Month]] = (),
    segment: str | None = None,
) -> list[ImportedTarget]:
    """Target decisions (KPI name, change) to add for the (label, month, target) rows of a
    file (a kpidesk export's target column, an owner's plan columns), in month order per
    KPI: monthly targets from a month on, except before a month the file lists without a
    target (`untargeted`: a kpidesk export's figure with an empty target), where each month
    is an override of its own, so no target runs on into that month. With `segment` (a
    segment's name), the rows are that segment's targets, and `scorecard` is its view."""
    by_label: dict[str, dict[Month, float]] = defaultdict(dict)
    for label, month, target in targets:
        by_label[label][month] = target
    open_until: dict[str, Month] = {}
    for label, month in untargeted:
        name = labels.kpi_named(label)
        if name is not None and (name not in open_until or month > open_until[name]):
            open_until[name] = month
    known = {kpi.key for kpi in scorecard.kpis}
    now = datetime.now()
    changes: list[ImportedTarget] = []
    for label, by_month in by_label.items():
        kpi_name = labels.kpi_named(label)
        if kpi_name is None:
            continue
        existing = scorecard.target_changes_of(kpi_name) if name_key(kpi_name) in known else []
        added: list[TargetChange] = []
        last_open = open_until.get(kpi_name)
        for month in sorted(by_month):
            current = target_for([*existing, *added], month)
            if current is None or not same_figure(current, by_month[month]):
                bounded = last_open is not None and month < last_open
                added.append(
                    TargetChange(
                        TargetKind.OVERRIDE if bounded else TargetKind.MONTHLY,
                        month,
                        by_month[month],
                        now,
                        "imported",
                        change_id=len(existing) + len(added) + 1_000_000_000,
                    )
                )
        changes += [ImportedTarget(kpi_name, change, None, segment) for change in added]
    return changes


def history_decisions(
    session: Session, labels: LabelResolution, history: Iterable[ImportedDecision]
) -> tuple[list[ImportedTarget], list[tuple[KpiDefinition, ImportedDecision]]]:
    """The decisions of an export's target history, each as it was made (kind, months,
    value, moment, note, undone or not), leaving out those the workspace already has, so
    importing the same export twice adds nothing the second time; and, with their KPI, those
    in a currency with no fixed rate to the one the KPI is kept in (dollars for a euro
    KPI of the same name), which are left out."""
    index = kpi_index(session)
    past = decision_history(session)
    segments = segment_index(session)
    new = {kpi.name: kpi for kpi in labels.new_kpis}
    known: dict[tuple[str, str | None], list[TargetChange]] = {}
    added: list[ImportedTarget] = []
    foreign: list[tuple[KpiDefinition, ImportedDecision]] = []
    for decision in history:
        name = labels.kpi_named(decision.label)
        if name is None:
            continue
        record = index.get(name_key(name))
        kpi = to_definition(record) if record is not None else new.get(name)
        if kpi is None:
            continue
        segment = segments.get(name_key(decision.segment)) if decision.segment else None
        whose = (name, segment.name if segment is not None else decision.segment)
        if whose not in known:
            if record is None:
                ids: list[PastDecision] = []
            elif decision.segment is None:
                ids = past.get(record.id, [])
            elif segment is None:
                ids = []
            else:
                records = target_history(session, record.id, segment.id)
                ids = [PastDecision(to_target_change(r)) for r in records]
            known[whose] = [shown_target(kpi, d.change) for d in ids]
        try:
            shown = shown_target(kpi, decision.change)
        except ValueError:
            foreign.append((kpi, decision))
            continue
        if any(_same_decision(shown, other) for other in known[whose]):
            continue
        known[whose].append(shown)
        added.append(ImportedTarget(name, decision.change, decision.retracted_at, whose[1]))
    return added, foreign


def _same_decision(a: TargetChange, b: TargetChange) -> bool:
    """Two records of one decision: the same kind, months, moment, note and figures (both in
    the KPI's display currency, to a spreadsheet's precision)."""
    if (a.kind, a.first_month, a.set_at, a.note, a.spread) != (
        b.kind,
        b.first_month,
        b.set_at,
        b.note,
        b.spread,
    ):
        return False
    if (a.currency or b.currency) and a.currency != b.currency:
        return False
    if len(a.monthly_values) != len(b.monthly_values):
        return False
    pairs = [(a.value, b.value), *zip(a.monthly_values, b.monthly_values, strict=True)]
    return all(same_figure(x, y) for x, y in pairs)
