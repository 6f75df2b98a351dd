"""The English an owner (and the command line) reads is unchanged now that the texts are
`Message`s: `str()` of each message is the old sentence, word for word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kpidesk.domain.messages import Message
from kpidesk.domain.numbers import NumberParseError, parse_number
from kpidesk.io.errors import ImportFileError
from kpidesk.io.importer import plan_import


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12abc", "is not a number (it contains letters)"),
        (
            "3.000",
            "could be 3 or 3000: the decimal mark cannot be told; say whether the file uses a "
            "decimal comma or a decimal dot",
        ),
        ("#DIV/0!", "is the spreadsheet error #DIV/0!, not a number"),
        ("1,234.5.6", "has more than one decimal mark '.'"),
        ("1 23", "is not a number (the digit groups are not thousands)"),
        ("1e999", "is too large to be a figure"),
    ],
)
def test_number_errors_read_as_before(text: str, reason: str) -> None:
    with pytest.raises(NumberParseError) as caught:
        parse_number(text)
    error = caught.value
    assert (error.text, error.reason, str(error)) == (text, reason, f"'{text}' {reason}")
    assert isinstance(error.message, Message)
    assert str(error.message) == str(error)


def test_problems_read_as_before(make_xlsx: Callable[..., Path]) -> None:
    rows = [
        ["KPI", "2025-01", "2025-02", "2025-03"],
        ["Revenue", "=1/0", "12abc", "#N/A"],
        [None, 3, 4, 5],
        ["Cost", "3.000", 1, 2],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    reasons = {p.cell: p.reason for p in plan.problems}
    assert reasons == {
        "B2": "has a formula with no saved result (the file was saved without calculating); "
        "open and save it in Excel or LibreOffice, then import again",
        "C2": "'12abc' is not a number (it contains letters); left out",
        "D2": "shows the error #N/A; left out",
        "B3": "row 3 has figures but no KPI name; the row is left out",
        "C3": "row 3 has figures but no KPI name; the row is left out",
        "D3": "row 3 has figures but no KPI name; the row is left out",
        "B4": "'3.000' could be 3 or 3000: the decimal mark cannot be told; say whether the file "
        "uses a decimal comma or a decimal dot",
    }
    assert all(p.reason == str(p.message) for p in plan.problems)
    assert str(plan.problems[0]).startswith("book.xlsx, sheet 'S', cell ")


def test_refusals_read_as_before(make_xlsx: Callable[..., Path]) -> None:
    data = [["KPI", "Month", "Value"], ["Revenue", "2025-01", 1], ["revenue ", "2025-01", 2]]
    path = make_xlsx({"A": data, "B": data})
    assert [p.reason for p in plan_import(path).problems] == [
        "several sheets hold figures ('A', 'B'); choose one"
    ]
    assert [p.reason for p in plan_import(path, sheet="B").problems] == [
        "'revenue' for 2025-01 appears twice, in C2 and C3; keep one of them"
    ]
    assert [p.as_dict() for p in plan_import(path, sheet="Nope").problems] == [
        {"sheet": None, "cell": None, "reason": "there is no sheet named 'Nope' (sheets: 'A', 'B')"}
    ]


def test_file_errors_read_as_before(tmp_path: Path) -> None:
    cases = {
        "empty.xlsx": (b"", "the file is empty (0 bytes)"),
        "fake.xls": (b"hello", "the file is named .xls but is not an Excel 97-2003 workbook"),
        "text.xlsx": (
            b"a;b\n1;2\n",
            "the file is named .xlsx but holds plain text (probably CSV); rename it to .csv, or "
            "open it in your spreadsheet program and save it as .xlsx",
        ),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ImportFileError) as caught:
            plan_import(path)
        error = caught.value
        assert (error.reason, str(error), str(error.message)) == (
            reason,
            f"{name}: {reason}",
            f"{name}: {reason}",
        )
