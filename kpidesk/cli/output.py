"""How the command line prints: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import display_currency
from kpidesk.domain.period_status import PeriodStatus
from kpidesk.domain.plain_numbers import exported, rounded
from kpidesk.domain.progress import Need, NeedKind
from kpidesk.domain.scorecard import KpiStatus, Scorecard

CHANGE_DECIMALS = 1
"""`change_vs_last_year` is a percent of last year's figure: a tenth of a percent is as fine
as an owner reads a change (+12.5 %); more digits would only be noise."""


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [headers, ["-" * w for w in widths], *rows]
    for line in lines:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def status_json(kpi: KpiDefinition, row: PeriodStatus, period: bool = False) -> dict[str, Any]:
    """One KPI's row of `status --json`; numbers as they leave kpidesk (`exported`), and
    `currency` the one its figures are in (euro for a lev KPI). `month` is the period's last
    month; with `period` (a `--period` asked for) the row names the period too."""
    standing, before = row.standing, row.last_year
    named = {"period": row.period.label} if period else {}
    return {
        "kpi": standing.kpi,
        "month": str(standing.month),
        **named,
        "currency": display_currency(kpi.currency),
        "value": exported(standing.value),
        "target": exported(standing.target),
        "attainment": exported(standing.attainment),
        "status": standing.status.value,
        "ytd_value": exported(standing.ytd_value),
        "ytd_target": exported(standing.ytd_target),
        "annual_target": exported(standing.annual_target),
        "forecast": exported(standing.forecast),
        "needed_per_month": exported(standing.needed_per_month),
        "last_year_value": exported(before.last_year),
        "change_vs_last_year": _rounded_change(before.change),
    }


def _rounded_change(change: float | None) -> float | None:
    return None if change is None else exported(round(change, CHANGE_DECIMALS))


def segment_status_json(
    total: Scorecard,
    kpi: KpiDefinition,
    row: PeriodStatus,
    segment: str | None,
    period: bool = False,
) -> dict[str, Any]:
    """A row of `status --json` in a workspace with segments: `segment` (None for the
    business total) after `kpi`, and on a total row of a KPI tracked by a set, how many of
    its segments the month's total covers."""
    plain = status_json(kpi, row, period)
    shown: dict[str, Any] = {"kpi": plain.pop("kpi"), "segment": segment, **plain}
    if segment is None and total.set_of(kpi.name) is not None:
        covered, expected = total.coverage(kpi.name, row.standing.month)
        shown["segments_covered"] = covered
        shown["segments_expected"] = expected
    return shown


def status_table(
    rows: Sequence[tuple[KpiDefinition, PeriodStatus]], total: Scorecard | None = None
) -> None:
    """The status table; with `total` (the business's rows), a tracked KPI's value says how
    many segments it covers where it covers fewer than all: `1800 (2 of 3)`. A quarter's
    rows are headed by the quarter, a month's by the month."""
    quarter = any(row.period.kind != "month" for _, row in rows)
    headers = [
        "KPI",
        "Period" if quarter else "Month",
        "Value",
        "Target",
        "Attained",
        "Status",
        "Last year",
        "Change",
        "YTD",
        "YTD target",
        "Forecast",
        "Needed / month",
        "Unit",
    ]
    body = []
    for kpi, row in rows:
        places = kpi.decimals
        s = row.standing
        body.append(
            [
                kpi.name,
                row.period.label,
                rounded(s.value, places) + _partial(total, kpi, s),
                rounded(s.target, places),
                "" if s.attainment is None else f"{s.attainment:.0f}%",
                s.status.value.replace("_", " "),
                rounded(row.last_year.last_year, places),
                change_text(row.last_year.change),
                rounded(s.ytd_value, places),
                rounded(s.ytd_target, places),
                rounded(s.forecast, places),
                needed_text(s.needed, places),
                kpi.unit_label(),
            ]
        )
    print_table(headers, body)


def change_text(change: float | None) -> str:
    """Under "Change": "+12.5%", "-3.0%", "0.0%"; "" without one."""
    if change is None:
        return ""
    text = rounded(change, CHANGE_DECIMALS)
    return f"+{text}%" if not text.startswith("-") and text.strip("0.") else f"{text}%"


def _partial(total: Scorecard | None, kpi: KpiDefinition, row: KpiStatus) -> str:
    if total is None or row.value is None or total.set_of(kpi.name) is None:
        return ""
    covered, expected = total.coverage(kpi.name, row.month)
    return f" ({covered} of {expected})" if covered < expected else ""


_NEED_TEXTS = {
    NeedKind.AT_LEAST: "at least {value}",
    NeedKind.AT_MOST: "at most {value}",
    NeedKind.ABOUT: "about {value}",
    NeedKind.REACHED: "goal reached",
    NeedKind.USED_UP: "allowance used up",
}


def needed_text(need: Need | None, decimals: int) -> str:
    """Under "Needed / month": "at least 1200", "at most 83.33", "at least 500 by year end"."""
    if need is None:
        return ""
    text = _NEED_TEXTS[need.kind].format(value=rounded(need.value, decimals))
    if need.value is None:
        return text
    return f"{text} by year end" if need.by_year_end else text


def kpi_json(kpi: KpiDefinition) -> dict[str, Any]:
    """A KPI's definition. `currency` is the one its figures are shown in; a lev KPI (its
    figures before 2026 entered in leva) says so in `defined_currency`."""
    return {
        "name": kpi.name,
        "unit": kpi.unit.value,
        "currency": display_currency(kpi.currency),
        "defined_currency": kpi.currency,
        "duration_unit": kpi.duration_unit,
        "direction": kpi.direction.value,
        "aggregation": kpi.aggregation.value,
        "category": kpi.category.value,
        "formula": kpi.formula,
        "decimals": kpi.decimals,
        "tolerance": exported(kpi.tolerance),
        "benchmark": exported(kpi.benchmark),
        "aliases": list(kpi.aliases),
        "archived": kpi.archived,
        "catalog_key": kpi.catalog_key,
        "segment_set": kpi.segment_set,
        "weight_kpi": kpi.weight_kpi,
    }
