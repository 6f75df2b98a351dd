"""A believable demo business, so a new owner sees a lived-in workspace before typing anything.

Kalamaja Café is a neighbourhood café with a small web shop (coffee beans, gift boxes) in
Tallinn, trading in euro. Its figures run from January 2024 to October 2026 with what such a
business really shows: summer-terrace and December peaks, steady growth, noise, a few months
nobody wrote down (left out, never zero), notes on the months something happened, goals that
were revised, and a latest month where some KPIs are on track and others are not. It has two
locations (Kalamaja and Telliskivi: wait time and engagement per location) and three baristas
(Mari, Kristjan, Liis: satisfaction per person), whose figures average to the business figures
exactly and who have goals of their own, so the leaderboard and each segment's page show
something real while every business figure stays as it was.

The business is data, kept in resources/demo/demo_business.json (shipped like the catalog), so
every run, test and screenshot sees the same one. This module only reads it into the domain's
types; the store and the command line load it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from kpidesk.assets import resource_path
from kpidesk.domain.catalog import FALLBACK_LANGUAGE, catalog_entry, entries_with_parts
from kpidesk.domain.kpi import KpiDefinition, Unit, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet
from kpidesk.domain.targets import Spread, TargetChange, TargetKind, spread_annual_goal

FIRST_MONTH = Month(2024, 1)
LAST_MONTH = Month(2026, 10)


@dataclass(frozen=True)
class DemoBusiness:
    """A demo workspace's content, keyed by `KpiDefinition.key` like a `Scorecard` wants it."""

    business_name: str
    fiscal_start: int
    kpis: list[KpiDefinition]
    figures: dict[str, dict[Month, Figure]]
    targets: dict[str, list[TargetChange]]
    segment_sets: list[SegmentSet] = field(default_factory=list)
    segment_figures: dict[str, dict[str, dict[Month, Figure]]] = field(default_factory=dict)
    """KPI key → segment key → month → figure."""
    segment_targets: dict[str, dict[str, list[TargetChange]]] = field(default_factory=dict)
    """KPI key → segment key → target changes."""

    def scorecard(self) -> Scorecard:
        """The demo as the numbers the dashboard shows, without going through a store."""
        return Scorecard(
            self.kpis,
            self.figures,
            self.targets,
            self.fiscal_start,
            self.segment_sets,
            self.segment_figures,
            self.segment_targets,
        )


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("demo", "demo_business.json").read_text(encoding="utf-8")
    )
    return data


def _text(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang, texts[FALLBACK_LANGUAGE])


def build_demo(lang: str = "en") -> DemoBusiness:
    """The demo café with KPI names, notes and goal notes in `lang` (en, bg or et)."""
    data = _data()
    keys = list(dict.fromkeys(e.key for k in data["kpis"] for e in entries_with_parts(k)))
    sets = [_segment_set(entry, lang) for entry in data["segment_sets"]]
    tracked_by = {
        kpi: _text(entry["name"], lang) for entry in data["segment_sets"] for kpi in entry["kpis"]
    }
    kpis = {
        key: catalog_entry(key).definition(lang).with_changes(segment_set=tracked_by.get(key))
        for key in keys
    }
    names = {
        entry["key"]: _text(entry["name"], lang)
        for s in data["segment_sets"]
        for entry in s["segments"]
    }
    figures = {
        kpis[key].key: _figures(kpis[key], series, data["notes"].get(key, {}), lang)
        for key, series in data["figures"].items()
    }
    targets: dict[str, list[TargetChange]] = {kpi.key: [] for kpi in kpis.values()}
    for change_id, goal in enumerate(data["goals"], start=1):
        kpi = kpis[goal["kpi"]]
        series = data["figures"].get(goal["kpi"], {})
        targets[kpi.key].append(_goal(kpi, goal, change_id, series, lang))
    segment_figures = {
        kpis[key].key: {
            name_key(names[segment]): _figures(kpis[key], series, {}, lang)
            for segment, series in by_segment.items()
        }
        for key, by_segment in data["segment_figures"].items()
    }
    segment_targets: dict[str, dict[str, list[TargetChange]]] = {}
    for change_id, goal in enumerate(data["segment_goals"], start=len(data["goals"]) + 1):
        kpi = kpis[goal["kpi"]]
        by_segment = segment_targets.setdefault(kpi.key, {})
        by_segment.setdefault(name_key(names[goal["segment"]]), []).append(
            _goal(kpi, goal, change_id, {}, lang)
        )
    return DemoBusiness(
        business_name=_text(data["business"], lang),
        fiscal_start=int(data["fiscal_start"]),
        kpis=list(kpis.values()),
        figures=figures,
        targets=targets,
        segment_sets=sets,
        segment_figures=segment_figures,
        segment_targets=segment_targets,
    )


def _segment_set(entry: dict[str, Any], lang: str) -> SegmentSet:
    name = _text(entry["name"], lang)
    return SegmentSet(name, tuple(Segment(_text(s["name"], lang), name) for s in entry["segments"]))


def _currency(kpi: KpiDefinition) -> str | None:
    return kpi.currency if kpi.unit is Unit.CURRENCY else None


def _figures(
    kpi: KpiDefinition, series: dict[str, float], notes: dict[str, dict[str, str]], lang: str
) -> dict[Month, Figure]:
    """A month missing from the file was never written down: a gap, never zero."""
    return {
        Month.parse(month): Figure(
            float(value), _currency(kpi), _text(notes[month], lang) if month in notes else ""
        )
        for month, value in series.items()
    }


def _goal(
    kpi: KpiDefinition, goal: dict[str, Any], change_id: int, series: dict[str, float], lang: str
) -> TargetChange:
    """One goal as the owner set it; an annual goal is spread over its year as the year
    before ran, the way the goals view spreads one."""
    kind = TargetKind(goal["kind"])
    first = Month.parse(goal["first_month"])
    value = float(goal["value"])
    spread: Spread | None = None
    monthly_values: tuple[float, ...] = ()
    if kind is TargetKind.ANNUAL:
        spread = Spread(goal["spread"])
        year = first.fiscal_months()
        last_year = {month: float(series[str(month)]) for month in (m - 12 for m in year)}
        monthly_values = spread_annual_goal(
            value, year, kpi.aggregation, spread, last_year, decimals=kpi.decimals
        )
    return TargetChange(
        kind=kind,
        first_month=first,
        value=value,
        set_at=datetime.fromisoformat(goal["set_at"]),
        note=_text(goal["note"], lang),
        spread=spread,
        monthly_values=monthly_values,
        change_id=change_id,
        currency=_currency(kpi),
    )
