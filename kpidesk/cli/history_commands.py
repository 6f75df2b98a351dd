"""`kpidesk history | undo | redo`: every change made to the workspace, by whom, where and
when, and taking any one of them back (or putting it back) by its id, as the window's
"Workspace history" does."""

from __future__ import annotations

import argparse
from typing import Any

from kpidesk.cli.output import print_json, print_table
from kpidesk.store.history import ChangeEntry, list_changes
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.history import Replayed, redo, undo

_NAMES_SHOWN = 3
"""How many KPI names a table row lists before "and N more"."""


def cmd_history(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValueError("--limit needs a whole number of at least 1")
    with workspace.reading() as session:
        entries = list_changes(session, limit=args.limit)
    if args.json:
        print_json([_entry_json(entry) for entry in entries])
    elif not entries:
        print("No changes yet.")
    else:
        print_table(
            ["ID", "When", "Who", "Computer", "What", "Undone"],
            [
                [
                    str(entry.id),
                    entry.made_at.isoformat(sep=" ", timespec="seconds"),
                    entry.author,
                    entry.computer,
                    what(entry),
                    entry.undone_at.isoformat(sep=" ", timespec="seconds")
                    if entry.undone_at
                    else "",
                ]
                for entry in entries
            ],
        )
    return 0


def cmd_undo(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.transaction() as session:
        done = undo(session, args.change_id)
    print(f"Undid change {done.change_id} ({done.kind}){_figures(done, 'restored')}.")
    return 0


def cmd_redo(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.transaction() as session:
        done = redo(session, args.change_id)
    print(f"Redid change {done.change_id} ({done.kind}){_figures(done, 'set again')}.")
    return 0


def _figures(done: Replayed, verb: str) -> str:
    if not done.figures:
        return ""
    return f": {_count(done.figures, 'figure')} {verb}"


def what(entry: ChangeEntry) -> str:
    """What a change did, in a line: `edit, command line · 1 figure · Revenue · 2025-03`."""
    head = entry.kind if not entry.source else f"{entry.kind}, {entry.source}"
    parts = [head]
    if entry.figures:
        parts.append(_count(entry.figures, "figure"))
    if entry.targets:
        parts.append(_count(entry.targets, "target"))
    if entry.kpis:
        parts.append(_count(entry.kpis, "KPI definition"))
    names = list(entry.kpi_names)
    if names:
        shown = ", ".join(names[:_NAMES_SHOWN])
        more = len(names) - _NAMES_SHOWN
        parts.append(f"{shown} and {more} more" if more > 0 else shown)
    if entry.first_month:
        same = entry.first_month == entry.last_month
        parts.append(entry.first_month if same else f"{entry.first_month} – {entry.last_month}")
    return " · ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _entry_json(entry: ChangeEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "when": entry.made_at.isoformat(timespec="seconds"),
        "who": entry.author,
        "computer": entry.computer,
        "kind": entry.kind,
        "source": entry.source,
        "summary": entry.summary,
        "what": what(entry),
        "figures": entry.figures,
        "targets": entry.targets,
        "kpi_definitions": entry.kpis,
        "kpis": list(entry.kpi_names),
        "months": [entry.first_month, entry.last_month] if entry.first_month else None,
        "undone": entry.undone_at is not None,
        "undone_at": entry.undone_at.isoformat(timespec="seconds") if entry.undone_at else None,
    }
