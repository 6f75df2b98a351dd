"""Random workspaces survive the round trips: an xlsx export gives back everything, a CSV
export every figure and every month's target."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.rows import value_target_rows
from kpidesk.domain.targets import Spread, TargetChange, TargetKind
from kpidesk.store.figures import undo_change
from kpidesk.store.loading import load_snapshot

MONTHS = [Month(2025, 1) + offset for offset in range(18)]
NAMES = ["Kpi alpha", "=Kpi beta", "-Kpi gamma", "Kpi 'delta'", "Kpi\tepsilon", "@Kpi zeta"]
TEXT = st.lists(
    st.sampled_from(["a", "б", " ", "\n", "\t", "=", "'", "_x0041_", "\x01", "\x00", "\r", "€"]),
    max_size=6,
).map("".join)
AMOUNT = st.integers(min_value=-10_000_00, max_value=10_000_000_00).map(lambda cents: cents / 100)
KINDS = st.sampled_from(["lev", "euro", "count", "percent"])


def _definition(name: str, kind: str) -> KpiDefinition:
    if kind == "lev":
        return KpiDefinition(name, Unit.CURRENCY, currency="BGN", decimals=0)
    if kind == "euro":
        return KpiDefinition(name, Unit.CURRENCY, currency="EUR", decimals=2)
    if kind == "count":
        return KpiDefinition(name, Unit.COUNT, direction=Direction.LOWER, decimals=0)
    return KpiDefinition(name, Unit.PERCENT, aggregation=Aggregation.MEAN, decimals=1)


decision = st.tuples(
    st.sampled_from(["monthly", "override", "annual"]),
    st.sampled_from(MONTHS),
    AMOUNT,
    TEXT,
    st.booleans(),
    st.sampled_from([None, "BGN"]),
)
kpi_plan = st.tuples(
    KINDS,
    st.dictionaries(st.sampled_from(MONTHS), AMOUNT, max_size=8),
    st.dictionaries(st.sampled_from(MONTHS), TEXT.filter(bool), max_size=3),
    st.lists(decision, max_size=4),
)
workspace_plan = st.tuples(st.lists(kpi_plan, min_size=1, max_size=len(NAMES)), st.booleans())


def _build(roundtrip, plan):
    kpis, with_formula = plan
    workspace = roundtrip.workspace()
    definitions = [_definition(NAMES[i], kind) for i, (kind, *_rest) in enumerate(kpis)]
    if with_formula:
        first = definitions[0].name
        definitions.append(
            KpiDefinition(
                "Share", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula=f"[{first}] * 2"
            )
        )
    roundtrip.add(workspace, *definitions)
    moment = datetime(2024, 12, 1, 8, 30, 15, 250000)
    for definition, (_kind, figures, notes, decisions) in zip(definitions, kpis, strict=False):
        if figures:
            kept = {str(m): v for m, v in figures.items()}
            roundtrip.record(
                workspace,
                definition.name,
                kept,
                {str(m): n for m, n in notes.items() if m in figures},
            )
        for kind, month, value, note, undone, currency in decisions:
            moment += timedelta(days=3, microseconds=17)
            money = currency if definition.unit is Unit.CURRENCY else None
            if kind == "annual":
                change = TargetChange(
                    TargetKind.ANNUAL,
                    Month(month.year, 1),
                    value * 12,
                    moment,
                    note,
                    spread=Spread.EVEN,
                    monthly_values=(value,) * 12,
                    currency=money,
                )
            else:
                change = TargetChange(TargetKind(kind), month, value, moment, note, currency=money)
            change_set = roundtrip.decide(workspace, definition.name, change)
            if undone:
                with workspace.transaction() as session:
                    undo_change(session, change_set)
    return workspace


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=workspace_plan)
def test_random_workspace_survives_the_xlsx_round_trip(roundtrip, plan) -> None:
    original = _build(roundtrip, plan)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, roundtrip.export_xlsx(original))
    before, after = roundtrip.dump(original), roundtrip.dump(copy)
    assert list(after) == list(before)
    for name, kpi in before.items():
        for part, value in kpi.items():
            assert after[name][part] == value, (name, part)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=workspace_plan)
def test_random_workspace_survives_the_csv_round_trip(roundtrip, plan) -> None:
    original = _build(roundtrip, plan)
    copy = roundtrip.workspace()
    roundtrip.import_file(copy, roundtrip.export_csv(original))
    with original.transaction() as session:
        before = load_snapshot(session).scorecard
    with copy.transaction() as session:
        after = load_snapshot(session).scorecard
    for row in value_target_rows(before):
        for ours, theirs in (
            (row.value, after.value(row.kpi, row.month)),
            (row.target, after.target(row.kpi, row.month)),
        ):
            assert (ours is None) == (theirs is None), (row, theirs)
            if ours is not None:
                # CSV carries 12 significant digits: half a unit of the 12th is 5e-12 of it.
                assert math.isclose(ours, theirs, rel_tol=5e-12, abs_tol=1e-9), (row, theirs)
