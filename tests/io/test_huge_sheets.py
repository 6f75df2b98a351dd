"""A sheet whose cells reach XFD1048576 is read from its cells or refused in one line, in
small memory: never handed to a reader that lays out 17 billion cells and aborts."""

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .huge_sheets import (
    ODS_TABLE,
    TABLE,
    repeated_block,
    set_compression_method,
    write_ods,
    write_xlsx,
)

MEMORY = 1 << 30
FAR = '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'


def import_in_small_memory(db: Path, book: Path) -> subprocess.CompletedProcess[str]:
    """`kpidesk import` in a process that may use 1 GB of address space at most."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    return subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", str(db), "import", str(book), "--create-kpis"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )


@pytest.mark.parametrize(
    ("rows", "dimension"),
    [
        (TABLE, "A1:XFD1048576"),
        (TABLE + '<row r="1048576"><c r="XFD1048576" s="0"/></row>', "A1:XFD1048576"),
        (TABLE + '<row r="1048576" ht="20" customHeight="1"/>', None),
        (TABLE.replace(' r="', ' x="'), "A1:XFD1048576"),
        (
            TABLE.replace(' r="', ' x="').replace("<v>200</v>", "<f>B2*2</f><v>200</v>"),
            "A1:XFD1048576",
        ),
    ],
    ids=["dimension-lies", "empty-far-cell", "empty-far-row", "no-addresses", "openpyxl-path"],
)
def test_a_sheet_that_only_claims_to_be_huge_is_read_from_its_cells(
    tmp_path: Path, rows: str, dimension: str | None
) -> None:
    book = write_xlsx(tmp_path / "book.xlsx", rows, dimension)
    assert book.stat().st_size < 5_000
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 figures" in result.stdout


@pytest.mark.parametrize(
    ("rows", "dimension"),
    [
        (TABLE + FAR, "A1:XFD1048576"),
        (TABLE + FAR, "A1:C2"),
        (TABLE + FAR.replace("<v>7</v>", "<f>1/0</f>"), None),
        (TABLE + '<row r="1048576"><c r="XFD1048576" t="e"><v>#N/A</v></c></row>', None),
    ],
    ids=["far-value", "far-value-true-dimension", "far-formula", "far-error"],
)
def test_a_sheet_with_a_far_cell_is_refused_in_one_line(
    tmp_path: Path, rows: str, dimension: str | None
) -> None:
    book = write_xlsx(tmp_path / "book.xlsx", rows, dimension)
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 2, result.stderr
    assert "XFD1048576" in result.stderr and "Traceback" not in result.stderr
    assert "book.xlsx" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx"]


@pytest.mark.parametrize(
    "tail",
    [
        "",
        repeated_block("<table:table-cell/>"),
        repeated_block('<table:table-cell table:style-name="ce1"/>'),
    ],
    ids=["plain", "libreoffice-empty-tail", "styled-empty-tail"],
)
def test_an_ods_with_repeated_empty_cells_is_read(tmp_path: Path, tail: str) -> None:
    book = write_ods(tmp_path / "book.ods", ODS_TABLE + tail)
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 figures" in result.stdout


@pytest.mark.parametrize("kind", ["float", "percentage", "currency"])
def test_an_ods_with_a_value_repeated_to_the_far_corner_is_refused_in_one_line(
    tmp_path: Path, kind: str
) -> None:
    cell = (
        f'<table:table-cell office:value-type="{kind}" office:value="0.07" office:currency="EUR">'
        "<text:p>7</text:p></table:table-cell>"
    )
    book = write_ods(tmp_path / "book.ods", ODS_TABLE + repeated_block(cell))
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 2, result.stderr
    assert "XFD1048576" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("member", ["content.xml", "mimetype"])
def test_an_ods_packed_with_an_unknown_compression_method_is_refused_in_one_line(
    tmp_path: Path, member: str
) -> None:
    book = write_ods(tmp_path / "book.ods", ODS_TABLE)
    set_compression_method(book, member, 99)
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 2
    assert f"part '{member}' is packed with a compression method" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_ods_repeating_a_value_over_millions_of_near_cells_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    block = (
        '<table:table-row table:number-rows-repeated="3000">'
        '<table:table-cell table:number-columns-repeated="3000" office:value-type="percentage"'
        ' office:value="0.07"><text:p>7%</text:p></table:table-cell></table:table-row>'
    )
    book = write_ods(tmp_path / "book.ods", ODS_TABLE + block)
    assert book.stat().st_size < 5_000
    result = import_in_small_memory(tmp_path / "w.kpidesk", book)
    assert result.returncode == 2, result.stderr
    assert "repeats its values over more than 8 million cells" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_ods_value_repeated_as_libreoffice_writes_it_is_read(tmp_path: Path) -> None:
    """LibreOffice writes two equal neighbours as one cell repeated twice."""
    table = ODS_TABLE.replace(
        '<table:table-cell office:value-type="float" office:value="100"><text:p>100</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="float" office:value="200"><text:p>200</text:p>'
        "</table:table-cell>",
        '<table:table-cell table:number-columns-repeated="2" office:value-type="float" '
        'office:value="150"><text:p>150</text:p></table:table-cell>',
    )
    assert "number-columns-repeated" in table
    book = write_ods(tmp_path / "book.ods", table + repeated_block("<table:table-cell/>"))
    db = tmp_path / "w.kpidesk"
    result = import_in_small_memory(db, book)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 figures" in result.stdout
    exported = subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", str(db), "export", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "Walk-ins,2025-01,150," in exported and "Walk-ins,2025-02,150," in exported
