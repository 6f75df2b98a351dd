"""`kpidesk kpi add | list | catalog`: define the workspace's KPIs and list them."""

from __future__ import annotations

import argparse

from kpidesk.cli.arguments import language
from kpidesk.cli.output import kpi_json, print_json, print_table
from kpidesk.domain.catalog import load_catalog
from kpidesk.domain.kpi import (
    DEFAULT_TOLERANCE,
    DURATION_UNITS,
    Aggregation,
    Category,
    Direction,
    KpiDefinition,
    Unit,
    default_decimals,
)
from kpidesk.store.kpis import list_kpis, require_kpi, to_definition
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.kpis import add_catalog_entries, define_kpi, redefine_kpi


def kpi_catalog(args: argparse.Namespace) -> int:
    """The catalog needs no workspace, so none is opened (or made)."""
    rows = [[e.key, e.name(language(args)), e.category] for e in load_catalog()]
    print_table(["Key", "Name", "Category"], rows)
    return 0


def cmd_kpi(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.kpi_command == "list":
        with workspace.reading() as session:
            kpis = [to_definition(r) for r in list_kpis(session)]
        if args.json:
            print_json([kpi_json(k) for k in kpis])
        else:
            print_table(
                ["Name", "Unit", "Direction", "Aggregation", "Category", "By"],
                [
                    [
                        k.name,
                        k.unit_label() or k.unit.value,
                        k.direction.value,
                        k.formula or k.aggregation.value,
                        k.category.value,
                        k.segment_set or "",
                    ]
                    for k in kpis
                ],
            )
        return 0
    if args.kpi_command == "edit":
        return _kpi_edit(workspace, args)
    return _kpi_add(workspace, args)


def _kpi_edit(workspace: Workspace, args: argparse.Namespace) -> int:
    """Track a KPI by a set (`--by SET`), or no longer (`--by ""`): refused for a KPI whose
    figures are already split by another set."""
    by = args.by.strip() or None
    if by is None and args.weight:
        raise ValueError("--weight needs the KPI tracked by a set (--by SET)")
    with workspace.transaction() as session:
        record = require_kpi(session, args.name)
        definition = to_definition(record).with_changes(segment_set=by, weight_kpi=args.weight)
        redefine_kpi(session, record.name, definition)
    if by is None:
        print(f"{definition.name} is no longer tracked by segments.")
    else:
        print(f"{definition.name} is tracked by {by}.")
    return 0


def _kpi_add(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.transaction() as session:
        if args.catalog:
            added = add_catalog_entries(session, [args.catalog], language(args))
            print(f"Added {', '.join(added.names)}.")
            return 0
        definition = _custom_definition(args)
        define_kpi(session, definition)
    print(f"Added {definition.name}.")
    return 0


def _custom_definition(args: argparse.Namespace) -> KpiDefinition:
    if not args.name:
        raise ValueError("give the KPI a NAME, or use --catalog KEY")
    if not args.unit:
        raise ValueError("say the KPI's unit with --unit")
    unit, duration_unit = args.unit, args.duration_unit
    if unit in DURATION_UNITS:
        unit, duration_unit = "duration", unit
    if unit == "duration" and duration_unit is None:
        duration_unit = "minutes"
    aggregation = Aggregation.FORMULA if args.formula else Aggregation(args.aggregation or "sum")
    if aggregation is Aggregation.FORMULA and not args.formula:
        raise ValueError('a formula KPI needs --formula, e.g. "[Profit] / [Revenue] * 100"')
    currency = (args.currency or "EUR").upper() if unit == "currency" else None
    return KpiDefinition(
        name=args.name.strip(),
        unit=Unit(unit),
        direction=Direction(args.direction),
        aggregation=aggregation,
        category=Category(args.category),
        currency=currency,
        duration_unit=duration_unit if unit == "duration" else None,
        formula=args.formula,
        decimals=args.decimals if args.decimals is not None else default_decimals(Unit(unit)),
        tolerance=args.tolerance if args.tolerance is not None else DEFAULT_TOLERANCE,
        benchmark=args.benchmark,
        description=args.description,
        segment_set=(args.by.strip() or None) if args.by is not None else None,
        weight_kpi=args.weight,
    )
