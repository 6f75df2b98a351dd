"""Property: an owner's table, however it is laid out, imports as exactly the figures it
holds, no more and none less, and the same figures in any layout import the same.

The generator knows the figures before it writes the file (owner_tables.py: KPIs and
figures; owner_spellings.py: months and numbers as owners write them; owner_layouts.py,
owner_wide.py, owner_tall_long.py, owner_sheets.py: the sheet around them; owner_files.py:
.xlsx or .csv, and the import); the test compares what lands in the store with them. It is
derandomized and uses no example database, so every run tries the same bounded examples.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.io.owner_files import Imported, import_into_empty, write_csv, write_xlsx
from tests.io.owner_layouts import LAYOUTS, OwnerSheet, owner_sheet
from tests.io.owner_tables import OwnerFigures, owner_figures

BOUNDED = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def imported(sheet: OwnerSheet, as_csv: bool, delimiter: str = ";") -> Imported:
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        if as_csv:
            file = write_csv(sheet, where / "owner.csv", delimiter)
        else:
            file = write_xlsx(sheet, where / "owner.xlsx")
        return import_into_empty(file, where / "owner.kpidesk")


def assert_gives_back(result: Imported, figures: OwnerFigures) -> None:
    assert result.code == 0, result.err
    expected = figures.expected()
    assert result.figures == expected, result.out
    assert result.kpis == set(expected), result.out


@BOUNDED
@given(data=st.data(), figures=owner_figures())
def test_an_xlsx_table_imports_as_exactly_its_figures(data, figures):
    sheet = data.draw(owner_sheet(figures), label="sheet")
    assert_gives_back(imported(sheet, as_csv=False), figures)


@BOUNDED
@given(
    data=st.data(),
    figures=owner_figures(),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_a_csv_table_imports_as_exactly_its_figures(data, figures, delimiter):
    sheet = data.draw(owner_sheet(figures, csv=True), label="sheet")
    assert_gives_back(imported(sheet, as_csv=True, delimiter=delimiter), figures)


@BOUNDED
@given(
    data=st.data(),
    figures=owner_figures(),
    layouts=st.permutations(LAYOUTS),
)
def test_the_same_figures_in_any_layout_import_the_same(data, figures, layouts):
    first = data.draw(owner_sheet(figures, layouts[0]), label="first")
    second = data.draw(owner_sheet(figures, layouts[1], csv=True), label="second")
    one, other = imported(first, as_csv=False), imported(second, as_csv=True)
    assert one.code == 0, one.err
    assert (one.code, one.figures, one.kpis) == (other.code, other.figures, other.kpis)
