"""How owners write a month and a number in a cell, in English, Bulgarian and Estonian.

Written out by hand, as the specification of what kpidesk must read: a drawn spelling turns a
known month or figure into a cell value (a real date, an Excel serial, a text), never the
other way round.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from tests.io.owner_tables import BG_MONTHS, EN_MONTHS, EN_SHORT, ET_MONTHS

Month = tuple[int, int]

MONTH_SPELLINGS = (
    "date",
    "dmy-text",
    "month-end",
    "serial",
    "iso",
    "mm/yyyy",
    "short",
    "full",
    "short-yy",
    "bg",
    "bg-year",
    "et",
)
BARE_SPELLINGS = ("bare-en", "bare-bg", "bare-et")
"""Month names without a year, which stands once above them (wide tables only)."""

NUMBER_STYLES = ("space-comma", "dot-comma", "comma-dot")
"""Numbers typed as text: `1 234,56`, `1.234,56`, `1,234.56`. Texts always show their two
decimals, so that each one says which mark is the decimal one (`1.234` alone could be
either)."""

_EXCEL_EPOCH = dt.date(1899, 12, 30)


def month_cell(month: Month, spelling: str, csv: bool) -> object:
    """A month header as the owner wrote it; a CSV has texts only."""
    year, number = month
    day = dt.date(year, number, 1)
    match spelling:
        case "date":
            return f"01.{number:02d}.{year}" if csv else dt.datetime(year, number, 1)
        case "dmy-text":
            return f"01.{number:02d}.{year}"
        case "month-end":
            end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
            return f"{end:%d.%m.%Y}" if csv else dt.datetime(year, number, end.day)
        case "serial":
            return f"{year}-{number:02d}-01" if csv else (day - _EXCEL_EPOCH).days
        case "iso":
            return f"{year}-{number:02d}"
        case "mm/yyyy":
            return f"{number:02d}/{year}"
        case "short":
            return f"{EN_SHORT[number - 1]} {year}"
        case "full":
            return f"{EN_MONTHS[number - 1]} {year}"
        case "short-yy":
            return f"{EN_SHORT[number - 1]}-{year % 100:02d}"
        case "bg":
            return f"{BG_MONTHS[number - 1]} {year}"
        case "bg-year":
            return f"{BG_MONTHS[number - 1]} {year} г."
        case "et":
            return f"{ET_MONTHS[number - 1]} {year}"
        case "bare-en":
            return EN_SHORT[number - 1]
        case "bare-bg":
            return BG_MONTHS[number - 1].capitalize()
        case "bare-et":
            return ET_MONTHS[number - 1]
    raise ValueError(spelling)


@dataclass(frozen=True)
class NumberHabits:
    """How one owner types figures as text."""

    style: str | None
    """One of NUMBER_STYLES, or None when every figure is a number cell."""
    nbsp: bool = False
    """Thousands apart by a no-break space (`1\u00a0234,56`), as Excel's locales write them."""
    negative: str = "-"
    """How a negative is written: `-300,00`, `−300,00` (a typographic minus, as pasted from a
    web page or Word), or `(300,00)` in brackets."""
    currency: str | None = None
    """A euro sign before (`€1 234,56`) or after (`1 234,56 €`) the figure, leva after it
    (`1 234,56 лв.`, kept as leva by a KPI the import creates), or none."""


@dataclass(frozen=True)
class Shown:
    """A number cell with a number format: 0.125 shown as `12.5%`."""

    value: float
    number_format: str


YEAR_FORMS = ("number", "text", "bg", "et", "fy")


def year_cell(year: int, form: str, csv: bool) -> object:
    """A year standing above month names or in a year column: 2025, `2025 г.`, `FY2025`."""
    texts = {"text": f"{year}", "bg": f"{year} г.", "et": f"{year} a", "fy": f"FY{year}"}
    if form == "number":
        return str(year) if csv else year
    return texts[form]


def number_text(value: Decimal, habits: NumberHabits, percent: bool = False) -> str:
    """A figure typed as text in the owner's style, with two decimals."""
    style = habits.style or "comma-dot"
    whole, cents = divmod(abs(value).quantize(Decimal("0.01")) * 100, 100)
    digits = f"{int(whole):,}"
    group, mark = {"space-comma": (" ", ","), "dot-comma": (".", ","), "comma-dot": (",", ".")}[
        style
    ]
    if group == " " and habits.nbsp:
        group = "\u00a0"
    text = f"{digits.replace(',', group)}{mark}{int(cents):02d}"
    if percent:
        text += "%"
    elif habits.currency == "€ before":
        text = f"€{text}"
    elif habits.currency == "€ after":
        text = f"{text} €"
    elif habits.currency == "лв.":
        text = f"{text} лв."
    if value < 0:
        text = f"({text})" if habits.negative == "()" else f"{habits.negative}{text}"
    return text


def plain_text(value: Decimal, style: str | None) -> str:
    """A figure as a program writes it into a CSV: no thousands, the table's decimal mark."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if style in ("space-comma", "dot-comma") else text


def number_cell(
    value: Decimal, habits: NumberHabits, as_text: bool, csv: bool, percent: bool
) -> object:
    """A figure as a number cell or as text; in a CSV everything is text. A percent KPI's
    number cell holds the fraction shown as a percentage (12.5 is 0.125 shown `12.5%`)."""
    if as_text and habits.style is not None:
        return number_text(value, habits, percent)
    if csv:
        return plain_text(value, habits.style) + ("%" if percent else "")
    if percent:
        return Shown(float(value / 100), "0.00%")
    return float(value)
