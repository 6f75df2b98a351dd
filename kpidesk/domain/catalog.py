"""The KPI catalog: ready-made definitions an owner picks from instead of starting blank.

The entries live in `resources/catalog/kpis.json`, with names and one-sentence descriptions in
English, Bulgarian and Estonian (the glossary pages' own wording where they have it). A KPI is
created in the owner's language; its names in the other languages become aliases, so a
spreadsheet labelled in any of them still finds it.

Formula entries refer to their parts by catalog key (`[profit] / [revenue] * 100`), so the
catalog stays correct whatever language it is read in; `CatalogEntry.formula_text` writes the
formula with the parts' names in the chosen language, the form the rest of kpidesk reads.
Every part is itself a catalog entry, and `entries_with_parts` lists them before the formula
KPI, so adding a formula KPI from the catalog can add what it is computed from.

Churn divides the customers lost by the customers at the start of each month. Both parts add
up over months, so churn over a quarter or a year is the average monthly churn weighted by
customer numbers, comparable with its monthly target.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from kpidesk.assets import resource_path
from kpidesk.domain.formula import Formula, FormulaError
from kpidesk.domain.kpi import (
    DEFAULT_TOLERANCE,
    Aggregation,
    Category,
    Direction,
    KpiDefinition,
    Unit,
    default_decimals,
    name_key,
)

LANGUAGES = ("en", "bg", "et")
"""The languages every entry has a name and a description in; "en" is the fallback."""

FALLBACK_LANGUAGE = "en"

_KEY = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_REFERENCE = re.compile(r"\[([^\[\]]*)\]")


class CatalogError(ValueError):
    """The catalog file is damaged: a broken build, never the owner's doing."""


@dataclass(frozen=True)
class CatalogEntry:
    """One ready-made KPI with its names and descriptions in every catalog language.

    `formula` refers to other entries by key; `parts` are those keys in order of first use.
    `suggested_target` is a goal that follows from the KPI itself (a quick ratio aims at 1.5,
    the middle of its healthy range); most entries have none because goals are the owner's.
    """

    key: str
    names: dict[str, str]
    descriptions: dict[str, str]
    unit: Unit
    direction: Direction
    aggregation: Aggregation
    category: Category
    decimals: int = 2
    tolerance: float = DEFAULT_TOLERANCE
    currency: str | None = None
    duration_unit: str | None = None
    formula: str | None = None
    benchmark: float | None = None
    suggested_target: float | None = None
    aliases: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()

    @property
    def is_formula(self) -> bool:
        return self.aggregation is Aggregation.FORMULA

    def name(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The name in `lang`, or in English when the catalog has none in that language."""
        return self.names.get(lang) or self.names[FALLBACK_LANGUAGE]

    def description(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The one-sentence description in `lang`, falling back to English."""
        return self.descriptions.get(lang) or self.descriptions[FALLBACK_LANGUAGE]

    def all_names(self) -> list[str]:
        """Every name and alias this entry answers to, without repeats."""
        seen: dict[str, str] = {}
        for text in (*self.names.values(), *self.aliases):
            seen.setdefault(name_key(text), text)
        return list(seen.values())

    def formula_text(self, lang: str = FALLBACK_LANGUAGE) -> str | None:
        """The formula with each part written as its name in `lang`, e.g.
        `[Profit] / [Revenue] * 100`; None for an entry that is not a formula."""
        return _formula_text(self, lang, _by_key())

    def definition(self, lang: str = FALLBACK_LANGUAGE) -> KpiDefinition:
        """A KPI named in `lang`; the names in the other languages and the usual
        abbreviations become aliases so imports in any language match it."""
        return _definition(self, lang, _by_key())


def _formula_text(entry: CatalogEntry, lang: str, by_key: Mapping[str, CatalogEntry]) -> str | None:
    if entry.formula is None:
        return None
    return _REFERENCE.sub(
        lambda match: f"[{by_key[match.group(1).strip()].name(lang)}]", entry.formula
    )


def _definition(
    entry: CatalogEntry, lang: str, by_key: Mapping[str, CatalogEntry]
) -> KpiDefinition:
    name = entry.name(lang)
    own = name_key(name)
    return KpiDefinition(
        name=name,
        unit=entry.unit,
        direction=entry.direction,
        aggregation=entry.aggregation,
        category=entry.category,
        currency=entry.currency,
        duration_unit=entry.duration_unit,
        formula=_formula_text(entry, lang, by_key),
        decimals=entry.decimals,
        tolerance=entry.tolerance,
        benchmark=entry.benchmark,
        description=entry.description(lang),
        aliases=tuple(text for text in entry.all_names() if name_key(text) != own),
        catalog_key=entry.key,
    )


def load_catalog() -> list[CatalogEntry]:
    """Every catalog entry in file order. The file is read and checked once per process."""
    return list(_catalog())


def catalog_entry(key: str) -> CatalogEntry:
    """The entry with this key; KeyError naming the valid keys when there is none."""
    by_key = _by_key()
    try:
        return by_key[key]
    except KeyError:
        valid = ", ".join(sorted(by_key))
        raise KeyError(f"there is no catalog KPI '{key}'; valid keys are: {valid}") from None


def entries_with_parts(key: str) -> list[CatalogEntry]:
    """The entry preceded by every entry it is computed from (parts of parts first), each
    once, so they can be added in this order and every formula finds its parts."""
    ordered: dict[str, CatalogEntry] = {}
    _add_with_parts(catalog_entry(key), ordered, ())
    return list(ordered.values())


def _add_with_parts(
    entry: CatalogEntry, ordered: dict[str, CatalogEntry], path: tuple[str, ...]
) -> None:
    if entry.key in path:
        raise CatalogError(f"catalog formula loop: {' -> '.join((*path, entry.key))}")
    for part in entry.parts:
        _add_with_parts(catalog_entry(part), ordered, (*path, entry.key))
    ordered.setdefault(entry.key, entry)


@cache
def _catalog() -> tuple[CatalogEntry, ...]:
    path = resource_path("catalog", "kpis.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        entries = tuple(_entry(item) for item in raw["kpis"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CatalogError(f"cannot read the KPI catalog {path}: {error}") from error
    _check(entries)
    return entries


@cache
def _by_key() -> dict[str, CatalogEntry]:
    return {entry.key: entry for entry in _catalog()}


def _entry(item: dict[str, Any]) -> CatalogEntry:
    key = item["key"]
    formula = item.get("formula")
    parts: tuple[str, ...] = ()
    if formula is not None:
        try:
            parts = tuple(Formula.parse(formula).references())
        except FormulaError as error:
            raise CatalogError(f"catalog KPI '{key}': bad formula: {error}") from error
    return CatalogEntry(
        key=key,
        names=dict(item["names"]),
        descriptions=dict(item["descriptions"]),
        unit=Unit(item["unit"]),
        direction=Direction(item["direction"]),
        aggregation=Aggregation(item["aggregation"]),
        category=Category(item["category"]),
        decimals=int(item.get("decimals", default_decimals(Unit(item["unit"])))),
        tolerance=float(item.get("tolerance", DEFAULT_TOLERANCE)),
        currency=item.get("currency"),
        duration_unit=item.get("duration_unit"),
        formula=formula,
        benchmark=_optional_float(item.get("benchmark")),
        suggested_target=_optional_float(item.get("suggested_target")),
        aliases=tuple(item.get("aliases", ())),
        parts=parts,
    )


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _check(entries: tuple[CatalogEntry, ...]) -> None:
    """Refuse a catalog that would give an owner duplicate, untranslated or broken KPIs."""
    keys = [entry.key for entry in entries]
    owner: dict[str, str] = {}
    for entry in entries:
        if not _KEY.match(entry.key):
            raise CatalogError(f"catalog key '{entry.key}' is not snake_case")
        if keys.count(entry.key) > 1:
            raise CatalogError(f"catalog key '{entry.key}' appears more than once")
        for lang in LANGUAGES:
            if not entry.names.get(lang, "").strip():
                raise CatalogError(f"catalog KPI '{entry.key}' has no {lang} name")
            if not entry.descriptions.get(lang, "").strip():
                raise CatalogError(f"catalog KPI '{entry.key}' has no {lang} description")
        for part in entry.parts:
            if part not in keys:
                raise CatalogError(f"catalog KPI '{entry.key}' uses unknown part '{part}'")
        for text in entry.all_names():
            other = owner.setdefault(name_key(text), entry.key)
            if other != entry.key:
                raise CatalogError(f"'{text}' names both '{other}' and '{entry.key}'")
        if entry.suggested_target is not None and entry.is_formula:
            raise CatalogError(f"catalog KPI '{entry.key}': formula KPIs suggest no target")
    by_key = {entry.key: entry for entry in entries}
    for entry in entries:
        for lang in LANGUAGES:
            try:
                _definition(entry, lang, by_key)
            except ValueError as error:
                raise CatalogError(f"catalog KPI '{entry.key}': {error}") from error
