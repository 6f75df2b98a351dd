"""Finding the table in a sheet: which layout, where the headers are, which column holds the
KPI names.

Owners' sheets have titles, blank rows, notes, category / unit / target / comment columns and
totals around the figures, and the header is rarely in row 1. The detector looks for the row
with the most month headers (wide: KPIs down, months across), the column with the most
distinct months (tall: months down, KPIs across), and a header naming KPI, month and value
columns (long: one row per KPI and month). It only locates; `extract` reads the figures.
"""

from __future__ import annotations

from kpidesk.domain.kpi import name_key
from kpidesk.domain.month import Month
from kpidesk.domain.month_text import SUMMARY_KINDS, HeaderKind
from kpidesk.io.detect_long import find_long
from kpidesk.io.grid import SheetGrid, address, column_letters
from kpidesk.io.header_rows import is_block_header, spread_over_pairs, tall_header_row
from kpidesk.io.headers import MONTHISH, HeaderReader
from kpidesk.io.left_out import side_column, summary_column
from kpidesk.io.plan import Layout
from kpidesk.io.table import Table, WideBlock
from kpidesk.io.vocabulary import (
    is_formula_text,
    is_segment_word,
    is_side_word,
    is_target_word,
    is_value_word,
    is_year_word,
    target_of,
)

_HEADER_SCAN_ROWS = 100
_SAMPLE_ROWS = 300
_MAX_COLS = 2000


def detect(
    grid: SheetGrid,
    reader: HeaderReader,
    layout: Layout | None = None,
    set_names: frozenset[str] = frozenset(),
) -> Table | None:
    """The most likely table in the grid, restricted to `layout` when the owner chose one.
    `set_names` are the name keys of the workspace's segment sets, which head a segment
    column as a word for one does."""
    if layout in (None, Layout.LONG):
        found = find_long(grid, reader, set_names)
        if found is not None or layout is Layout.LONG:
            return found
    wide = find_wide(grid, reader, set_names) if layout in (None, Layout.WIDE) else None
    tall = find_tall(grid, reader) if layout in (None, Layout.TALL) else None
    candidates = [table for table in (wide, tall) if table is not None]
    return max(candidates, key=lambda table: table.score, default=None)


def _cols(grid: SheetGrid) -> range:
    return range(min(grid.n_cols, _MAX_COLS))


def _month_count(reader: HeaderReader, row: int, cols: range) -> int:
    seen: set[object] = set()
    for col in cols:
        info = reader.info(row, col)
        if info.kind is HeaderKind.MONTH:
            seen.add(info.month)
        elif info.kind is HeaderKind.MONTH_NO_YEAR:
            seen.add((col, info.month_number))
    return len(seen)


def find_wide(
    grid: SheetGrid, reader: HeaderReader, set_names: frozenset[str] = frozenset()
) -> Table | None:
    """KPIs down, months across; several stacked blocks (one per year) are allowed."""
    cols = _cols(grid)
    counts = [_month_count(reader, row, cols) for row in range(min(grid.n_rows, _HEADER_SCAN_ROWS))]
    if not counts or max(counts) == 0:
        return None
    best = counts.index(max(counts))
    best_cols = [col for col in cols if reader.is_monthish(best, col)]
    need = max(1, len(best_cols) // 2)
    header_rows = [
        row
        for row in range(grid.n_rows)
        if row == best
        or (
            (
                sum(reader.is_monthish(row, col) for col in best_cols) >= need
                or is_block_header(grid, reader, row, best_cols)
            )
            and not _holds_figures(grid, reader, row, best_cols)
        )
    ]
    table = Table(Layout.WIDE, best, context_year=reader.context_year(header_rows[0]))
    for index, row in enumerate(header_rows):
        end = header_rows[index + 1] if index + 1 < len(header_rows) else grid.n_rows
        block = WideBlock(row, _block_months(reader, row, cols, table), row + 1, end)
        _keep_actuals(grid, block, table)
        block.segment_col = _segment_column(grid, block, set_names)
        block.label_col = _label_column(grid, reader, block)
        block.target_rows = _target_rows(grid, block)
        if (block.months or table.unplaced) and block.label_col >= 0:
            table.blocks.append(block)
    if not table.blocks:
        return None
    table.label_col = table.blocks[0].label_col
    table.score = max(counts)
    return table


def _holds_figures(grid: SheetGrid, reader: HeaderReader, row: int, cols: list[int]) -> bool:
    """A row with a plain number that is neither a month nor a year under the months is a row
    of figures, not a further block's header, whatever some of its cells look like."""
    for col in cols:
        value = grid.value(row, col)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if reader.info(row, col).kind not in (HeaderKind.MONTH, HeaderKind.YEAR):
            return True
    return False


def _target_rows(grid: SheetGrid, block: WideBlock) -> dict[int, str]:
    """Rows whose label names another row's KPI with a target word (`Revenue target`)."""
    if block.label_col < 0:
        return {}
    rows = range(block.first_row, block.end_row)
    texts = {row: grid.value(row, block.label_col) for row in rows}
    labels = {row: " ".join(text.split()) for row, text in texts.items() if isinstance(text, str)}
    names = {name_key(label): label for label in labels.values()}
    found = {row: target_of(label, names) for row, label in labels.items()}
    return {row: name for row, name in found.items() if name is not None}


def _keep_actuals(grid: SheetGrid, block: WideBlock, table: Table) -> None:
    """A row under the months that says what each column holds (`План | Факт` under a merged
    `Януари 2025`, `Target | Actual`): the figures are the actual columns, the plan, target
    and budget columns give the month's targets, other side columns are left out and listed,
    and the figures start below that row."""
    below = block.header_row + 1
    if below >= block.end_row or not block.months:
        return
    months = spread_over_pairs(grid, block.header_row, block.months)
    words = {col: grid.value(below, col) for col in months}
    side = [col for col, word in words.items() if is_side_word(word)]
    actual = [col for col, word in words.items() if is_value_word(word)]
    if not actual or len(side) + len(actual) < len(words):
        return
    block.months = months
    for col in side:
        month = block.months.pop(col)
        if is_target_word(words[col]):
            block.plans[col] = month
        else:
            table.ignored.append(side_column(column_letters(col), str(words[col]).strip()))
    block.first_row = below + 1


def _block_months(reader: HeaderReader, row: int, cols: range, table: Table) -> dict[int, Month]:
    months: dict[int, Month] = {}
    fallback = table.context_year
    previous = 0
    for col in cols:
        info = reader.info(row, col)
        where = address(row, col)
        if info.kind is HeaderKind.MONTH and info.month is not None:
            months[col] = info.month
        elif info.kind is HeaderKind.MONTH_NO_YEAR and info.month_number is not None:
            year = reader.year_for(row, col, None)
            if year is None and fallback is not None:
                if info.month_number < previous:
                    fallback += 1
                previous = info.month_number
                year = fallback
            if year is None:
                table.unplaced.append((where, str(reader.grid.value(row, col))))
                continue
            months[col] = Month(year, info.month_number)
        elif info.kind in SUMMARY_KINDS:
            label = str(reader.grid.value(row, col)).strip()
            table.ignored.append(summary_column(column_letters(col), label, info.kind.value))
    return months


def _segment_column(grid: SheetGrid, block: WideBlock, set_names: frozenset[str]) -> int | None:
    """The column left of the months headed as a segment column (`Location`, `Töötaja`)."""
    first_month = min(block.months, default=0)
    for col in range(min(first_month, grid.n_cols)):
        if is_segment_word(grid.value(block.header_row, col), set_names):
            return col
    return None


def _label_column(grid: SheetGrid, reader: HeaderReader, block: WideBlock) -> int:
    """The column with the most distinct texts below the header: the KPI names. A category
    column repeats itself, a unit column too; a comment column is sparse."""
    first_month = min(block.months, default=0)
    best, best_score = -1, (0, 0)
    rows = range(block.first_row, min(block.end_row, block.first_row + _SAMPLE_ROWS * 10))
    for col in range(min(grid.n_cols, _MAX_COLS)):
        header_kind = reader.info(block.header_row, col).kind
        if col in block.months or header_kind in SUMMARY_KINDS or header_kind in MONTHISH:
            continue
        if col == block.segment_col:
            continue
        if is_side_word(grid.value(block.header_row, col)):
            continue
        texts = {
            value.strip()
            for row in rows
            if isinstance(value := grid.value(row, col), str) and value.strip()
        }
        side = 1 if col < first_month else 0
        score = (len(texts), side * 10_000 - abs(col - first_month))
        if score > best_score:
            best, best_score = col, score
    return best


def find_tall(grid: SheetGrid, reader: HeaderReader) -> Table | None:
    """Months down one column, KPIs across the header row above them."""
    rows = range(min(grid.n_rows, _SAMPLE_ROWS))
    best_col, best_distinct = -1, 0
    for col in range(min(grid.n_cols, 60)):
        months = [reader.info(row, col) for row in rows if reader.is_monthish(row, col)]
        distinct = len({(m.month, m.month_number) for m in months})
        if months and distinct >= 0.8 * len(months) and distinct > best_distinct:
            best_col, best_distinct = col, distinct
    if best_col < 0:
        return None
    first = next(row for row in range(grid.n_rows) if reader.is_monthish(row, best_col))
    header = tall_header_row(grid, first, best_col)
    table = Table(Layout.TALL, header, month_col=best_col, first_data_row=first)
    table.context_year = reader.context_year(max(header, 0))
    side: dict[int, str] = {}
    for col in range(min(grid.n_cols, _MAX_COLS)):
        if col == best_col or header < 0:
            continue
        value = grid.value(header, col)
        if not isinstance(value, str) or not value.strip():
            continue
        kind = reader.info(header, col).kind
        if is_year_word(value) or kind is HeaderKind.YEAR:
            table.year_col = col
        elif kind in SUMMARY_KINDS or is_side_word(value) or is_formula_text(value):
            side[col] = value.strip()
        else:
            table.label_cols[col] = value.strip()
    _pair_targets(table, side)
    for col, text in side.items():
        table.ignored.append(side_column(column_letters(col), text))
    if not table.label_cols:
        return None
    table.score = best_distinct
    return table


def _pair_targets(table: Table, side: dict[int, str]) -> None:
    """Columns headed by a KPI's name with a target word before or after it (`Revenue
    target`, `Цел приходи`, `Müügitulu eesmärk`) hold that KPI's monthly targets; they move
    from the KPIs (or the side columns) to `target_cols`."""
    names = {name_key(text): text for text in table.label_cols.values()}
    for columns in (table.label_cols, side):
        for col, text in list(columns.items()):
            name = target_of(text, names)
            if name is not None:
                table.target_cols[col] = name
                del columns[col]
