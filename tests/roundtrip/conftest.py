"""Workspaces built in code, written out by kpidesk's export and read back by its import into
an empty workspace; `dump` is everything the owner could see of a workspace, to compare."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import shown_target
from kpidesk.domain.targets import TargetChange
from kpidesk.io.export_csv import write_csv
from kpidesk.io.export_xlsx import write_xlsx
from kpidesk.services.import_preview import ImportOptions, preview_import
from kpidesk.services.importing import ImportSummary, apply_import, plan_file
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi, list_kpis, require_kpi, to_definition
from kpidesk.store.loading import load_export, load_snapshot
from kpidesk.store.targets import add_target, target_history, to_target_change
from kpidesk.store.workspace import Workspace, open_workspace


class Roundtrip:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self._count = 0

    def workspace(self, name: str | None = None) -> Workspace:
        self._count += 1
        return open_workspace(self.tmp / (name or f"ws{self._count}.kpidesk"))

    @staticmethod
    def add(workspace: Workspace, *kpis: Any) -> None:
        with workspace.transaction() as session:
            for kpi in kpis:
                add_kpi(session, kpi)

    @staticmethod
    def record(
        workspace: Workspace,
        kpi: str,
        figures: dict[str, float],
        notes: dict[str, str] | None = None,
        currency: str | None = None,
    ) -> None:
        notes = notes or {}
        with workspace.transaction() as session:
            record = require_kpi(session, kpi)
            writes = [
                CellWrite(record.id, Month.parse(m), v, notes.get(m), currency)
                for m, v in figures.items()
            ]
            write_figures(session, start_change(session, "edit"), writes)

    @staticmethod
    def decide(workspace: Workspace, kpi: str, change: TargetChange) -> int:
        """Add a target decision in its own change set; returns the change set's id."""
        with workspace.transaction() as session:
            change_set = start_change(session, "target")
            add_target(session, require_kpi(session, kpi), change, change_set)
            return change_set.id

    def export_xlsx(self, workspace: Workspace, name: str = "export.xlsx") -> Path:
        path = self.tmp / name
        with workspace.transaction() as session:
            scorecard, history = load_export(session)
        write_xlsx(scorecard, path, history)
        return path

    def export_csv(self, workspace: Workspace, name: str = "export.csv") -> Path:
        path = self.tmp / name
        with workspace.transaction() as session:
            scorecard = load_snapshot(session).scorecard
        with path.open("w", encoding="utf-8", newline="") as stream:
            write_csv(scorecard, stream)
        return path

    @staticmethod
    def import_file(workspace: Workspace, path: Path, create: bool = True) -> ImportSummary:
        plan, own = plan_file(path)
        with workspace.transaction() as session:
            options = ImportOptions(create_kpis=create, own_export=own)
            preview = preview_import(session, plan, options)
            assert not preview.refused, [str(p) for p in preview.refusals]
            return apply_import(session, preview, "hash")

    @staticmethod
    def dump(workspace: Workspace) -> dict[str, Any]:
        """KPIs with their definitions, shown figures, notes, shown targets by month and
        every target decision, retracted ones included."""
        with workspace.transaction() as session:
            scorecard = load_snapshot(session).scorecard
            kpis = {}
            for record in list_kpis(session):
                kpi = to_definition(record)
                history = []
                for r in target_history(session, record.id):
                    shown = shown_target(kpi, to_target_change(r))
                    history.append(
                        (
                            shown.kind.value,
                            str(shown.first_month),
                            round(shown.value, 9),
                            tuple(round(v, 9) for v in shown.monthly_values),
                            r.spread,
                            r.note,
                            r.set_at,
                            r.retracted_at is not None,
                        )
                    )
                months = sorted(
                    set(scorecard.figures_of(kpi.name))
                    | {c.first_month for c in scorecard.target_changes_of(kpi.name)}
                )
                kpis[kpi.name] = {
                    "definition": kpi,
                    "figures": {
                        str(m): round(v, 9) for m, v in scorecard.figures_of(kpi.name).items()
                    },
                    "notes": {
                        str(m): scorecard.note(kpi.name, m)
                        for m in scorecard.figures_of(kpi.name)
                        if scorecard.note(kpi.name, m)
                    },
                    "targets": {
                        str(m): round(t, 9)
                        for m in months
                        for t in [scorecard.target(kpi.name, m)]
                        if t is not None
                    },
                    "history": sorted(history, key=lambda h: (h[6], h[0], h[1])),
                }
            return kpis


@pytest.fixture
def roundtrip(tmp_path: Path) -> Roundtrip:
    return Roundtrip(tmp_path)


@pytest.fixture
def csv_text() -> Callable[[Path], str]:
    return lambda path: io.open(path, encoding="utf-8").read()
