"""The problems an import preview can find, each a message for the owner with its file, sheet
and cell: kept apart from the preview's arithmetic so each reads on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.money import display_currency
from kpidesk.domain.targets import TargetChange
from kpidesk.io.export_columns import TARGET_SHEET
from kpidesk.io.plan import (
    ON_PURPOSE,
    ImportPlan,
    Observation,
    Problem,
    ProblemCode,
    Severity,
    Target,
)

if TYPE_CHECKING:
    from kpidesk.usecases.import_preview import PreviewCell


def twice(plan: ImportPlan, first: PreviewCell, second: PreviewCell) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages",
        "'{label}' and '{other}' are both the KPI {kpi}, with figures for {month} in {first} "
        "and {second}; keep one of them",
    )
    text = message(
        reason,
        label=first.label,
        other=second.label,
        kpi=first.kpi,
        month=first.month,
        first=first.cell,
        second=second.cell,
    )
    return problem(plan, second.cell, text, ProblemCode.DUPLICATE, sheet=second.observation.sheet)


def foreign_currency(plan: ImportPlan, obs: Observation | Target, kpi: KpiDefinition) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages", "the figure is in {currency}, but {kpi} is kept in {kept}; left out"
    )
    text = message(reason, currency=obs.currency, kpi=kpi.name, kept=display_currency(kpi.currency))
    sheet = obs.sheet if isinstance(obs, Observation) else None
    return problem(plan, obs.cell, text, ProblemCode.FOREIGN_CURRENCY, Severity.CELL, sheet)


def foreign_target(plan: ImportPlan, kpi: KpiDefinition, change: TargetChange) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages", "the figure is in {currency}, but {kpi} is kept in {kept}; left out"
    )
    kept = display_currency(kpi.currency)
    text = message(reason, currency=change.currency, kpi=kpi.name, kept=kept)
    return Problem(
        plan.file.name, TARGET_SHEET, None, text, Severity.CELL, ProblemCode.FOREIGN_CURRENCY
    )


def unknown(plan: ImportPlan, label: str) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages",
        "'{label}' is not a KPI of this workspace; map it to a KPI, "
        "ignore it, or create it (--create-kpis)",
    )
    return problem(plan, None, message(reason, label=label), ProblemCode.UNKNOWN_KPI)


def computed(plan: ImportPlan, obs: Observation, kpi: KpiDefinition) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages", "'{kpi}' is computed from its formula; the figure was left out"
    )
    text = message(reason, kpi=kpi.name)
    return problem(plan, obs.cell, text, ProblemCode.COMPUTED_KPI, Severity.CELL, obs.sheet)


def conflict(plan: ImportPlan, cell: PreviewCell) -> Problem:
    reason = QT_TRANSLATE_NOOP("messages", "{kpi} {month} already holds a different figure")
    kpi = cell.kpi if cell.segment is None else f"{cell.kpi} / {cell.segment}"
    text = message(reason, kpi=kpi, month=cell.month)
    return problem(plan, cell.cell, text, ProblemCode.CONFLICT, sheet=cell.observation.sheet)


def unknown_segment(plan: ImportPlan, obs: Observation) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages",
        "'{label}' is not a segment of this workspace; add it (`kpidesk segment add`), "
        "or create it in the KPI's set (--create-segments)",
    )
    text = message(reason, label=obs.segment)
    return problem(plan, obs.cell, text, ProblemCode.UNKNOWN_SEGMENT, sheet=obs.sheet)


def not_tracked(plan: ImportPlan, obs: Observation, kpi: KpiDefinition) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages",
        "the figure is for '{segment}', but {kpi} is not tracked by segments; track it with "
        "`kpidesk kpi edit {kpi} --by SET` first",
    )
    text = message(reason, segment=obs.segment, kpi=kpi.name)
    return problem(plan, obs.cell, text, ProblemCode.NOT_TRACKED, sheet=obs.sheet)


def other_set(plan: ImportPlan, obs: Observation, segment: str, kpi: KpiDefinition) -> Problem:
    reason = QT_TRANSLATE_NOOP(
        "messages", "{segment} is not one of the {set} that {kpi} is tracked by"
    )
    text = message(reason, segment=segment, set=kpi.segment_set or "", kpi=kpi.name)
    return problem(plan, obs.cell, text, ProblemCode.NOT_TRACKED, sheet=obs.sheet)


def problem(
    plan: ImportPlan,
    cell: str | None,
    reason: Message,
    code: ProblemCode,
    severity: Severity = Severity.REFUSAL,
    sheet: str | None = None,
) -> Problem:
    """A problem of the plan's sheet, or of `sheet` in a plan of one sheet per segment."""
    return Problem(plan.file.name, sheet or plan.sheet, cell, reason, severity, code)


def refused_when_strict(found: Problem) -> Problem:
    """Under --strict every problem refuses the import, except what is left out on purpose."""
    if found.severity is Severity.REFUSAL or found.code in ON_PURPOSE:
        return found
    return Problem(found.file, found.sheet, found.cell, found.message, Severity.REFUSAL, found.code)
