"""The warning an import preview gives when it would overwrite many of a KPI's figures with
ones on another scale (see `kpidesk.domain.scale_shift`); the window and the command line
both ask here, so they warn about the same KPIs with the same factor."""

from __future__ import annotations

from kpidesk.domain.scale_shift import ScaleShift, scale_shifts
from kpidesk.usecases.import_preview import Action, ImportPreview


def overwrite_warnings(preview: ImportPreview) -> list[ScaleShift]:
    """The KPIs whose overwrites move far the same way, compared as the figures are shown
    (a lev KPI's in euro). Figures the owner chose to keep overwrite nothing."""
    overwrite = Action.OVERWRITE
    return scale_shifts(
        [
            (c.kpi, c.old, c.new)
            for c in preview.cells
            if c.action is overwrite and c.old is not None
        ]
    )
