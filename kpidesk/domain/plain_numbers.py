"""Numbers as plain text for files and the command line: a dot, no grouping, no exponent."""

from __future__ import annotations

import math
import re
from decimal import Decimal

_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def plain_decimal(value: float | None) -> str:
    """`1234.5` → "1234.5", `100.0` → "100", `1e20` → "100000000000000000000", None → "".

    Fifteen significant digits, as a spreadsheet keeps them, so a figure written here and read
    back from a workbook prints the same.
    """
    if value is None:
        return ""
    text = format(Decimal(format(float(value), ".15g")), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rounded(value: float | None, decimals: int) -> str:
    """A figure rounded for reading in a terminal; "" when missing."""
    if value is None:
        return ""
    return f"{value:.{decimals}f}"


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


SAME_FIGURE_TOLERANCE = 1e-12


def same_figure(a: float, b: float) -> bool:
    """Figures equal to 12 significant digits are the same figure: a spreadsheet keeps about
    15, so a value that went out to a file and came back is not a change."""
    return math.isclose(a, b, rel_tol=SAME_FIGURE_TOLERANCE, abs_tol=1e-12)
