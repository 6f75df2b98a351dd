"""An import from plan to store: preview what would be written, then write it in one go.

The preview is computed inside the same transaction that writes, so what the owner saw is
what lands; a refusal, a cancel or any error rolls the whole import back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import name_key
from kpidesk.domain.numbers import DecimalMark
from kpidesk.io.grid import Workbook
from kpidesk.io.importer import plan_import
from kpidesk.io.own_export import OwnExport, could_be_own_export, read_own_export
from kpidesk.io.plan import ImportPlan, Problem, Severity
from kpidesk.io.progress import ProgressHandle
from kpidesk.io.readers import CsvOptions
from kpidesk.store.figures import CellWriteFields, start_change, write_figures
from kpidesk.store.imports import (
    ImportCounts,
    record_import,
    remember_mappings,
    remember_segment_labels,
)
from kpidesk.store.kpis import add_kpis, kpi_ids_by_name, list_kpis
from kpidesk.store.models import TOTAL_SEGMENT, ChangeSet
from kpidesk.store.segments import (
    add_segment,
    add_set,
    find_set,
    segment_index,
    set_aliases,
    set_archived,
)
from kpidesk.store.targets import add_target
from kpidesk.usecases.gc_pause import collector_paused
from kpidesk.usecases.import_preview import Action, ImportPreview


@dataclass(frozen=True, slots=True)
class ImportSummary:
    import_id: int | None
    layout: str | None
    kpis_matched: int
    kpis_created: int
    values_imported: int
    values_unchanged: int
    values_skipped: int
    errors: list[Problem]
    targets_set: int = 0
    """Monthly target decisions added (from a kpidesk export's targets or plan columns)."""
    segments_created: int = 0


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@collector_paused()
def plan_file(
    path: Path,
    *,
    sheet: str | None = None,
    layout: str | None = None,
    decimal_mark: DecimalMark | None = None,
    csv_options: CsvOptions | None = None,
    progress: ProgressHandle | None = None,
    book: Workbook | None = None,
    set_names: frozenset[str] = frozenset(),
) -> tuple[ImportPlan, OwnExport | None]:
    """Read a file safely into a plan; a kpidesk export is recognised only after the safe
    reader accepted the file, and then its data sheet is the one read. `book` is the file
    when it was already read (with `sheet` and `csv_options`); `set_names` are the name keys
    of the workspace's segment sets, which head a segment column too."""

    def plan_from(sheet: str | None, book: Workbook | None) -> ImportPlan:
        return plan_import(
            path,
            sheet=sheet,
            book=book,
            layout=layout,
            decimal_mark=decimal_mark,
            csv_options=csv_options,
            progress=progress,
            set_names=set_names,
        )

    plan = plan_from(sheet, book)
    own = read_own_export(path, plan, csv_options) if could_be_own_export(path, plan) else None
    if own is None or sheet is not None:
        return plan, own
    if own.book is not None:
        plan = plan_from(None, own.book)
    elif own.sheet and plan.sheet != own.sheet:
        read = book if book is not None and own.sheet in book.grids else None
        plan = plan_from(own.sheet, read)
    return plan, own


@collector_paused()
def apply_import(
    session: Session,
    preview: ImportPreview,
    hash_of_file: str,
    check_cancel: Callable[[], None] = lambda: None,
) -> ImportSummary:
    """Write the previewed import in the caller's transaction; refuse if it has refusals."""
    if preview.refused:
        raise ImportRefused(preview.refusals)
    plan = preview.plan
    change = start_change(
        session, "import", source=plan.file.name, summary=f"{plan.file.name} ({plan.sheet or ''})"
    )
    segment_ids = _segment_ids(session, change, preview)
    created = add_kpis(session, preview.labels.new_kpis)
    check_cancel()
    ids = kpi_ids_by_name(session)
    notes = preview.notes
    cells: list[CellWriteFields] = [
        (
            ids[kpi],
            obs.month,
            obs.value,
            notes.get((kpi, segment, obs.month)),
            obs.currency,
            TOTAL_SEGMENT if segment is None else segment_ids[segment],
        )
        for obs, kpi, _, _, action, segment in preview.cells
        if action is Action.NEW or action is Action.OVERWRITE
    ]
    written = write_figures(session, change, cells)
    if preview.targets:
        records = {record.name: record for record in list_kpis(session)}
        for kpi_name, target, retracted_at, segment in preview.targets:
            whose = TOTAL_SEGMENT if segment is None else segment_ids[segment]
            add_target(session, records[kpi_name], target, change, retracted_at, whose)
    check_cancel()
    counts = ImportCounts(written, preview.values_skipped, len(created))
    record = record_import(
        session, change, plan.file.name, hash_of_file, str(plan.layout or ""), plan.sheet, counts
    )
    remember_mappings(
        session,
        {label: ids.get(kpi) for label, kpi in preview.labels.matched.items()}
        | {label: None for label in preview.labels.ignored},
    )
    remember_segment_labels(
        session,
        {
            label: segment_ids[found[0]]
            for label in [*preview.segments.matched, *preview.segments.to_create]
            if (found := preview.segments.segment_for(label)) is not None
        },
    )
    return ImportSummary(
        import_id=record.id,
        layout=str(plan.layout) if plan.layout else None,
        kpis_matched=len(set(preview.labels.matched.values())),
        kpis_created=len(created),
        values_imported=written,
        values_unchanged=preview.count(Action.UNCHANGED),
        values_skipped=preview.values_skipped,
        errors=[p for p in preview.problems if p.severity is Severity.CELL],
        targets_set=len(preview.targets),
        segments_created=len(preview.segments.new_segments),
    )


def _segment_ids(session: Session, change: ChangeSet, preview: ImportPreview) -> dict[str, int]:
    """The store id of every segment the import's figures and targets go to, by segment
    name, after adding the new ones to their sets (in the import's change, so its undo
    removes them): a kpidesk export's first, in its order and as it has them."""
    resolution = preview.segments
    for segment_set in resolution.exported:
        if not segment_set.segments and find_set(session, segment_set.name) is None:
            add_set(session, segment_set.name)
        for segment in segment_set.segments:
            record = add_segment(session, change, segment.name, segment_set.name)
            if segment.aliases:
                set_aliases(session, change, record, segment.aliases)
            if segment.archived:
                set_archived(session, change, record, True)
    known = segment_index(session)
    for name, set_name in resolution.new_segments.items():
        if name_key(name) not in known:
            add_segment(session, change, name, set_name)
    if not resolution.matched and not resolution.to_create and not resolution.exported:
        return {}
    return {record.name: record.id for record in segment_index(session).values()}


class ImportRefused(Exception):
    """The import must not go ahead; `problems` say why, each with its sheet and cell."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "the import was refused")
