"""What an import would do, before it does it: each figure with the value it would replace,
and every problem with its sheet and cell.

The preview is what the owner approves and what `apply_import` writes, so it is computed once
per import; a long sheet gives a hundred thousand cells, which is why a cell is a small named
tuple over its observation and the KPI of each label is worked out once per label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, KpiDefinitionError, name_key
from kpidesk.domain.money import convert, display_currency, entry_currency
from kpidesk.domain.month import Month
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.segments import UnknownSegmentError
from kpidesk.io.own_export import OwnExport
from kpidesk.io.plan import (
    ImportPlan,
    Observation,
    Problem,
    ProblemCode,
    Severity,
    Target,
)
from kpidesk.io.segment_sheets import combine_segment_sheets
from kpidesk.store.imports import recall_segment_labels
from kpidesk.store.loading import load_snapshot
from kpidesk.store.segments import segment_index
from kpidesk.usecases.gc_pause import collector_paused
from kpidesk.usecases.import_mapping import LabelResolution, resolve_labels
from kpidesk.usecases.import_segments import SegmentFigures, SegmentResolution, resolve_segments
from kpidesk.usecases.import_targets import (
    ImportedTarget,
    history_decisions,
    imported_target_changes,
)
from kpidesk.usecases.preview_problems import (
    computed,
    conflict,
    foreign_currency,
    foreign_target,
    refused_when_strict,
    twice,
    unknown,
)


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
    create_segments: bool = False
    """Add an unknown segment label to the set of the KPIs its figures are for."""
    own_export: OwnExport | None = None
    """Targets and definitions when the file is a kpidesk export."""


class PreviewCell(NamedTuple):
    """One figure the file holds for a KPI: the value it would replace and the new one, both
    in the KPI's display currency (a figure in leva shows in euro, as everywhere), and what
    the import does with it. The figure is stored as the file gives it."""

    observation: Observation
    kpi: str
    old: float | None
    new: float
    action: Action
    segment: str | None = None
    """The segment's name; None for a figure of the business as a whole."""

    @property
    def label(self) -> str:
        return self.observation.label

    @property
    def month(self) -> Month:
        return self.observation.month

    @property
    def cell(self) -> str:
        return self.observation.cell

    @property
    def position(self) -> tuple[int, int]:
        """Zero-based row and column in the sheet, for showing cells in sheet order."""
        return self.observation.row, self.observation.col

    @property
    def currency(self) -> str | None:
        return self.observation.currency


@dataclass
class ImportPreview:
    plan: ImportPlan
    labels: LabelResolution
    cells: list[PreviewCell]
    problems: list[Problem]
    targets: list[ImportedTarget] = field(default_factory=list)
    kpis: dict[str, KpiDefinition] = field(default_factory=dict)
    """The definition of every KPI the file's figures go to, by name: how a figure is shown
    and in which currency a figure with none of its own was entered."""
    notes: dict[tuple[str, str | None, Month], str] = field(default_factory=dict)
    """The notes a kpidesk export gives its figures, by KPI name, segment name (None: the
    total's) and month."""
    segments: SegmentResolution = field(default_factory=SegmentResolution)
    """Which segment each segment label of the file is, and the segments to create."""

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


class _Destination(NamedTuple):
    """Where one label's figures go: the KPI, whether it is computed by a formula, its
    figures now (None: a new KPI), and whether a figure with no currency of its own may
    still need converting to be shown (a lev KPI's)."""

    kpi: KpiDefinition
    formula: bool
    current: Mapping[Month, float] | None
    converts: bool

    @classmethod
    def of(cls, kpi: KpiDefinition, current: Mapping[Month, float] | None) -> _Destination:
        converts = kpi.currency is not None and display_currency(kpi.currency) != kpi.currency
        return cls(kpi, kpi.is_formula, current, converts)


@collector_paused()
def preview_import(
    session: Session,
    plan: ImportPlan,
    options: ImportOptions,
    scorecard: Scorecard | None = None,
) -> ImportPreview:
    """What the import would do, with every problem; writes nothing. `scorecard` is the
    workspace when the caller loaded it in this transaction already (it is loaded once)."""
    own = options.own_export
    if plan.parts and _named_after_segments(session, plan):
        plan = combine_segment_sheets(plan)
    definitions = {d.key: d for d in own.definitions} if own else {}
    labels = resolve_labels(
        session,
        plan,
        options.corrections,
        options.create_kpis,
        definitions,
        extra_labels=_export_kpis(own) if own else (),
    )
    if own is not None and own.names:
        labels.to_create = {
            label: _named_as_written(kpi, own.names.get(name_key(label)))
            for label, kpi in labels.to_create.items()
        }
    problems = list(plan.problems)
    if own is not None:
        # an export of KPIs without a figure yet: its data sheet is rightly empty
        problems = [p for p in problems if p.code is not ProblemCode.NO_TABLE]
    problems += [unknown(plan, label) for label in labels.unknown]
    scorecard = load_snapshot(session).scorecard if scorecard is None else scorecard
    destinations = _destinations(plan, labels, scorecard)
    segments = resolve_segments(
        session,
        plan,
        {label: d.kpi for label, d in destinations.items()},
        options.create_segments,
        own.segment_sets if own else (),
    )
    placing = SegmentFigures(scorecard, plan, segments)
    cells: list[PreviewCell] = []
    on_conflict = options.on_conflict
    for obs in plan.observations:
        destination = destinations.get(obs.label)
        value = obs.value
        if destination is None or value is None:
            continue
        kpi = destination.kpi
        current = destination.current
        segment = None
        if obs.segment is not None:
            placed = placing.place(obs, kpi)
            if placed is None:
                continue
            segment, current = placed
        if destination.formula:
            if own is None:
                problems.append(computed(plan, obs, kpi))
            continue
        if own is not None and obs.currency is None and kpi.currency is not None:
            obs = obs._replace(currency=display_currency(kpi.currency))
        shown = value
        if obs.currency is not None or destination.converts:
            converted = _shown(obs, kpi)
            if converted is None:
                problems.append(foreign_currency(plan, obs, kpi))
                continue
            shown = converted
        old = current.get(obs.month) if current is not None else None
        action = Action.NEW if old is None else _action(old, shown, on_conflict)
        cells.append(PreviewCell(obs, kpi.name, old, shown, action, segment))
    problems += placing.problems
    problems += _one_kpi_twice(plan, cells, destinations)
    if on_conflict is OnConflict.FAIL:
        problems += [conflict(plan, c) for c in cells if c.action is Action.OVERWRITE]
    if own is not None and own.history is not None:
        decisions, foreign = history_decisions(session, labels, own.history)
        problems += [foreign_target(plan, kpi, d.change) for kpi, d in foreign]
    else:
        rows = own.targets if own else _plan_targets(plan, destinations, problems)
        untargeted = own.untargeted if own else []
        decisions = imported_target_changes(scorecard, labels, rows, untargeted) if rows else []
        if own is not None:
            decisions += _segment_targets(own, scorecard, labels, segments)
    if options.strict:
        problems = [refused_when_strict(p) for p in problems]
    kpis = {destination.kpi.name: destination.kpi for destination in destinations.values()}
    notes = _notes(own, cells) if own else {}
    return ImportPreview(plan, labels, cells, problems, decisions, kpis, notes, segments)


def _named_after_segments(session: Session, plan: ImportPlan) -> bool:
    """Whether the sheets of a workbook whose several sheets hold figures are one segment
    each: at least one sheet is named after a segment (or a label the owner mapped to one);
    the others are then segment labels to match, create or refuse like any."""
    known = segment_index(session).keys() | recall_segment_labels(session).keys()
    return any(name_key(sheet) in known for sheet in plan.parts)


def _named_as_written(kpi: KpiDefinition, name: str | None) -> KpiDefinition:
    """A KPI a CSV export creates, named as the export wrote it (line breaks and all)."""
    if name is None or name == kpi.name:
        return kpi
    try:
        return kpi.with_changes(name=name)
    except KpiDefinitionError:
        return kpi


def _export_kpis(own: OwnExport) -> list[str]:
    """The KPIs a kpidesk export defines, names or has decisions for, figures or not, so a
    KPI with only targets comes back too."""
    names = [kpi.name for kpi in own.definitions] + list(own.names.values())
    return names + [decision.label for decision in own.history or ()]


def _notes(own: OwnExport, cells: list[PreviewCell]) -> dict[tuple[str, str | None, Month], str]:
    notes = {}
    for cell in cells:
        segment = cell.observation.segment
        whose = name_key(segment) if segment is not None else None
        note = own.notes.get((name_key(cell.label), whose, cell.month))
        if note is not None:
            notes[(cell.kpi, cell.segment, cell.month)] = note
    return notes


def _segment_targets(
    own: OwnExport, scorecard: Scorecard, labels: LabelResolution, segments: SegmentResolution
) -> list[ImportedTarget]:
    """The targets of each segment an export without target history lists (a CSV), as
    decisions for that segment; a segment label that is no segment of the import is left
    out, as its figures are."""
    decisions: list[ImportedTarget] = []
    for label, rows in own.segment_targets.items():
        found = segments.segment_for(label)
        if found is None or not rows.targets:
            continue
        name = found[0]
        try:
            view = scorecard.segment_view(name)
        except UnknownSegmentError:
            view = Scorecard(kpis=[], fiscal_start=scorecard.fiscal_start)
        decisions += imported_target_changes(view, labels, rows.targets, rows.untargeted, name)
    return decisions


def _destinations(
    plan: ImportPlan, labels: LabelResolution, scorecard: Scorecard
) -> dict[str, _Destination]:
    """The KPI of every label spelling that has one, with its stored figures when it exists.
    Labels are matched by name key, so `Revenue` and `revenue ` in one sheet are one KPI."""
    known = {kpi.key: kpi for kpi in scorecard.kpis}
    created = {d.key: d for d in labels.to_create.values()}
    by_label_key: dict[str, _Destination] = {}
    for label in plan.labels:
        name = labels.kpi_for(label)
        if name is None:
            continue
        key = name_key(name)
        if key in known:
            kpi = known[key]
            figures = None if kpi.is_formula else scorecard.figures_of(kpi.name)
            by_label_key[name_key(label)] = _Destination.of(kpi, figures)
        elif key in created:
            by_label_key[name_key(label)] = _Destination.of(created[key], None)
    spellings = {obs.label for obs in plan.observations} | {t.label for t in plan.targets}
    return {
        label: by_label_key[key] for label in spellings if (key := name_key(label)) in by_label_key
    }


def _one_kpi_twice(
    plan: ImportPlan, cells: list[PreviewCell], destinations: dict[str, _Destination]
) -> list[Problem]:
    """Refusals for two labels that are one KPI (a name and its alias, or the owner's mapping)
    with figures for the same month: which figure is meant cannot be told."""
    names: dict[str, set[str]] = {}
    for label, destination in destinations.items():
        names.setdefault(destination.kpi.name, set()).add(name_key(label))
    shared = {kpi for kpi, keys in names.items() if len(keys) > 1}
    if not shared and not plan.segment_labels:
        return []
    first_cell: dict[tuple[str, str | None, Month], PreviewCell] = {}
    problems = []
    for cell in cells:
        if cell.kpi in shared or cell.segment is not None:
            first = first_cell.setdefault((cell.kpi, cell.segment, cell.month), cell)
            if first is not cell:
                problems.append(twice(plan, first, cell))
    return problems


def _plan_targets(
    plan: ImportPlan, destinations: dict[str, _Destination], problems: list[Problem]
) -> list[tuple[str, Month, float]]:
    """The plan columns' targets in each KPI's display currency, as targets are kept (a plan
    in leva for a lev KPI is shown in euro, as its figures are)."""
    rows = []
    for cell in plan.targets:
        destination = destinations.get(cell.label)
        if destination is None:
            continue
        shown = _shown(cell, destination.kpi)
        if shown is None:
            problems.append(foreign_currency(plan, cell, destination.kpi))
            continue
        rows.append((cell.label, cell.month, shown))
    return rows


def _shown(obs: Observation | Target, kpi: KpiDefinition) -> float | None:
    """The figure in the KPI's display currency, as the store will show it; None when its
    currency has no fixed rate to that one (dollars for a euro KPI)."""
    if obs.value is None:
        return None
    entered = obs.currency or entry_currency(kpi.currency, obs.month)
    try:
        return convert(obs.value, entered, display_currency(kpi.currency))
    except ValueError:
        return None


def _action(old: float, new: float, on_conflict: OnConflict) -> Action:
    if same_figure(old, new):
        return Action.UNCHANGED
    return Action.SKIP if on_conflict is OnConflict.SKIP else Action.OVERWRITE
