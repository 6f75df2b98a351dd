"""Words that name columns in owners' sheets, in English, Bulgarian, Estonian and Russian.

A long table says which column is which in its header (`KPI | Month | Value`, `Показател |
Месец | Стойност`, `Näitaja | Kuu | Väärtus`); wide and tall tables have columns beside the
figures (unit, target, comment, category) that must be recognised and left out.
"""

from __future__ import annotations

import re

from kpidesk.domain.kpi import name_key

LABEL_WORDS = frozenset(
    {
        "kpi", "kpis", "kpi name", "indicator", "metric", "measure", "name", "item",
        "показател", "показатели", "индикатор", "наименование", "име", "kpi показател",
        "näitaja", "näitajad", "mõõdik", "indikaator", "nimetus", "nimi",
        "показатель", "метрика",
    }
)  # fmt: skip
MONTH_WORDS = frozenset(
    {
        "month", "period", "date", "месец", "период", "дата", "kuu", "periood",
        "kuupäev", "месяц",
    }
)  # fmt: skip
VALUE_WORDS = frozenset(
    {
        "value", "actual", "amount", "figure", "result", "стойност", "факт", "сума",
        "резултат", "стойност факт", "väärtus", "tegelik", "summa", "tulemus", "значение",
    }
)  # fmt: skip
SEGMENT_WORDS = frozenset(
    {
        "location", "site", "segment", "branch", "shop", "store", "outlet", "person",
        "employee", "staff", "seller", "salesperson", "agent", "team", "region", "department",
        "локация", "обект", "сегмент", "филиал", "клон", "магазин", "служител", "търговец",
        "продавач", "агент", "екип", "регион", "отдел",
        "asukoht", "koht", "filiaal", "pood", "kauplus", "töötaja", "müüja",
        "esindus", "meeskond", "piirkond", "osakond",
        "сотрудник", "продавец", "отделение",
    }
)  # fmt: skip
"""Headers of the column naming a figure's segment (`KPI | Location | Month | Value`); a
column headed by a segment set's own name (`Locations`) is one as well."""
YEAR_WORDS = frozenset({"year", "година", "aasta", "год"})
TARGET_WORDS = frozenset(
    {
        "target", "goal", "plan", "budget", "цел", "план", "бюджет", "eesmärk", "siht",
        "plaan", "eelarve", "цель",
    }
)  # fmt: skip
SIDE_WORDS = frozenset(
    {
        "unit", "units", "target", "goal", "plan", "budget", "comment", "comments", "note",
        "notes", "category", "group", "section", "currency", "benchmark", "owner", "source",
        "мярка", "мерна единица", "единица", "цел", "план", "бюджет", "коментар", "бележка",
        "бележки", "категория", "група", "валута", "отговорник", "източник",
        "ühik", "mõõtühik", "eesmärk", "siht", "plaan", "eelarve", "kommentaar", "märkus",
        "märkused", "kategooria", "grupp", "valuuta", "vastutaja", "allikas",
        "ед. изм.", "цель", "комментарий", "примечание",
        "forecast", "variance", "difference", "diff", "deviation", "прогноза", "отклонение",
        "разлика", "prognoos", "erinevus", "kõrvalekalle", "прогноз",
    }
)  # fmt: skip
_SIDE_TAIL = re.compile(r"^(?:\(.*\)|of measure(?:ment)?|\d{4}|:.*)$")
"""What may follow a side word in its header (`Unit (EUR)`, `Unit of measure`, `Plan
2025`): anything else makes a name (`Unit sales`, `Forecast revenue` are KPIs)."""


def _key(value: object) -> str:
    return name_key(value).rstrip(":") if isinstance(value, str) else ""


def is_label_word(value: object) -> bool:
    return _key(value) in LABEL_WORDS


def is_month_word(value: object) -> bool:
    return _key(value) in MONTH_WORDS


def is_value_word(value: object) -> bool:
    return _key(value) in VALUE_WORDS


def is_segment_word(value: object, set_names: frozenset[str] = frozenset()) -> bool:
    """A header naming the segment column: a word for a location or a person, or the name
    of one of the workspace's segment sets (`set_names`, by name key)."""
    key = _key(value)
    return bool(key) and (key in SEGMENT_WORDS or key in set_names)


def is_year_word(value: object) -> bool:
    return _key(value) in YEAR_WORDS


def is_side_word(value: object) -> bool:
    """A header naming a column beside the figures: unit, target, comment, category…"""
    key = name_key(value) if isinstance(value, str) else ""
    if key.rstrip(":") in SIDE_WORDS:
        return True
    word, _, tail = key.partition(" ")
    return word in SIDE_WORDS and bool(_SIDE_TAIL.match(tail))


def is_target_word(value: object) -> bool:
    """A header naming a column of targets: plan, target, budget (`План`, `Eesmärk`)."""
    return _key(value) in TARGET_WORDS


def target_of(header: str, names: dict[str, str]) -> str | None:
    """The name (among `names`, by name key) whose targets a header or row label announces
    with a target word before or after it: `Revenue target`, `Цел приходи`, `Plaan käive`."""
    words = header.split()
    if len(words) < 2:
        return None
    for word, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if is_target_word(word):
            return names.get(name_key(" ".join(rest)))
    return None


def is_formula_text(text: str) -> bool:
    """A label that is the text of a formula (`=SUM(B2:B9)`, `=Data!A1`), as feature lists
    and chart sheets hold: never a KPI's name."""
    body = text.strip()
    return len(body) > 1 and body[0] == "=" and not body[1].isspace()


UNIT_WORDS = frozenset(
    {
        "€", "eur", "euro", "евро", "лв.", "лв", "bgn", "%", "#", "бр.", "бр", "брой", "tk",
        "tk.", "pcs", "pcs.", "h", "hours", "min", "minutes", "days", "ч", "ч.", "часа",
        "мин", "мин.", "дни", "tundi", "minutit", "päeva", "p", "t", "points", "точки",
        "punkti", "x",
    }
)  # fmt: skip


def is_unit_word(value: object) -> bool:
    """A cell that names a unit only (`€`, `%`, `бр.`, `(tk)`), as a row of units under the
    KPI names of a tall table holds."""
    return _key(value).strip("()[] ") in UNIT_WORDS
