"""What each command does. Every command that writes does so in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpidesk.cli_output import kpi_json, print_json, print_table, status_json, status_table
from kpidesk.cli_plan import goal_plan
from kpidesk.domain.catalog import load_catalog
from kpidesk.domain.formula import Formula
from kpidesk.domain.kpi import DURATION_UNITS, Aggregation, Category, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import split_currency
from kpidesk.domain.plain_numbers import exported, parse_plain_number, plain_decimal
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.catalog_add import add_from_catalog
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_annual_goal, set_target
from kpidesk.store.kpis import add_kpi, find_kpi, list_kpis, require_kpi, to_definition
from kpidesk.store.loading import load_export, load_snapshot
from kpidesk.store.new_workspace import opened_for_change
from kpidesk.store.targets import target_history
from kpidesk.store.workspace import Workspace, open_for_reading

DEMO_FILE = "demo.kpidesk"


def run(args: argparse.Namespace) -> int:
    if args.self_test or args.command is None:
        return _run_window(args)
    if args.command == "kpi" and args.kpi_command == "catalog":
        return _kpi_catalog(args)
    location = demo_workspace_path() if args.demo else args.db
    if _reads_only(args):
        workspace = open_for_reading(location)
        try:
            return _HANDLERS[args.command](workspace, args)
        finally:
            workspace.close()
    with opened_for_change(location, create=_may_create(args)) as opened:
        code = _HANDLERS[args.command](opened.workspace, args)
        opened.keep = code == 0 and not getattr(args, "dry_run", False)
        return code


def _reads_only(args: argparse.Namespace) -> bool:
    """Commands that only read take no write lock and work on a read-only workspace."""
    return (
        args.command in ("status", "export")
        or (args.command == "kpi" and args.kpi_command == "list")
        or (args.command == "goal" and args.goal_command == "history")
    )


def _may_create(args: argparse.Namespace) -> bool:
    """A command that starts a workspace (demo, adding a KPI, an import) may create one, kept
    only if it succeeds; `record` and `goal set` name a KPI, so a workspace missing at their
    `--db` is a mistyped path, said as such."""
    return args.command in ("demo", "import") or args.command == "kpi"


def demo_workspace_path() -> Path:
    """The demo workspace beside the owner's own. platformdirs is imported here because only
    `--demo` needs it."""
    import platformdirs

    return platformdirs.user_data_path("kpidesk", appauthor=False) / DEMO_FILE


def _run_window(args: argparse.Namespace) -> int:
    """Open the main window (Qt is imported only here, so subcommands start fast)."""
    from kpidesk.ui.app import launch

    location = str(demo_workspace_path()) if args.demo else args.db
    return launch(location, demo=args.demo, lang=args.lang, self_test=args.self_test)


def _lang(args: argparse.Namespace) -> str:
    return args.lang or "en"


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    """The import command, loaded only when it runs: the window starts without it."""
    from kpidesk.cli_import import cmd_import as run_import

    return run_import(workspace, args)


def cmd_demo(workspace: Workspace, args: argparse.Namespace) -> int:
    from kpidesk.domain.demo import build_demo
    from kpidesk.store.demo_fill import fill_demo

    demo = build_demo(_lang(args))
    with workspace.transaction() as session:
        count = fill_demo(session, demo, workspace_name=demo.business_name)
    print(f"Demo business '{demo.business_name}': {len(demo.kpis)} KPIs, {count} figures.")
    return 0


def _kpi_catalog(args: argparse.Namespace) -> int:
    """The catalog needs no workspace, so none is opened (or made)."""
    rows = [[e.key, e.name(_lang(args)), e.category] for e in load_catalog()]
    print_table(["Key", "Name", "Category"], rows)
    return 0


def cmd_kpi(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.kpi_command == "list":
        with workspace.transaction() as session:
            kpis = [to_definition(r) for r in list_kpis(session)]
        if args.json:
            print_json([kpi_json(k) for k in kpis])
        else:
            print_table(
                ["Name", "Unit", "Direction", "Aggregation", "Category"],
                [
                    [
                        k.name,
                        k.unit_label() or k.unit.value,
                        k.direction.value,
                        k.formula or k.aggregation.value,
                        k.category.value,
                    ]
                    for k in kpis
                ],
            )
        return 0
    return _kpi_add(workspace, args)


def _kpi_add(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.transaction() as session:
        if args.catalog:
            added = add_from_catalog(session, args.catalog, _lang(args))
            print(f"Added {', '.join(added)}.")
            return 0
        definition = _custom_definition(args)
        if definition.formula:
            _check_formula_parts(session, definition)
        add_kpi(session, definition)
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
        decimals=args.decimals if args.decimals is not None else _default_decimals(Unit(unit)),
        tolerance=args.tolerance if args.tolerance is not None else 10.0,
        benchmark=args.benchmark,
        description=args.description,
    )


def _default_decimals(unit: Unit) -> int:
    return {Unit.COUNT: 0, Unit.CURRENCY: 0, Unit.PERCENT: 1, Unit.DURATION: 1}.get(unit, 2)


def _check_formula_parts(session, definition: KpiDefinition) -> None:  # type: ignore[no-untyped-def]
    formula = Formula.parse(definition.formula or "")
    for part in formula.references():
        if part.strip().casefold() == definition.name.strip().casefold():
            raise ValueError(f"the formula of '{definition.name}' cannot use the KPI itself")
        if find_kpi(session, part) is None:
            raise ValueError(f"the formula uses [{part}], but there is no KPI of that name")


def cmd_goal(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.goal_command == "history":
        return _goal_history(workspace, args)
    forms = [args.monthly is not None, args.annual is not None, args.override is not None]
    if sum(forms) != 1:
        raise ValueError("give exactly one of --monthly, --annual or --override")
    with workspace.transaction() as session:
        if args.monthly is not None:
            first = _month(args.first, "--from")
            value, currency = _amount(args.monthly, "--monthly", args.currency)
            set_target(session, args.kpi, TargetKind.MONTHLY, first, value, args.note, currency)
            print(f"Target for {args.kpi}: {args.monthly} a month from {first}.")
        elif args.override is not None:
            month = _month(args.month, "--month")
            value, currency = _amount(args.override, "--override", args.currency)
            set_target(session, args.kpi, TargetKind.OVERRIDE, month, value, args.note, currency)
            print(f"Target for {args.kpi} in {month} only: {args.override}.")
        else:
            if args.year is None:
                raise ValueError("an annual goal needs --year YYYY")
            value, currency = _amount(args.annual, "--annual", args.currency)
            change = set_annual_goal(
                session, args.kpi, args.year, value, Spread(args.spread), args.note, currency
            )
            spread = ", ".join(plain_decimal(v) for v in change.monthly_values)
            print(f"Annual goal for {args.kpi} in {args.year}: {args.annual} ({spread}).")
    return 0


def _amount(text: str, option: str, currency: str | None) -> tuple[float, str | None]:
    """A target as typed, `1200 лв.` or `1200` with `--currency BGN`, and its currency."""
    number, sign = split_currency(text)
    if sign and currency and sign != currency.strip().upper():
        raise ValueError(f"{option} is in {sign}, but --currency says {currency}")
    return _number(number, option), sign or currency


def _goal_history(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.as_of is not None:
        return goal_plan(workspace, args)
    if args.year is not None:
        raise ValueError("--year goes with --as-of YYYY-MM-DD")
    with workspace.transaction() as session:
        record = require_kpi(session, args.kpi)
        history = target_history(session, record.id)
    rows = [
        {
            "kind": r.kind,
            "from": r.first_month,
            "value": exported(r.value),
            "spread": r.spread,
            "monthly_values": [exported(v) for v in r.monthly_values or ()] or None,
            "currency": r.currency,
            "note": r.note,
            "set_at": r.set_at.isoformat(timespec="seconds"),
            "undone": r.retracted_at is not None,
        }
        for r in history
    ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["Set at", "Kind", "From", "Value", "Note"],
            [
                [r["set_at"], r["kind"], r["from"], plain_decimal(r["value"]), r["note"]]
                for r in rows
            ],
        )
    return 0


def cmd_record(workspace: Workspace, args: argparse.Namespace) -> int:
    month = _month(args.month, "MONTH")
    clear = args.value.strip().casefold() in ("", "none")
    value = None if clear else _number(args.value)
    with workspace.transaction() as session:
        record = require_kpi(session, args.kpi)
        if record.formula:
            raise StoreError(f"'{record.name}' is computed from its formula; record its parts")
        change = start_change(session, "edit", source="command line")
        write_figures(
            session,
            change,
            [
                CellWrite(
                    record.id, month, value, args.note, args.currency and args.currency.upper()
                )
            ],
        )
    print(f"{record.name} {month}: {'cleared' if clear else args.value}.")
    return 0


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    from kpidesk.io.export_csv import write_csv
    from kpidesk.io.export_file import export_to_file

    with workspace.transaction() as session:
        scorecard, history = load_export(session)
    if args.file == "-":
        write_csv(scorecard, sys.stdout)
        return 0
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path}: export writes .xlsx or .csv, not '{suffix or 'no extension'}'")
    count = export_to_file(scorecard, path, history)
    print(f"Wrote {count} rows to {path}.")
    return 0


def cmd_status(workspace: Workspace, args: argparse.Namespace) -> int:
    scorecard = _scorecard(workspace)
    month = _month(args.month, "--month") if args.month else scorecard.latest_month()
    kpis = [] if month is None else scorecard.active_kpis()
    rows = [(kpi, scorecard.status_of(kpi.name, month)) for kpi in kpis]
    if args.json:
        print_json([status_json(kpi, row) for kpi, row in rows])
    elif not rows:
        print("No figures yet: record some with `kpidesk record` or try `kpidesk demo`.")
    else:
        status_table(rows)
    return 0


def _scorecard(workspace: Workspace) -> Scorecard:
    with workspace.transaction() as session:
        return load_snapshot(session).scorecard


def _month(text: str | None, option: str) -> Month:
    if not text:
        raise ValueError(f"{option} needs a month written YYYY-MM")
    return Month.parse(text)


def _number(text: str, field: str = "VALUE") -> float:
    try:
        return parse_plain_number(text)
    except ValueError as error:
        raise ValueError(f"{field}: {error}") from None


_HANDLERS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "kpi": cmd_kpi,
    "goal": cmd_goal,
    "record": cmd_record,
    "export": cmd_export,
    "status": cmd_status,
}
