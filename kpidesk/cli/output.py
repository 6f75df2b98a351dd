"""How the command line prints: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import display_currency
from kpidesk.domain.plain_numbers import exported, rounded
from kpidesk.domain.progress import Need, NeedKind
from kpidesk.domain.scorecard import KpiStatus, Scorecard


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


def status_json(kpi: KpiDefinition, row: KpiStatus) -> dict[str, Any]:
    """One KPI's row of `status --json`; numbers as they leave kpidesk (`exported`), and
    `currency` the one its figures are in (euro for a lev KPI)."""
    return {
        "kpi": row.kpi,
        "month": str(row.month),
        "currency": display_currency(kpi.currency),
        "value": exported(row.value),
        "target": exported(row.target),
        "attainment": exported(row.attainment),
        "status": row.status.value,
        "ytd_value": exported(row.ytd_value),
        "ytd_target": exported(row.ytd_target),
        "annual_target": exported(row.annual_target),
        "forecast": exported(row.forecast),
        "needed_per_month": exported(row.needed_per_month),
    }


def segment_status_json(
    total: Scorecard, kpi: KpiDefinition, row: KpiStatus, segment: str | None
) -> dict[str, Any]:
    """A row of `status --json` in a workspace with segments: `segment` (None for the
    business total) after `kpi`, and on a total row of a KPI tracked by a set, how many of
    its segments the month's total covers."""
    plain = status_json(kpi, row)
    shown: dict[str, Any] = {"kpi": plain.pop("kpi"), "segment": segment, **plain}
    if segment is None and total.set_of(kpi.name) is not None:
        covered, expected = total.coverage(kpi.name, row.month)
        shown["segments_covered"] = covered
        shown["segments_expected"] = expected
    return shown


def status_table(
    rows: Sequence[tuple[KpiDefinition, KpiStatus]], total: Scorecard | None = None
) -> None:
    """The status table; with `total` (the business's rows), a tracked KPI's value says how
    many segments it covers where it covers fewer than all: `1800 (2 of 3)`."""
    headers = [
        "KPI",
        "Month",
        "Value",
        "Target",
        "Attained",
        "Status",
        "YTD",
        "YTD target",
        "Forecast",
        "Needed / month",
        "Unit",
    ]
    body = []
    for kpi, row in rows:
        places = kpi.decimals
        body.append(
            [
                kpi.name,
                str(row.month),
                rounded(row.value, places) + _partial(total, kpi, row),
                rounded(row.target, places),
                "" if row.attainment is None else f"{row.attainment:.0f}%",
                row.status.value.replace("_", " "),
                rounded(row.ytd_value, places),
                rounded(row.ytd_target, places),
                rounded(row.forecast, places),
                needed_text(row.needed, places),
                kpi.unit_label(),
            ]
        )
    print_table(headers, body)


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
