"""Drawing an owner's sheet around known figures: wide, tall or long, anywhere on the sheet,
with what owners put around a table (a title, blank rows, a category, unit and notes column,
quarter and total columns, totals and averages rows, a note below).

Every total and average written is the right one for the figures, so an importer that takes
one for a KPI or a month is caught by the figures it then gives back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from hypothesis import strategies as st

from tests.io.owner_spellings import (
    BARE_SPELLINGS,
    MONTH_SPELLINGS,
    NUMBER_STYLES,
    Month,
    month_cell,
    number_cell,
)
from tests.io.owner_tables import OwnerFigures, OwnerKpi

LAYOUTS = ("wide", "tall", "long")

WORDS = {
    "en": {
        "kpi": "KPI", "month": "Month", "value": "Value", "unit": "Unit",
        "category": "Category", "notes": "Notes", "title": "KPI report",
        "totals": ("Total", "Totals", "Σ"), "average": ("Average", "Avg"),
        "groups": ("Sales", "Service"), "note": "Source: accounting", "remark": "estimate",
    },
    "bg": {
        "kpi": "Показател", "month": "Месец", "value": "Стойност", "unit": "Мярка",
        "category": "Категория", "notes": "Бележки", "title": "Отчет за показателите",
        "totals": ("Общо", "Общо:", "Σ"), "average": ("Средно",),
        "groups": ("Продажби", "Обслужване"), "note": "Източник: счетоводство",
        "remark": "прогноза",
    },
    "et": {
        "kpi": "Näitaja", "month": "Kuu", "value": "Väärtus", "unit": "Ühik",
        "category": "Kategooria", "notes": "Märkused", "title": "Näitajate aruanne",
        "totals": ("Kokku", "Kokku:", "Σ"), "average": ("Keskmine",),
        "groups": ("Müük", "Teenindus"), "note": "Allikas: raamatupidamine",
        "remark": "hinnang",
    },
}  # fmt: skip
UNITS = ("€", "%", "бр.", "tk", "h", "pcs")


@dataclass
class OwnerSheet:
    """The drawn sheet: cells by (row, column), zero-based, and merged ranges."""

    name: str
    layout: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def put(self, row: int, col: int, value: object) -> None:
        if value is not None and value != "":
            self.cells[(row, col)] = value

    def rows(self) -> list[list[object]]:
        """The cells as rows, None where empty."""
        if not self.cells:
            return []
        height = max(row for row, _ in self.cells) + 1
        width = max(col for _, col in self.cells) + 1
        grid: list[list[object]] = [[None] * width for _ in range(height)]
        for (row, col), value in self.cells.items():
            grid[row][col] = value
        return grid


@dataclass
class Style:
    """The owner's habits for one table."""

    lang: str
    spelling: str
    number_style: str | None
    text_share: int
    csv: bool
    words: dict[str, object]


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _mean(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return (sum(present, Decimal(0)) / len(present)).quantize(Decimal("0.01")) if present else None


@st.composite
def _style(draw: st.DrawFn, layout: str, csv: bool) -> Style:
    spellings = [s for s in MONTH_SPELLINGS if not (csv and s == "serial")]
    if layout == "wide":
        spellings += BARE_SPELLINGS
    lang = draw(st.sampled_from(sorted(WORDS)))
    number_style = draw(st.none() | st.sampled_from(NUMBER_STYLES))
    return Style(
        lang,
        draw(st.sampled_from(spellings)),
        number_style,
        draw(st.integers(0, 2)),
        csv,
        WORDS[lang],
    )


@st.composite
def _figure(draw: st.DrawFn, style: Style, value: Decimal | None) -> object:
    if value is None:
        return None
    as_text = style.text_share > 0 and draw(st.integers(1, 2)) <= style.text_share
    return number_cell(value, style.number_style, as_text, style.csv)


@st.composite
def _start(draw: st.DrawFn, sheet: OwnerSheet, style: Style, figures: OwnerFigures) -> tuple:
    """The table's corner after a title and blank rows (not at A1)."""
    row, col = draw(st.integers(0, 4)), draw(st.integers(0, 3))
    if draw(st.booleans()):
        title = str(style.words["title"])
        years = {year for year, _ in figures.months}
        if len(years) == 1 and draw(st.booleans()):
            title = f"{title} {years.pop()}"
        sheet.put(row, col, title)
        row += 1 + draw(st.integers(0, 2))
    return row, col


def _quarter_label(style: Style, month: Month, with_year: bool) -> str:
    year, number = month
    quarter = (number - 1) // 3 + 1
    label = {"en": f"Q{quarter}", "bg": f"{quarter} кв.", "et": f"{'I' * quarter} kv"}[style.lang]
    if style.lang == "et" and quarter == 4:
        label = "IV kv"
    return f"{label} {year}" if with_year else label


def _quarters(months: tuple[Month, ...]) -> dict[int, list[Month]]:
    """The months of each quarter, keyed by the index of its last month in the table."""
    found: dict[tuple[int, int], list[Month]] = {}
    for month in months:
        found.setdefault((month[0], (month[1] - 1) // 3), []).append(month)
    return {months.index(group[-1]): group for group in found.values()}


def _note_below(draw: st.DrawFn, sheet: OwnerSheet, style: Style, row: int, col: int) -> None:
    if draw(st.booleans()):
        sheet.put(row + draw(st.integers(0, 1)), col, style.words["note"])


@st.composite
def wide_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """KPIs down, months across."""
    row, col = draw(_start(sheet, style, figures))
    words = style.words
    columns: list[tuple[str, object]] = []
    if draw(st.booleans()):
        columns.append(("category", None))
    columns.append(("label", None))
    if draw(st.booleans()):
        columns.append(("unit", None))
    quarters = _quarters(figures.months) if draw(st.booleans()) else {}
    with_year = draw(st.booleans())
    for index, month in enumerate(figures.months):
        columns.append(("month", month))
        if index in quarters:
            columns.append(("quarter", quarters[index]))
    if draw(st.booleans()):
        columns.append(("total", None))
    if draw(st.booleans()):
        columns.append(("notes", None))
    place = {index: col + index for index in range(len(columns))}
    if style.spelling in BARE_SPELLINGS:
        _year_row(draw, sheet, style, columns, place, row)
        row += 1
    label_header = draw(st.sampled_from(["", words["kpi"]]))
    heads = {
        "category": words["category"],
        "label": label_header,
        "unit": words["unit"],
        "total": draw(st.sampled_from(words["totals"])),
        "notes": words["notes"],
    }
    for index, (kind, what) in enumerate(columns):
        if kind == "month":
            head = month_cell(what, style.spelling, style.csv)
        elif kind == "quarter":
            head = _quarter_label(style, what[-1], with_year)
        else:
            head = heads[kind]
        sheet.put(row, place[index], head)
    row += 1
    groups = words["groups"]
    for number, kpi in enumerate(figures.kpis):
        cells = {
            "category": groups[number * len(groups) // len(figures.kpis)],
            "label": kpi.label,
            "unit": draw(st.sampled_from(UNITS)),
            "total": _sum(figures.values[kpi.name].values()),
            "notes": words["remark"] if draw(st.booleans()) else None,
        }
        for index, (kind, what) in enumerate(columns):
            if kind == "month":
                value = draw(_figure(style, figures.value(kpi, what)))
            elif kind == "quarter":
                value = _sum(figures.value(kpi, month) for month in what)
            else:
                value = cells[kind]
            sheet.put(row, place[index], value)
        row += 1 + (1 if draw(st.integers(0, 5)) == 0 else 0)
    for words_key, combine in (("totals", _sum), ("average", _mean)):
        if not draw(st.booleans()):
            continue
        _summary_row(draw, sheet, figures, columns, place, row, words_key, combine, style)
        row += 1
    label_col = place[[kind for kind, _ in columns].index("label")]
    _note_below(draw, sheet, style, row + 1, label_col)


def _summary_row(draw, sheet, figures, columns, place, row, words_key, combine, style) -> None:
    """A totals (or averages) row under the KPIs, right for every column."""
    for index, (kind, what) in enumerate(columns):
        if kind == "label":
            value = draw(st.sampled_from(style.words[words_key]))
        elif kind == "month":
            value = combine(figures.value(kpi, what) for kpi in figures.kpis)
        elif kind == "quarter":
            value = combine(figures.value(k, m) for k in figures.kpis for m in what)
        elif kind == "total":
            value = combine(v for k in figures.kpis for v in figures.values[k.name].values())
        else:
            value = None
        sheet.put(row, place[index], value)


def _year_row(draw, sheet, style, columns, place, row) -> None:
    """The year once above the month names of each year, merged across them or not."""
    spans: dict[int, list[int]] = {}
    for index, (kind, what) in enumerate(columns):
        if kind == "month":
            spans.setdefault(what[0], []).append(place[index])
        elif kind == "quarter":
            spans.setdefault(what[-1][0], []).append(place[index])
    merge = not style.csv and draw(st.booleans())
    for year, cols in spans.items():
        sheet.put(row, cols[0], year if not style.csv else str(year))
        if merge and len(cols) > 1:
            sheet.merges.append((row, cols[0], row, cols[-1]))


@st.composite
def tall_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """Months down, KPIs across."""
    row, col = draw(_start(sheet, style, figures))
    words = style.words
    sheet.put(row, col, draw(st.sampled_from(["", words["month"]])))
    kpi_cols = {kpi.name: col + 1 + index for index, kpi in enumerate(figures.kpis)}
    after = col + 1 + len(figures.kpis)
    total_col = after if draw(st.booleans()) else None
    notes_col = (after + (total_col is not None)) if draw(st.booleans()) else None
    for kpi in figures.kpis:
        sheet.put(row, kpi_cols[kpi.name], kpi.label)
    if total_col is not None:
        sheet.put(row, total_col, draw(st.sampled_from(words["totals"])))
    if notes_col is not None:
        sheet.put(row, notes_col, words["notes"])
    row += 1
    quarters = _quarters(figures.months) if draw(st.booleans()) else {}
    with_year = draw(st.booleans())
    for index, month in enumerate(figures.months):
        sheet.put(row, col, month_cell(month, style.spelling, style.csv))
        for kpi in figures.kpis:
            sheet.put(row, kpi_cols[kpi.name], draw(_figure(style, figures.value(kpi, month))))
        if total_col is not None:
            sheet.put(row, total_col, _sum(figures.value(kpi, month) for kpi in figures.kpis))
        if notes_col is not None and draw(st.booleans()):
            sheet.put(row, notes_col, words["remark"])
        row += 1
        if index in quarters:
            sheet.put(row, col, _quarter_label(style, month, with_year))
            for kpi in figures.kpis:
                total = _sum(figures.value(kpi, m) for m in quarters[index])
                sheet.put(row, kpi_cols[kpi.name], total)
            row += 1
    for words_key, combine in (("totals", _sum), ("average", _mean)):
        if draw(st.booleans()):
            sheet.put(row, col, draw(st.sampled_from(words[words_key])))
            for kpi in figures.kpis:
                sheet.put(row, kpi_cols[kpi.name], combine(figures.values[kpi.name].values()))
            row += 1
    _note_below(draw, sheet, style, row + 1, col)


@st.composite
def long_sheet(draw: st.DrawFn, figures: OwnerFigures, style: Style, sheet: OwnerSheet) -> None:
    """One row per KPI and month, in any order; totals rows among them or not."""
    row, col = draw(_start(sheet, style, figures))
    words = style.words
    with_category = draw(st.booleans())
    with_notes = draw(st.booleans())
    first = col + with_category
    header = [words["kpi"], words["month"], words["value"]]
    if with_category:
        sheet.put(row, col, words["category"])
    for offset, word in enumerate(header):
        sheet.put(row, first + offset, word)
    if with_notes:
        sheet.put(row, first + 3, words["notes"])
    row += 1
    records: list[tuple[OwnerKpi | None, Month, Decimal | None]] = []
    for kpi in figures.kpis:
        for month in figures.months:
            value = figures.value(kpi, month)
            if value is not None or draw(st.integers(0, 3)) == 0:
                records.append((kpi, month, value))
    if draw(st.booleans()):
        for month in figures.months:
            records.append((None, month, _sum(figures.value(k, month) for k in figures.kpis)))
    records = draw(st.permutations(records)) if draw(st.booleans()) else records
    groups = words["groups"]
    for kpi, month, value in records:
        label = kpi.label if kpi is not None else draw(st.sampled_from(words["totals"]))
        if with_category:
            sheet.put(row, col, groups[len(label) % len(groups)])
        sheet.put(row, first, label)
        sheet.put(row, first + 1, month_cell(month, style.spelling, style.csv))
        sheet.put(row, first + 2, draw(_figure(style, value)))
        if with_notes and draw(st.integers(0, 3)) == 0:
            sheet.put(row, first + 3, words["remark"])
        row += 1
    _note_below(draw, sheet, style, row + 1, first)


SHEET_NAMES = ("Sheet1", "Лист1", "Leht1", "KPI")
_DRAWERS = {"wide": wide_sheet, "tall": tall_sheet, "long": long_sheet}


@st.composite
def owner_sheet(
    draw: st.DrawFn, figures: OwnerFigures, layout: str | None = None, csv: bool = False
) -> OwnerSheet:
    """One sheet holding `figures` in `layout` (drawn when None)."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    style = draw(_style(layout, csv))
    sheet = OwnerSheet(draw(st.sampled_from(SHEET_NAMES)), layout)
    draw(_DRAWERS[layout](figures, style, sheet))
    return sheet
