"""Reading one cell that should hold a figure but is not a plain number.

Plain numbers are taken as they are by the extractor; everything else comes here: text in any
of the forms of DESIGN §6, percent-formatted cells, error cells, formulas without a saved
result, dates and booleans. The answer is the figure, or the trouble with the cell in words an
owner understands.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import (
    AmbiguousDecimalMark,
    DecimalMark,
    NumberParseError,
    infer_decimal_mark,
    parse_number,
)
from kpidesk.io.grid import CellKind, SheetGrid
from kpidesk.io.plan import Observation, ProblemCode

_PLAIN_TEXT = re.compile(r"^-?\d+(?:[.,]\d+)?$")


class CellTrouble(NamedTuple):
    """Why a cell gives no figure; a refusal stops the import until the owner decides."""

    reason: Message
    code: ProblemCode
    refusal: bool = False


_NO_RESULT = message(
    QT_TRANSLATE_NOOP(
        "messages",
        "has a formula with no saved result "
        "(the file was saved without calculating); "
        "open and save it in Excel or LibreOffice, then import again",
    )
)


def read_figure(
    grid: SheetGrid, label: str, month: Month, row: int, col: int, hint: DecimalMark | None
) -> Observation | CellTrouble | None:
    """The figure in a cell, its trouble, or None for an empty cell. `hint` is the decimal
    mark the rest of the table (or the owner) settled, for texts such as `3.000`."""
    kind = grid.kind(row, col)
    if kind is CellKind.EMPTY:
        return None
    if kind is CellKind.ERROR:
        code = grid.errors.get((row, col), "#ERROR")
        return CellTrouble(
            message(QT_TRANSLATE_NOOP("messages", "shows the error {code}; left out"), code=code),
            ProblemCode.ERROR_CELL,
        )
    if kind is CellKind.FORMULA_WITHOUT_RESULT:
        return CellTrouble(_NO_RESULT, ProblemCode.FORMULA_WITHOUT_RESULT)
    value = grid.too_small.get((row, col), grid.value(row, col)) if grid.too_small else None
    if value is None:
        value = grid.value(row, col)
    if kind is CellKind.DATE:
        reason = QT_TRANSLATE_NOOP("messages", "'{value}' is a date, not a figure")
        return CellTrouble(message(reason, value=value), ProblemCode.NOT_A_NUMBER)
    if kind is CellKind.BOOL:
        reason = QT_TRANSLATE_NOOP("messages", "'{value}' is a bool, not a figure")
        return CellTrouble(message(reason, value=value), ProblemCode.NOT_A_NUMBER)
    try:
        parsed = parse_number(value, hint)
    except AmbiguousDecimalMark as exc:
        return CellTrouble(exc.message, ProblemCode.AMBIGUOUS_DECIMAL_MARK, refusal=True)
    except NumberParseError as exc:
        reason = QT_TRANSLATE_NOOP("messages", "{reason}; left out")
        return CellTrouble(message(reason, reason=exc.message), ProblemCode.NOT_A_NUMBER)
    if parsed is None:
        return Observation(label, month, None, row, col)
    number, percent = parsed.value, parsed.percent
    if (row, col) in grid.percent and not percent:
        number, percent = float(Decimal(repr(number)) * 100), True
    currency = parsed.currency or grid.currency.get((row, col))
    written = value if type(value) is str and not _reads_plainly(value, number) else None
    return Observation(label, month, number, row, col, percent, currency, written)


def _reads_plainly(text: str, value: float) -> bool:
    """True when the text is the figure written plainly (digits, one decimal dot or comma),
    as every cell of a CSV is: `1200` or `1200,5`. `1,234` read as 1234, `1 234,56`,
    `(300)` and `12,5%` took reading, and the preview shows them as written."""
    text = text.strip()
    return bool(_PLAIN_TEXT.match(text)) and float(text.replace(",", ".")) == value


def decimal_marks(
    cells: list[tuple[str, object]], explicit: DecimalMark | None
) -> tuple[DecimalMark | None, dict[str, DecimalMark | None]]:
    """The decimal mark for texts such as `3.000` among (label, value) cells: for the whole
    table, and per label when the table does not settle it. The owner's choice wins, then
    what the table's texts prove, then what each label's own texts prove. Only texts can
    prove anything, and most sheets hold none."""
    strings = [value for _, value in cells if type(value) is str]
    overall = explicit or infer_decimal_mark(strings)
    if overall is not None or not strings:
        return overall, {}
    grouped: dict[str, list[object]] = {}
    for label, value in cells:
        if type(value) is str:
            grouped.setdefault(label, []).append(value)
    return None, {label: infer_decimal_mark(values) for label, values in grouped.items()}
