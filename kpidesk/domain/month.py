"""The calendar month: the unit of time of every figure and target."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import final, overload

_TEXT = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@final
@dataclass(frozen=True, order=True, slots=True)
class Month:
    """A calendar month such as `Month(2025, 3)`, written `2025-03`.

    Months are compared, hashed and subtracted by their position in time, so they work as
    dictionary keys and in ranges; adding an int moves forward by that many months.
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, not {self.month}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year must be 1..9999, not {self.year}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """Read `YYYY-MM`; raise ValueError with the text when it is not one."""
        problem = f"'{text}' is not a month; write it as YYYY-MM, e.g. 2025-03"
        match = _TEXT.match(text)
        if not match:
            raise ValueError(problem)
        try:
            return cls(int(match.group(1)), int(match.group(2)))
        except ValueError:
            raise ValueError(problem) from None

    @classmethod
    def from_index(cls, index: int) -> Month:
        """Inverse of `index`."""
        year, month0 = divmod(index, 12)
        return cls(year, month0 + 1)

    @property
    def index(self) -> int:
        """Months since year 0: makes arithmetic a matter of integers."""
        return self.year * 12 + self.month - 1

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __hash__(self) -> int:
        """The month's index: cheaper than hashing a tuple, and imports hash months by the
        hundred thousand."""
        return self.year * 12 + self.month

    def __add__(self, months: int) -> Month:
        if not isinstance(months, int):
            return NotImplemented
        return Month.from_index(self.index + months)

    @overload
    def __sub__(self, other: Month) -> int: ...

    @overload
    def __sub__(self, other: int) -> Month: ...

    def __sub__(self, other: int | Month) -> Month | int:
        if isinstance(other, Month):
            return self.index - other.index
        if isinstance(other, int):
            return Month.from_index(self.index - other)
        return NotImplemented

    def months_since(self, other: Month) -> int:
        """How many months lie from `other` to this month (negative when earlier)."""
        return self.index - other.index

    def fiscal_year(self, first_month: int = 1) -> int:
        """The fiscal year this month belongs to, named by the calendar year it starts in."""
        return self.year if self.month >= first_month else self.year - 1

    def fiscal_year_start(self, first_month: int = 1) -> Month:
        """The first month of this month's fiscal year."""
        return Month(self.fiscal_year(first_month), first_month)

    def fiscal_months(self, first_month: int = 1) -> list[Month]:
        """The twelve months of this month's fiscal year."""
        start = self.fiscal_year_start(first_month)
        return [start + i for i in range(12)]


def month_range(first: Month, last: Month) -> Iterator[Month]:
    """Every month from `first` to `last`, both included; empty when `last` is earlier."""
    for index in range(first.index, last.index + 1):
        yield Month.from_index(index)


def fiscal_year_months(year: int, first_month: int = 1) -> list[Month]:
    """The twelve months of the fiscal year that starts in `first_month` of `year`."""
    return Month(year, first_month).fiscal_months(first_month)
