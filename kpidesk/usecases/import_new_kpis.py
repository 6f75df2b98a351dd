"""KPIs an import creates for labels the workspace does not know.

A label the catalog knows (in any language, or by an abbreviation) becomes that catalog KPI;
other labels get a KPI guessed from their cells and their core (`Müügitulu (€)` is a euro
KPI called `Müügitulu`). Several labels that are one new KPI (`1. Orders` and `Orders (pcs)`,
or `Müügitulu` and `Käive`, both the catalog's revenue) become one KPI, and a new KPI never
takes an alias that another KPI already answers to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kpidesk.domain.catalog import FALLBACK_LANGUAGE, CatalogEntry, load_catalog
from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit, default_decimals, name_key
from kpidesk.domain.label_text import LabelCore
from kpidesk.domain.money import display_currency
from kpidesk.io.plan import Observation
from kpidesk.store.models import KpiRecord


class NewKpis:
    """The KPIs to create, by every name and alias they will answer to."""

    def __init__(self, existing: dict[str, KpiRecord]) -> None:
        self._existing = existing
        self._by_key: dict[str, KpiDefinition] = {}

    def among(self, keys: list[str]) -> KpiDefinition | None:
        """The new KPI one of these name keys already belongs to."""
        return next((self._by_key[key] for key in keys if key in self._by_key), None)

    def add(self, kpi: KpiDefinition) -> KpiDefinition:
        """Take `kpi`, without the aliases another KPI (old or new) answers to; a KPI of the
        same catalog entry as one taken before is that one."""
        same = self._by_key.get(f"catalog:{kpi.catalog_key}") if kpi.catalog_key else None
        if same is not None:
            return same
        free = tuple(alias for alias in kpi.aliases if not self._taken(name_key(alias)))
        kpi = kpi.with_changes(aliases=free) if free != kpi.aliases else kpi
        for label in (kpi.name, *kpi.aliases):
            self._by_key.setdefault(name_key(label), kpi)
        if kpi.catalog_key:
            self._by_key[f"catalog:{kpi.catalog_key}"] = kpi
        return kpi

    def _taken(self, key: str) -> bool:
        return key in self._existing or key in self._by_key


def catalog_namesake(keys: list[str], existing: dict[str, KpiRecord]) -> KpiRecord | None:
    """The workspace KPI that the label names in another language of the catalog: a file in
    Estonian saying `Müügitulu` means the `Приходи` a Bulgarian owner added. Only the
    catalog's names count, on both sides, not its aliases: `Sales` may be a count of sales
    in one business and revenue in another."""
    for key in keys:
        entry = _catalog_proper_names().get(key)
        if entry is None:
            continue
        for name in entry.names.values():
            record = existing.get(name_key(name))
            if record is not None:
                return record
    return None


@lru_cache(maxsize=1)
def _catalog_proper_names() -> dict[str, CatalogEntry]:
    return {name_key(name): entry for entry in load_catalog() for name in entry.names.values()}


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
    core: LabelCore,
    observations: list[Observation],
    catalog: tuple[CatalogEntry, str] | None = None,
) -> KpiDefinition:
    """A KPI for a label the file introduces, named by the label's core (`1. Приходи (лв.)`
    → `Приходи`).

    A label the catalog knows becomes that catalog KPI (a CSAT score is averaged, not summed;
    wait time is better lower). A catalog formula KPI (churn, a margin: ratios) keeps the
    file's own figures instead of a formula whose parts the file lacks, averaged over months,
    with the catalog's unit, direction, decimals, category and description. Otherwise:
    percent when the cells were shown as percentages or the label says `%` or percent (then
    averaged, never summed), currency when they carried a currency sign or the bracket names
    one, a count for `(бр.)`, `(tk)`, a duration for `(мин)`, `(hours)`, `(päeva)` (averaged:
    a month's wait or resolution time is a mean, never a sum), a plain number else; a rate or
    ratio is averaged.
    """
    if catalog is None:
        return _guessed_kpi(core, observations)
    entry, lang = catalog
    kpi = entry.definition(lang).with_changes(name=core.name)
    if entry.is_formula:
        kpi = kpi.with_changes(aggregation=Aggregation.MEAN, formula=None, catalog_key=None)
    currency = _currency_of(core, observations)
    if kpi.unit is Unit.CURRENCY and currency is not None:
        kpi = kpi.with_changes(currency=currency)
    if kpi.unit is Unit.DURATION and core.duration_unit is not None:
        kpi = kpi.with_changes(duration_unit=core.duration_unit)
    return kpi


def _currency_of(core: LabelCore, observations: list[Observation]) -> str | None:
    """The currency the file keeps a label's figures in: the cells' signs, else the label's
    bracket; leva when they are all in leva, else the first in euro terms."""
    currencies: set[str] = {o.currency for o in observations if o.currency}
    if not currencies and core.currency is not None:
        currencies = {core.currency}
    if not currencies:
        return None
    return "BGN" if currencies == {"BGN"} else display_currency(sorted(currencies)[0])


def _guessed_kpi(core: LabelCore, observations: list[Observation]) -> KpiDefinition:
    name = core.name
    currency = _currency_of(core, observations)
    percent = core.unit is Unit.PERCENT or _PERCENT_WORDS.search(name.casefold()) is not None
    if percent or any(o.percent_formatted for o in observations):
        return KpiDefinition(
            name,
            Unit.PERCENT,
            aggregation=Aggregation.MEAN,
            decimals=default_decimals(Unit.PERCENT),
        )
    averaged = _RATE_WORDS.search(name.casefold()) is not None
    aggregation = Aggregation.MEAN if averaged else Aggregation.SUM
    if currency is not None:
        return KpiDefinition(
            name,
            Unit.CURRENCY,
            currency=currency,
            aggregation=aggregation,
            decimals=default_decimals(Unit.CURRENCY),
        )
    whole = all(o.value is None or o.value == int(o.value) for o in observations)
    if core.unit is Unit.DURATION:
        return KpiDefinition(
            name,
            Unit.DURATION,
            duration_unit=core.duration_unit,
            aggregation=Aggregation.MEAN,
            decimals=default_decimals(Unit.DURATION, whole),
        )
    unit = Unit.COUNT if core.unit is Unit.COUNT else Unit.NUMBER
    return KpiDefinition(
        name, unit, aggregation=aggregation, decimals=default_decimals(unit, whole)
    )


_PERCENT_WORDS = re.compile(r"%|\b(percent|percentage|pct|процент\w*|protsent\w*)\b")
"""A label that says its figures are percentages, anywhere in it (`Conversion %`)."""
_RATE_WORDS = re.compile(
    r"\b(rate|ratio|average|avg|mean|коефициент|съотношение|средн\w*|määr|suhe|keskmine)\b"
)
"""A label that names a rate or an average: its months are averaged, never added up."""
