"""What the importer found in a file, for the owner to see and correct before anything is
written: the layout, where the table is, every figure with its cell, and every problem.

Problems come in two severities. A CELL problem (`#DIV/0!`, `12abc`, a formula with no saved
result) leaves that one cell out and the rest can be imported. A REFUSAL (no table, several
sheets to choose from, an undecidable decimal mark, the same KPI and month twice) means the
import must not go ahead until the owner decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from kpidesk.domain.messages import Message
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import DecimalMark
from kpidesk.io.grid import SheetInfo, TextFormat, address


class Layout(StrEnum):
    WIDE = "wide"
    TALL = "tall"
    LONG = "long"


class Severity(StrEnum):
    CELL = "cell"
    REFUSAL = "refusal"


class ProblemCode(StrEnum):
    ERROR_CELL = "error_cell"
    NOT_A_NUMBER = "not_a_number"
    FOREIGN_CURRENCY = "foreign_currency"
    FORMULA_WITHOUT_RESULT = "formula_without_result"
    AMBIGUOUS_DECIMAL_MARK = "ambiguous_decimal_mark"
    DUPLICATE = "duplicate"
    NO_LABEL = "no_label"
    NO_YEAR = "no_year"
    NOT_A_MONTH = "not_a_month"
    SUMMARY = "summary"
    """A figure in a totals row or a quarter, half-year or total column: left out on
    purpose (importing it would count the year twice), and listed."""
    BESIDE = "beside"
    """A number beside the figures (a unit, a comment, a column with no heading): listed."""
    NO_TABLE = "no_table"
    SEVERAL_SHEETS = "several_sheets"
    NO_SUCH_SHEET = "no_such_sheet"
    UNKNOWN_KPI = "unknown_kpi"
    COMPUTED_KPI = "computed_kpi"
    CONFLICT = "conflict"
    UNKNOWN_SEGMENT = "unknown_segment"
    NOT_TRACKED = "not_tracked"
    """A figure for a segment of a KPI that is not tracked by segments (or by another set)."""


ON_PURPOSE = frozenset({ProblemCode.SUMMARY, ProblemCode.BESIDE})
"""Cells listed as left out by the table's own shape (totals, units, notes), not because they
could not be read: `--strict` does not refuse them."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, with where: file, sheet and cell, and a reason in plain words.

    `message` is the reason for the window to translate; `reason` is its English, which the
    command line prints.
    """

    file: str
    sheet: str | None
    cell: str | None
    message: Message
    severity: Severity
    code: ProblemCode

    @property
    def reason(self) -> str:
        return str(self.message)

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet is not None:
            where.append(f"sheet '{self.sheet}'")
        if self.cell is not None:
            where.append(f"cell {self.cell}")
        return f"{', '.join(where)}: {self.reason}"

    def as_dict(self) -> dict[str, str | None]:
        """The form `import --json` reports."""
        return {"sheet": self.sheet, "cell": self.cell, "reason": self.reason}


class Observation(NamedTuple):
    """One figure: a label (the KPI as the sheet names it), a month, and the value as the owner
    sees it (a cell shown as 12.5 % gives 12.5 with `percent_formatted`), or None when the cell
    explicitly says "no figure" (`-`, `n/a`).

    A named tuple holding the zero-based row and column rather than a dataclass holding the
    address text: a long sheet gives a hundred thousand of them, and only a few are ever
    shown by address.
    """

    label: str
    month: Month
    value: float | None
    row: int
    col: int
    percent_formatted: bool = False
    currency: str | None = None
    written: str | None = None
    """The cell's text when reading it took more than digits and a decimal mark (`1 234,56`,
    `(300)`, `€1 200`), so the preview can show it as the owner wrote it; None for a number
    cell and for plain text such as `1200` or `1200,5`."""
    segment: str | None = None
    """The segment label the row gives (a `Location` column) or the sheet's name when each
    sheet is one segment; None for a figure of the business as a whole."""
    sheet: str | None = None
    """The sheet the figure is in, when the plan combines several (one per segment)."""

    @property
    def cell(self) -> str:
        """The Excel-style address, e.g. `C12`."""
        return address(self.row, self.col)


class Target(NamedTuple):
    """A month's target as a plan column of the sheet gives it, with its cell and the
    currency its text named, if any."""

    label: str
    month: Month
    value: float
    row: int
    col: int
    currency: str | None = None

    @property
    def cell(self) -> str:
        return address(self.row, self.col)


@dataclass(frozen=True, slots=True)
class TableLocation:
    """Where the table is, in the terms an owner sees: header rows and columns by Excel name.

    `header_rows` are 1-based row numbers (a wide sheet may stack one block per year);
    `label_column` holds the KPI names (wide, long), `month_column` the months (tall, long),
    `value_column` the figures (long), `segment_column` the location or person (wide, long).
    """

    layout: Layout
    header_cell: str
    header_rows: tuple[int, ...]
    label_column: str | None = None
    month_column: str | None = None
    value_column: str | None = None
    segment_column: str | None = None


@dataclass
class ImportPlan:
    """Everything the importer found; nothing has been written."""

    file: Path
    file_format: str
    sheets: list[SheetInfo]
    sheet: str | None = None
    candidate_sheets: list[str] = field(default_factory=list)
    location: TableLocation | None = None
    labels: list[str] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    """Targets from plan columns beside the figures (`План | Факт`)."""
    problems: list[Problem] = field(default_factory=list)
    left_out: list[Message] = field(default_factory=list)
    decimal_mark: DecimalMark | None = None
    text_format: TextFormat | None = None
    segment_sheets: list[str] = field(default_factory=list)
    """The sheets combined into this plan, each one segment named by the sheet (empty for a
    plan of one sheet)."""
    parts: dict[str, ImportPlan] = field(default_factory=dict)
    """When several sheets hold figures: each sheet's own plan, so the preview can combine
    them when the sheets are named after segments."""

    @property
    def segment_labels(self) -> list[str]:
        """The segment labels the figures name, each once, in the order first met."""
        return list(dict.fromkeys(o.segment for o in self.observations if o.segment is not None))

    @property
    def layout(self) -> Layout | None:
        return self.location.layout if self.location else None

    @property
    def ignored(self) -> list[str]:
        """The rows and columns left out as totals or notes, in English (`left_out` for the
        window to translate)."""
        return [str(note) for note in self.left_out]

    @property
    def refusals(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.REFUSAL]

    @property
    def cell_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.CELL]

    @property
    def refused(self) -> bool:
        """True when the import must not go ahead as it stands."""
        return bool(self.refusals)

    @property
    def hidden_sheets(self) -> list[str]:
        return [info.name for info in self.sheets if info.hidden]

    @property
    def uses_percent_cells(self) -> dict[str, bool]:
        """Per label, whether any of its cells was shown as a percentage (a KPI created from
        the file then gets the percent unit)."""
        result: dict[str, bool] = {}
        for obs in self.observations:
            result[obs.label] = result.get(obs.label, False) or obs.percent_formatted
        return result
