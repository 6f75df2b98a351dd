"""The export's sheets that only kpidesk reads back in full: the target history (every
decision, with when it was made, its note and whether it was undone) and the KPI definitions.

Moments are written as ISO text (`2026-03-14 10:22:33.123456`): readable, and kept to the
microsecond through any resave, which a date cell is not; a decision is recognised again by
it when the same export is imported twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.domain.money import display_currency
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import PastDecision
from kpidesk.io.export_columns import KPI_COLUMNS, LIST_SEPARATOR, TARGET_COLUMNS
from kpidesk.io.xlsx_cells import figure_cell, header, month_cell, text_cell


def targets_sheet(
    sheet: WriteOnlyWorksheet,
    scorecard: Scorecard,
    history: Mapping[str, Sequence[PastDecision]] | None,
) -> None:
    """One row per target decision, oldest first per KPI, in the currency it was set in
    (a goal typed in leva stays in leva)."""
    header(sheet, TARGET_COLUMNS)
    for kpi in scorecard.kpis:
        if history is not None:
            decisions = list(history.get(kpi.key, ()))
        else:
            decisions = [PastDecision(c) for c in scorecard.target_changes_of(kpi.name)]
        for decision in decisions:
            change = decision.change
            currency = change.currency or display_currency(kpi.currency)
            undone = decision.retracted_at
            sheet.append(
                [
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
            )


def kpis_sheet(sheet: WriteOnlyWorksheet, scorecard: Scorecard) -> None:
    header(sheet, KPI_COLUMNS)
    for kpi in scorecard.kpis:
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
            ]
        )
