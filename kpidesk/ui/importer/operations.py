"""The import view's work, as plain functions that run off the GUI thread.

Like Anki's operations, none of these touches a widget: the view hands them what the owner
chose and a progress/cancel handle, and gets a result or an exception back by signal.
Reading a file is pure; previewing, writing and undoing each use one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.numbers import DecimalMark
from kpidesk.domain.scale_shift import ScaleShift
from kpidesk.io.own_export import OwnExport
from kpidesk.io.plan import ImportPlan
from kpidesk.io.progress import ProgressHandle
from kpidesk.io.readers import CsvOptions
from kpidesk.store.imports import list_imports, undo_import
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace
from kpidesk.ui.importer.preview_model import PreviewRow, preview_rows
from kpidesk.usecases.import_mapping import LabelResolution, known_kpi_names, resolve_labels
from kpidesk.usecases.import_preview import ImportOptions, ImportPreview, preview_import
from kpidesk.usecases.importing import ImportSummary, apply_import, file_hash, plan_file
from kpidesk.usecases.overwrite_check import overwrite_warnings


class CancelCheck(ProgressHandle, Protocol):
    """A progress handle that can also raise ImportCancelled when the owner cancelled."""

    def check(self) -> None:
        """Raise ImportCancelled once cancelled."""


@dataclass(frozen=True, slots=True)
class ReadChoices:
    """What the owner chose about reading the file; None and "auto" mean "work it out"."""

    sheet: str | None = None
    layout: str = "auto"
    decimal_mark: DecimalMark | None = None
    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A file read into a plan, with the hash that identifies it in the import history."""

    path: Path
    choices: ReadChoices
    plan: ImportPlan
    own_export: OwnExport | None
    digest: str


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The preview, with what the view needs to show it: the labels as the workspace alone
    resolves them (before the owner's choices), the KPIs a label can be mapped to, and the
    definitions that say how each KPI's figures are formatted."""

    preview: ImportPreview
    found: LabelResolution
    kpi_names: list[str]
    definitions: dict[str, KpiDefinition]
    rows: list[PreviewRow]
    """The preview grid's rows, built here on the worker: a long sheet gives 100 000."""
    warnings: list[ScaleShift] = field(default_factory=list)
    """KPIs whose figures would be overwritten by ones far smaller or larger."""


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


def read_file(path: Path, choices: ReadChoices, handle: ProgressHandle) -> ReadResult:
    """Read and plan the file; raises ImportFileError or ImportCancelled."""
    plan, own = plan_file(
        path,
        sheet=choices.sheet,
        layout=choices.layout,
        decimal_mark=choices.decimal_mark,
        csv_options=CsvOptions(encoding=choices.encoding, delimiter=choices.delimiter),
        progress=handle,
    )
    return ReadResult(path, choices, plan, own, file_hash(path))


def preview_file(workspace: Workspace, read: ReadResult, options: ImportOptions) -> PreviewResult:
    """What the import would do with the owner's current choices; writes nothing."""
    with workspace.transaction() as session:
        found = resolve_labels(session, read.plan, {}, False)
        preview = preview_import(session, read.plan, options)
        names = known_kpi_names(session)
        definitions = {kpi.name: kpi for kpi in load_snapshot(session).scorecard.kpis}
    definitions.update({d.name: d for d in preview.labels.to_create.values()})
    rows = preview_rows(preview)
    return PreviewResult(preview, found, names, definitions, rows, overwrite_warnings(preview))


def write_import(
    workspace: Workspace, read: ReadResult, options: ImportOptions, handle: CancelCheck
) -> ImportSummary:
    """Preview and write in one transaction, so what lands is what the preview computed now;
    a cancel raises inside the transaction and rolls every write back."""
    with workspace.transaction() as session:
        preview = preview_import(session, read.plan, options)
        handle.check()
        summary = apply_import(session, preview, read.digest, handle.check)
        handle.check()
    return summary


def load_history(workspace: Workspace) -> list[HistoryRow]:
    """Every import, newest first."""
    with workspace.transaction() as session:
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
            )
            for record, change in list_imports(session)
        ]


def undo(workspace: Workspace, import_id: int) -> int:
    """Undo one import in its own transaction; returns how many figures were restored."""
    with workspace.transaction() as session:
        return undo_import(session, import_id)
