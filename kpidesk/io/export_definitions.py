"""The export's sheets that only kpidesk reads back in full: the target history (every
decision, with when it was made, its note and whether it was undone) and the KPI definitions.

Moments are written as ISO text (`2026-03-14 10:22:33.123456`): readable, and kept to the
microsecond through any resave, which a date cell is not; a decision is recognised again by
it when the same export is imported twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.money import display_currency
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision
from kpidesk.io.export_columns import (
    KPI_COLUMNS,
    LIST_SEPARATOR,
    SEGMENT_KPI_COLUMNS,
    TARGET_COLUMNS,
)
from kpidesk.io.xlsx_cells import figure_cell, header, month_cell, text_cell

SegmentHistory = Mapping[tuple[str, str], Sequence[PastDecision]]
"""Every target decision of each segment, by KPI name key and segment name key."""


def targets_sheet(
    sheet: WriteOnlyWorksheet,
    scorecard: Scorecard,
    history: Mapping[str, Sequence[PastDecision]] | None,
    segment_history: SegmentHistory | None = None,
) -> None:
    """One row per target decision, oldest first per KPI, in the currency it was set in
    (a goal typed in leva stays in leva). With segments, a `Segment` column names whose
    decision it is (empty for the total's), each segment's after the total's."""
    segmented = bool(scorecard.segment_sets)
    header(sheet, (*TARGET_COLUMNS, "Segment") if segmented else TARGET_COLUMNS)
    for kpi in scorecard.kpis:
        if history is not None:
            decisions = list(history.get(kpi.key, ()))
        else:
            decisions = [PastDecision(c) for c in scorecard.target_changes_of(kpi.name)]
        for decision in decisions:
            row = _decision_row(sheet, kpi, decision)
            sheet.append([*row, None] if segmented else row)
        if not segmented or scorecard.set_of(kpi.name) is None:
            continue
        for segment in scorecard.segments_of(kpi.name):
            for decision in _segment_decisions(scorecard, kpi, segment.name, segment_history):
                row = _decision_row(sheet, kpi, decision)
                sheet.append([*row, text_cell(sheet, segment.name)])


def _segment_decisions(
    scorecard: Scorecard,
    kpi: KpiDefinition,
    segment: str,
    history: SegmentHistory | None,
) -> list[PastDecision]:
    """A segment's decisions: its whole history when given, else the ones in force."""
    if history is not None:
        return list(history.get((kpi.key, name_key(segment)), ()))
    changes = scorecard.segment_view(segment).target_changes_of(kpi.name)
    return [PastDecision(change) for change in changes]


def _decision_row(
    sheet: WriteOnlyWorksheet, kpi: KpiDefinition, decision: PastDecision
) -> list[object]:
    change = decision.change
    currency = change.currency or display_currency(kpi.currency)
    undone = decision.retracted_at
    return [
        text_cell(sheet, kpi.name),
        change.kind.value,
        month_cell(sheet, change.first_month),
        figure_cell(sheet, kpi, change.value, currency),
        change.spread.value if change.spread else None,
        LIST_SEPARATOR.join(repr(v) for v in change.monthly_values) or None,
        currency,
        text_cell(sheet, change.note),
        change.set_at.isoformat(sep=" "),
        undone.isoformat(sep=" ") if undone is not None else None,
    ]


def kpis_sheet(sheet: WriteOnlyWorksheet, scorecard: Scorecard) -> None:
    """One row per KPI; with segments also the set it is tracked by and its weight KPI."""
    segmented = bool(scorecard.segment_sets)
    header(sheet, (*KPI_COLUMNS, *SEGMENT_KPI_COLUMNS) if segmented else KPI_COLUMNS)
    for kpi in scorecard.kpis:
        by_set = [text_cell(sheet, kpi.segment_set or ""), text_cell(sheet, kpi.weight_kpi or "")]
        sheet.append(
            [
                text_cell(sheet, kpi.name),
                text_cell(sheet, LIST_SEPARATOR.join(kpi.aliases)),
                kpi.unit.value,
                kpi.currency,
                kpi.duration_unit,
                kpi.direction.value,
                kpi.aggregation.value,
                kpi.category.value,
                kpi.decimals,
                kpi.tolerance,
                kpi.benchmark,
                text_cell(sheet, kpi.formula or ""),
                text_cell(sheet, kpi.description),
                kpi.catalog_key,
                kpi.archived,
                *(by_set if segmented else ()),
            ]
        )
