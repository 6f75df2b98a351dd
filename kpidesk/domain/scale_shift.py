"""Is an import about to replace a KPI's figures with ones on another scale?

A whole year that comes back halved is seldom a correction: it is usually leva and euro
mixed up (1 € = 1.95583 лв.), thousands taken for units, or a percentage taken as a
fraction. Owners' corrections are few and small, so the rule asks for many figures of one
KPI moving far the same way before it warns; it warns, never refuses, since only the owner
knows which side is right.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kpidesk.domain.money import BGN_PER_EUR

MIN_SHIFTED = 3
"""Overwrites that must move the same way before a KPI is named: one or two are corrections."""
MOST = 2 / 3
"""The share of a KPI's overwrites that must move that way."""
FAR = 1.8
"""How far a figure must move (new / old at least this, or at most its inverse): below the
lev rate, far above the size of an owner's correction."""
_NEAR = math.log(1.05)
"""How close the typical factor must be to a known one for its cause to be named."""


class LikelyCause(StrEnum):
    LEVA_EURO = "leva_euro"
    THOUSANDS = "thousands"
    PERCENT = "percent"
    UNKNOWN = "unknown"


_KNOWN_FACTORS = (
    (BGN_PER_EUR, LikelyCause.LEVA_EURO),
    (1000.0, LikelyCause.THOUSANDS),
    (100.0, LikelyCause.PERCENT),
)


@dataclass(frozen=True, slots=True)
class ScaleShift:
    """One KPI whose overwrites move far the same way: `shifted` of its `overwritten` figures
    become about `factor` times the figure kept now (rounded to three significant digits),
    and the likely cause."""

    kpi: str
    shifted: int
    overwritten: int
    factor: float
    cause: LikelyCause

    @property
    def smaller(self) -> bool:
        return self.factor < 1

    @property
    def factor_decimals(self) -> int:
        """The decimals that show `factor` whole: 0.511 → 3, 1.96 → 2, 1000 → 0."""
        exponent = Decimal(repr(self.factor)).normalize().as_tuple().exponent
        return max(-exponent, 0) if isinstance(exponent, int) else 0


def scale_shifts(overwrites: Iterable[tuple[str, float, float]]) -> list[ScaleShift]:
    """The KPIs, in order of first appearance, for which at least `MIN_SHIFTED` and at least
    `MOST` of the (kpi, old, new) overwrites move by `FAR` or more in one direction."""
    ratios: dict[str, list[float]] = {}
    for kpi, old, new in overwrites:
        ratio = new / old if old != 0 else math.nan
        ratios.setdefault(kpi, []).append(ratio)
    shifts = []
    for kpi, found in ratios.items():
        larger = [r for r in found if r >= FAR]
        smaller = [r for r in found if 0 < r <= 1 / FAR]
        moved = max(larger, smaller, key=len)
        if len(moved) >= MIN_SHIFTED and len(moved) >= MOST * len(found):
            factor = statistics.median(moved)
            shifts.append(
                ScaleShift(kpi, len(moved), len(found), _three_digits(factor), _cause(factor))
            )
    return shifts


def _cause(factor: float) -> LikelyCause:
    distance = abs(math.log(factor))
    for known, cause in _KNOWN_FACTORS:
        if abs(distance - math.log(known)) <= _NEAR:
            return cause
    return LikelyCause.UNKNOWN


def _three_digits(value: float) -> float:
    return float(f"{value:.3g}")
