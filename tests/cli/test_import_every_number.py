"""`kpidesk import` end to end: every number inside the table lands in the workspace or is
listed (sheet, cell, reason) in the output and in `--json` errors; totals and notes listed as
left out do not make `--strict` refuse."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kpidesk.cli import main
from tests.workbooks import write_xlsx

ROWS = [
    ["Kalamaja kohvik 2025"],
    ["Näitaja", "Ühik", "jaan 2025", "veebr 2025", "I kv", "Kokku", None],
    ["Keskmine ooteaeg", "min", 7.5, 6.5, 7, 7, None],
    ["Total revenue", "EUR", 19663.87, 20100.5, 39764.37, 39764.37, 12],
    ["Kokku", None, 19671.37, 20107, 39771.37, 39771.37, None],
]
"""Figures (C3:D4) and, beside them, a quarter, a total column, a totals row and a number
in a column with no heading."""
FIGURES = {
    ("Keskmine ooteaeg", "2025-01"): 7.5,
    ("Keskmine ooteaeg", "2025-02"): 6.5,
    ("Total revenue", "2025-01"): 19663.87,
    ("Total revenue", "2025-02"): 20100.5,
}
LEFT_OUT = {"E3", "F3", "E4", "F4", "G4", "C5", "D5", "E5", "F5"}


@pytest.fixture
def run(tmp_path: Path, capsys):
    db = str(tmp_path / "every.kpidesk")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def workbook(path: Path) -> Path:
    return write_xlsx(path, {"Näitajad": ROWS})


def stored(run) -> dict[tuple[str, str], float]:
    code, out, _ = run("export", "-")
    assert code == 0
    return {(r["kpi"], r["month"]): float(r["value"]) for r in csv.DictReader(io.StringIO(out))}


def test_every_number_is_stored_or_listed_in_json(run, tmp_path: Path) -> None:
    path = workbook(tmp_path / "kohvik.xlsx")
    code, out, _ = run("import", str(path), "--create-kpis", "--json")
    assert code == 0
    report = json.loads(out)
    listed = {e["cell"] for e in report["errors"] if e["sheet"] == "Näitajad"}
    assert listed == LEFT_OUT
    assert report["values_imported"] == 4 and report["values_skipped"] == len(LEFT_OUT)
    assert stored(run) == FIGURES
    reasons = {e["cell"]: e["reason"] for e in report["errors"]}
    assert reasons["E3"] == "column E ('I kv') is a quarter, not imported"
    assert reasons["C5"] == "row 5 ('Kokku') is a total, not imported"
    assert reasons["G4"] == "column G has no heading; not imported"


def test_the_text_output_lists_left_out_cells_and_strict_still_imports(run, tmp_path) -> None:
    path = workbook(tmp_path / "kohvik.xlsx")
    code, out, _ = run("import", str(path), "--create-kpis", "--strict")
    assert code == 0
    assert "9 left out" in out
    assert (
        "left out: kohvik.xlsx, sheet 'Näitajad', cell F4: column F ('Kokku') is a total, "
        "not imported" in out
    )
    assert stored(run) == FIGURES
