"""A team at work on one workspace: N desktops entering figures into the same cells and now
and then importing a small file, on one PostgreSQL database, beside the same run on one
SQLite file (the peer: the workspace a single owner keeps).

Each desktop is a process of its own. All of them open the workspace, wait until every one
is ready, then for `--seconds` enter a figure into a random cell of one shared set (4 KPIs
x 6 months, so they contend for the same rows; the first three months hold a figure
already, the others are new cells), and in one write of twenty import a CSV of
those KPIs for three months instead. Each write is a value no other write uses, and each
desktop notes the ones the workspace said were done. Afterwards every cell's history is
read back:

- lost writes: a write reported done whose value is not in its cell's history under the
  change it was reported with (must be 0);
- history errors: a revision whose old value is not the new value of the revision before
  it (the first one's old value must be empty), or a figure that is not its last
  revision's new value (must be 0);
- refused: writes the workspace refused in one line (a lock waited for too long); these
  were said to the desktop, so they are not lost.

Printed for N = 1, 5 and 20 (`--desktops`) and each backend: writes per second, the 95th
percentile of a write's latency, and the ratio of PostgreSQL's writes per second to
SQLite's. The PostgreSQL server is the tests' own (`tests/postgres_server.py`, Debian's
postgresql) unless `--db-url` names a database to use.

    python benchmarks/team_load.py [--seconds 10] [--desktops 1,5,20] [--db-url URL]
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import queue
import statistics
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier
from pathlib import Path
from random import Random

from sqlalchemy import select

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, cell_history, load_figures
from kpidesk.store.kpis import add_kpis, kpi_ids_by_name
from kpidesk.store.models import ImportRecord
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.figures import record_figures
from kpidesk.usecases.import_job import read_file, write
from kpidesk.usecases.import_preview import ImportOptions

REPOSITORY = Path(__file__).resolve().parents[1]

KPIS, MONTHS = 4, 6
IMPORT_EVERY = 20
"""One write in this many is an import of a small file instead of one typed figure."""
IMPORTED_MONTHS = 3
FILLED = 3
"""The first months hold a figure before the desktops start; the others are new cells."""


@dataclass(frozen=True)
class Done:
    """A write the workspace said was done: the value each cell got, and under which change
    (`import_id` for an import, whose change is looked up afterwards)."""

    cells: tuple[tuple[str, int, float], ...]
    """(KPI name, month index, value) of each cell written."""
    change_id: int | None
    import_id: int | None
    seconds: float


@dataclass(frozen=True)
class Run:
    label: str
    """What the run's KPIs are named after, so runs can share one database."""
    desktops: int
    elapsed: float
    done: list[Done]
    refused: int


def kpi_names(run: str) -> list[str]:
    return [f"Load {run} KPI {k}" for k in range(KPIS)]


def months() -> list[Month]:
    return [Month(2026, m + 1) for m in range(MONTHS)]


def desktop(
    location: str,
    label: str,
    number: int,
    seconds: float,
    folder: str,
    barrier: Barrier,
    results: multiprocessing.Queue,
) -> None:
    """One desktop: open, wait for the others, write until the time is up, send the writes
    it was told were done (and how many were refused)."""
    chance = Random(number)
    names, cell_months = kpi_names(label), months()
    workspace = open_workspace(location)
    with workspace.reading() as session:
        ids = kpi_ids_by_name(session)
    done: list[Done] = []
    refused, sequence = 0, 0
    barrier.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        sequence += 1
        value = float((sequence * 1000 + number) * 10)
        start = time.perf_counter()
        try:
            if sequence % IMPORT_EVERY == 0:
                done.append(_import(workspace, names, value, Path(folder), number, chance, start))
            else:
                name, month = chance.choice(names), chance.randrange(MONTHS)
                cell = CellWrite(ids[name], cell_months[month], value)
                with workspace.transaction() as session:
                    change_id = record_figures(session, [cell], source="team load")
                elapsed = time.perf_counter() - start
                done.append(Done(((name, month, value),), change_id, None, elapsed))
        except StoreError:
            refused += 1
    workspace.close()
    results.put((done, refused))


def _import(
    workspace: Workspace,
    names: list[str],
    value: float,
    folder: Path,
    number: int,
    chance: Random,
    start: float,
) -> Done:
    """Import a CSV of two KPIs over three consecutive months; its six values are `value`
    plus 1 to 6, which no other write uses (every write's value is a multiple of ten)."""
    first = chance.randrange(MONTHS - IMPORTED_MONTHS + 1)
    chosen = chance.sample(names, 2)
    header: list[object] = ["KPI", *(str(months()[first + m]) for m in range(IMPORTED_MONTHS))]
    cells = []
    rows = [header]
    for k, name in enumerate(chosen):
        values = [value + k * IMPORTED_MONTHS + m + 1 for m in range(IMPORTED_MONTHS)]
        rows.append([name, *values])
        cells += [(name, first + m, values[m]) for m in range(IMPORTED_MONTHS)]
    path = folder / f"desktop-{number}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    outcome = write(workspace, read_file(path), ImportOptions())
    if outcome.summary is None or outcome.summary.import_id is None:
        raise StoreError("the import was refused")
    elapsed = time.perf_counter() - start
    return Done(tuple(cells), None, outcome.summary.import_id, elapsed)


def run_load(label: str, location: str, desktops: int, seconds: float, folder: str) -> Run:
    """Set up the shared KPIs, run the desktops at once, collect what they were told."""
    with closing(open_workspace(location)) as workspace, workspace.transaction() as session:
        ids = add_kpis(session, [KpiDefinition(name, Unit.COUNT) for name in kpi_names(label)])
        held = [CellWrite(kpi_id, month, 0.0) for kpi_id in ids for month in months()[:FILLED]]
        record_figures(session, held, source="team load")
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(desktops + 1)
    results = context.Queue()
    processes = [
        context.Process(
            target=desktop, args=(location, label, n, seconds, folder, barrier, results)
        )
        for n in range(desktops)
    ]
    for process in processes:
        process.start()
    barrier.wait()
    start = time.perf_counter()
    collected: list[tuple[list[Done], int]] = []
    while len(collected) < len(processes):
        try:
            collected.append(results.get(timeout=1))
        except queue.Empty:
            if any(process.exitcode not in (None, 0) for process in processes):
                raise RuntimeError("a desktop failed (its traceback is above)") from None
    elapsed = time.perf_counter() - start
    for process in processes:
        process.join()
    done = [write for writes, _ in collected for write in writes]
    return Run(label, desktops, elapsed, done, sum(refused for _, refused in collected))


def check_history(location: str, run: Run) -> tuple[int, int]:
    """Lost writes and history errors of a run, from every cell's history."""
    names, cell_months = kpi_names(run.label), months()
    lost = errors = 0
    with closing(open_workspace(location)) as workspace, workspace.reading() as session:
        ids = kpi_ids_by_name(session)
        figures = load_figures(session, [ids[name] for name in names])
        imports = session.execute(select(ImportRecord.id, ImportRecord.change_id))
        import_changes = {import_id: change_id for import_id, change_id in imports}
        histories = {}
        for name in names:
            for index, month in enumerate(cell_months):
                history = cell_history(session, ids[name], month)
                histories[name, index] = {(c.id, r.new_value) for c, r in history}
                olds = [r.old_value for _, r in history]
                news = [r.new_value for _, r in history]
                errors += sum(old != new for old, new in zip(olds, [None, *news], strict=False))
                cell = figures.get(ids[name], {}).get(month)
                if (cell.value if cell else None) != (news[-1] if news else None):
                    errors += 1
    for write_done in run.done:
        change = write_done.change_id
        if write_done.import_id is not None:
            change = import_changes.get(write_done.import_id)
        for name, index, value in write_done.cells:
            if (change, value) not in histories[name, index]:
                lost += 1
    return lost, errors


def p95_ms(run: Run) -> float:
    latencies = [write_done.seconds for write_done in run.done]
    if len(latencies) < 2:
        return latencies[0] * 1000 if latencies else float("nan")
    return statistics.quantiles(latencies, n=20)[18] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="how long each run writes")
    parser.add_argument("--desktops", default="1,5,20", help="the numbers of desktops to run")
    parser.add_argument("--db-url", help="a PostgreSQL database to use (default: start one)")
    args = parser.parse_args()
    server = None
    if args.db_url is None:
        sys.path.insert(0, str(REPOSITORY))
        from tests.postgres_server import start_server

        server = start_server()
    print(
        f"team load: {args.seconds:g} s per run; {KPIS} KPIs x {MONTHS} months shared by every "
        f"desktop; one write in {IMPORT_EVERY} imports {2 * IMPORTED_MONTHS} figures"
    )
    print(
        f"{'desktops':>8}  {'backend':<10}  {'writes/s':>8}  {'p95 ms':>7}  {'lost':>4}  "
        f"{'history errors':>14}  {'refused':>7}  PostgreSQL/SQLite writes/s"
    )
    token = time.strftime("%Y%m%d-%H%M%S")
    try:
        with tempfile.TemporaryDirectory() as folder:
            for desktops in (int(n) for n in args.desktops.split(",")):
                server_url = args.db_url or (server.new_database() if server else "")
                file = str(Path(folder) / f"team-{desktops}.kpidesk")
                rates: dict[str, float] = {}
                for backend, location in (("PostgreSQL", server_url), ("SQLite", file)):
                    label = f"{token} {backend} {desktops}"
                    run = run_load(label, location, desktops, args.seconds, folder)
                    rates[backend] = len(run.done) / run.elapsed
                    print_row(backend, run, *check_history(location, run), rates)
    finally:
        if server is not None:
            server.stop()


def print_row(backend: str, run: Run, lost: int, errors: int, rates: dict[str, float]) -> None:
    """One run's line; SQLite's (the peer's, run second) ends with the ratio."""
    ratio = f"{rates['PostgreSQL'] / rates['SQLite']:.2f}" if len(rates) == 2 else ""
    print(
        f"{run.desktops:>8}  {backend:<10}  {rates[backend]:>8.1f}  {p95_ms(run):>7.1f}  "
        f"{lost:>4}  {errors:>14}  {run.refused:>7}  {ratio}",
        flush=True,
    )


if __name__ == "__main__":
    main()
