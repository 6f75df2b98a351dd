"""A wide owner's table around known figures: KPIs down, months across, one block of months
or one block per year stacked under each other, with a category, unit, empty and notes
column, quarter and total columns, and totals and averages rows, all of them right."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from tests.io.owner_sheets import (
    UNITS,
    OwnerSheet,
    Style,
    figure_cell,
    mean_of,
    note_below,
    quarter_label,
    quarters_of,
    sum_of,
    table_start,
    total_cell,
)
from tests.io.owner_spellings import BARE_SPELLINGS, Month, month_cell, year_cell
from tests.io.owner_tables import OwnerFigures, figure_values

Column = tuple[str, object]


@dataclass(frozen=True)
class WideHabits:
    """Which columns and rows the owner keeps around the figures, the same in every block."""

    category: bool
    unit: bool
    gap: bool
    quarters: bool
    quarter_year: bool
    total: bool
    notes: bool
    blank_after_header: bool
    merge_years: bool
    label_header: str
    total_header: str
    summaries: tuple[str, ...]
    plan_first: bool | None
    """Each month's header over a plan and an actual column (`План | Факт`), the plan first
    or second; None when the months have one column each."""


@st.composite
def _habits(draw: st.DrawFn, style: Style) -> WideHabits:
    return WideHabits(
        *(draw(st.booleans()) for _ in range(9)),
        label_header=draw(st.sampled_from(["", style.words["kpi"]])),
        total_header=draw(st.sampled_from(style.words["totals"])),
        summaries=tuple(k for k in ("totals", "average") if draw(st.booleans())),
        plan_first=draw(st.sampled_from([None, None, True, False])),
    )


def _columns(habits: WideHabits, months: tuple[Month, ...]) -> list[Column]:
    columns: list[Column] = [("category", None)] if habits.category else []
    columns.append(("label", None))
    columns += [("unit", None)] if habits.unit else []
    columns += [("gap", None)] if habits.gap else []
    quarters = quarters_of(months) if habits.quarters else {}
    for index, month in enumerate(months):
        pair = [("plan", month), ("month", month)] if habits.plan_first is not None else []
        columns += pair if habits.plan_first else pair[::-1] or [("month", month)]
        if index in quarters:
            columns.append(("quarter", quarters[index]))
    columns += [("total", None)] if habits.total else []
    columns += [("notes", None)] if habits.notes else []
    return columns


@st.composite
def wide_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """KPIs down, months across; a block per year when the owner stacks them."""
    row, col = draw(table_start(sheet, style, figures))
    habits = draw(_habits(style))
    newest_first = draw(st.integers(0, 4)) == 0
    years = sorted({year for year, _ in figures.months}, reverse=newest_first)
    months = figures.months[::-1] if newest_first else figures.months
    blocks = [months]
    if len(years) > 1 and draw(st.booleans()):
        blocks = [tuple(m for m in months if m[0] == year) for year in years]
    label_col = col + int(habits.category)
    for block in blocks:
        columns = _columns(habits, block)
        row = draw(_block(figures, style, sheet, habits, columns, row, col))
        row += 1 + draw(st.integers(0, 1))
    note_below(draw, sheet, style, row, label_col)


@st.composite
def _block(
    draw: st.DrawFn,
    figures: OwnerFigures,
    style: Style,
    sheet: OwnerSheet,
    habits: WideHabits,
    columns: list[Column],
    row: int,
    col: int,
) -> int:
    """One header row of months and the KPI rows under it; the row after the block."""
    words = style.words
    if style.spelling in BARE_SPELLINGS:
        _year_row(sheet, style, habits, columns, row, col)
        row += 1
    heads = {
        "category": words["category"],
        "label": habits.label_header,
        "unit": words["unit"],
        "gap": None,
        "total": habits.total_header,
        "notes": words["notes"],
    }
    for index, (kind, what) in enumerate(columns):
        if kind == "month" or kind == "plan":
            head = _month_head(sheet, style, habits, kind, what, row, col + index)
        elif kind == "quarter":
            head = quarter_label(style, what[-1], habits.quarter_year)
        else:
            head = heads[kind]
        sheet.put(row, col + index, head)
    if habits.plan_first is not None:
        row += 1
        for index, (kind, _) in enumerate(columns):
            if kind in ("plan", "month"):
                sheet.put(row, col + index, words["plan" if kind == "plan" else "actual"])
    row += 1 + int(habits.blank_after_header)
    months = [what for kind, what in columns if kind == "month"]
    groups = words["groups"]
    for number, kpi in enumerate(figures.kpis):
        cells = {
            "category": groups[number * len(groups) // len(figures.kpis)],
            "label": kpi.label,
            "unit": draw(st.sampled_from(UNITS)),
            "gap": None,
            "total": total_cell(style, sum_of(figures.value(kpi, m) for m in months)),
            "notes": words["remark"] if draw(st.booleans()) else None,
        }
        for index, (kind, what) in enumerate(columns):
            if kind == "month":
                value = draw(figure_cell(style, kpi, figures.value(kpi, what)))
            elif kind == "quarter":
                value = total_cell(style, sum_of(figures.value(kpi, m) for m in what))
            elif kind == "plan":
                value = total_cell(style, draw(figure_values(serial_like=False)))
            else:
                value = cells[kind]
            sheet.put(row, col + index, value)
        row += 1 + (1 if draw(st.integers(0, 5)) == 0 else 0)
    for key in habits.summaries:
        label = draw(st.sampled_from(words[key]))
        _summary_row(sheet, figures, style, columns, row, col, label, key == "average")
        row += 1
    return row


def _month_head(
    sheet: OwnerSheet, style: Style, habits: WideHabits, kind: str, month: Month, row: int, col: int
) -> object:
    """A month's header; over a plan and an actual column it stands in the first of the two
    (merged across both, or with the second left blank as a CSV export of a merge has it)."""
    if habits.plan_first is None:
        return month_cell(month, style.spelling, style.csv)
    if (kind == "plan") != habits.plan_first:
        return None
    if habits.merge_years and not style.csv:
        sheet.merges.append((row, col, row, col + 1))
    return month_cell(month, style.spelling, style.csv)


def _summary_row(
    sheet: OwnerSheet,
    figures: OwnerFigures,
    style: Style,
    columns: list[Column],
    row: int,
    col: int,
    label: str,
    average: bool,
) -> None:
    """A totals (or averages) row under the KPIs, right for every column."""
    combine = mean_of if average else sum_of
    months = [what for kind, what in columns if kind == "month"]
    for index, (kind, what) in enumerate(columns):
        if kind == "label":
            sheet.put(row, col + index, label)
            continue
        if kind == "month":
            parts = [figures.value(kpi, what) for kpi in figures.kpis]
        elif kind == "quarter":
            parts = [figures.value(kpi, m) for kpi in figures.kpis for m in what]
        elif kind == "total":
            parts = [figures.value(kpi, m) for kpi in figures.kpis for m in months]
        else:
            continue
        sheet.put(row, col + index, total_cell(style, combine(parts)))


def _year_row(
    sheet: OwnerSheet, style: Style, habits: WideHabits, columns: list[Column], row: int, col: int
) -> None:
    """The year once above the month names of each year, merged across them or not."""
    spans: dict[int, list[int]] = {}
    for index, (kind, what) in enumerate(columns):
        if kind in ("month", "plan"):
            spans.setdefault(what[0], []).append(col + index)
        elif kind == "quarter":
            spans.setdefault(what[-1][0], []).append(col + index)
    for year, cols in spans.items():
        sheet.put(row, cols[0], year_cell(year, style.year_form, style.csv))
        if habits.merge_years and not style.csv and len(cols) > 1:
            sheet.merges.append((row, cols[0], row, cols[-1]))
