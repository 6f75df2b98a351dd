"""A converted cell in the preview grid: as the file writes it and as it lands
(`12,000 лв. → 6,136 €`), in the interface locale, with a tooltip that says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.money import BGN_PER_EUR
from kpidesk.ui.formatting import currency_symbol, format_number, format_value
from kpidesk.usecases.converted_cells import Written

ARROW = " → "


def written_text(written: Written) -> str:
    """The cell as written: its text, or its number with the currency it is in."""
    shown = written.text or format_number(written.value, written.decimals)
    if written.currency is not None and (written.text is None or written.implied):
        shown += "\u00a0" + currency_symbol(written.currency)
    return shown


def converted_text(written: Written, kpi: KpiDefinition, new: float) -> str:
    return written_text(written) + ARROW + format_value(kpi, new)


def why_converted(written: Written, kpi: KpiDefinition, new: float) -> str:
    """One or two sentences: what the cell holds, what it becomes, and the rule applied."""
    lines = [
        QCoreApplication.translate(
            "ConvertedCell", "The file writes {written}; it lands as {new}."
        ).format(written=written_text(written), new=format_value(kpi, new))
    ]
    if written.currency is not None:
        rate = format_number(BGN_PER_EUR, 5)
        if written.implied:
            lines.append(
                QCoreApplication.translate(
                    "ConvertedCell",
                    "The cell names no currency, and the figures of {kpi} before 2026 are in leva; "
                    "they are shown in euro at 1 € = {rate} лв.",
                ).format(kpi=kpi.name, rate=rate)
            )
        else:
            lines.append(
                QCoreApplication.translate("ConvertedCell", "Converted at 1 € = {rate} лв.").format(
                    rate=rate
                )
            )
    if written.fraction:
        lines.append(
            QCoreApplication.translate(
                "ConvertedCell", "The cell is formatted as a percentage, so its number counts ×100."
            )
        )
    return "\n".join(lines)
