"""Labels that name a summary (a total, an average, a quarter, a half year, the year to date)
rather than a KPI or a month.

A label is a summary only when it *is* a summary word, optionally with a year or period around
it: `Total`, `Kokku 2024`, `Общо за 2025`, `Средно:`, `Q1 2025`, `H2`, `YTD`. A KPI whose
name begins with such a word is still a KPI: `Total revenue`, `Avg first response time`,
`Средно време за изчакване`, `Keskmine ooteaeg`. Taking those for summaries dropped whole
KPIs, so the words must fill the label, not start it.
"""

from __future__ import annotations

import re

_TOTAL = (
    r"(?:grand\s+total|sub-?\s?total|totals?|sum|σ|∑|общо|всичко|сума|итого|всего|"
    r"kõik\s+kokku|kokku|summa|annual|годишно|full\s+year|"
    r"average|avg|mean|средно|средна(?:\s+стойност)?|среднее|keskmine|keskm|kesk)"
)
_QUARTER = (
    r"(?:q\s?[1-4]|[1-4]\s?q|[1-4]\.?\s*(?:кв|kv|тр|trim)\.?|"
    r"(?:i{1,3}|iv)\.?\s*(?:кв|kv|тр|trim|квартал|kvartal|тримесечие)\.?|"
    r"(?:кв|kv|квартал|kvartal|quarter|qtr|тримесечие)\.?\s*(?:[1-4]|i{1,3}|iv)|"
    r"[1-4](?:st|nd|rd|th)?\.?\s*(?:quarter|qtr|квартал|kvartal|тримесечие))"
)
_HALF = (
    r"(?:h[12]|[12]\s?h|(?:[12]|i{1,2})\.?\s*(?:полугодие|пол\.?|pa|poolaasta|half)|"
    r"(?:half|полугодие|poolaasta)\.?\s*[12]|(?:first|second)\s+half|"
    r"(?:първо|второ)\s+полугодие)"
)
_YTD = (
    r"(?:ytd|y-t-d|year\s+to\s+date|(?:с\s+)?натрупване|от\s+началото(?:\s+на\s+годината)?|"
    r"aasta\s+algusest|kumulatiivne|с\s+начала\s+года)"
)
_AROUND = (
    r"(?:(?:fy\s?)?'?\d{2,4}(?!\d)(?:\s?(?:г|год|a|y)\b\.?)?|годината|година|год\.?|г\.?|year|aasta|"
    r"за|for|of|the|на|per|eur|€|лв\.?|bgn|usd|\$|[-–—/:;,.()*])"
)
_SPACE = r"\s*"


def _phrase(core: str, with_total: bool) -> re.Pattern[str]:
    """`core` alone, with a year or period word around it, and for a period (a quarter, a
    half, YTD) with a total word before or after it (`Q1 total`, `Kokku I kv`)."""
    around = rf"(?:{_AROUND}{_SPACE})*"
    total = rf"(?:{_TOTAL}{_SPACE}(?:{_AROUND}{_SPACE})*)?"
    after = rf"(?:{_SPACE}(?:{_AROUND}{_SPACE})*{_TOTAL})?"
    if not with_total:
        total = after = ""
    return re.compile(rf"^{around}{total}{core}{after}(?:{_SPACE}{_AROUND})*$")


_KINDS = (
    ("ytd", _phrase(_YTD, True)),
    ("half_year", _phrase(_HALF, True)),
    ("quarter", _phrase(_QUARTER, True)),
    ("total", _phrase(_TOTAL, False)),
)


def summary_kind(text: str) -> str | None:
    """`total` (totals and averages), `quarter`, `half_year` or `ytd` when the text is a
    summary label; None for anything else, KPI names that begin with a summary word
    included."""
    key = " ".join(text.split()).casefold()
    if not key or len(key) > 60:
        return None
    for kind, pattern in _KINDS:
        if pattern.match(key):
            return kind
    return None


_BEGINS = re.compile(rf"^{_TOTAL}(?:[\s:.,]|$)")


def begins_with_summary_word(text: str) -> bool:
    """True for a label whose first word is a total or average word (`Total revenue`,
    `Средно време за изчакване`): a KPI, unless its figures add up its neighbours'."""
    return bool(_BEGINS.match(" ".join(text.split()).casefold()))


def is_summary_label(text: str) -> bool:
    """True for a row or column label that marks a totals, averages or period row."""
    return summary_kind(text) is not None
