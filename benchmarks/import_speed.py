"""How fast `kpidesk import` is, against pandas merely reading the same workbook.

Writes a long workbook (120 000 rows: one per KPI and month), a wide one (300 KPIs × 120
months) and a segmented long one (180 000 rows: one per KPI, location and month), then
times, in one run, the whole `kpidesk import` (read, check, write, commit) in a fresh process
and `pandas.read_excel(..., engine="openpyxl")` reading the same file, and prints the ratios
and kpidesk's peak memory. Goal: the whole import of either long file takes at most 0.40 of
pandas' read.

Each side is timed three times, in turn (kpidesk, pandas, kpidesk, ...), so a machine that
slows down or speeds up meanwhile weighs on both alike; the medians count, and the ratio is
the median of each pair's. kpidesk's time is the wall time of the whole process (interpreter
start, imports, reading, checking, writing, commit, exit) into an empty workspace made
beforehand; pandas is already imported when its clock starts.

    pip install -e ".[bench]" && python benchmarks/import_speed.py
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import xlsxwriter

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.store.workspace import open_workspace
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

LONG_KPIS, MONTHS, WIDE_KPIS = 1000, 120, 300
SEGMENT_KPIS, SEGMENTS = 50, 30
"""The segmented workspace of issue 13 (50 KPIs x 30 locations x 10 years) as its long export:
180 000 rows `KPI | Location | Month | Value`, into a workspace that has the KPIs and shops."""
RUNS = 3


def month_dates(count: int) -> list[date]:
    return [date(2016 + m // 12, m % 12 + 1, 1) for m in range(count)]


def write_long(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    month_format = book.add_format({"num_format": "yyyy-mm"})
    sheet.write_row(0, 0, ["KPI", "Month", "Value"])
    row = 1
    for k in range(LONG_KPIS):
        for m, day in enumerate(month_dates(MONTHS)):
            sheet.write_string(row, 0, f"KPI {k:04d}")
            sheet.write_datetime(row, 1, day, month_format)
            sheet.write_number(row, 2, k * 10 + m * 0.5)
            row += 1
    book.close()


def write_segments(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    month_format = book.add_format({"num_format": "yyyy-mm"})
    sheet.write_row(0, 0, ["KPI", "Location", "Month", "Value"])
    row = 1
    for k in range(SEGMENT_KPIS):
        for s in range(SEGMENTS):
            for m, day in enumerate(month_dates(MONTHS)):
                sheet.write_string(row, 0, f"KPI {k:04d}")
                sheet.write_string(row, 1, f"Shop {s:02d}")
                sheet.write_datetime(row, 2, day, month_format)
                sheet.write_number(row, 3, k * 10 + s + m * 0.5)
                row += 1
    book.close()


def shops_and_kpis(db: Path) -> None:
    """The KPIs tracked by the set of shops the segmented file names."""
    with closing(open_workspace(db)) as workspace, workspace.transaction() as session:
        for s in range(SEGMENTS):
            new_segment(session, f"Shop {s:02d}", "Locations", source="benchmark")
        for k in range(SEGMENT_KPIS):
            define_kpi(session, KpiDefinition(f"KPI {k:04d}", Unit.NUMBER, segment_set="Locations"))


def write_wide(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("KPIs")
    month_format = book.add_format({"num_format": "mmm yyyy"})
    sheet.write_string(0, 0, "KPI")
    for m, day in enumerate(month_dates(MONTHS)):
        sheet.write_datetime(0, m + 1, day, month_format)
    for k in range(WIDE_KPIS):
        sheet.write_string(k + 1, 0, f"KPI {k:04d}")
        for m in range(MONTHS):
            sheet.write_number(k + 1, m + 1, k * 10 + m * 0.5)
    book.close()


def kpidesk(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kpidesk", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env)


def time_kpidesk(
    path: Path, workdir: Path, env: dict[str, str], prepare: Callable[[Path], None] | None
) -> tuple[float, dict]:
    """Seconds of a whole `kpidesk import` in a fresh process into an empty workspace (made
    beforehand, as an owner's workspace exists before they import, with what `prepare`
    defines), with its report."""
    db = workdir / f"{path.stem}.kpidesk"
    for leftover in workdir.glob(f"{db.name}*"):
        leftover.unlink()
    open_workspace(db).close()
    if prepare is not None:
        prepare(db)
    start = time.perf_counter()
    result = kpidesk(["--db", str(db), "import", str(path), "--create-kpis", "--json"], env)
    return time.perf_counter() - start, json.loads(result.stdout)


def time_pandas(path: Path) -> float:
    import pandas

    start = time.perf_counter()
    pandas.read_excel(path, engine="openpyxl")
    return time.perf_counter() - start


def child_env(workdir: Path) -> dict[str, str]:
    """The environment for kpidesk's processes: its modules byte-compiled once, as pip does
    when it installs a package, even where PYTHONDONTWRITEBYTECODE is set for development."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        env = child_env(workdir)
        kpidesk(["--version"], env)
        cases = (
            ("long", write_long, None),
            ("wide", write_wide, None),
            ("segments", write_segments, shops_and_kpis),
        )
        for name, writer, prepare in cases:
            path = workdir / f"{name}.xlsx"
            writer(path)
            runs: list[tuple[float, dict]] = []
            pandas_runs: list[float] = []
            for _ in range(RUNS):
                runs.append(time_kpidesk(path, workdir, env, prepare))
                pandas_runs.append(time_pandas(path))
            ours = statistics.median(seconds for seconds, _ in runs)
            theirs = statistics.median(pandas_runs)
            ratio = statistics.median(
                seconds / read for (seconds, _), read in zip(runs, pandas_runs, strict=True)
            )
            report = runs[-1][1]
            print(f"{name}: {report['values_imported']} values, layout {report['layout']}")
            print(f"  kpidesk import (read, check, write, commit): {ours:6.2f} s")
            print(f"  pandas.read_excel(engine='openpyxl') only:  {theirs:6.2f} s")
            goal = "  (goal: <= 0.40)" if name in ("long", "segments") else ""
            print(f"  ratio kpidesk / pandas: {ratio:.2f}{goal}")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"kpidesk's peak memory over all runs: {peak:.0f} MB (goal: < 500 MB)")


if __name__ == "__main__":
    main()
