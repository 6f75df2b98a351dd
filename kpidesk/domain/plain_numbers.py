"""Numbers as plain text for files and the command line: a dot, no grouping, no exponent."""

from __future__ import annotations

import math
import re
from decimal import Decimal

_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


SIGNIFICANT_DIGITS = 12
"""How many significant digits a number keeps when it leaves kpidesk (JSON, CSV, reports).

Binary floating point adds noise at the 16th and 17th digit (0.1 + 0.2, 1.1 * 100 =
110.00000000000001), and a sum of a few hundred figures or a lev-euro conversion carries it
up to about the 14th. Twelve digits drop all of it while keeping every figure an owner types
(up to 9 999 999 999.99) exactly. It is also the precision at which `same_figure` calls two
figures the same, so a number written out here and read back in is the figure that left,
not a change. Fewer digits would read nicer for a computed euro amount (33990.4643051 rather
than 33990.46) but would turn typed figures and conversions into changes on the way back;
the window, not the file, is where figures are rounded to the KPI's decimals."""


def exported(value: float | None) -> float | None:
    """A number as it leaves kpidesk: rounded to `SIGNIFICANT_DIGITS`. JSON writes the
    shortest text that reads back as this float, so it carries no noise either."""
    if value is None:
        return None
    return float(f"{float(value):.{SIGNIFICANT_DIGITS}g}") + 0.0  # + 0.0: never "-0.0"


def plain_decimal(value: float | None) -> str:
    """`1234.5` → "1234.5", `100.0` → "100", `1e20` → "100000000000000000000", None → "",
    `110.00000000000001` → "110": the text of `exported`, with a dot, no grouping and no
    exponent, for CSV and the command line."""
    number = exported(value)
    if number is None:
        return ""
    text = format(Decimal(repr(number)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rounded(value: float | None, decimals: int) -> str:
    """A figure rounded for reading in a terminal; "" when missing, and never "-0"."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def parse_plain_number(text: str) -> float:
    """A number written plainly, as on a command line: `1234.5`, `-300`, `1 234.5`.

    A comma is refused rather than guessed: `3,000` could be three or three thousand.
    """
    compact = re.sub(r"[\s\u00a0\u202f_']", "", text)
    if "," in compact:
        raise ValueError(f"'{text}': write the number with a dot for decimals and no commas")
    if not _PLAIN.match(compact):
        raise ValueError(f"'{text}' is not a number")
    value = float(compact)
    if not math.isfinite(value):
        raise ValueError(f"'{text}' is too large")
    return value


SAME_FIGURE_TOLERANCE = 1e-11
"""Rounding to `SIGNIFICANT_DIGITS` moves a number by at most half a unit of its 12th digit,
5e-12 of it (1265.544551418068 leaves as 1265.54455142), so the tolerance is twice that."""


def same_figure(a: float, b: float) -> bool:
    """Figures equal to 12 significant digits are the same figure: a spreadsheet keeps about
    15 and kpidesk writes 12, so a value that went out to a file and came back is not a
    change."""
    return math.isclose(a, b, rel_tol=SAME_FIGURE_TOLERANCE, abs_tol=1e-12)
