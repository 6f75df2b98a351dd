"""Reading back the export's KPI definitions and target history sheets.

Columns are found by their titles, so an export from an earlier kpidesk (fewer columns) or a
resave that kept the titles reads the same; a value may come back as the writer typed it or
as another program saved it (a whole number as 2.0, an empty cell as "").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from kpidesk.domain.kpi import Aggregation, Category, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.segments import Segment, SegmentSet
from kpidesk.domain.targets import Spread, TargetChange, TargetKind
from kpidesk.io.export_columns import LIST_SEPARATOR
from kpidesk.io.grid import SheetGrid


class ImportedDecision(NamedTuple):
    """One decision of an export's target history, for the KPI the label names."""

    label: str
    change: TargetChange
    retracted_at: datetime | None
    segment: str | None = None
    """The segment the decision is for; None for the business as a whole."""


def read_definitions(grid: SheetGrid) -> list[KpiDefinition]:
    """The KPI definitions, in the export's order. Raises ValueError for a row kpidesk
    cannot read (the file is then imported as any other workbook)."""
    return [_definition(row) for row in _records(grid) if _text(row.get("Name"))]


def read_history(grid: SheetGrid) -> list[ImportedDecision] | None:
    """Every target decision, or None for an export without the history (before kpidesk
    wrote one: only the decisions in force, without an annual goal's months)."""
    records = _records(grid)
    titles = {str(title).strip() for title in (grid.rows[0] if grid.rows else []) if title}
    if not {"Monthly values", "Set at", "Undone at"} <= titles:
        return None
    return [_decision(row) for row in records if _text(row.get("KPI"))]


def _records(grid: SheetGrid) -> list[dict[str, object]]:
    if not grid.rows:
        return []
    titles = [str(value).strip() if value is not None else "" for value in grid.rows[0]]
    return [
        {title: _blank(value) for title, value in zip(titles, row, strict=False) if title}
        for row in grid.rows[1:]
    ]


def _definition(row: dict[str, object]) -> KpiDefinition:
    aliases = _text(row.get("Aliases"))
    benchmark = row.get("Benchmark")
    return KpiDefinition(
        name=_text(row.get("Name")),
        unit=Unit(_text(row.get("Unit"))),
        currency=_text(row.get("Currency")) or None,
        duration_unit=_text(row.get("Duration unit")) or None,
        direction=Direction(_text(row.get("Direction"))),
        aggregation=Aggregation(_text(row.get("Aggregation"))),
        category=Category(_text(row.get("Category"))),
        decimals=int(_number(row.get("Decimals"))),
        tolerance=_number(row.get("Tolerance %")),
        benchmark=None if benchmark is None else _number(benchmark),
        formula=_text(row.get("Formula")) or None,
        description=_text(row.get("Description")),
        aliases=tuple(aliases.split(LIST_SEPARATOR)) if aliases else (),
        archived=_flag(row.get("Archived")),
        catalog_key=_text(row.get("Catalog key")) or None,
        segment_set=_text(row.get("Tracked by")) or None,
        weight_kpi=_text(row.get("Weighted by")) or None,
    )


def _decision(row: dict[str, object]) -> ImportedDecision:
    spread = _text(row.get("Spread"))
    monthly = _text(row.get("Monthly values"))
    undone = row.get("Undone at")
    change = TargetChange(
        kind=TargetKind(_text(row.get("Kind"))),
        first_month=_month(row.get("From")),
        value=_number(row.get("Value")),
        set_at=_moment(row.get("Set at")),
        note=_text(row.get("Note")),
        spread=Spread(spread) if spread else None,
        monthly_values=tuple(float(v) for v in monthly.split(LIST_SEPARATOR)) if monthly else (),
        currency=_text(row.get("Currency")) or None,
    )
    retracted = None if undone is None else _moment(undone)
    segment = _text(row.get("Segment")) or None
    return ImportedDecision(_text(row.get("KPI")), change, retracted, segment)


def read_segment_sets(grid: SheetGrid) -> list[SegmentSet]:
    """The sets and their segments, in the export's order (a set without segments is a row
    with its name alone)."""
    sets: dict[str, list[Segment]] = {}
    for row in _records(grid):
        set_name = _text(row.get("Set"))
        if not set_name:
            continue
        segments = sets.setdefault(set_name, [])
        name = _text(row.get("Segment"))
        if name:
            aliases = _text(row.get("Aliases"))
            segments.append(
                Segment(
                    name,
                    set_name,
                    archived=_flag(row.get("Archived")),
                    aliases=tuple(aliases.split(LIST_SEPARATOR)) if aliases else (),
                )
            )
    return [SegmentSet(name, tuple(segments)) for name, segments in sets.items()]


def _blank(value: object) -> object:
    return None if value == "" else value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"not a number: {value!r}")
    return float(value)


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "yes")
    return bool(value)


def _month(value: object) -> Month:
    if isinstance(value, datetime | date):
        return Month(value.year, value.month)
    return Month.parse(_text(value).strip())


def _moment(value: object) -> datetime:
    """A moment as kpidesk keeps them: local time without a zone (one written with a zone,
    by hand or another tool, is turned into local time, so moments stay comparable)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(_text(value).strip())
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment
