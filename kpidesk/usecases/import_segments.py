"""Which segment each segment label of a file means, and where each figure of a segment goes.

Segment labels are matched like KPI names: a segment's name or alias (case and spaces
ignored), then what the owner's earlier imports mapped the label to. A label matching none
is unknown: the import refuses it, or, with `create_segments`, adds it to the set of the KPIs
whose figures name it (when they are all tracked by one set).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard, UnknownKpiError
from kpidesk.domain.segments import SegmentSet
from kpidesk.io.plan import ImportPlan, Observation, Problem
from kpidesk.store.imports import recall_segment_labels
from kpidesk.store.segments import segment_index
from kpidesk.usecases.preview_problems import not_tracked, other_set, unknown_segment


@dataclass
class SegmentResolution:
    """Label → (segment name, set name) for known labels; label → set name for labels to
    create as segments; the labels matching none."""

    matched: dict[str, tuple[str, str]] = field(default_factory=dict)
    to_create: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    exported: list[SegmentSet] = field(default_factory=list)
    """The sets and segments of a kpidesk export that the workspace lacks: added, in the
    export's order, with their archived flag and aliases, before the figures."""

    def segment_for(self, label: str) -> tuple[str, str] | None:
        """(segment name, set name) of a label, a segment to create included."""
        if label in self.matched:
            return self.matched[label]
        created = self.to_create.get(label)
        return (" ".join(label.split()), created) if created is not None else None

    @property
    def new_segments(self) -> dict[str, str]:
        """The segments to create, name → set, each once."""
        return {" ".join(label.split()): set_name for label, set_name in self.to_create.items()}


def resolve_segments(
    session: Session,
    plan: ImportPlan,
    kpi_of: Mapping[str, KpiDefinition],
    create_segments: bool,
    exported: Sequence[SegmentSet] = (),
) -> SegmentResolution:
    """Match every segment label of the plan; `kpi_of` is the KPI of each figure's label.
    `exported` are the sets a kpidesk export defines: its segments the workspace lacks are
    created, whatever `create_segments` says (the export says what they are)."""
    resolution = SegmentResolution()
    index = segment_index(session)
    resolution.exported = _missing(exported, index.keys())
    from_export = {
        name_key(label): segment
        for segment_set in resolution.exported
        for segment in segment_set.segments
        for label in (segment.name, *segment.aliases)
    }
    labels = plan.segment_labels
    if not labels:
        return resolution
    remembered = recall_segment_labels(session)
    sets: dict[str, set[str]] = {}
    for obs in plan.observations:
        kpi = kpi_of.get(obs.label)
        if obs.segment is not None and kpi is not None and kpi.segment_set is not None:
            sets.setdefault(obs.segment, set()).add(kpi.segment_set)
    for label in labels:
        key = name_key(label)
        record = index.get(key) or remembered.get(key)
        if record is not None:
            resolution.matched[label] = (record.name, record.segment_set.name)
        elif key in from_export:
            resolution.to_create[label] = from_export[key].set_name
        elif create_segments and len(sets.get(label, ())) == 1:
            resolution.to_create[label] = next(iter(sets[label]))
        else:
            resolution.unknown.append(label)
    return resolution


def _missing(exported: Sequence[SegmentSet], known: Collection[str]) -> list[SegmentSet]:
    """The exported sets with only the segments the workspace does not have (sets left
    without any are kept: the set may be new)."""
    return [
        SegmentSet(s.name, tuple(segment for segment in s.segments if segment.key not in known))
        for s in exported
    ]


class SegmentFigures:
    """The stored figures of each segment of a KPI, read from the workspace's scorecard once
    per segment, and the problems of figures that cannot go to a segment."""

    def __init__(self, scorecard: Scorecard, plan: ImportPlan, segments: SegmentResolution):
        self.scorecard = scorecard
        self.plan = plan
        self.segments = segments
        self.problems: list[Problem] = []
        self._unknown_named: set[str] = set()

    def place(
        self, obs: Observation, kpi: KpiDefinition
    ) -> tuple[str, Mapping[Month, float] | None] | None:
        """(segment name, its stored figures of the KPI; None for a new segment) of a figure
        for a segment, or None, with a problem, when it cannot go there: an unknown label
        (named at its first cell), a KPI tracked by no set or by another one (each cell)."""
        assert obs.segment is not None
        found = self.segments.segment_for(obs.segment)
        if found is None:
            if obs.segment not in self._unknown_named:
                self._unknown_named.add(obs.segment)
                self.problems.append(unknown_segment(self.plan, obs))
            return None
        name, set_name = found
        if kpi.segment_set is None:
            self.problems.append(not_tracked(self.plan, obs, kpi))
            return None
        if name_key(kpi.segment_set) != name_key(set_name):
            self.problems.append(other_set(self.plan, obs, name, kpi))
            return None
        if obs.segment in self.segments.to_create or kpi.is_formula:
            return name, None
        try:
            return name, self.scorecard.segment_view(name).figures_of(kpi.name)
        except UnknownKpiError:
            return name, None
