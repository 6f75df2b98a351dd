"""Which KPI each spreadsheet label means: matched, remembered, to be created, or unknown."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.orm import Session

from kpidesk.domain.catalog import FALLBACK_LANGUAGE, CatalogEntry, load_catalog
from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit, name_key
from kpidesk.domain.money import display_currency
from kpidesk.io.plan import ImportPlan, Observation
from kpidesk.store.imports import recall_mappings
from kpidesk.store.kpis import find_kpi, kpi_index, list_kpis, to_definition


@dataclass
class LabelResolution:
    """Label → KPI name for matched labels; definitions for labels to create; the rest."""

    matched: dict[str, str] = field(default_factory=dict)
    to_create: dict[str, KpiDefinition] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def kpi_for(self, label: str) -> str | None:
        if label in self.matched:
            return self.matched[label]
        created = self.to_create.get(label)
        return created.name if created else None


def resolve_labels(
    session: Session,
    plan: ImportPlan,
    corrections: dict[str, str | None],
    create_kpis: bool,
    definitions: dict[str, KpiDefinition] | None = None,
) -> LabelResolution:
    """Match labels to KPIs: the owner's corrections first (a KPI name, or None to ignore),
    then names and aliases (case, spaces and non-breaking spaces ignored), then what the
    owner chose for the same label in an earlier import. A KPI to create takes its definition
    from `definitions` (a kpidesk export's KPI sheet, by name key) when it is there."""
    definitions = definitions or {}
    resolution = LabelResolution()
    remembered = recall_mappings(session)
    index = kpi_index(session)
    observations = _by_label(plan)
    corrected = {name_key(label): kpi for label, kpi in corrections.items()}
    for label in plan.labels:
        key = name_key(label)
        if key in corrected:
            _apply_correction(session, resolution, label, corrected[key])
            continue
        record = index.get(key)
        if record is None and key in remembered:
            if remembered[key] is None:
                resolution.ignored.append(label)
                continue
            record = remembered[key]
        if record is not None:
            resolution.matched[label] = record.name
        elif create_kpis:
            resolution.to_create[label] = definitions.get(key) or new_kpi_for(
                label, observations.get(label, []), catalog_match(key)
            )
        else:
            resolution.unknown.append(label)
    return resolution


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


def catalog_match(key: str) -> tuple[CatalogEntry, str] | None:
    """The catalog entry a label names (in any language, or by an abbreviation such as
    CSAT), with the language of that name."""
    return _catalog_names().get(key)


@lru_cache(maxsize=1)
def _catalog_names() -> dict[str, tuple[CatalogEntry, str]]:
    """Every catalog name and abbreviation by name key; the first entry to claim a key keeps
    it, names before abbreviations within an entry."""
    found: dict[str, tuple[CatalogEntry, str]] = {}
    for entry in load_catalog():
        for lang, name in entry.names.items():
            found.setdefault(name_key(name), (entry, lang))
        for alias in entry.aliases:
            found.setdefault(name_key(alias), (entry, FALLBACK_LANGUAGE))
    return found


def new_kpi_for(
    label: str,
    observations: list[Observation],
    catalog: tuple[CatalogEntry, str] | None = None,
) -> KpiDefinition:
    """A KPI for a label the file introduces.

    A label the catalog knows becomes that catalog KPI (a CSAT score is averaged, not summed;
    wait time is better lower), named as the file names it. A catalog formula KPI keeps the
    file's own figures instead of a formula whose parts the file lacks, but takes the
    catalog's direction, category and description. Otherwise: percent when the cells were
    shown as percentages, currency when they carried a currency sign, a plain number.
    """
    if catalog is not None and not catalog[0].is_formula:
        return catalog[0].definition(catalog[1]).with_changes(name=label.strip())
    guessed = _guessed_kpi(label, observations)
    if catalog is None:
        return guessed
    entry, lang = catalog
    return guessed.with_changes(
        direction=entry.direction, category=entry.category, description=entry.description(lang)
    )


def _guessed_kpi(label: str, observations: list[Observation]) -> KpiDefinition:
    currencies = {o.currency for o in observations if o.currency}
    if any(o.percent_formatted for o in observations):
        return KpiDefinition(label.strip(), Unit.PERCENT, aggregation=Aggregation.MEAN, decimals=1)
    if len(currencies) >= 1:
        currency = "BGN" if currencies == {"BGN"} else display_currency(sorted(currencies)[0])
        return KpiDefinition(label.strip(), Unit.CURRENCY, currency=currency, decimals=0)
    decimals = 0 if all(o.value is None or o.value == int(o.value) for o in observations) else 2
    return KpiDefinition(label.strip(), Unit.NUMBER, decimals=decimals)


def known_kpi_names(session: Session) -> list[str]:
    """Every KPI an unknown label could be mapped to, for the import view's choices."""
    return [to_definition(record).name for record in list_kpis(session, include_archived=False)]
