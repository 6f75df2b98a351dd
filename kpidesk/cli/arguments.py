"""Reading what the owner typed as a command's argument: a month, a number, the language.

Each refusal names the option it came from (`--from needs a month written YYYY-MM`), so the
one line on stderr says what to fix.
"""

from __future__ import annotations

import argparse

from kpidesk.domain.month import Month
from kpidesk.domain.plain_numbers import parse_plain_number


def month_argument(text: str | None, option: str) -> Month:
    if not text:
        raise ValueError(f"{option} needs a month written YYYY-MM")
    return Month.parse(text)


def number_argument(text: str, field: str = "VALUE") -> float:
    try:
        return parse_plain_number(text)
    except ValueError as error:
        raise ValueError(f"{field}: {error}") from None


def language(args: argparse.Namespace) -> str:
    """The language of names the command writes (a catalog KPI's, the demo's): --lang or English."""
    return args.lang or "en"
