"""What every drawn owner's sheet shares: the cells, the owner's habits (language, month
spelling, number style), and the pieces around a table (a title and blank rows above it,
quarters, totals and averages, a note below).

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
    YEAR_FORMS,
    Month,
    NumberHabits,
    number_cell,
)
from tests.io.owner_tables import OwnerFigures, OwnerKpi

WORDS = {
    "en": {
        "kpi": "KPI", "month": "Month", "value": "Value", "unit": "Unit",
        "category": "Category", "notes": "Notes", "title": "KPI report",
        "totals": ("Total", "Totals", "Σ"), "average": ("Average", "Avg"),
        "groups": ("Sales", "Service"), "note": "Source: accounting", "remark": "estimate",
        "plan": "Plan", "actual": "Actual",
    },
    "bg": {
        "kpi": "Показател", "month": "Месец", "value": "Стойност", "unit": "Мярка",
        "category": "Категория", "notes": "Бележки", "title": "Отчет за показателите",
        "totals": ("Общо", "Общо:", "Σ"), "average": ("Средно",),
        "groups": ("Продажби", "Обслужване"), "note": "Източник: счетоводство",
        "remark": "прогноза", "plan": "План", "actual": "Факт",
    },
    "et": {
        "kpi": "Näitaja", "month": "Kuu", "value": "Väärtus", "unit": "Ühik",
        "category": "Kategooria", "notes": "Märkused", "title": "Näitajate aruanne",
        "totals": ("Kokku", "Kokku:", "Σ"), "average": ("Keskmine",),
        "groups": ("Müük", "Teenindus"), "note": "Allikas: raamatupidamine",
        "remark": "hinnang", "plan": "Plaan", "actual": "Tegelik",
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
    others: dict[str, dict[tuple[int, int], object]] = field(default_factory=dict)
    """Further sheets of the workbook that hold no table (notes, a chart's data labels)."""

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
    year_form: str
    habits: NumberHabits
    text_share: int
    csv: bool
    words: dict[str, object]


def sum_of(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def mean_of(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return (sum(present, Decimal(0)) / len(present)).quantize(Decimal("0.01")) if present else None


@st.composite
def style_of(draw: st.DrawFn, layout: str, csv: bool, months: int) -> Style:
    """The owner's habits. Excel serials need two months or more: one plain number alone
    cannot be told from a figure (kpidesk reads a line of numbers as serials only when at
    least two of them are)."""
    serials = not csv and months > 1
    spellings = [s for s in MONTH_SPELLINGS if serials or s != "serial"]
    spellings += BARE_SPELLINGS
    lang = draw(st.sampled_from(sorted(WORDS)))
    habits = NumberHabits(
        draw(st.none() | st.sampled_from(NUMBER_STYLES)),
        nbsp=draw(st.booleans()),
        negative=draw(st.sampled_from(["-", "\u2212", "()"])),
        currency=draw(st.sampled_from([None, None, "€ before", "€ after", "лв."])),
    )
    return Style(
        lang,
        draw(st.sampled_from(spellings)),
        draw(st.sampled_from(YEAR_FORMS)),
        habits,
        draw(st.integers(0, 2)),
        csv,
        WORDS[lang],
    )


@st.composite
def figure_cell(draw: st.DrawFn, style: Style, kpi: OwnerKpi, value: Decimal | None) -> object:
    if value is None:
        return None
    as_text = style.text_share > 0 and draw(st.integers(1, 2)) <= style.text_share
    return number_cell(value, style.habits, as_text, style.csv, kpi.percent)


@st.composite
def table_start(draw: st.DrawFn, sheet: OwnerSheet, style: Style, figures: OwnerFigures) -> tuple:
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


def quarter_label(style: Style, month: Month, with_year: bool) -> str:
    year, number = month
    quarter = (number - 1) // 3 + 1
    label = {"en": f"Q{quarter}", "bg": f"{quarter} кв.", "et": f"{'I' * quarter} kv"}[style.lang]
    if style.lang == "et" and quarter == 4:
        label = "IV kv"
    return f"{label} {year}" if with_year else label


def quarters_of(months: tuple[Month, ...]) -> dict[int, list[Month]]:
    """The months of each quarter, keyed by the index of its last month in the table."""
    found: dict[tuple[int, int], list[Month]] = {}
    for month in months:
        found.setdefault((month[0], (month[1] - 1) // 3), []).append(month)
    return {months.index(group[-1]): group for group in found.values()}


def note_below(draw: st.DrawFn, sheet: OwnerSheet, style: Style, row: int, col: int) -> None:
    if draw(st.booleans()):
        sheet.put(row + draw(st.integers(0, 1)), col, style.words["note"])


def total_cell(style: Style, value: Decimal | None) -> object:
    """A total or average as the owner's program writes it: a number, in a CSV a plain text
    with the table's decimal mark."""
    if value is None:
        return None
    return number_cell(value, style.habits, as_text=False, csv=style.csv, percent=False)
