"""One import, from file to store and back: read → plan → preview → write, and undo.

The command line (`kpidesk import`) and the import view both run an import through here, so
it is one sequence with one owner. Each step takes the same progress/cancel handle
(`kpidesk.io.progress.ProgressHandle`): the command line passes `NullProgress`, the view its
Qt handle. Reading touches no database; previewing is one read transaction that loads the
workspace and resolves the labels once; writing previews again inside its own transaction,
so what lands is what the preview computes then, and a refusal, a cancel or any error there
rolls the whole import back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.numbers import DecimalMark
from kpidesk.domain.scale_shift import ScaleShift
from kpidesk.io.own_export import OwnExport
from kpidesk.io.plan import ImportPlan
from kpidesk.io.progress import NullProgress, ProgressHandle, raise_if_cancelled
from kpidesk.io.readers import CsvOptions
from kpidesk.store.imports import undo_import
from kpidesk.store.loading import load_snapshot
from kpidesk.store.segments import list_sets
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.import_mapping import LabelResolution
from kpidesk.usecases.import_preview import ImportOptions, ImportPreview, preview_import
from kpidesk.usecases.importing import ImportSummary, apply_import, file_hash, plan_file
from kpidesk.usecases.overwrite_check import overwrite_warnings

QUIET = NullProgress()
"""The handle of work nobody watches or cancels (the command line's)."""


@dataclass(frozen=True, slots=True)
class ReadChoices:
    """What the owner chose about reading the file; None and "auto" mean "work it out"."""

    sheet: str | None = None
    layout: str = "auto"
    decimal_mark: DecimalMark | None = None
    encoding: str | None = None
    delimiter: str | None = None
    set_names: frozenset[str] = frozenset()
    """The name keys of the workspace's segment sets: a column headed by one holds segments
    (see `segment_set_names`)."""

    @property
    def csv_options(self) -> CsvOptions:
        return CsvOptions(encoding=self.encoding, delimiter=self.delimiter)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A file read into a plan, with the hash that identifies it in the import history."""

    path: Path
    choices: ReadChoices
    plan: ImportPlan
    own_export: OwnExport | None
    digest: str


@dataclass(frozen=True, slots=True)
class Previewed:
    """The preview, with what a caller needs to show it: the labels as the workspace alone
    resolves them (before the owner's choices), the KPIs a label can be mapped to, the
    definitions that say how each KPI's figures are formatted, and the overwrite warnings."""

    preview: ImportPreview
    found: LabelResolution
    kpi_names: list[str]
    definitions: dict[str, KpiDefinition]
    warnings: list[ScaleShift] = field(default_factory=list)
    """KPIs whose figures would be overwritten by ones far smaller or larger."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What writing did: the preview it wrote from, and the summary; no summary when the
    preview was refused or only a dry run was asked for (then nothing was written)."""

    preview: ImportPreview
    summary: ImportSummary | None


def read_file(
    path: Path,
    choices: ReadChoices = ReadChoices(),
    handle: ProgressHandle = QUIET,
) -> ReadResult:
    """Read and plan the file; raises ImportFileError or ImportCancelled."""
    plan, own = plan_file(
        path,
        sheet=choices.sheet,
        layout=choices.layout,
        decimal_mark=choices.decimal_mark,
        csv_options=choices.csv_options,
        progress=handle,
        set_names=choices.set_names,
    )
    return ReadResult(path, choices, plan, own, file_hash(path))


def segment_set_names(workspace: Workspace) -> frozenset[str]:
    """The name keys of the workspace's segment sets, for `ReadChoices.set_names`."""
    with workspace.reading() as session:
        return frozenset(record.name_key for record in list_sets(session))


def preview(workspace: Workspace, read: ReadResult, options: ImportOptions) -> Previewed:
    """What the import would do with the owner's current choices; writes nothing, so it
    takes no write lock."""
    with workspace.reading() as session:
        scorecard = load_snapshot(session).scorecard
        seen = preview_import(session, read.plan, options, scorecard)
    names = [kpi.name for kpi in scorecard.kpis if not kpi.archived]
    definitions = {kpi.name: kpi for kpi in scorecard.kpis}
    definitions.update({d.name: d for d in seen.labels.to_create.values()})
    found = seen.labels.found or LabelResolution()
    return Previewed(seen, found, names, definitions, overwrite_warnings(seen))


def write(
    workspace: Workspace,
    read: ReadResult,
    options: ImportOptions,
    handle: ProgressHandle = QUIET,
    *,
    dry_run: bool = False,
) -> Outcome:
    """Preview and write in one transaction; a refused preview, or a dry run, writes nothing
    and comes back without a summary. A cancel raises ImportCancelled inside the
    transaction, which rolls every write back."""
    with workspace.transaction() as session:
        seen = preview_import(session, read.plan, options)
        raise_if_cancelled(handle)
        if seen.refused or dry_run:
            return Outcome(seen, None)
        summary = apply_import(session, seen, read.digest, lambda: raise_if_cancelled(handle))
        raise_if_cancelled(handle)
    return Outcome(seen, summary)


def undo(workspace: Workspace, import_id: int) -> int:
    """Undo one import in its own transaction; returns how many figures were restored."""
    with workspace.transaction() as session:
        return undo_import(session, import_id)
