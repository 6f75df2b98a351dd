"""A figure with more precision than its KPI shows: the grid rounds it, the owner still sees it.

`31250.5` typed into a KPI with no decimals is stored as typed and shown as `31,251`; the
cell's tooltip names the stored figure and the editor opens with it, so confirming the editor
unchanged writes nothing and a typed figure is never hidden.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.plain_numbers import exported
from kpidesk.ui.formatting import format_number, unit_suffix

_SHOWN_DECIMALS = 10
"""At most this many decimals in the tooltip: a spreadsheet's `0.30000000000000004` is the
`0.3` its owner typed."""


def stored_decimals(value: float) -> int:
    """How many decimals the shortest text that reads back as `value` has (31250.5 → 1)."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def typed_decimals(kpi: KpiDefinition, value: float) -> int:
    """The decimals that show `value` whole: the KPI's, or more when it was typed with more."""
    return max(kpi.decimals, stored_decimals(round(float(value), _SHOWN_DECIMALS)))


def format_typed(kpi: KpiDefinition, value: float) -> str:
    """`31,250.5 €`: `format_value` with every typed decimal (the cell history lists these)."""
    text = format_number(value, typed_decimals(kpi, value))
    suffix = unit_suffix(kpi)
    return f"{text}\u00a0{suffix}" if suffix else text


def as_typed(kpi: KpiDefinition, value: float | None) -> str:
    """`31,250.5 as typed` when the KPI's decimals round `value`; "" when it is shown whole.

    Formula KPIs are computed, not typed, so they have no such line."""
    if value is None or kpi.is_formula:
        return ""
    decimals = typed_decimals(kpi, value)
    if decimals <= kpi.decimals:
        return ""
    return QCoreApplication.translate("typed", "{value} as typed").format(
        value=format_number(value, decimals)
    )


def edit_text(value: float | None) -> str:
    """A value as the editor shows it: the locale's decimal mark, no grouping, and every digit
    typed up to the 12 significant digits kpidesk keeps everywhere (a figure converted from
    leva opens as `511.291881198`, not with a float's seventeen digits). The text read back is
    the same figure (`same_figure`), so confirming it unchanged writes nothing."""
    shown = exported(value)
    if shown is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(shown, "f", stored_decimals(shown))
