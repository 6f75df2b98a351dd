"""Figures an owner types into the data-entry grid, rather than reads from a file: the same
reading as spreadsheet cells (`kpidesk.domain.numbers`) with the allowances a person typing
in their own locale expects."""

from __future__ import annotations

from kpidesk.domain.numbers import DecimalMark, is_missing_text, parse_number


def parse_user_number(
    text: str, decimal_mark: DecimalMark, group_separator: str = "\u00a0"
) -> float | None:
    """Read a figure an owner types into the data-entry grid; None when the cell is cleared.

    The locale's decimal mark works, and so does a plain dot: with a decimal-comma locale that
    groups with spaces (Bulgarian, Estonian) `12.5` is twelve and a half, because that is what
    a person typing a dot means. Where the locale itself groups with dots, a dot is grouping.
    A trailing percent sign is allowed and ignored (the KPI's unit says what the number means).
    """
    body = text.strip()
    if is_missing_text(body):
        return None
    probe = body.strip("%").strip()
    dot_is_decimal = decimal_mark == "," and group_separator != "."
    if dot_is_decimal and probe.count(".") == 1 and "," not in probe:
        mark: DecimalMark = "."
    else:
        mark = decimal_mark
    parsed = parse_number(body, mark)
    return None if parsed is None else parsed.value
