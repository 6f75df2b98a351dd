"""Cells the import does not take as they stand: leva shown in euro, a percent-formatted
0.125 that is 12.5 %, a text such as `1 234,56`, `(300)` or `€1 200` read as a number.

The preview shows each of them as written and as it lands (`12 000 лв. → 6 136 €`), so an
owner sees every conversion before anything is written; the window and the command line
both take the written side from here and only format it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import display_currency, entry_currency
from kpidesk.usecases.import_preview import ImportPreview, PreviewCell

_MOST_DECIMALS = 6


class Written(NamedTuple):
    """A converted cell as the file holds it.

    `text` is the cell's text when it was text; `value` the number the cell holds (0.125 for
    a cell shown as 12.5 %, 12000 for 12 000 лв.) with `decimals` enough to show it and the
    KPI's; `currency` the currency the figure was taken in when it is not the one it is shown
    in (BGN for a figure shown in euro), with `implied` when the cell itself names none (a
    lev KPI's figures before 2026 are in leva); `fraction` when the cell is formatted as a
    percentage and its number was multiplied by 100.
    """

    text: str | None
    value: float
    decimals: int
    currency: str | None
    implied: bool
    fraction: bool


def as_written(cell: PreviewCell, kpi: KpiDefinition) -> Written | None:
    """How the file writes `cell`, or None when the figure lands as the file holds it."""
    obs = cell.observation
    if obs.value is None:
        return None
    text = obs.written.strip() if obs.written is not None else None
    entered = obs.currency or entry_currency(kpi.currency, obs.month)
    shown_in = display_currency(kpi.currency) if kpi.currency else entered
    currency = entered if entered is not None and entered != shown_in else None
    fraction = obs.percent_formatted and obs.written is None
    if text is None and currency is None and not fraction:
        return None
    value = float(Decimal(repr(obs.value)) / 100) if fraction else obs.value
    decimals = _decimals(value) if fraction else max(kpi.decimals, _decimals(value))
    implied = currency is not None and obs.currency is None
    return Written(text, value, decimals, currency, implied, fraction)


def converted_cells(preview: ImportPreview) -> list[tuple[PreviewCell, Written]]:
    """Every cell of the preview the import converts, in the preview's order.

    A long sheet gives a hundred thousand plain numbers, so a cell with no text, currency or
    percent format of its own, for a KPI kept in the currency it is shown in, is passed over
    without working out how it is written."""
    kpis = preview.kpis
    shown_otherwise = {
        name
        for name, kpi in kpis.items()
        if kpi.currency is not None and display_currency(kpi.currency) != kpi.currency
    }
    found = []
    for cell in preview.cells:
        obs = cell.observation
        if (
            obs.written is None
            and obs.currency is None
            and not obs.percent_formatted
            and cell.kpi not in shown_otherwise
        ):
            continue
        kpi = kpis.get(cell.kpi)
        written = as_written(cell, kpi) if kpi is not None else None
        if written is not None:
            found.append((cell, written))
    return found


def _decimals(value: float) -> int:
    """The decimals a number needs to be shown whole (at most six): 0.125 → 3, 12000 → 0."""
    exponent = Decimal(format(value, ".15g")).normalize().as_tuple().exponent
    return min(max(-exponent, 0), _MOST_DECIMALS) if isinstance(exponent, int) else 0
