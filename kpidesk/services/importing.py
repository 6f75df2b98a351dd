"""An import from plan to store: preview what would be written, then write it in one go.

The preview is computed inside the same transaction that writes, so what the owner saw is
what lands; a refusal, a cancel or any error rolls the whole import back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import DecimalMark
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.domain.targets import TargetChange
from kpidesk.io.importer import plan_import
from kpidesk.io.own_export import OwnExport, could_be_own_export, read_own_export
from kpidesk.io.plan import ImportPlan, Problem, ProblemCode, Severity
from kpidesk.io.progress import ProgressHandle
from kpidesk.io.readers import CsvOptions
from kpidesk.services.import_mapping import LabelResolution, resolve_labels
from kpidesk.services.import_targets import exported_target_changes
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.imports import ImportCounts, record_import, remember_mappings
from kpidesk.store.kpis import add_kpis, list_kpis
from kpidesk.store.loading import load_snapshot
from kpidesk.store.targets import add_target


class OnConflict(StrEnum):
    OVERWRITE = "overwrite"
    SKIP = "skip"
    FAIL = "fail"


class Action(StrEnum):
    NEW = "new"
    OVERWRITE = "overwrite"
    UNCHANGED = "unchanged"
    SKIP = "skip"


@dataclass(frozen=True)
class ImportOptions:
    create_kpis: bool = False
    on_conflict: OnConflict = OnConflict.OVERWRITE
    strict: bool = False
    corrections: dict[str, str | None] = field(default_factory=dict)
    """The owner's mapping: label → KPI name, or None to ignore the label."""
    own_export: OwnExport | None = None
    """Targets and definitions when the file is a kpidesk export."""


@dataclass(frozen=True, slots=True)
class PreviewCell:
    label: str
    kpi: str
    month: Month
    old: float | None
    new: float
    cell: str
    action: Action
    currency: str | None = None


@dataclass
class ImportPreview:
    plan: ImportPlan
    labels: LabelResolution
    cells: list[PreviewCell]
    problems: list[Problem]
    targets: list[tuple[str, TargetChange]] = field(default_factory=list)

    @property
    def refusals(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.REFUSAL]

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    def count(self, *actions: Action) -> int:
        return sum(1 for c in self.cells if c.action in actions)

    @property
    def values_skipped(self) -> int:
        left_out = sum(1 for p in self.problems if p.severity is Severity.CELL)
        return left_out + self.count(Action.SKIP)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    import_id: int | None
    layout: str | None
    kpis_matched: int
    kpis_created: int
    values_imported: int
    values_unchanged: int
    values_skipped: int
    errors: list[Problem]


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan_file(
    path: Path,
    *,
    sheet: str | None = None,
    layout: str | None = None,
    decimal_mark: DecimalMark | None = None,
    csv_options: CsvOptions | None = None,
    progress: ProgressHandle | None = None,
) -> tuple[ImportPlan, OwnExport | None]:
    """Read a file safely into a plan; a kpidesk export is recognised only after the safe
    reader accepted the file, and then its data sheet is the one read."""
    options = {
        "layout": layout,
        "decimal_mark": decimal_mark,
        "csv_options": csv_options,
        "progress": progress,
    }
    plan = plan_import(path, sheet=sheet, **options)
    own = read_own_export(path) if could_be_own_export(path, plan) else None
    if own is not None and own.sheet and sheet is None and plan.sheet != own.sheet:
        plan = plan_import(path, sheet=own.sheet, **options)
    return plan, own


def preview_import(session: Session, plan: ImportPlan, options: ImportOptions) -> ImportPreview:
    """What the import would do, with every problem; writes nothing."""
    own = options.own_export
    definitions = {d.key: d for d in own.definitions} if own else {}
    labels = resolve_labels(session, plan, options.corrections, options.create_kpis, definitions)
    problems = list(plan.problems)
    problems += [
        _problem(
            plan,
            None,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "'{label}' is not a KPI of this workspace; map it to a KPI, "
                    "ignore it, or create it (--create-kpis)",
                ),
                label=label,
            ),
            ProblemCode.UNKNOWN_KPI,
        )
        for label in labels.unknown
    ]
    scorecard = load_snapshot(session).scorecard
    scorecard_keys = {kpi.key for kpi in scorecard.kpis}
    definitions = {kpi.key: kpi for kpi in scorecard.kpis}
    definitions.update({d.key: d for d in labels.to_create.values()})
    kpi_by_key = {
        name_key(label): definitions[name_key(name)]
        for label in plan.labels
        if (name := labels.kpi_for(label)) is not None
    }
    kpi_of_label: dict[str, KpiDefinition | None] = {}
    cells: list[PreviewCell] = []
    for obs in plan.observations:
        if obs.label not in kpi_of_label:
            kpi_of_label[obs.label] = kpi_by_key.get(name_key(obs.label))
        kpi = kpi_of_label[obs.label]
        if kpi is None or obs.value is None:
            continue
        if kpi.is_formula and own is not None:
            continue
        if kpi.is_formula:
            reason = message(
                QT_TRANSLATE_NOOP(
                    "messages", "'{kpi}' is computed from its formula; the figure was left out"
                ),
                kpi=kpi.name,
            )
            problems.append(
                _problem(plan, obs.cell, reason, ProblemCode.COMPUTED_KPI, Severity.CELL)
            )
            continue
        known = kpi.key in scorecard_keys
        old = scorecard.value(kpi.name, obs.month) if known else None
        action = _action(old, obs.value, options.on_conflict)
        cells.append(
            PreviewCell(
                obs.label, kpi.name, obs.month, old, obs.value, obs.cell, action, obs.currency
            )
        )
    if options.on_conflict is OnConflict.FAIL:
        problems += [
            _problem(
                plan,
                c.cell,
                message(
                    QT_TRANSLATE_NOOP("messages", "{kpi} {month} already holds a different figure"),
                    kpi=c.kpi,
                    month=c.month,
                ),
                ProblemCode.CONFLICT,
            )
            for c in cells
            if c.action is Action.OVERWRITE
        ]
    if options.strict:
        problems = [_strict(p) for p in problems]
    targets = exported_target_changes(scorecard, labels, own) if own else []
    return ImportPreview(plan, labels, cells, problems, targets)


def _action(old: float | None, new: float, on_conflict: OnConflict) -> Action:
    if old is None:
        return Action.NEW
    if same_figure(old, new):
        return Action.UNCHANGED
    return Action.SKIP if on_conflict is OnConflict.SKIP else Action.OVERWRITE


def apply_import(
    session: Session,
    preview: ImportPreview,
    hash_of_file: str,
    check_cancel: Callable[[], None] = lambda: None,
) -> ImportSummary:
    """Write the previewed import in the caller's transaction; refuse if it has refusals."""
    if preview.refused:
        raise ImportRefused(preview.refusals)
    created = add_kpis(session, list(preview.labels.to_create.values()))
    check_cancel()
    ids = {record.name: record.id for record in list_kpis(session)}
    plan = preview.plan
    change = start_change(
        session, "import", source=plan.file.name, summary=f"{plan.file.name} ({plan.sheet or ''})"
    )
    writes = [
        CellWrite(ids[c.kpi], c.month, c.new, currency=c.currency)
        for c in preview.cells
        if c.action in (Action.NEW, Action.OVERWRITE)
    ]
    written = write_figures(session, change, writes)
    records = {record.name: record for record in list_kpis(session)}
    for kpi_name, target in preview.targets:
        add_target(session, records[kpi_name], target, change)
    check_cancel()
    counts = ImportCounts(written, preview.values_skipped, len(created))
    record = record_import(
        session, change, plan.file.name, hash_of_file, str(plan.layout or ""), plan.sheet, counts
    )
    remember_mappings(
        session,
        {label: ids.get(kpi) for label, kpi in preview.labels.matched.items()}
        | {label: None for label in preview.labels.ignored},
    )
    return ImportSummary(
        import_id=record.id,
        layout=str(plan.layout) if plan.layout else None,
        kpis_matched=len(set(preview.labels.matched.values())),
        kpis_created=len(created),
        values_imported=written,
        values_unchanged=preview.count(Action.UNCHANGED),
        values_skipped=preview.values_skipped,
        errors=[p for p in preview.problems if p.severity is Severity.CELL],
    )


class ImportRefused(Exception):
    """The import must not go ahead; `problems` say why, each with its sheet and cell."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "the import was refused")


def _problem(
    plan: ImportPlan,
    cell: str | None,
    reason: Message,
    code: ProblemCode,
    severity: Severity = Severity.REFUSAL,
) -> Problem:
    return Problem(plan.file.name, plan.sheet, cell, reason, severity, code)


def _strict(problem: Problem) -> Problem:
    if problem.severity is Severity.REFUSAL:
        return problem
    return Problem(
        problem.file, problem.sheet, problem.cell, problem.message, Severity.REFUSAL, problem.code
    )
