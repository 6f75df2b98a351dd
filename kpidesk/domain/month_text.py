"""Month headers as owners write them, and the header cells that are not months.

A header may be a real date, an Excel date serial (1900 or 1904 system), ISO text (`2025-03`),
European text (`03/2025`, `3.2025`), or a month name in English, Bulgarian, Estonian or Russian
with or without a year (`Mar 2025`, `Mar-25`, `март 2025 г.`, `märts 2025`, `Jan` under a merged
`2025`). Totals, quarters, half-years and YTD columns must be told apart from months, because
importing them as a month would double-count a year.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.month import Month
from kpidesk.domain.summary_text import summary_kind

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "януари", "яну", "ян", "jaanuar", "jaan", "январь", "января", "янв"),
    2: ("february", "feb", "февруари", "фев", "февр", "veebruar", "veebr", "veeb", "февраль"),
    3: ("march", "mar", "март", "мар", "märts", "mär", "marts", "марта"),
    4: ("april", "apr", "април", "апр", "aprill", "апрель", "апреля"),
    5: ("may", "май", "mai", "мая"),
    6: ("june", "jun", "юни", "juuni", "июнь", "июня", "июн"),
    7: ("july", "jul", "юли", "juuli", "июль", "июля", "июл"),
    8: ("august", "aug", "август", "авг", "августа"),
    9: ("september", "sep", "sept", "септември", "сеп", "септ", "сентябрь", "сентября", "сен"),
    10: ("october", "oct", "октомври", "окт", "oktoober", "okt", "октябрь", "октября"),
    11: ("november", "nov", "ноември", "ное", "ноем", "ноябрь", "ноября", "ноя"),
    12: ("december", "dec", "декември", "дек", "detsember", "dets", "det", "декабрь", "декабря"),
}
_NAME_TO_MONTH = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_FULL_NAMES = [(name, n) for n, names in _MONTH_NAMES.items() for name in names if len(name) > 4]

_YEAR_WORD = r"(?:г\.?|год\.?|година|a\.?|aasta|y\.?|year)"
_SEP = r"[\s\-/.,'’_]*"
_NAME_YEAR = re.compile(
    rf"^(?P<name>[^\W\d_]+)\.?{_SEP}(?P<year>\d{{4}}|\d{{2}})?\s*{_YEAR_WORD}?$"
)
_YEAR_NAME = re.compile(rf"^(?P<year>\d{{4}})\s*{_YEAR_WORD}?{_SEP}(?P<name>[^\W\d_]+)\.?$")
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2}|am|pm)?)?"
"""A time after a date (`2025-03-01 00:00:00`, as exports write dates); other words after a
date make a sentence (`2002-01-15 first version`), not a month."""
_ISO = re.compile(
    rf"^(?P<year>\d{{4}})[-/.](?P<month>\d{{1,2}})(?:[-/.](?P<day>\d{{1,2}}))?{_TIME}$"
)
_MONTH_YEAR = re.compile(r"^(?P<month>\d{1,2})\s*[-/.]\s*(?P<year>\d{4})\s*(?:г\.?|a\.?)?$")
_DAY_MONTH_YEAR = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\.?"
    rf"(?:\s*(?:г\.?|a\.?))?{_TIME}$"
)
_YEAR = re.compile(rf"^(?:fy\s*)?(?P<year>\d{{4}})\.?\s*{_YEAR_WORD}?$")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)")


class HeaderKind(StrEnum):
    """What a header cell names."""

    MONTH = "month"
    MONTH_NO_YEAR = "month_no_year"
    YEAR = "year"
    TOTAL = "total"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YTD = "ytd"
    EMPTY = "empty"
    OTHER = "other"


SUMMARY_KINDS = frozenset(
    {HeaderKind.TOTAL, HeaderKind.QUARTER, HeaderKind.HALF_YEAR, HeaderKind.YTD}
)


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    """The reading of one header cell: a month, a month still needing its year, a year, or a
    summary (total, quarter, half-year, YTD) column that must not be imported as a month."""

    kind: HeaderKind
    month: Month | None = None
    month_number: int | None = None
    year: int | None = None

    def with_year(self, year: int) -> HeaderInfo:
        """A MONTH_NO_YEAR completed by a year found elsewhere (a merged cell above, the sheet
        name); other kinds are returned unchanged."""
        if self.kind is not HeaderKind.MONTH_NO_YEAR or self.month_number is None:
            return self
        return HeaderInfo(HeaderKind.MONTH, Month(year, self.month_number), self.month_number, year)


_EMPTY = HeaderInfo(HeaderKind.EMPTY)
_OTHER = HeaderInfo(HeaderKind.OTHER)
_EXCEL_1900 = dt.date(1899, 12, 30)
_EXCEL_1904 = dt.date(1904, 1, 1)
MIN_YEAR, MAX_YEAR = 1950, 2100


def month_from_name(token: str) -> int | None:
    """The month number a month name or abbreviation names, in any of our languages.

    Besides the listed abbreviations, any prefix of three or more letters of a full month name
    counts (`febr`, `sept`, `märt`), as long as it names one month only.
    """
    word = token.casefold().strip().rstrip(".")
    if word in _NAME_TO_MONTH:
        return _NAME_TO_MONTH[word]
    if len(word) < 3:
        return None
    found = {number for name, number in _FULL_NAMES if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def excel_serial_to_date(serial: float, date1904: bool = False) -> dt.date | None:
    """The date an Excel serial number stands for, or None outside the years a KPI can have."""
    if not math.isfinite(serial) or serial < 1:
        return None
    base = _EXCEL_1904 if date1904 else _EXCEL_1900
    try:
        day = base + dt.timedelta(days=int(serial))
    except OverflowError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _month(year: int | None, month: int) -> HeaderInfo:
    if not 1 <= month <= 12 or year is None:
        return _OTHER
    return HeaderInfo(HeaderKind.MONTH, Month(year, month), month, year)


def read_header(value: object, *, date1904: bool = False, serials: bool = True) -> HeaderInfo:
    """Classify a header cell: a month, a month needing a year, a year, a summary column, or
    anything else. Never raises: unreadable input is OTHER.

    `serials` says whether a plain number may be an Excel date serial (true in spreadsheets,
    false in CSV, where a number is just a number).
    """
    if value is None:
        return _EMPTY
    if isinstance(value, dt.datetime | dt.date):
        return _month(value.year, value.month) if MIN_YEAR <= value.year <= MAX_YEAR else _OTHER
    if isinstance(value, bool):
        return _OTHER
    if isinstance(value, int | float):
        return _read_number(float(value), date1904, serials)
    if not isinstance(value, str):
        return _OTHER
    text = " ".join(value.split()).casefold()
    if not text:
        return _EMPTY
    if len(text) > 60:
        return _OTHER
    return _read_text(text)


def _read_number(number: float, date1904: bool, serials: bool) -> HeaderInfo:
    if number.is_integer() and MIN_YEAR <= number <= MAX_YEAR:
        return HeaderInfo(HeaderKind.YEAR, year=int(number))
    if not serials:
        return _OTHER
    day = excel_serial_to_date(number, date1904)
    return _month(day.year, day.month) if day else _OTHER


def _read_text(text: str) -> HeaderInfo:
    summary = summary_kind(text)
    if summary is not None:
        return HeaderInfo(HeaderKind(summary))
    match = _YEAR.match(text)
    if match:
        year = _year(match.group("year"))
        return HeaderInfo(HeaderKind.YEAR, year=year) if year else _OTHER
    return _read_month_text(text)


def _read_month_text(text: str) -> HeaderInfo:
    match = _ISO.match(text)
    if match:
        return _month(_year(match.group("year")), int(match.group("month")))
    match = _MONTH_YEAR.match(text)
    if match:
        return _month(_year(match.group("year")), int(match.group("month")))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        return _day_month_year(match)
    for pattern in (_NAME_YEAR, _YEAR_NAME):
        match = pattern.match(text)
        if not match:
            continue
        number = month_from_name(match.group("name"))
        if number is None:
            return _OTHER
        year_text = match.group("year")
        if year_text is None:
            return HeaderInfo(HeaderKind.MONTH_NO_YEAR, month_number=number)
        return _month(_year(year_text), number)
    return _OTHER


def _day_month_year(match: re.Match[str]) -> HeaderInfo:
    """`01.03.2025` is day-first (as in Bulgaria and Estonia); with slashes, a US-style
    `03/01/2025` is taken month-first only when it is plainly the first of a month."""
    first, second = int(match.group("a")), int(match.group("b"))
    year = _year(match.group("year"))
    month = second
    if match.group("sep") == "/" and (second > 12 or (second == 1 and first != 1)):
        month = first
    return _month(year, month)


def parse_month(value: object, *, year: int | None = None, date1904: bool = False) -> Month | None:
    """The month a header names, completing a bare month name with `year`; None otherwise."""
    info = read_header(value, date1904=date1904)
    if year is not None:
        info = info.with_year(year)
    return info.month if info.kind is HeaderKind.MONTH else None


def year_in_text(text: str) -> int | None:
    """The one plausible year a title or sheet name mentions (`Sales 2025`), or None when it
    mentions none or several."""
    years = set(_YEAR_IN_TEXT.findall(text))
    return int(years.pop()) if len(years) == 1 else None
