"""The entry point of the reading half of an import: a file in, an `ImportPlan` out.

Nothing is written. The command line refuses when the plan has refusals; the import view shows
the plan, lets the owner pick the sheet, layout or decimal mark, and asks again.
"""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.numbers import DecimalMark
from kpidesk.io.detect import detect
from kpidesk.io.extract import Extraction, Extractor
from kpidesk.io.grid import SheetGrid, Workbook, address, column_letters
from kpidesk.io.headers import HeaderReader
from kpidesk.io.plan import ImportPlan, Layout, Problem, ProblemCode, Severity, TableLocation
from kpidesk.io.progress import ProgressHandle, Stage
from kpidesk.io.readers import CsvOptions, ReadLimits, read_workbook
from kpidesk.io.table import Table
from kpidesk.io.vocabulary import is_label_word, is_month_word


def plan_import(
    path: str | Path,
    *,
    sheet: str | None = None,
    layout: Layout | str | None = None,
    decimal_mark: DecimalMark | None = None,
    csv_options: CsvOptions | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressHandle | None = None,
    book: Workbook | None = None,
    set_names: frozenset[str] = frozenset(),
) -> ImportPlan:
    """Read `path` and work out what it holds.

    `sheet` picks a sheet (hidden ones too); without it the one visible sheet with a table is
    used, and several make a refusal listing them. `layout` forces wide, tall or long (`auto`
    or None detects). `decimal_mark` is the owner's (or the locale's) choice for texts such as
    `3.000` that do not show it. Raises ImportFileError subclasses for unreadable files and
    ImportCancelled when the progress handle says so; everything else is in the plan.
    `book` is the file when it was already read with the same sheet and CSV options.
    `set_names` (name keys of the workspace's segment sets) head segment columns too.
    """
    path = Path(path)
    stage = Stage(progress, 0.0, 1.0)
    wanted = [sheet] if sheet is not None else None
    if book is None:
        book = read_workbook(
            path,
            sheets=wanted,
            csv_options=csv_options,
            limits=limits,
            progress=_Sub(progress, stage.sub(0.0, 0.5)),
        )
    chosen_layout = None if layout in (None, "auto") else Layout(layout)
    plan = plan_workbook(book, sheet, chosen_layout, decimal_mark, stage.sub(0.5, 1.0), set_names)
    stage.report(1.0)
    return plan


class _Sub:
    """Passes a reader's own 0..1 progress through a stage of the overall bar."""

    def __init__(self, handle: ProgressHandle | None, stage: Stage) -> None:
        self._handle = handle
        self._stage = stage

    def set_progress(self, fraction: float) -> None:
        self._stage.report(fraction)

    def cancelled(self) -> bool:
        return self._handle.cancelled() if self._handle is not None else False


def plan_workbook(
    book: Workbook,
    sheet: str | None,
    layout: Layout | None,
    decimal_mark: DecimalMark | None,
    stage: Stage,
    set_names: frozenset[str] = frozenset(),
) -> ImportPlan:
    """The plan for an already-read workbook (the import view re-plans without re-reading).
    Several sheets with figures refuse, and each sheet's plan is kept in `parts`, for the
    preview to combine when the sheets are named after segments."""
    plan = ImportPlan(book.path, book.file_format, book.sheets, text_format=book.text_format)
    name = book.path.name
    if sheet is not None and sheet not in book.grids:
        known = ", ".join(f"'{info.name}'" for info in book.sheets)
        plan.problems.append(
            _refusal(
                name,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "there is no sheet named '{sheet}' (sheets: {known})"
                    ),
                    sheet=sheet,
                    known=known,
                ),
                ProblemCode.NO_SUCH_SHEET,
            )
        )
        return plan
    results: dict[str, tuple[Table, Extraction]] = {}
    grids = [book.grids[sheet]] if sheet is not None else list(book.grids.values())
    for index, grid in enumerate(grids):
        part = stage.sub(index / len(grids), (index + 1) / len(grids))
        found = _plan_sheet(grid, name, layout, decimal_mark, part, set_names)
        if found is not None:
            results[grid.name] = found
    with_data = [s for s, found in results.items() if _holds_figures(book.grids[s], *found)]
    if len(with_data) > 1:
        plan.candidate_sheets = with_data
        for each in with_data:
            own = ImportPlan(book.path, book.file_format, book.sheets, text_format=book.text_format)
            _fill(own, each, *results[each])
            plan.parts[each] = own
        listed = ", ".join(f"'{s}'" for s in with_data)
        plan.problems.append(
            _refusal(
                name,
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "several sheets hold figures ({listed}); choose one"
                    ),
                    listed=listed,
                ),
                ProblemCode.SEVERAL_SHEETS,
            )
        )
        return plan
    if not with_data:
        plan.problems.append(
            _refusal(name, sheet, _no_table_reason(book, sheet), ProblemCode.NO_TABLE)
        )
        if sheet is not None and sheet in results:
            _fill(plan, sheet, *results[sheet])
        return plan
    _fill(plan, with_data[0], *results[with_data[0]])
    plan.candidate_sheets = with_data
    return plan


def _holds_figures(grid: SheetGrid, table: Table, extraction: Extraction) -> bool:
    """A sheet counts as holding a table when it gave figures, or refusals about them (months
    without a year, duplicates), which the owner must see rather than a "no table"."""
    if any(problem.severity is Severity.REFUSAL for problem in extraction.problems):
        return True
    figures = [obs for obs in extraction.observations if obs.value is not None]
    if not figures:
        return False
    if len({obs.label for obs in figures}) > 1 or len({obs.month for obs in figures}) > 1:
        return True
    return _headed_as_a_table(grid, table)


def _headed_as_a_table(grid: SheetGrid, table: Table) -> bool:
    """Whether a table of one figure has the corner of one: empty, or a word for the KPI or
    month column (`KPI | Jan 2025`, `Kuu | Käive`). One date beside a word and one number
    below it (`Updated: | 2025-03-01`, `Version | 2` in a notes or feature sheet) is none."""
    if table.layout is Layout.LONG:
        return True
    col = table.label_col if table.layout is Layout.WIDE else table.month_col
    corner = grid.value(table.header_row, col) if col is not None else None
    if corner is None or (isinstance(corner, str) and not corner.strip()):
        return True
    return is_label_word(corner) or is_month_word(corner)


def _plan_sheet(
    grid: SheetGrid,
    file_name: str,
    layout: Layout | None,
    decimal_mark: DecimalMark | None,
    stage: Stage,
    set_names: frozenset[str],
) -> tuple[Table, Extraction] | None:
    reader = HeaderReader(grid)
    table = detect(grid, reader, layout, set_names)
    stage.report(0.2)
    if table is None:
        return None
    extraction = Extractor(grid, reader, file_name, stage.sub(0.2, 1.0)).run(table, decimal_mark)
    if layout is None and not _holds_figures(grid, table, extraction):
        other = _other_reading(grid, reader, file_name, table, decimal_mark, set_names)
        return other or (table, extraction)
    return table, extraction


_OTHER_LAYOUT = {Layout.WIDE: Layout.TALL, Layout.TALL: Layout.WIDE}


def _other_reading(
    grid: SheetGrid,
    reader: HeaderReader,
    file_name: str,
    table: Table,
    decimal_mark: DecimalMark | None,
    set_names: frozenset[str],
) -> tuple[Table, Extraction] | None:
    """The table read the other way round, when the likelier way gave no figure: one month
    down a column with KPIs across reads as a wide header row as well (both find one
    month), and only the tall reading finds the figures beside it."""
    other = _OTHER_LAYOUT.get(table.layout)
    found = detect(grid, reader, other, set_names) if other is not None else None
    if found is None:
        return None
    extraction = Extractor(grid, reader, file_name, Stage(None, 0.0, 1.0)).run(found, decimal_mark)
    return (found, extraction) if _holds_figures(grid, found, extraction) else None


def _fill(plan: ImportPlan, sheet: str, table: Table, extraction: Extraction) -> None:
    plan.sheet = sheet
    plan.location = _location(table)
    plan.labels = extraction.labels
    plan.months = extraction.months
    plan.observations = extraction.observations
    plan.targets = extraction.targets
    plan.problems.extend(extraction.problems)
    plan.left_out = extraction.ignored
    plan.decimal_mark = extraction.decimal_mark


def _location(table: Table) -> TableLocation:
    def letter(col: int | None) -> str | None:
        return column_letters(col) if col is not None and col >= 0 else None

    if table.layout is Layout.WIDE:
        rows = tuple(block.header_row + 1 for block in table.blocks)
        first = table.blocks[0]
        corner = address(first.header_row, min([first.label_col, *first.months]))
        return TableLocation(
            table.layout,
            corner,
            rows,
            label_column=letter(first.label_col),
            segment_column=letter(first.segment_col),
        )
    row = max(table.header_row, 0)
    cols = [c for c in (table.label_col, table.month_col, table.value_col) if c is not None]
    cols += list(table.label_cols)
    return TableLocation(
        table.layout,
        address(row, min(cols)),
        (row + 1,),
        label_column=letter(table.label_col),
        month_column=letter(table.month_col),
        value_column=letter(table.value_col),
        segment_column=letter(table.segment_col),
    )


def _refusal(file: str, sheet: str | None, reason: Message, code: ProblemCode) -> Problem:
    return Problem(file, sheet, None, reason, Severity.REFUSAL, code)


def _no_table_reason(book: Workbook, sheet: str | None) -> Message:
    if sheet is None and book.hidden_sheets:
        hidden = ", ".join(f"'{s}'" for s in book.hidden_sheets)
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "no table of KPIs and months was found in the visible sheets; "
                "hidden sheets ({hidden}) were not read, choose one",
            ),
            hidden=hidden,
        )
    return message(QT_TRANSLATE_NOOP("messages", "no table of KPIs and months was found"))
