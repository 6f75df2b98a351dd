"""A chart's value axis: a round range and round steps around the figures it shows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True, slots=True)
class Scale:
    low: float
    high: float
    step: float

    @property
    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]

    @property
    def decimals(self) -> int:
        """Decimals the tick labels need to tell the steps apart (0 for whole steps)."""
        return max(0, -math.floor(math.log10(self.step) + 1e-9)) if self.step < 1 else 0

    def fraction(self, value: float) -> float:
        """Where `value` sits from the bottom (0) to the top (1)."""
        return (value - self.low) / (self.high - self.low)


def value_scale(values: Sequence[float], steps: int = 4) -> Scale:
    """About `steps` round steps covering every value; from 0 when the figures are all on
    one side of it and not far from it (so a small change is not drawn as a big one)."""
    low, high = min(values), max(values)
    if low > 0 and low < high * 0.5:
        low = 0.0
    if high < 0 and high > low * 0.5:
        high = 0.0
    if low == high:
        spread = abs(low) * 0.1 or 1.0
        low, high = low - spread, high + spread
    raw = (high - low) / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(nice * magnitude for nice in _NICE if nice * magnitude >= raw * (1 - 1e-9))
    return Scale(math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step, step)
