"""What `kpidesk import` says besides its counts: each converted cell as written and as it
lands (`12 000 лв. → 6135.50 EUR`), and the warning when many of a KPI's figures would be
overwritten by ones on another scale. Plain English, one line per cell or KPI."""

from __future__ import annotations

import sys
from typing import Any

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.money import BGN_PER_EUR, display_currency
from kpidesk.domain.plain_numbers import plain_decimal
from kpidesk.domain.scale_shift import LikelyCause, ScaleShift
from kpidesk.usecases.converted_cells import Written
from kpidesk.usecases.import_preview import ImportPreview, PreviewCell

SHOWN_CELLS = 20

_CAUSES = {
    LikelyCause.LEVA_EURO: (
        f"likely leva taken for euro, or euro for leva (1 EUR = {BGN_PER_EUR} BGN)"
    ),
    LikelyCause.THOUSANDS: "likely thousands taken for units, or units for thousands",
    LikelyCause.PERCENT: (
        "likely a percentage taken as a fraction (12.5 % as 0.125), or the reverse"
    ),
    LikelyCause.UNKNOWN: "check the units of the file",
}


def written_text(written: Written) -> str:
    """The cell as the file writes it: its text, or its number with the currency it is in."""
    shown = written.text or f"{written.value:.{written.decimals}f}"
    if written.currency is not None and (written.text is None or written.implied):
        shown += f" {written.currency}"
    return shown


def landed_text(value: float, kpi: KpiDefinition) -> str:
    """The figure as it lands, with the KPI's decimals and the unit it is shown in."""
    number = f"{value:.{kpi.decimals}f}"
    shown_in = display_currency(kpi.currency) if kpi.unit is Unit.CURRENCY else None
    unit = shown_in or kpi.unit_label()
    return f"{number} {unit}" if unit else number


def print_converted(preview: ImportPreview, converted: list[tuple[PreviewCell, Written]]) -> None:
    sheet = f"sheet '{preview.plan.sheet}', " if preview.plan.sheet else ""
    for cell, written in converted[:SHOWN_CELLS]:
        landed = landed_text(cell.new, preview.kpis[cell.kpi])
        print(
            f"  converted: {sheet}cell {cell.cell}, {cell.kpi} {cell.month}: "
            f"{written_text(written)} → {landed}"
        )
    if len(converted) > SHOWN_CELLS:
        print(f"  … and {len(converted) - SHOWN_CELLS} more converted")


def converted_json(
    preview: ImportPreview, converted: list[tuple[PreviewCell, Written]]
) -> list[dict[str, Any]]:
    return [
        {
            "sheet": preview.plan.sheet,
            "cell": cell.cell,
            "kpi": cell.kpi,
            "month": str(cell.month),
            "written": written_text(written),
            "written_value": written.value,
            "written_currency": written.currency,
            "value": float(plain_decimal(cell.new)),
            "currency": display_currency(preview.kpis[cell.kpi].currency),
        }
        for cell, written in converted
    ]


def warning_text(shift: ScaleShift) -> str:
    """`Revenue: 12 of the 12 figures it overwrites become about 0.511 times …; likely …`."""
    way = "smaller" if shift.smaller else "larger"
    return (
        f"{shift.kpi}: {shift.shifted} of the {shift.overwritten} figures it overwrites become "
        f"about {plain_decimal(shift.factor)} times the figure in kpidesk ({way}); "
        f"{_CAUSES[shift.cause]}"
    )


def print_warnings(shifts: list[ScaleShift]) -> None:
    for shift in shifts:
        print(f"kpidesk: warning: {warning_text(shift)}", file=sys.stderr)


def warnings_json(shifts: list[ScaleShift]) -> list[dict[str, Any]]:
    return [
        {
            "kpi": shift.kpi,
            "shifted": shift.shifted,
            "overwritten": shift.overwritten,
            "factor": shift.factor,
            "cause": shift.cause.value,
            "reason": warning_text(shift),
        }
        for shift in shifts
    ]
