"""`kpidesk goal set | history`: the targets of a KPI, and every change made to them."""

from __future__ import annotations

import argparse

from kpidesk.cli.arguments import month_argument, number_argument
from kpidesk.cli.goal_plan import goal_plan
from kpidesk.cli.output import print_json, print_table
from kpidesk.domain.month import Month
from kpidesk.domain.numbers import split_currency
from kpidesk.domain.plain_numbers import exported, plain_decimal
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.kpis import require_kpi
from kpidesk.store.segment_cells import segment_id_for
from kpidesk.store.targets import decisions_made
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.goals import set_goal


def cmd_goal(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.goal_command == "history":
        return _goal_history(workspace, args)
    forms = [args.monthly is not None, args.annual is not None, args.override is not None]
    if sum(forms) != 1:
        raise ValueError("give exactly one of --monthly, --annual or --override")
    if args.monthly is not None:
        kind, month = TargetKind.MONTHLY, month_argument(args.first, "--from")
        value, currency = _amount(args.monthly, "--monthly", args.currency)
    elif args.override is not None:
        kind, month = TargetKind.OVERRIDE, month_argument(args.month, "--month")
        value, currency = _amount(args.override, "--override", args.currency)
    else:
        if args.year is None:
            raise ValueError("an annual goal needs --year YYYY")
        kind, month = TargetKind.ANNUAL, Month(args.year, 1)
        value, currency = _amount(args.annual, "--annual", args.currency)
    with workspace.transaction() as session:
        change = set_goal(
            session,
            args.kpi,
            kind,
            month,
            value,
            args.note,
            Spread(args.spread),
            currency,
            segment=args.segment,
        )
    whose = f"{args.kpi} ({args.segment})" if args.segment else args.kpi
    if kind is TargetKind.MONTHLY:
        print(f"Target for {whose}: {args.monthly} a month from {month}.")
    elif kind is TargetKind.OVERRIDE:
        print(f"Target for {whose} in {month} only: {args.override}.")
    else:
        spread = ", ".join(plain_decimal(v) for v in change.decision.monthly_values)
        print(f"Annual goal for {whose} in {args.year}: {args.annual} ({spread}).")
    return 0


def _amount(text: str, option: str, currency: str | None) -> tuple[float, str | None]:
    """A target as typed, `1200 лв.` or `1200` with `--currency BGN`, and its currency."""
    number, sign = split_currency(text)
    if sign and currency and sign != currency.strip().upper():
        raise ValueError(f"{option} is in {sign}, but --currency says {currency}")
    return number_argument(number, option), sign or currency


def _goal_history(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.as_of is not None:
        return goal_plan(workspace, args)
    if args.year is not None:
        raise ValueError("--year goes with --as-of YYYY-MM-DD")
    with workspace.reading() as session:
        record = require_kpi(session, args.kpi)
        history = decisions_made(session, record.id, segment_id_for(session, record, args.segment))
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
            "who": change.author,
            "computer": change.computer,
        }
        for r, change in history
    ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["Set at", "Kind", "From", "Value", "Note", "Who", "Computer"],
            [
                [
                    r.set_at.isoformat(timespec="seconds"),
                    r.kind,
                    r.first_month,
                    plain_decimal(r.value),
                    r.note,
                    change.author,
                    change.computer,
                ]
                for r, change in history
            ],
        )
    return 0
