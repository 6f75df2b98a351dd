"""A believable demo business, so a new owner sees a lived-in workspace before typing anything.

Kalamaja Café is a neighbourhood café with a small web shop (coffee beans, gift boxes) in
Tallinn, trading in euro. Its figures run from January 2024 to October 2026 with what such a
business really shows: summer-terrace and December peaks, steady growth, noise, a few months
nobody wrote down (left out, never zero), notes on the months something happened, goals that
were revised, and a latest month where some KPIs are on track and others are not.

Everything is generated from a fixed seed, so every run, test and screenshot sees the same
business. This module only produces data; the store and the command line load it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import count

from kpidesk.domain.catalog import catalog_entry, entries_with_parts
from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import Spread, TargetChange, TargetKind, spread_annual_goal

FIRST_MONTH = Month(2024, 1)
LAST_MONTH = Month(2026, 10)
SEED = 20240101

DEMO_KPIS = (
    "revenue",
    "new_customers",
    "avg_profit_margin",
    "quick_ratio",
    "marketing_qualified_leads",
    "customer_acquisition_cost",
    "brand_awareness",
    "customer_engagement",
    "avg_wait_time",
    "csat",
)
"""Catalog keys shown in the demo; formula KPIs bring their parts (profit, marketing spend)."""

# How busy each calendar month is: the café peaks with the summer terrace and in December.
_CAFE_SEASON = {1: 0.80, 2: 0.82, 3: 0.90, 4: 0.96, 5: 1.05, 6: 1.16}
_CAFE_SEASON |= {7: 1.24, 8: 1.20, 9: 1.00, 10: 0.95, 11: 0.98, 12: 1.32}
# The web shop sells gift boxes: November and December carry it.
_WEB_SEASON = {1: 0.80, 2: 0.85, 3: 0.90, 4: 0.95, 5: 1.00, 6: 0.95}
_WEB_SEASON |= {7: 0.90, 8: 0.90, 9: 1.00, 10: 1.05, 11: 1.30, 12: 1.60}
# Catering enquiries follow graduations, weddings and office parties.
_EVENT_SEASON = {1: 0.6, 2: 0.7, 3: 0.9, 4: 1.1, 5: 1.4, 6: 1.5}
_EVENT_SEASON |= {7: 0.8, 8: 0.8, 9: 1.1, 10: 0.9, 11: 1.3, 12: 1.4}

_TEXT: dict[str, tuple[str, str, str]] = {
    "business": (
        "Kalamaja Café & Web Shop",
        "Кафе „Каламая“ и онлайн магазин",
        "Kalamaja Kohvik & e-pood",
    ),
    "espresso": ("New espresso machine", "Нова еспресо машина", "Uus espressomasin"),
    "terrace": ("Summer terrace opened", "Отворихме лятната тераса", "Suveterrass avati"),
    "viral": (
        "Our cinnamon bun video went viral",
        "Видеото с канелените ни кифлички стана популярно",
        "Meie kaneelisaiakeste video levis kulutulena",
    ),
    "helper": (
        "A part-time helper now answers the web-shop mail",
        "Помощник на непълен работен ден вече отговаря на имейлите от онлайн магазина",
        "E-poe kirjadele vastab nüüd osalise tööajaga abiline",
    ),
    "market": ("Christmas market stall", "Щанд на коледния базар", "Jõuluturu müügiputka"),
    "market_fee": (
        "Christmas market stall fee",
        "Такса за щанда на коледния базар",
        "Jõuluturu müügiputka rent",
    ),
    "beans": ("Coffee bean prices up", "Кафето на зърна поскъпна", "Kohviubade hind tõusis"),
    "roaster": (
        "Deposit paid for a small coffee roaster",
        "Платихме капаро за малка машина за печене на кафе",
        "Maksime ettemaksu väikese kohviröstija eest",
    ),
    "start": ("First goals", "Първи цели", "Esimesed eesmärgid"),
    "new_year": ("Goals for {year}", "Цели за {year} г.", "{year}. aasta eesmärgid"),
    "reply_goal": (
        "With the new helper: first reply within 45 minutes",
        "С новия помощник: първи отговор до 45 минути",
        "Uue abilisega: esimene vastus 45 minuti jooksul",
    ),
    "reels_goal": (
        "Weekly reels from May: aim higher",
        "Седмични видеа от май: по-висока цел",
        "Maist iganädalased videod: sihime kõrgemale",
    ),
    "annual_goal": (
        "{year}: 10 % more than last year, spread like last year",
        "{year} г.: с 10 % повече от миналата година, разпределено като миналата",
        "{year}: 10 % rohkem kui eelmisel aastal, jaotatud nagu eelmisel aastal",
    ),
}
_LANG_INDEX = {"en": 0, "bg": 1, "et": 2}


def _text(key: str, lang: str, **values: object) -> str:
    return _TEXT[key][_LANG_INDEX.get(lang, 0)].format(**values)


@dataclass(frozen=True)
class DemoBusiness:
    """A demo workspace's content, keyed by `KpiDefinition.key` like a `Scorecard` wants it."""

    business_name: str
    fiscal_start: int
    kpis: list[KpiDefinition]
    figures: dict[str, dict[Month, Figure]]
    targets: dict[str, list[TargetChange]]

    def scorecard(self) -> Scorecard:
        """The demo as the numbers the dashboard shows, without going through a store."""
        return Scorecard(self.kpis, self.figures, self.targets, self.fiscal_start)


def build_demo(lang: str = "en") -> DemoBusiness:
    """The demo café with KPI names, notes and goal notes in `lang` (en, bg or et)."""
    rng = random.Random(SEED)
    months = list(month_range(FIRST_MONTH, LAST_MONTH))
    raw = _raw_series(rng, months)
    keys = list(dict.fromkeys(e.key for k in DEMO_KPIS for e in entries_with_parts(k)))
    kpis = {key: catalog_entry(key).definition(lang) for key in keys}
    figures = {
        kpis[key].key: _figures(kpis[key], series, _NOTES.get(key, {}), lang)
        for key, series in raw.items()
    }
    targets = _targets(kpis, raw, lang)
    return DemoBusiness(
        business_name=_text("business", lang),
        fiscal_start=1,
        kpis=list(kpis.values()),
        figures=figures,
        targets={kpis[key].key: changes for key, changes in targets.items()},
    )


# --- figures ------------------------------------------------------------------------------

_NOTES: dict[str, dict[Month, str]] = {
    "profit": {Month(2024, 3): "espresso", Month(2026, 9): "beans"},
    "revenue": {Month(2024, 5): "terrace", Month(2025, 12): "market"},
    "marketing_spend": {Month(2025, 12): "market_fee"},
    "brand_awareness": {Month(2025, 5): "viral"},
    "avg_wait_time": {Month(2025, 7): "helper"},
    "quick_ratio": {Month(2026, 10): "roaster"},
}

_MISSING: dict[str, set[Month]] = {
    "avg_wait_time": {Month(2024, 8)},
    "csat": {Month(2025, 8)},
    "customer_engagement": {Month(2025, 2), Month(2026, 1)},
    "brand_awareness": {Month(2024, 7)},
    "marketing_qualified_leads": {Month(2024, 12)},
}
"""Months the owner never wrote down: gaps in the charts, left out of every average."""


def _figures(
    kpi: KpiDefinition, series: dict[Month, float], notes: dict[Month, str], lang: str
) -> dict[Month, Figure]:
    currency = kpi.currency if kpi.unit is Unit.CURRENCY else None
    missing = _MISSING.get(kpi.catalog_key or "", set())
    return {
        month: Figure(value, currency, _text(notes[month], lang) if month in notes else "")
        for month, value in series.items()
        if month not in missing
    }


def _years(month: Month) -> float:
    return month.months_since(FIRST_MONTH) / 12


def _raw_series(rng: random.Random, months: list[Month]) -> dict[str, dict[Month, float]]:
    """Every stored series, drawn in a fixed order so the seed alone decides the numbers.

    Every month is drawn, missing ones included, so leaving a month out never shifts the rest.
    """
    revenue = _revenue(rng, months)
    new_customers = _per_month(rng, months, _new_customers)
    return {
        "revenue": revenue,
        "profit": _profit(rng, revenue),
        "new_customers": new_customers,
        "marketing_spend": _per_month(rng, months, _marketing_spend),
        "marketing_qualified_leads": _per_month(rng, months, _leads),
        "brand_awareness": _followers(rng, months),
        "customer_engagement": _per_month(rng, months, _engagement),
        "avg_wait_time": _per_month(rng, months, _wait_minutes),
        "csat": _per_month(rng, months, _csat),
        "quick_ratio": _per_month(rng, months, _quick_ratio),
    }


def _per_month(
    rng: random.Random, months: list[Month], draw: Callable[[random.Random, Month], float]
) -> dict[Month, float]:
    return {month: draw(rng, month) for month in months}


def _revenue(rng: random.Random, months: list[Month]) -> dict[Month, float]:
    values: dict[Month, float] = {}
    for month in months:
        base = 26500 * 1.085 ** _years(month) * _CAFE_SEASON[month.month]
        if month == Month(2025, 12):
            base *= 1.08
        values[month] = float(round(base * (1 + rng.gauss(0, 0.035))))
    return values


def _profit(rng: random.Random, revenue: dict[Month, float]) -> dict[Month, float]:
    """Busy months spread the fixed costs thinner, so the margin follows the season."""
    values: dict[Month, float] = {}
    for month, sales in revenue.items():
        margin = 0.105 + 0.12 * (_CAFE_SEASON[month.month] - 1) + rng.gauss(0, 0.008)
        if month == Month(2024, 3):
            margin -= 0.06
        if month >= Month(2026, 9):
            margin -= 0.012
        values[month] = float(round(sales * margin))
    return values


def _new_customers(rng: random.Random, month: Month) -> float:
    base = 38 * 1.12 ** _years(month) * _WEB_SEASON[month.month]
    if month == Month(2025, 12):
        base += 60
    return float(max(0, round(base + rng.gauss(0, 4))))


def _marketing_spend(rng: random.Random, month: Month) -> float:
    spend = 820 + 300 * (_WEB_SEASON[month.month] - 1) + rng.gauss(0, 60)
    if month == Month(2025, 12):
        spend += 1200
    return float(round(spend, -1))


def _leads(rng: random.Random, month: Month) -> float:
    base = 7.5 * 1.1 ** _years(month) * _EVENT_SEASON[month.month]
    return float(max(0, round(base + rng.gauss(0, 1.2))))


def _followers(rng: random.Random, months: list[Month]) -> dict[Month, float]:
    followers = 2150.0
    values: dict[Month, float] = {}
    for month in months:
        followers += max(0, round(rng.gauss(48, 20)))
        if month == Month(2025, 5):
            followers += 640
        values[month] = followers
    return values


def _engagement(rng: random.Random, month: Month) -> float:
    """Percent of followers who interacted; it slides after the platform's 2026 changes."""
    rate = 4.4 + 0.5 * (_CAFE_SEASON[month.month] - 1) + rng.gauss(0, 0.18)
    if month >= Month(2026, 3):
        rate -= 0.12 * month.months_since(Month(2026, 2))
    return round(rate, 1)


def _wait_minutes(rng: random.Random, month: Month) -> float:
    """First reply to web-shop and catering mail: slow in the summer rush until help came."""
    if month < Month(2025, 7):
        minutes = 82 + 60 * (_CAFE_SEASON[month.month] - 1) + rng.gauss(0, 7)
    else:
        minutes = 39 + 15 * (_CAFE_SEASON[month.month] - 1) + rng.gauss(0, 3)
    return float(round(minutes))


def _csat(rng: random.Random, month: Month) -> float:
    score = 4.45 + min(0.15, 0.06 * _years(month)) + rng.gauss(0, 0.05)
    if month.month in (7, 8):
        score -= 0.1
    return round(min(5.0, score), 2)


def _quick_ratio(rng: random.Random, month: Month) -> float:
    ratio = 1.35 + 0.6 * (_CAFE_SEASON[month.month] - 1) + rng.gauss(0, 0.05)
    if month == Month(2026, 10):
        ratio -= 0.45
    return round(ratio, 2)


# --- targets ------------------------------------------------------------------------------

_MONTHLY_GOALS: dict[str, list[tuple[Month, float]]] = {
    "profit": [(Month(2024, 1), 3000), (Month(2025, 1), 3400)],
    "avg_profit_margin": [(Month(2024, 1), 10.0)],
    "new_customers": [(Month(2024, 1), 40), (Month(2026, 1), 50)],
    "marketing_spend": [(Month(2024, 1), 1000)],
    "customer_acquisition_cost": [(Month(2024, 1), 25.0), (Month(2026, 1), 22.0)],
    "marketing_qualified_leads": [(Month(2024, 1), 8), (Month(2026, 1), 10)],
    "brand_awareness": [(Month(2024, 1), 2300), (Month(2025, 1), 3000), (Month(2026, 1), 4200)],
    "customer_engagement": [(Month(2024, 1), 4.0)],
    "avg_wait_time": [(Month(2024, 1), 90)],
    "csat": [(Month(2024, 1), 4.5)],
    "quick_ratio": [(Month(2024, 1), 1.5)],
    "revenue": [(Month(2024, 1), 28000), (Month(2025, 1), 31000)],
}
"""Goals set before each year began: in mid-December of the year before."""

_REVISIONS: dict[str, tuple[Month, float, datetime, str]] = {
    "avg_wait_time": (Month(2025, 7), 45, datetime(2025, 6, 16, 18, 5), "reply_goal"),
    "customer_engagement": (Month(2026, 5), 5.0, datetime(2026, 4, 22, 21, 40), "reels_goal"),
}
"""Goals the owner changed in the middle of a year, from a later month on."""

ANNUAL_GOAL_YEAR = 2026


def _targets(
    kpis: dict[str, KpiDefinition], raw: dict[str, dict[Month, float]], lang: str
) -> dict[str, list[TargetChange]]:
    ids = count(1)
    targets: dict[str, list[TargetChange]] = {key: [] for key in kpis}
    for key, goals in _MONTHLY_GOALS.items():
        currency = kpis[key].currency if kpis[key].unit is Unit.CURRENCY else None
        for first, value in goals:
            note = (
                _text("start", lang)
                if first == FIRST_MONTH
                else _text("new_year", lang, year=first.year)
            )
            targets[key].append(
                TargetChange(
                    kind=TargetKind.MONTHLY,
                    first_month=first,
                    value=float(value),
                    set_at=datetime(first.year - 1, 12, 15, 20, 30),
                    note=note,
                    change_id=next(ids),
                    currency=currency,
                )
            )
    for key, (first, value, set_at, note_key) in _REVISIONS.items():
        targets[key].append(
            TargetChange(
                kind=TargetKind.MONTHLY,
                first_month=first,
                value=float(value),
                set_at=set_at,
                note=_text(note_key, lang),
                change_id=next(ids),
            )
        )
    targets["revenue"].append(_annual_revenue_goal(kpis["revenue"], raw["revenue"], lang, ids))
    return targets


def _annual_revenue_goal(
    revenue: KpiDefinition, actuals: dict[Month, float], lang: str, ids: count[int]
) -> TargetChange:
    """Last year's revenue plus 10 %, spread so this year peaks where last year did."""
    year = Month(ANNUAL_GOAL_YEAR, 1).fiscal_months()
    last_year = {month: actuals[month] for month in (m - 12 for m in year)}
    goal = round(sum(last_year.values()) * 1.10, -3)
    return TargetChange(
        kind=TargetKind.ANNUAL,
        first_month=year[0],
        value=goal,
        set_at=datetime(ANNUAL_GOAL_YEAR - 1, 12, 28, 10, 0),
        note=_text("annual_goal", lang, year=ANNUAL_GOAL_YEAR),
        spread=Spread.LAST_YEAR,
        monthly_values=spread_annual_goal(
            goal, year, Aggregation.SUM, Spread.LAST_YEAR, last_year, decimals=revenue.decimals
        ),
        change_id=next(ids),
        currency=revenue.currency,
    )
