"""The import view's work, as plain functions that run off the GUI thread.

Like Anki's operations, none of these touches a widget: the view hands them what the owner
chose and its progress/cancel handle, and gets a result or an exception back by signal. The
import itself is `kpidesk.usecases.import_job`, the one the command line runs too; here it
is only shaped for the view (the preview grid's rows, built on the worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kpidesk.io.progress import ProgressHandle
from kpidesk.store.imports import list_imports
from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer.preview_model import PreviewRow, preview_rows
from kpidesk.usecases import import_job
from kpidesk.usecases.import_job import Previewed, ReadResult
from kpidesk.usecases.import_preview import ImportOptions
from kpidesk.usecases.importing import ImportRefused, ImportSummary


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The import job's preview, and the preview grid's rows: a long sheet gives 100 000."""

    seen: Previewed
    rows: list[PreviewRow]


@dataclass(frozen=True, slots=True)
class HistoryRow:
    import_id: int
    file_name: str
    sheet: str | None
    made_at: datetime
    values_imported: int
    values_skipped: int
    kpis_created: int
    undone_at: datetime | None
    author: str
    computer: str


def preview_file(workspace: Workspace, read: ReadResult, options: ImportOptions) -> PreviewResult:
    """What the import would do with the owner's current choices; writes nothing."""
    seen = import_job.preview(workspace, read, options)
    return PreviewResult(seen, preview_rows(seen.preview))


def write_import(
    workspace: Workspace, read: ReadResult, options: ImportOptions, handle: ProgressHandle
) -> ImportSummary:
    """Write the import as the job previews it now; a refusal raises ImportRefused and a
    cancel ImportCancelled, and nothing is written."""
    outcome = import_job.write(workspace, read, options, handle)
    if outcome.summary is None:
        raise ImportRefused(outcome.preview.refusals)
    return outcome.summary


def load_history(workspace: Workspace) -> list[HistoryRow]:
    """Every import, newest first."""
    with workspace.reading() as session:
        return [
            HistoryRow(
                record.id,
                record.file_name,
                record.sheet,
                record.made_at,
                record.values_imported,
                record.values_skipped,
                record.kpis_created,
                change.undone_at,
                change.author,
                change.computer,
            )
            for record, change in list_imports(session)
        ]
