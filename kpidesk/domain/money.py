"""Currency handling, chiefly Bulgaria's move from the lev to the euro on 2026-01-01.

A lev series is shown in euro throughout, converted at the fixed rate, so a chart that spans
the changeover shows no jump. Figures are stored in the currency they were entered in.
"""

from __future__ import annotations

from kpidesk.domain.month import Month

BGN_PER_EUR = 1.95583
EURO_CHANGEOVER = Month(2026, 1)
_SUCCESSOR = {"BGN": "EUR"}


def display_currency(kpi_currency: str | None) -> str | None:
    """The currency a KPI's figures are shown in: the euro for a lev KPI."""
    if kpi_currency is None:
        return None
    return _SUCCESSOR.get(kpi_currency, kpi_currency)


def entry_currency(kpi_currency: str | None, month: Month) -> str | None:
    """The currency a figure for `month` is in when nothing else is said: a lev KPI's figures
    are in leva before the changeover and in euro from it on."""
    if kpi_currency == "BGN" and month >= EURO_CHANGEOVER:
        return "EUR"
    return kpi_currency


def convert(value: float, from_currency: str | None, to_currency: str | None) -> float:
    """Convert between the lev and the euro at the fixed rate; other pairs must be equal."""
    if from_currency == to_currency or from_currency is None or to_currency is None:
        return value
    if (from_currency, to_currency) == ("BGN", "EUR"):
        return value / BGN_PER_EUR
    if (from_currency, to_currency) == ("EUR", "BGN"):
        return value * BGN_PER_EUR
    raise ValueError(f"cannot convert {from_currency} to {to_currency}: no fixed rate")
