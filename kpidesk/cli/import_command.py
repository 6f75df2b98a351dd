"""`kpidesk import`: refuse what must not be guessed, import the rest in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kpidesk.cli.import_notes import (
    converted_json,
    print_converted,
    print_warnings,
    warnings_json,
)
from kpidesk.cli.output import print_json
from kpidesk.cli.parser import EXIT_REFUSED
from kpidesk.io.plan import Problem
from kpidesk.store.workspace import Workspace
from kpidesk.usecases import import_job
from kpidesk.usecases.converted_cells import converted_cells
from kpidesk.usecases.import_job import ReadChoices
from kpidesk.usecases.import_preview import (
    Action,
    ImportOptions,
    ImportPreview,
    OnConflict,
)
from kpidesk.usecases.importing import ImportSummary
from kpidesk.usecases.overwrite_check import overwrite_warnings

_SHOWN_PROBLEMS = 20


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder, not a file")
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    choices = ReadChoices(
        sheet=args.sheet,
        layout=args.layout,
        decimal_mark=args.decimal_mark,
        encoding=args.encoding,
        delimiter=args.delimiter,
        set_names=import_job.segment_set_names(workspace),
    )
    read = import_job.read_file(path, choices)
    options = ImportOptions(
        create_kpis=args.create_kpis,
        create_segments=args.create_segments,
        on_conflict=OnConflict(args.on_conflict),
        strict=args.strict,
        own_export=read.own_export,
    )
    outcome = import_job.write(workspace, read, options, dry_run=args.dry_run)
    preview = outcome.preview
    if preview.refused:
        return _refuse(preview, args.json)
    if outcome.summary is None:
        _report(_dry_run_summary(preview), preview, args.json, path, dry_run=True)
        return 0
    _report(outcome.summary, preview, args.json, path)
    return 0


def _dry_run_summary(preview: ImportPreview) -> ImportSummary:
    labels = preview.labels
    return ImportSummary(
        import_id=None,
        layout=str(preview.plan.layout) if preview.plan.layout else None,
        kpis_matched=len(set(labels.matched.values())),
        kpis_created=len(labels.new_kpis),
        values_imported=preview.count(Action.NEW, Action.OVERWRITE),
        values_unchanged=preview.count(Action.UNCHANGED),
        values_skipped=preview.values_skipped,
        errors=[p for p in preview.problems if p not in preview.refusals],
        targets_set=len(preview.targets),
    )


def _refuse(preview: ImportPreview, as_json: bool) -> int:
    if as_json:
        print_json(
            {
                **_summary_json(_dry_run_summary(preview)),
                "values_imported": 0,
                "kpis_created": 0,
                "refused": True,
                "errors": [p.as_dict() for p in preview.problems],
                "warnings": warnings_json(overwrite_warnings(preview)),
            }
        )
    refusals = preview.refusals
    for problem in refusals[:_SHOWN_PROBLEMS]:
        print(f"kpidesk: {problem}", file=sys.stderr)
    if len(refusals) > _SHOWN_PROBLEMS:
        print(f"kpidesk: … and {len(refusals) - _SHOWN_PROBLEMS} more", file=sys.stderr)
    print("kpidesk: nothing was imported", file=sys.stderr)
    return EXIT_REFUSED


def _summary_json(summary: ImportSummary) -> dict[str, Any]:
    return {
        "layout": summary.layout,
        "kpis_matched": summary.kpis_matched,
        "kpis_created": summary.kpis_created,
        "values_imported": summary.values_imported,
        "values_unchanged": summary.values_unchanged,
        "values_skipped": summary.values_skipped,
        "targets_set": summary.targets_set,
        "errors": [problem.as_dict() for problem in summary.errors],
    }


def _report(
    summary: ImportSummary,
    preview: ImportPreview,
    as_json: bool,
    path: Path,
    dry_run: bool = False,
) -> None:
    """The counts, each converted cell and each left-out cell; the overwrite warnings go to
    stderr (and into the JSON), so a script reading stdout sees them as well as a person."""
    converted = converted_cells(preview)
    warnings = overwrite_warnings(preview)
    print_warnings(warnings)
    if as_json:
        print_json(
            {
                **_summary_json(summary),
                "dry_run": dry_run,
                "converted": converted_json(preview, converted),
                "warnings": warnings_json(warnings),
            }
        )
        return
    verb = "Would import" if dry_run else "Imported"
    print(
        f"{verb} {summary.values_imported} figures from {path.name} "
        f"({summary.layout} layout; {summary.kpis_matched} KPIs matched, "
        f"{summary.kpis_created} created; {summary.values_unchanged} unchanged, "
        f"{summary.values_skipped} left out)."
    )
    if summary.targets_set:
        verb = "Would set" if dry_run else "Set"
        print(f"{verb} targets from the file ({summary.targets_set} target changes).")
    print_converted(preview, converted)
    _print_problems(summary.errors)


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems[:_SHOWN_PROBLEMS]:
        print(f"  left out: {problem}")
    if len(problems) > _SHOWN_PROBLEMS:
        print(f"  … and {len(problems) - _SHOWN_PROBLEMS} more")
