"""The column-by-column reader of plain long sheets gives exactly what the row reader gives,
and leaves every sheet that is not plain to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.io import extract
from kpidesk.io.grid import SheetGrid, Workbook
from kpidesk.io.importer import plan_workbook
from kpidesk.io.plan import ImportPlan
from kpidesk.io.progress import Stage

COLUMN_READER = extract.read_plain_long
HEADER = ["KPI", "Month", "Value"]
NAMES = ["Revenue", "Orders", "Käive", "Приходи", "Nett\u00a0sales"]
ANY_LABEL = st.sampled_from([*NAMES, "revenue ", "REVENUE", "Total", "Kokku", "", None])
FIRSTS = st.dates(dt.date(2023, 1, 1), dt.date(2026, 12, 1)).map(lambda d: d.replace(day=1))
ANY_MONTH = st.one_of(
    FIRSTS, st.sampled_from(["2025-01", "2025-02", "Jan 2025", "март 2025", "Total", "Q1", ""])
)
NUMBERS = st.floats(-1e6, 1e6, allow_nan=False)
ANY_VALUE = st.one_of(NUMBERS, st.sampled_from(["12,5", "-", "n/a", "", None, "1 200", "abc"]))


class Recorder:
    """Runs the column reader (or not) and remembers what it gave."""

    def __init__(self, patch: pytest.MonkeyPatch, enabled: bool) -> None:
        self.results: list[object] = []

        def record(*args: object) -> object:
            result = COLUMN_READER(*args) if enabled else None
            self.results.append(result)
            return result

        patch.setattr(extract, "read_plain_long", record)


def plan_of(
    rows: list[list[object]], patch: pytest.MonkeyPatch, columns: bool
) -> tuple[ImportPlan, bool]:
    """The plan of a one-sheet workbook, and whether the column reader gave it."""
    recorder = Recorder(patch, columns)
    grid = SheetGrid("Data", [list(row) for row in rows], Path("long.xlsx"))
    book = Workbook(Path("long.xlsx"), "xlsx", [], {"Data": grid})
    plan = plan_workbook(book, None, None, None, Stage(None, 0.0, 1.0))
    return plan, any(result is not None for result in recorder.results)


def same_plans(first: ImportPlan, second: ImportPlan) -> None:
    assert first.observations == second.observations
    assert [type(o) for o in first.observations] == [type(o) for o in second.observations]
    assert first.labels == second.labels
    assert first.months == second.months
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems]
    assert first.ignored == second.ignored
    assert first.decimal_mark == second.decimal_mark
    assert first.location == second.location


@pytest.fixture(scope="module")
def patch() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patcher:
        yield patcher


@settings(max_examples=150, deadline=None)
@given(body=st.lists(st.tuples(ANY_LABEL, ANY_MONTH, ANY_VALUE), min_size=1, max_size=40))
def test_both_readers_agree_on_any_long_sheet(body, patch):
    rows = [HEADER, *[list(row) for row in body]]
    same_plans(plan_of(rows, patch, True)[0], plan_of(rows, patch, False)[0])


@settings(max_examples=100, deadline=None)
@given(
    cells=st.lists(
        st.tuples(st.sampled_from(NAMES), FIRSTS, NUMBERS),
        min_size=1,
        max_size=60,
        unique_by=lambda cell: (cell[0], cell[1]),
    )
)
def test_a_plain_sheet_takes_the_column_path_and_agrees(cells, patch):
    rows = [HEADER, *[list(cell) for cell in cells]]
    by_columns, taken = plan_of(rows, patch, True)
    assert taken
    assert len(by_columns.observations) == len(cells)
    same_plans(by_columns, plan_of(rows, patch, False)[0])


@pytest.mark.parametrize(
    "odd_row",
    [
        ["KPI 1", dt.date(2025, 1, 1), 5.0],
        ["kpi 1 ", dt.date(2025, 1, 1), 5.0],
        ["Total", dt.date(2025, 3, 1), 9.0],
        ["KPI 2", "2025-04", 9.0],
        ["KPI 2", dt.date(2025, 5, 1), "1 200"],
        ["KPI 2", dt.date(2025, 5, 1), None],
        [None, dt.date(2025, 6, 1), 3.0],
        ["KPI 2", dt.date(2025, 7, 1)],
    ],
    ids=[
        "twice",
        "twice-spelled-otherwise",
        "totals",
        "mixed-months",
        "text",
        "empty",
        "no-name",
        "short-row",
    ],
)
def test_a_sheet_that_is_not_plain_is_left_to_the_row_reader(odd_row, patch):
    rows = [HEADER, ["KPI 1", dt.date(2025, 1, 1), 4.0], ["KPI 3", dt.date(2025, 2, 1), 1.0]]
    rows.append(odd_row)
    by_columns, taken = plan_of(rows, patch, True)
    assert not taken
    same_plans(by_columns, plan_of(rows, patch, False)[0])


def test_percent_and_error_cells_are_left_to_the_row_reader(patch):
    rows = [HEADER, ["Margin", dt.date(2025, 1, 1), 0.125], ["Margin", dt.date(2025, 2, 1), 0.2]]
    grid = SheetGrid("Data", rows, Path("long.xlsx"), percent={(1, 2)})
    book = Workbook(Path("long.xlsx"), "xlsx", [], {"Data": grid})
    recorder = Recorder(patch, True)
    plan = plan_workbook(book, None, None, None, Stage(None, 0.0, 1.0))
    assert recorder.results == [None]
    assert [o.value for o in plan.observations] == [12.5, 0.2]
