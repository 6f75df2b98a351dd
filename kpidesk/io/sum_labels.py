"""KPIs named like summaries whose figures are the sum or the mean of the KPIs before them.

`Total revenue` is a KPI; but a row `Total sales` under `Shop sales` and `Web sales` whose
every figure is their sum is the sheet's own subtotal, and importing it would count the
sales twice. A label that begins with a summary word (and is not one alone, which is a
summary anyway) is taken for a summary only when its figures show it: the labels just before
it (two or more, back to the previous summary at most) have figures in each of its months,
and their sum (or their mean) is its figure, to the cent.
"""

from __future__ import annotations

from operator import attrgetter

from kpidesk.domain.kpi import name_key
from kpidesk.domain.month import Month
from kpidesk.domain.summary_text import begins_with_summary_word, is_summary_label
from kpidesk.io.plan import Observation

_CENT = 0.005


def sum_labels(observations: list[Observation], across: bool) -> set[str]:
    """The labels (as spelt in the observations) whose figures are the sum or mean of the
    labels just before them in the sheet: the rows above, or with `across` (a tall sheet's
    KPIs side by side) the columns to the left."""
    distinct = set(map(attrgetter("label"), observations))
    if not any(begins_with_summary_word(label) for label in distinct):
        return set()
    figures: dict[str, dict[Month, float]] = {}
    first: dict[str, tuple[int, int]] = {}
    spellings: dict[str, set[str]] = {}
    for obs in observations:
        key = name_key(obs.label)
        spellings.setdefault(key, set()).add(obs.label)
        first.setdefault(key, (obs.col, obs.row) if across else (obs.row, obs.col))
        if obs.value is not None:
            figures.setdefault(key, {})[obs.month] = obs.value
    found: set[str] = set()
    before: list[str] = []
    for key in sorted(first, key=first.__getitem__):
        label = next(iter(spellings[key]))
        named = begins_with_summary_word(label) and not is_summary_label(label)
        parts = [figures.get(k, {}) for k in before]
        own = figures.get(key, {})
        if named and any(_adds_up(own, parts[start:]) for start in range(len(parts) - 1)):
            found |= spellings[key]
            before = []
            continue
        before.append(key)
    return found


def _adds_up(own: dict[Month, float], parts: list[dict[Month, float]]) -> bool:
    """Whether every figure of `own` is the sum of the parts' figures that month, or every
    one their mean, with at least two parts each month."""
    if not own or len(parts) < 2:
        return False
    sums, means = True, True
    for month, value in own.items():
        present = [part[month] for part in parts if month in part]
        if len(present) < 2:
            return False
        total = sum(present)
        near = _CENT + 1e-9 * abs(value)
        sums = sums and abs(total - value) <= near
        means = means and abs(total / len(present) - value) <= near
        if not (sums or means):
            return False
    return True
