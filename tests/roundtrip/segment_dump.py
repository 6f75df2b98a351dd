"""Everything an owner can see of a workspace with segments, free of store ids: sets and
segments in order, definitions, figures with notes per segment and for the total, and every
target decision per segment and for the total (retracted ones marked)."""

from __future__ import annotations

from typing import Any

from kpidesk.domain.scorecard import Scorecard, shown_target
from kpidesk.store.kpis import list_kpis, to_definition
from kpidesk.store.loading import load_snapshot
from kpidesk.store.models import TOTAL_SEGMENT
from kpidesk.store.segments import segment_index
from kpidesk.store.targets import target_history, to_target_change
from kpidesk.store.workspace import Workspace


def dump(workspace: Workspace) -> dict[str, Any]:
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
        segment_ids = {r.name: r.id for r in segment_index(session).values()}
        kpis: dict[str, Any] = {}
        for record in list_kpis(session):
            kpi = to_definition(record)
            whose = {None: TOTAL_SEGMENT} | {
                s.name: segment_ids[s.name]
                for s in (card.segments_of(kpi.name) if card.set_of(kpi.name) else [])
            }
            parts = {}
            for segment, segment_id in whose.items():
                view = card if segment is None else card.segment_view(segment)
                history = []
                for r in target_history(session, record.id, segment_id):
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
                parts[segment] = {
                    "figures": _figures(view, kpi.name, segment is None),
                    "history": sorted(history, key=lambda h: (h[6], h[0], h[1])),
                }
            kpis[kpi.name] = {"definition": kpi, "parts": parts}
    sets = [(s.name, s.segments) for s in card.segment_sets]
    return {"sets": sets, "kpis": kpis}


def _figures(view: Scorecard, name: str, total: bool) -> dict[str, Any]:
    """Stored figures (the total's as typed) with notes, and for the total also the shown
    business total of every month with a segment figure."""
    typed = view.figures_of(name) if not view.kpi(name).is_formula else {}
    figures: dict[str, Any] = {str(m): (round(v, 9), view.note(name, m)) for m, v in typed.items()}
    if total:
        months = sorted(view.measured_months(name))
        figures["shown"] = [(str(m), view.value(name, m)) for m in months]
    return figures
