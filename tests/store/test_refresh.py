"""A snapshot refreshed with only what each write changed is the one a full load gives."""

import random

import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, redo_change, start_change, undo_change, write_figures
from kpidesk.store.goals import set_annual_goal, set_target
from kpidesk.store.kpi_changes import add_kpi_change, edit_kpi_change
from kpidesk.store.kpis import add_kpi, delete_kpi, require_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.refresh import Touched, refreshed, touched_by
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.store.workspace import Workspace


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """Every test here runs twice: on a workspace file and on the PostgreSQL server."""
    return any_workspace


MONTHS = [Month(2024, m) for m in range(1, 13)] + [Month(2025, m) for m in range(1, 7)]


def _edit(session, rng: random.Random, changes: list[int]) -> Touched:
    """One random owner action in `session`; returns what it touched."""
    names = [kpi.name for kpi in load_snapshot(session).scorecard.kpis]
    name = rng.choice(names)
    kpi_id = require_kpi(session, name).id
    roll = rng.random()
    if roll < 0.35:
        value = rng.choice([None, float(rng.randint(0, 500)), rng.randint(0, 9) / 4])
        note = rng.choice([None, "", "checked"])
        currency = "BGN" if name == "Cash" and rng.random() < 0.5 else None
        writes = [CellWrite(kpi_id, rng.choice(MONTHS), value, note, currency)]
        change = start_change(session, "edit")
        write_figures(session, change, writes)
        changes.append(change.id)
        return touched_by(session, change.id)
    if roll < 0.5:
        kind = rng.choice([TargetKind.MONTHLY, TargetKind.OVERRIDE])
        made = set_target(session, name, kind, rng.choice(MONTHS), rng.randint(1, 300))
        changes.append(made.change.id)
        return touched_by(session, made.change.id)
    if roll < 0.55:
        made = set_annual_goal(session, name, 2024, rng.randint(100, 5000))
        changes.append(made.change.id)
        return touched_by(session, made.change.id)
    if roll < 0.65:
        new = KpiDefinition(f"New {rng.randint(0, 10**6)}", Unit.COUNT)
        change = add_kpi_change(session, new)
        changes.append(change.id)
        return touched_by(session, change.id)
    if roll < 0.75:
        kpi = load_snapshot(session).scorecard.kpi(name)
        edited = kpi.with_changes(
            archived=not kpi.archived, description=f"d{rng.randint(0, 9)}", decimals=1
        )
        if name.startswith("New") and rng.random() < 0.5:
            edited = edited.with_changes(name=f"New {rng.randint(0, 10**6)} renamed")
        change = edit_kpi_change(session, name, edited)
        changes.append(change.id)
        return touched_by(session, change.id)
    if roll < 0.9 and changes:
        change_id = rng.choice(changes)
        try:
            with session.begin_nested():
                (undo_change if rng.random() < 0.6 else redo_change)(session, change_id)
        except StoreError:
            return Touched()
        return touched_by(session, change_id)
    if roll < 0.95:
        save_settings(session, WorkspaceSettings("W", "B", fiscal_start=rng.randint(1, 12)))
        return Touched(settings=True)
    if name.startswith("New"):
        delete_kpi(session, require_kpi(session, name))
        return Touched(kpis=True)
    return Touched()


def test_random_edits_refreshed_incrementally_match_a_full_load(workspace) -> None:
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT))
        add_kpi(session, KpiDefinition("Cash", Unit.CURRENCY, currency="EUR"))
        add_kpi(
            session,
            KpiDefinition(
                "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Cash] / [Sales]"
            ),
        )
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
    rng = random.Random(20261201)
    changes: list[int] = []
    for step in range(150):
        with workspace.transaction() as session:
            touched = _edit(session, rng, changes)
        with workspace.reading() as session:
            snapshot = refreshed(session, snapshot, touched)
            full = load_snapshot(session)
        assert snapshot == full, f"step {step}: {touched}"
    assert len(changes) > 60


def test_a_refresh_reads_only_the_kpi_a_typed_figure_changed(workspace) -> None:
    from sqlalchemy import event

    with workspace.transaction() as session:
        sales = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        add_kpi(session, KpiDefinition("Costs", Unit.COUNT))
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
    with workspace.transaction() as session:
        change = start_change(session, "edit")
        write_figures(session, change, [CellWrite(sales, Month(2025, 1), 12.0)])
        touched = touched_by(session, change.id)
    statements: list[str] = []
    event.listen(workspace.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with workspace.reading() as session:
        fresh = refreshed(session, snapshot, touched)
    assert touched == Touched(figures=frozenset({sales}))
    assert fresh.scorecard.value("Sales", Month(2025, 1)) == 12.0
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "measurement" in selects[0] and "IN" in selects[0].upper()
