"""A file read on a background thread gives the same workbook, or the same error."""

from pathlib import Path

import pytest

from kpidesk.cli.import_args import ON_CONFLICT
from kpidesk.io.errors import ImportFileError
from kpidesk.io.readers import CsvOptions, read_workbook
from kpidesk.usecases.import_preview import OnConflict
from kpidesk.usecases.prefetch import WorkbookPrefetch
from tests.workbooks import write_text


def test_a_prefetched_csv_equals_one_read_directly(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "figures.csv", "KPI;2025-01;2025-02\nRevenue;1 200,50;1 300\n", encoding="cp1251"
    )
    options = CsvOptions(encoding="cp1251")
    prefetched = WorkbookPrefetch(path, None, options).result()
    direct = read_workbook(path, csv_options=options)
    assert prefetched.grids.keys() == direct.grids.keys()
    for name, grid in direct.grids.items():
        assert prefetched.grids[name].rows == grid.rows


def test_the_readers_error_reaches_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    prefetch = WorkbookPrefetch(path, None, CsvOptions())
    with pytest.raises(ImportFileError) as raised:
        prefetch.result()
    with pytest.raises(ImportFileError) as direct:
        read_workbook(path)
    assert str(raised.value) == str(direct.value)


def test_the_parsers_conflict_choices_are_the_importers() -> None:
    assert tuple(choice.value for choice in OnConflict) == ON_CONFLICT
