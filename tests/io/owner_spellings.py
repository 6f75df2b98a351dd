"""How owners write a month and a number in a cell, in English, Bulgarian and Estonian.

Written out by hand, as the specification of what kpidesk must read: a drawn spelling turns a
known month or figure into a cell value (a real date, an Excel serial, a text), never the
other way round.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.io.owner_tables import BG_MONTHS, EN_MONTHS, EN_SHORT, ET_MONTHS

Month = tuple[int, int]

MONTH_SPELLINGS = (
    "date",
    "serial",
    "iso",
    "mm/yyyy",
    "short",
    "full",
    "short-yy",
    "bg",
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
        case "et":
            return f"{ET_MONTHS[number - 1]} {year}"
        case "bare-en":
            return EN_SHORT[number - 1]
        case "bare-bg":
            return BG_MONTHS[number - 1].capitalize()
        case "bare-et":
            return ET_MONTHS[number - 1]
    raise ValueError(spelling)


def number_text(value: Decimal, style: str) -> str:
    """A figure typed as text in one of NUMBER_STYLES, with two decimals."""
    sign = "-" if value < 0 else ""
    whole, cents = divmod(abs(value).quantize(Decimal("0.01")) * 100, 100)
    digits = f"{int(whole):,}"
    group, mark = {"space-comma": (" ", ","), "dot-comma": (".", ","), "comma-dot": (",", ".")}[
        style
    ]
    return f"{sign}{digits.replace(',', group)}{mark}{int(cents):02d}"


def plain_text(value: Decimal, style: str | None) -> str:
    """A figure as a program writes it into a CSV: no thousands, the table's decimal mark."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if style in ("space-comma", "dot-comma") else text


def number_cell(value: Decimal, style: str | None, as_text: bool, csv: bool) -> object:
    """A figure as a number cell or as text; in a CSV everything is text."""
    if as_text and style is not None:
        return number_text(value, style)
    if csv:
        return plain_text(value, style)
    return float(value)
