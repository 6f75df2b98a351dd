"""Which KPI each spreadsheet label means: matched, remembered, to be created, or unknown."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.label_text import label_core
from kpidesk.io.plan import ImportPlan, Observation
from kpidesk.store.imports import recall_mappings
from kpidesk.store.kpis import find_kpi, kpi_index
from kpidesk.store.models import KpiRecord
from kpidesk.usecases.import_new_kpis import (
    NewKpis,
    catalog_match,
    catalog_namesake,
    new_kpi_for,
)


@dataclass
class LabelResolution:
    """Label → KPI name for matched labels; definitions for labels to create; the rest."""

    matched: dict[str, str] = field(default_factory=dict)
    to_create: dict[str, KpiDefinition] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    found: LabelResolution | None = field(default=None, repr=False, compare=False)
    """The file's labels as the workspace alone resolves them: before the owner's mapping,
    none created. The import view shows it as what was found; worked out in the same pass."""

    @property
    def new_kpis(self) -> list[KpiDefinition]:
        """The KPIs to create, each once (`1. Приходи` and `Приходи (лв.)` are one)."""
        return list({kpi.key: kpi for kpi in self.to_create.values()}.values())

    def kpi_for(self, label: str) -> str | None:
        if label in self.matched:
            return self.matched[label]
        created = self.to_create.get(label)
        return created.name if created else None

    def kpi_named(self, label: str) -> str | None:
        """The KPI of a label spelt as the file wrote it elsewhere (a tab where the table's
        label, read with its spaces made one, has a space): the same by name key."""
        found = self.kpi_for(label)
        if found is not None:
            return found
        key = name_key(label)
        spellings = [*self.matched, *self.to_create]
        return next((self.kpi_for(s) for s in spellings if name_key(s) == key), None)


def resolve_labels(
    session: Session,
    plan: ImportPlan,
    corrections: dict[str, str | None],
    create_kpis: bool,
    definitions: dict[str, KpiDefinition] | None = None,
    extra_labels: Iterable[str] = (),
) -> LabelResolution:
    """Match labels to KPIs: the owner's corrections first (a KPI name, or None to ignore),
    then names and aliases (case, spaces and non-breaking spaces ignored), then what the
    owner chose for the same label in an earlier import. A KPI to create takes its definition
    from `definitions` (a kpidesk export's KPI sheet, by name key) when it is there.
    `extra_labels` are KPIs a file names without figures (an export's KPI sheet): matched
    or created like the others, and passed over when neither."""
    definitions = definitions or {}
    resolution = LabelResolution()
    remembered = recall_mappings(session)
    index = kpi_index(session)
    observations = _by_label(plan) if create_kpis else {}
    corrected = {name_key(label): kpi for label, kpi in corrections.items()}
    new = NewKpis(index)
    labels = list(plan.labels)
    seen = {name_key(label) for label in labels}
    extra = [label for label in dict.fromkeys(extra_labels) if name_key(label) not in seen]
    found = resolution.found = LabelResolution()
    for label in labels + extra:
        key = name_key(label)
        core = label_core(label)
        keys = list(dict.fromkeys([key, name_key(core.name)]))
        record, ignored = _known(keys, index, remembered)
        if record is None and not ignored:
            record = catalog_namesake(keys, index)
        if label not in extra:
            _found(found, label, record, ignored)
        if key in corrected:
            _apply_correction(session, resolution, label, corrected[key])
            continue
        if ignored:
            resolution.ignored.append(label)
        elif record is not None:
            resolution.matched[label] = record.name
        elif create_kpis:
            definition = new.among(keys)
            if definition is None:
                exported = next((definitions[k] for k in keys if k in definitions), None)
                catalog = next(filter(None, map(catalog_match, keys)), None)
                made = exported or new_kpi_for(core, observations.get(label, []), catalog)
                definition = new.add(made)
            resolution.to_create[label] = definition
        elif label not in extra:
            resolution.unknown.append(label)
    if definitions:
        order = {key: index for index, key in enumerate(definitions)}
        resolution.to_create = dict(
            sorted(resolution.to_create.items(), key=lambda item: order.get(item[1].key, -1))
        )
    return resolution


def _found(found: LabelResolution, label: str, record: KpiRecord | None, ignored: bool) -> None:
    if ignored:
        found.ignored.append(label)
    elif record is not None:
        found.matched[label] = record.name
    else:
        found.unknown.append(label)


def _known(
    keys: list[str], index: dict[str, KpiRecord], remembered: dict[str, KpiRecord | None]
) -> tuple[KpiRecord | None, bool]:
    """The KPI the label's name (or its core, without numbering and unit) is, or was mapped
    to last time, and whether the owner chose to ignore it then; (None, False) when new."""
    for key in keys:
        if key in index:
            return index[key], False
        if key in remembered:
            return remembered[key], remembered[key] is None
    return None, False


def _apply_correction(
    session: Session, resolution: LabelResolution, label: str, kpi_name: str | None
) -> None:
    if kpi_name is None:
        resolution.ignored.append(label)
        return
    record = find_kpi(session, kpi_name)
    if record is None:
        raise ValueError(f"the label '{label}' is mapped to '{kpi_name}', which is not a KPI")
    resolution.matched[label] = record.name


def _by_label(plan: ImportPlan) -> dict[str, list[Observation]]:
    grouped: dict[str, list[Observation]] = defaultdict(list)
    for obs in plan.observations:
        grouped[obs.label].append(obs)
    return grouped
