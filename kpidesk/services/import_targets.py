"""Targets from a file (a kpidesk export, or an owner's plan columns): the fewest new target
decisions that make every month's target what the file says, so importing the same file twice
adds nothing the second time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from kpidesk.domain.kpi import name_key
from kpidesk.domain.month import Month
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind, target_for
from kpidesk.services.import_mapping import LabelResolution


def imported_target_changes(
    scorecard: Scorecard, labels: LabelResolution, targets: Iterable[tuple[str, Month, float]]
) -> list[tuple[str, TargetChange]]:
    """Monthly target decisions (KPI name, change) to add for the (label, month, target)
    rows of a file (a kpidesk export's target column, an owner's plan columns), in month
    order per KPI."""
    by_label: dict[str, dict[Month, float]] = defaultdict(dict)
    for label, month, target in targets:
        by_label[label][month] = target
    known = {kpi.key for kpi in scorecard.kpis}
    now = datetime.now()
    changes: list[tuple[str, TargetChange]] = []
    for label, targets in by_label.items():
        kpi_name = labels.kpi_for(label)
        if kpi_name is None:
            continue
        existing = scorecard.target_changes_of(kpi_name) if name_key(kpi_name) in known else []
        added: list[TargetChange] = []
        for month in sorted(targets):
            current = target_for([*existing, *added], month)
            if current is None or not same_figure(current, targets[month]):
                added.append(
                    TargetChange(
                        TargetKind.MONTHLY,
                        month,
                        targets[month],
                        now,
                        "imported",
                        change_id=len(existing) + len(added) + 1_000_000_000,
                    )
                )
        changes += [(kpi_name, change) for change in added]
    return changes
