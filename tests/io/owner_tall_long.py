"""Tall and long owners' tables around known figures: months down with KPIs across (a year
column beside bare month names, a unit row under the names, quarter, totals and averages
rows), or one row per KPI and month in any order, totals rows among them."""

from __future__ import annotations

from decimal import Decimal

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
from tests.io.owner_tables import OwnerFigures, OwnerKpi

YEAR_WORDS = {"en": "Year", "bg": "Година", "et": "Aasta"}


@st.composite
def tall_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """Months down, KPIs across."""
    row, col = draw(table_start(sheet, style, figures))
    words = style.words
    year_col = col if style.spelling in BARE_SPELLINGS else None
    month_col = col + (year_col is not None)
    every_year = draw(st.booleans())
    if year_col is not None:
        sheet.put(row, year_col, YEAR_WORDS[style.lang])
    sheet.put(row, month_col, draw(st.sampled_from(["", words["month"]])))
    kpi_cols = {kpi.name: month_col + 1 + index for index, kpi in enumerate(figures.kpis)}
    after = month_col + 1 + len(figures.kpis)
    total_col = after if draw(st.booleans()) else None
    notes_col = (after + (total_col is not None)) if draw(st.booleans()) else None
    for kpi in figures.kpis:
        sheet.put(row, kpi_cols[kpi.name], kpi.label)
    if total_col is not None:
        sheet.put(row, total_col, draw(st.sampled_from(words["totals"])))
    if notes_col is not None:
        sheet.put(row, notes_col, words["notes"])
    row += 1
    if draw(st.booleans()):
        for kpi in figures.kpis:
            sheet.put(row, kpi_cols[kpi.name], draw(st.sampled_from(UNITS)))
        row += 1
    row += draw(st.integers(0, 1))
    months = figures.months[::-1] if draw(st.integers(0, 4)) == 0 else figures.months
    quarters = quarters_of(months) if draw(st.booleans()) else {}
    with_year = draw(st.booleans())
    for index, month in enumerate(months):
        if year_col is not None and (every_year or index == 0 or months[index - 1][0] != month[0]):
            sheet.put(row, year_col, year_cell(month[0], style.year_form, style.csv))
        sheet.put(row, month_col, month_cell(month, style.spelling, style.csv))
        for kpi in figures.kpis:
            cell = draw(figure_cell(style, kpi, figures.value(kpi, month)))
            sheet.put(row, kpi_cols[kpi.name], cell)
        if total_col is not None:
            total = sum_of(figures.value(kpi, month) for kpi in figures.kpis)
            sheet.put(row, total_col, total_cell(style, total))
        if notes_col is not None and draw(st.booleans()):
            sheet.put(row, notes_col, words["remark"])
        row += 1
        if index in quarters:
            sheet.put(row, month_col, quarter_label(style, month, with_year))
            for kpi in figures.kpis:
                total = sum_of(figures.value(kpi, m) for m in quarters[index])
                sheet.put(row, kpi_cols[kpi.name], total_cell(style, total))
            row += 1
    for key, combine in (("totals", sum_of), ("average", mean_of)):
        if draw(st.booleans()):
            sheet.put(row, month_col, draw(st.sampled_from(words[key])))
            for kpi in figures.kpis:
                total = combine(figures.values[kpi.name].values())
                sheet.put(row, kpi_cols[kpi.name], total_cell(style, total))
            row += 1
    note_below(draw, sheet, style, row + 1, month_col)


@st.composite
def long_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """One row per KPI and month, in any order; totals rows among them or not."""
    row, col = draw(table_start(sheet, style, figures))
    words = style.words
    with_category = draw(st.booleans())
    with_notes = draw(st.booleans())
    first = col + with_category
    with_year = style.spelling in BARE_SPELLINGS
    header = [words["kpi"], words["month"], words["value"]]
    if with_year:
        header.insert(1, YEAR_WORDS[style.lang])
    if with_category:
        sheet.put(row, col, words["category"])
    for offset, word in enumerate(header):
        sheet.put(row, first + offset, word)
    if with_notes:
        sheet.put(row, first + len(header), words["notes"])
    row += 1
    records: list[tuple[OwnerKpi | None, Month, Decimal | None]] = []
    for kpi in figures.kpis:
        for month in figures.months:
            value = figures.value(kpi, month)
            if value is not None or draw(st.integers(0, 3)) == 0:
                records.append((kpi, month, value))
    if draw(st.booleans()):
        for month in figures.months:
            records.append((None, month, sum_of(figures.value(k, month) for k in figures.kpis)))
    records = draw(st.permutations(records)) if draw(st.booleans()) else records
    groups = words["groups"]
    for kpi, month, value in records:
        label = kpi.label if kpi is not None else draw(st.sampled_from(words["totals"]))
        if with_category:
            sheet.put(row, col, groups[len(label) % len(groups)])
        sheet.put(row, first, label)
        if with_year:
            sheet.put(row, first + 1, year_cell(month[0], style.year_form, style.csv))
        sheet.put(row, first + 1 + with_year, month_cell(month, style.spelling, style.csv))
        sheet.put(
            row,
            first + 2 + with_year,
            draw(figure_cell(style, kpi, value)) if kpi else total_cell(style, value),
        )
        if with_notes and draw(st.integers(0, 3)) == 0:
            sheet.put(row, first + 3 + with_year, words["remark"])
        row += 1
    note_below(draw, sheet, style, row + 1, first)
