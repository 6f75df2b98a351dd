"""What a spreadsheet label names, without the decorations owners add around it.

Owners number their rows (`1. Приходи`, `2) Orders`, `1.2. Churn`) and put the unit in
brackets behind the name (`Müügitulu (€)`, `Отлив (%)`, `Tellimused (tk)`). The core is what
is matched against the workspace's KPIs and what a new KPI is called; the unit, when it is one
of the few this knows, says what kind of KPI to create. A bracket that holds anything else
(`Revenue (net)`) is part of the name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kpidesk.domain.kpi import Unit

_NUMBERING = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]\s+(?=\S)")
_BRACKETED = re.compile(r"^(?P<name>.*\S)\s*[(\[]\s*(?P<unit>[^()\[\]]{1,12}?)\s*[)\]]\s*$")

_UNITS: dict[str, tuple[Unit, str | None]] = {
    "€": (Unit.CURRENCY, "EUR"),
    "eur": (Unit.CURRENCY, "EUR"),
    "евро": (Unit.CURRENCY, "EUR"),
    "лв.": (Unit.CURRENCY, "BGN"),
    "лв": (Unit.CURRENCY, "BGN"),
    "bgn": (Unit.CURRENCY, "BGN"),
    "%": (Unit.PERCENT, None),
    "бр.": (Unit.COUNT, None),
    "бр": (Unit.COUNT, None),
    "брой": (Unit.COUNT, None),
    "tk": (Unit.COUNT, None),
    "tk.": (Unit.COUNT, None),
    "pcs": (Unit.COUNT, None),
    "pcs.": (Unit.COUNT, None),
    "#": (Unit.COUNT, None),
}
_DURATIONS: dict[str, str] = {
    **dict.fromkeys(
        ("min", "min.", "mins", "minutes", "мин", "мин.", "минути", "minutit"), "minutes"
    ),
    **dict.fromkeys(("h", "hrs", "hours", "ч", "ч.", "часа", "часове", "tundi"), "hours"),
    **dict.fromkeys(("days", "дни", "дена", "päeva", "päevad"), "days"),
}
"""Duration units owners write in brackets (`Средно време за изчакване (мин)`, `Lahendusaeg
(tundi)`): a bare letter such as `t` or `p` is left out, it names too many things."""


class LabelCore(NamedTuple):
    """The name a label gives, and the unit (with its currency) its bracket named, if any."""

    name: str
    unit: Unit | None = None
    currency: str | None = None
    duration_unit: str | None = None


def label_core(label: str) -> LabelCore:
    """`1. Приходи (лв.)` → `Приходи`, currency in BGN; `Wait (мин)` → `Wait`, in minutes;
    `Revenue (net)` stays as it is."""
    name = " ".join(_NUMBERING.sub("", label, count=1).split())
    match = _BRACKETED.match(name)
    if match is not None:
        unit = match.group("unit").strip().casefold()
        known = _UNITS.get(unit)
        if known is not None:
            return LabelCore(match.group("name").strip(), *known)
        if unit in _DURATIONS:
            core = match.group("name").strip()
            return LabelCore(core, Unit.DURATION, duration_unit=_DURATIONS[unit])
    return LabelCore(name or label.strip())
