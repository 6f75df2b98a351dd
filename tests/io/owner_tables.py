"""Owners' figures, as the property test of the importer knows them before any file exists.

This module is the specification: it draws a set of KPIs (names as an owner writes them, and
the name the KPI must get) with figures for consecutive months, and says by hand how owners
spell months and numbers in English, Bulgarian and Estonian. Nothing here calls kpidesk: the
expected figures are the drawn ones, never a reading of the file by the product.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_SHORT = [name[:3] for name in EN_MONTHS]
BG_MONTHS = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
]
ET_MONTHS = [
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
]

SUMMARY_WORD_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Average wait time", "Средно време за изчакване", "Keskmine ooteaeg"),
    ("Average resolution time", "Средно време за разрешаване", "Keskmine lahendamise aeg"),
    ("Avg first response time",),
    ("Keskmine esmase vastuse aeg",),
    ("Average order value", "Средна стойност на поръчка"),
    ("Total revenue",),
    ("Общо приходи",),
    ("Kokku müük",),
    ("Total orders", "Общо поръчки", "Tellimusi kokku"),
    ("Средно време за доставка",),
)
"""KPIs whose names begin (or end) with a word that also names a summary: they are KPIs."""
PLAIN_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Revenue", "Приходи", "Müügitulu"),
    ("New customers", "Нови клиенти", "Uued kliendid"),
    ("Customers lost", "Загубени клиенти", "Lahkunud kliendid"),
    ("Marketing spend", "Разходи за маркетинг", "Turunduskulud"),
    ("Profit", "Печалба", "Kasum"),
    ("Website visits", "Посещения на сайта", "Veebilehe külastused"),
    ("Support tickets", "Заявки за поддръжка", "Tugipöördumised"),
    ("Õnnelikud kliendid",),
    ("Жалби от клиенти",),
    ("Conversion rate", "Процент на конверсия", "Konversioonimäär"),
    ("Repeat purchase share", "Дял повторни покупки", "Korduvostude osakaal"),
)
"""KPI names owners use; the names in one group are one KPI in three languages (the catalog
may know them as one), so a table takes at most one name of a group."""

_LETTERS = "abcdefghijklmnoprstuvõäöüšžабвгдежзийклмнопрстуфхцчшщъюя"
_NOT_WORDS = frozenset(
    [
        "total",
        "totals",
        "sum",
        "summa",
        "mean",
        "avg",
        "average",
        "kesk",
        "kokku",
        "keskmine",
        "общо",
        "средно",
        "всичко",
        "итого",
        "plan",
        "goal",
        "target",
        "budget",
        "unit",
        "units",
        "note",
        "notes",
        "name",
        "item",
        "year",
        "month",
        "date",
        "value",
        "kuu",
        "aasta",
        "период",
        "месец",
        "година",
        "план",
        "цел",
        "бюджет",
        "plaan",
        "siht",
        "ühik",
    ]
)
"""Words a random name must not contain: they name summaries, months or side columns in the
sheet (the drawn names that begin with summary words come from SUMMARY_WORD_GROUPS, on purpose)."""

UNIT_BRACKETS = ("€", "%", "бр.", "tk", "pcs")
"""Units in brackets behind a name, which the KPI's name does not keep (`Приходи (€)`)."""


@dataclass(frozen=True)
class OwnerKpi:
    """A KPI as the sheet labels it, and the name kpidesk must give it."""

    label: str
    name: str
    percent: bool = False
    """Figures are percentage points, written as `12,5%` or as 0.125 shown as a percentage."""


@dataclass(frozen=True)
class OwnerFigures:
    """The figures an owner keeps: by KPI, the value of each month that has one (a month
    missing from a KPI's dict is a gap, an empty cell)."""

    kpis: tuple[OwnerKpi, ...]
    months: tuple[tuple[int, int], ...]
    values: dict[str, dict[tuple[int, int], Decimal]]

    def expected(self) -> dict[str, dict[str, float]]:
        """What the store must hold after the import: {KPI name: {YYYY-MM: value}}."""
        return {
            kpi.name: {f"{y:04d}-{m:02d}": float(v) for (y, m), v in self.values[kpi.name].items()}
            for kpi in self.kpis
        }

    def value(self, kpi: OwnerKpi, month: tuple[int, int]) -> Decimal | None:
        return self.values[kpi.name].get(month)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@st.composite
def _random_name(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(
            st.text(alphabet=_LETTERS, min_size=4, max_size=9).filter(
                lambda w: w not in _NOT_WORDS and not any(w.startswith(x) for x in _NOT_WORDS)
            ),
            min_size=2,
            max_size=3,
        )
    )
    return " ".join(words).capitalize()


@st.composite
def kpi_names(draw: st.DrawFn, count: int, summary_words: bool) -> list[str]:
    """`count` KPI names, unique as kpidesk compares them, at most one per group."""
    pool = PLAIN_GROUPS + (SUMMARY_WORD_GROUPS if summary_words else ())
    groups = draw(st.permutations(range(len(pool))))
    names: list[str] = []
    for index in groups:
        if len(names) == count:
            break
        if draw(st.integers(0, 4)) == 0:
            names.append(draw(_random_name()))
        else:
            names.append(draw(st.sampled_from(pool[index])))
    unique = {_key(name): name for name in names}
    return list(unique.values())


@st.composite
def owner_kpi(draw: st.DrawFn, name: str, number: int) -> OwnerKpi:
    """The label around a name: a row number in front (`3. `) or a unit in brackets behind."""
    label = name
    if draw(st.integers(0, 3)) == 0:
        label = f"{number}. {label}"
    if draw(st.integers(0, 3)) == 0:
        label = f"{label} ({draw(st.sampled_from(UNIT_BRACKETS))})"
    if draw(st.integers(0, 5)) == 0:
        label = f" {label.replace(' ', '  ', 1)}  "
    return OwnerKpi(label, name, percent=draw(st.integers(0, 4)) == 0)


def figure_values(serial_like: bool) -> st.SearchStrategy[Decimal]:
    """Figures as owners have them, in cents: counts, money, negatives, and (`serial_like`)
    numbers in the range of Excel date serials (1950…2100), never to be taken for dates."""
    kinds = [
        st.integers(0, 100).map(lambda n: n * 100),
        st.integers(-500_000, 1_700_000),
        st.integers(10**9, 10**11),
    ]
    if serial_like:
        kinds.append(st.integers(1_800_000, 7_500_000))
        kinds.append(
            st.builds(
                _month_edge_serial,
                st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 1)),
                st.booleans(),
            )
        )
    return st.one_of(kinds).map(lambda n: Decimal(n) / 100)


def _month_edge_serial(day: dt.date, first: bool) -> int:
    """Cents whose whole part is the Excel serial of the first or last day of a month
    (19 663.87 is 1953-10-31), as a figure of that size sometimes is."""
    if first:
        edge = day.replace(day=1)
    else:
        edge = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (edge - dt.date(1899, 12, 30)).days * 100 + day.day


def _month_run(start: dt.date, count: int) -> tuple[tuple[int, int], ...]:
    index = start.year * 12 + start.month - 1
    return tuple(divmod(index + step, 12) for step in range(count))


@st.composite
def owner_figures(
    draw: st.DrawFn,
    max_kpis: int = 5,
    max_months: int = 14,
    summary_words: bool = True,
    serial_like: bool = True,
) -> OwnerFigures:
    """KPIs with figures for a run of consecutive months; some cells are gaps, every KPI has
    at least one figure."""
    start = draw(st.dates(dt.date(2022, 1, 1), dt.date(2026, 12, 31)))
    count = draw(st.integers(1, max_months))
    months = tuple((y, m + 1) for y, m in _month_run(start, count))
    names = draw(kpi_names(draw(st.integers(1, max_kpis)), summary_words))
    kpis = tuple(draw(owner_kpi(name, number)) for number, name in enumerate(names, 1))
    values: dict[str, dict[tuple[int, int], Decimal]] = {}
    for kpi in kpis:
        kept = draw(st.lists(st.booleans(), min_size=count, max_size=count))
        if not any(kept):
            kept[draw(st.integers(0, count - 1))] = True
        values[kpi.name] = {
            month: draw(figure_values(serial_like))
            for month, keep in zip(months, kept, strict=True)
            if keep
        }
    summary_named = {name for group in SUMMARY_WORD_GROUPS for name in group}
    for kpi in kpis:
        if kpi.name in summary_named:
            _not_a_subtotal(values, kpi.name)
    return OwnerFigures(kpis, months, values)


def _not_a_subtotal(values: dict[str, dict[tuple[int, int], Decimal]], name: str) -> None:
    """Move each figure of a KPI named like a summary (`Total revenue`) a few cents off the
    sum and the mean of every two or more other KPIs that month: a KPI named so whose figures
    are such sums is the sheet's subtotal (issue 10), which these tables do not mean to hold."""
    others = [own for other, own in values.items() if other != name]
    for month, value in values[name].items():
        present = [own[month] for own in others if month in own]
        blocked = [
            total / divisor
            for size in range(2, len(present) + 1)
            for part in itertools.combinations(present, size)
            for total in [sum(part, Decimal(0))]
            for divisor in (1, size)
        ]
        margin = Decimal("0.02") + abs(value) * Decimal("3e-9")
        while any(abs(value - near) <= margin for near in blocked):
            value = (value + margin * 2).quantize(Decimal("0.01"))
        values[name][month] = value
