"""What a KPI is: its unit, which way is better, how its months add up."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.money import display_currency


class Unit(StrEnum):
    CURRENCY = "currency"
    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"
    DURATION = "duration"
    SCORE = "score"
    RATIO = "ratio"


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"


class Aggregation(StrEnum):
    SUM = "sum"
    MEAN = "mean"
    LAST = "last"
    FORMULA = "formula"


class Category(StrEnum):
    CUSTOMER_SERVICE = "customer_service"
    MARKETING = "marketing"
    SALES = "sales"
    FINANCE = "finance"
    CUSTOM = "custom"


DURATION_UNITS = ("minutes", "hours", "days")
DEFAULT_TOLERANCE = 10.0

_SPACES = re.compile(r"\s+")

MAX_NAME_LENGTH = 200
"""The longest KPI name or alias, in characters, also as compared (`name_key`): what every
database a workspace can live in keeps (PostgreSQL enforces the column's length, SQLite
would not), so a name that one workspace takes every other takes too."""


class KpiDefinitionError(ValueError):
    """A definition that kpidesk cannot compute with.

    `message` is the first problem for the window to translate; `str()` is its English, which
    the command line prints.
    """

    def __init__(self, problem: Message) -> None:
        super().__init__(str(problem))
        self.message = problem


def default_decimals(unit: Unit, whole: bool | None = None) -> int:
    """The decimals a new KPI is shown with when the owner does not say, the same whether it
    is added on the command line, in the window or by an import.

    Money in whole units and a percentage to one place, as the catalog keeps them. `whole`
    is what the figures are known to be (an import sees them; None: not known yet): whole
    figures need no decimals, else a duration takes one and anything else two. A count is
    whole until its figures say otherwise.
    """
    if unit is Unit.CURRENCY:
        return 0
    if unit is Unit.PERCENT:
        return 1
    if whole or (whole is None and unit is Unit.COUNT):
        return 0
    return 1 if unit is Unit.DURATION else 2


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The form in which KPI names are compared: case, accents' composition and spacing ignored.

    Non-breaking and other Unicode spaces count as spaces, so a label pasted from a spreadsheet
    finds its KPI. Remembered, because an import compares the same few hundred names over and
    over.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    """One KPI as the owner defined it. Pure data; the store gives it an id."""

    name: str
    unit: Unit
    direction: Direction = Direction.HIGHER
    aggregation: Aggregation = Aggregation.SUM
    category: Category = Category.CUSTOM
    currency: str | None = None
    duration_unit: str | None = None
    formula: str | None = None
    decimals: int = 2
    tolerance: float = DEFAULT_TOLERANCE
    benchmark: float | None = None
    description: str = ""
    aliases: tuple[str, ...] = field(default_factory=tuple)
    archived: bool = False
    catalog_key: str | None = None
    segment_set: str | None = None
    """The segment set the KPI is tracked by (Locations, People): its figures and targets
    are then per segment and the business total is derived from them."""
    weight_kpi: str | None = None
    """A mean KPI tracked by a set: the KPI whose figures weight each segment in the total
    (CSAT weighted by the number of responses)."""

    def __post_init__(self) -> None:
        problems = definition_problems(self)
        if problems:
            raise KpiDefinitionError(problems[0])

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def is_formula(self) -> bool:
        return self.aggregation is Aggregation.FORMULA

    def with_changes(self, **changes: object) -> KpiDefinition:
        # Any field by name, as dataclasses.replace takes them; __post_init__ checks the result.
        return replace(self, **changes)  # type: ignore[arg-type]

    def unit_label(self) -> str:
        """Short unit suffix for plain-text output (the UI formats through QLocale): for money
        the currency the figures are shown in, the euro for a lev KPI."""
        if self.unit is Unit.CURRENCY:
            return display_currency(self.currency) or ""
        if self.unit is Unit.PERCENT:
            return "%"
        if self.unit is Unit.DURATION:
            return {"minutes": "min", "hours": "h", "days": "d"}.get(self.duration_unit or "", "")
        return ""


def definition_problems(kpi: KpiDefinition) -> list[Message]:
    """Everything wrong with a definition, in words an owner can act on (in any language)."""
    problems: list[Message] = []
    if not kpi.name.strip():
        problems.append(message(QT_TRANSLATE_NOOP("messages", "a KPI needs a name")))
    for label in (kpi.name, *kpi.aliases):
        if len(label.strip()) > MAX_NAME_LENGTH or len(name_key(label)) > MAX_NAME_LENGTH:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "a KPI name is at most {limit} characters: '{name}…'"
                    ),
                    limit=MAX_NAME_LENGTH,
                    name=label.strip()[:40],
                )
            )
    if "[" in kpi.name or "]" in kpi.name:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("messages", "KPI name '{name}' may not contain square brackets"),
                name=kpi.name,
            )
        )
    if kpi.unit is Unit.CURRENCY and not (kpi.currency and re.fullmatch(r"[A-Z]{3}", kpi.currency)):
        problems.append(
            _about(
                kpi,
                QT_TRANSLATE_NOOP(
                    "messages", "a currency KPI needs a 3-letter ISO code such as EUR"
                ),
            )
        )
    if kpi.unit is Unit.DURATION and kpi.duration_unit not in DURATION_UNITS:
        problems.append(
            _about(kpi, QT_TRANSLATE_NOOP("messages", "a duration is in minutes, hours or days"))
        )
    if kpi.is_formula and not (kpi.formula and kpi.formula.strip()):
        problems.append(_about(kpi, QT_TRANSLATE_NOOP("messages", "a formula KPI needs a formula")))
    if kpi.formula and not kpi.is_formula:
        problems.append(
            _about(
                kpi, QT_TRANSLATE_NOOP("messages", "a KPI with a formula has aggregation 'formula'")
            )
        )
    problems.extend(_segment_problems(kpi))
    if not 0 <= kpi.decimals <= 6:
        problems.append(_about(kpi, QT_TRANSLATE_NOOP("messages", "decimals must be 0..6")))
    if not 0 <= kpi.tolerance <= 100:
        problems.append(_about(kpi, QT_TRANSLATE_NOOP("messages", "tolerance must be 0..100 %")))
    return problems


def _segment_problems(kpi: KpiDefinition) -> list[Message]:
    """A weight only means something for a mean; a formula KPI's set follows from its
    parts', so it is never named."""
    problems: list[Message] = []
    if kpi.weight_kpi is not None and kpi.aggregation is not Aggregation.MEAN:
        problems.append(
            _about(kpi, QT_TRANSLATE_NOOP("messages", "only a mean KPI can be weighted by a KPI"))
        )
    if kpi.weight_kpi is not None and name_key(kpi.weight_kpi) == kpi.key:
        problems.append(
            _about(kpi, QT_TRANSLATE_NOOP("messages", "a KPI cannot be weighted by itself"))
        )
    if kpi.is_formula and kpi.segment_set is not None:
        problems.append(
            _about(
                kpi,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a formula KPI is tracked by the segment set of its parts, not by its own",
                ),
            )
        )
    return problems


def _about(kpi: KpiDefinition, problem: str) -> Message:
    """`KPI 'name': problem`, so a list of problems from an import says which KPI each is."""
    return message(
        QT_TRANSLATE_NOOP("messages", "KPI '{name}': {problem}"),
        name=kpi.name,
        problem=message(problem),
    )
