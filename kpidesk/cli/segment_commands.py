"""`kpidesk segment add | list | rename | archive | restore | merge`: the locations or people
a KPI is tracked by, managed as from the window's Goals view (each action one undoable
change)."""

from __future__ import annotations

import argparse
from typing import Any

from kpidesk.cli.output import print_json, print_table
from kpidesk.domain.kpi import name_key
from kpidesk.domain.segments import SegmentSet
from kpidesk.store.kpis import list_kpis
from kpidesk.store.segments import load_segment_sets
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.segments import archive, merge, new_segment, rename

SOURCE = "command line"


def cmd_segment(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.segment_command == "list":
        return _segment_list(workspace, args)
    with workspace.transaction() as session:
        if args.segment_command == "add":
            done = new_segment(session, args.name.strip(), args.set_name.strip(), SOURCE)
            said = f"Added {done.name} to {done.set_name}."
        elif args.segment_command == "rename":
            done = rename(session, args.name, args.new_name.strip(), SOURCE)
            said = f"Renamed {args.name} to {done.name}."
        elif args.segment_command in ("archive", "restore"):
            archived = args.segment_command == "archive"
            done = archive(session, args.name, archived, SOURCE)
            said = f"{'Archived' if archived else 'Restored'} {done.name}."
        else:
            done = merge(session, args.name, args.into, SOURCE)
            figures = "1 figure" if done.figures_moved == 1 else f"{done.figures_moved} figures"
            said = f"Merged {args.name} into {done.name}: {figures} moved."
    print(said)
    return 0


def _segment_list(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.reading() as session:
        sets, _by_id = load_segment_sets(session)
        tracked = [(r.name, r.segment_set.name) for r in list_kpis(session) if r.segment_set]
    if args.json:
        print_json([_set_json(s, tracked) for s in sets])
    elif not sets:
        print("No segments yet: add one with `kpidesk segment add NAME --set SET`.")
    else:
        print_table(
            ["Set", "Segment", "Archived", "Also known as"],
            [
                [s.name, seg.name, "archived" if seg.archived else "", ", ".join(seg.aliases)]
                for s in sets
                for seg in s.segments
            ],
        )
    return 0


def _set_json(segment_set: SegmentSet, tracked: list[tuple[str, str]]) -> dict[str, Any]:
    """A set with its segments in order and the KPIs tracked by it."""
    return {
        "set": segment_set.name,
        "segments": [
            {"name": s.name, "archived": s.archived, "aliases": list(s.aliases)}
            for s in segment_set.segments
        ],
        "kpis": [kpi for kpi, by in tracked if name_key(by) == segment_set.key],
    }
