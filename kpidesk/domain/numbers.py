"""Numbers as owners write them: `1 234,56`, `1.234,56`, `1,234.56`, `€1 200`, `12,5%`, `(300)`.

Spreadsheets from Bulgaria and Estonia use a decimal comma, English ones a decimal dot, and
exported CSV files mix both. A wrong guess silently puts a number a thousand times too big in
the store, so a text such as `3.000`, which reads as three or as three thousand, is never
guessed: it raises `AmbiguousDecimalMark` unless the caller knows the decimal mark from the rest
of the file or from the locale. Missing is not zero: `-`, `n/a`, `—` and empty give None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message

DecimalMark = Literal[".", ","]

_GROUP_SPACES = " \u00a0\u202f\u2009\u2007\u2008\u200a'’"
_MINUS_SIGNS = "-−‒"
_MISSING = {
    "",
    "-",
    "--",
    "---",
    "–",
    "—",
    "―",
    "n/a",
    "na",
    "n.a.",
    "n.a",
    "n/d",
    "none",
    "null",
    "н/д",
    "н/а",
    "н.д.",
    "няма",
    "puudub",
    "?",
}
_CURRENCIES = (
    ("€", "EUR"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("евро", "EUR"),
    ("лв.", "BGN"),
    ("лв", "BGN"),
    ("bgn", "BGN"),
    ("$", "USD"),
    ("usd", "USD"),
    ("£", "GBP"),
    ("gbp", "GBP"),
)
_CURRENCY_RE = re.compile(
    "|".join(re.escape(token) for token, _ in sorted(_CURRENCIES, key=lambda t: -len(t[0]))),
    re.IGNORECASE,
)
_ERROR_RE = re.compile(
    r"^#(DIV/0!|N/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!)$",
    re.IGNORECASE,
)
_CORE_RE = re.compile(r"^[0-9.,]*[0-9][0-9.,]*$")
_SCIENTIFIC_RE = re.compile(r"^[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]{1,3}$")
_NOT_A_NUMBER = message(QT_TRANSLATE_NOOP("messages", "is not a number"))
_NOT_FINITE = QT_TRANSLATE_NOOP("messages", "is not a finite number")
_NOT_FINITE_WORDS = {"nan", "inf", "infinity", "-inf", "+inf", "-infinity", "+infinity", "∞"}
"""What programs write for a failed computation (`NaN` from pandas, `inf`): a figure that
went wrong, never an empty cell, so it is named and left out rather than dropped unseen."""


class NumberParseError(ValueError):
    """A text that is not a number, and why in words an owner understands.

    `message` is the whole sentence for the window to translate; `reason` (the English of the
    why) and `str()` stay English for the command line.
    """

    def __init__(self, text: str, reason: Message) -> None:
        self.text = text
        self.reason = str(reason)
        self.message = message(
            QT_TRANSLATE_NOOP("messages", "'{text}' {reason}"), text=text, reason=reason
        )
        super().__init__(str(self.message))


class UnusableNumber(NumberParseError):
    """A text that is a number but cannot be a figure: `NaN`, `inf`, too large, too small."""


class AmbiguousDecimalMark(NumberParseError):
    """A text such as `3.000` that is 3 with a decimal dot and 3000 with a decimal comma.

    `as_dot` and `as_comma` are the two readings, so a preview can show the owner both.
    """

    def __init__(self, text: str, as_dot: float, as_comma: float) -> None:
        reason = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "could be {as_dot} or {as_comma}: the decimal mark cannot be told; "
                "say whether the file uses a decimal comma or a decimal dot",
            ),
            as_dot=_plain(as_dot),
            as_comma=_plain(as_comma),
        )
        super().__init__(text, reason)
        self.as_dot = as_dot
        self.as_comma = as_comma


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number read from a cell or a text.

    `percent` is true when the text carried a percent sign (the value is then in percentage
    points: `12,5%` is 12.5); `decimal_mark` is the mark the text itself proves, if any, which
    lets a caller resolve ambiguous cells from their neighbours; `currency` is the ISO code of a
    currency sign or word in the text.
    """

    value: float
    percent: bool = False
    decimal_mark: DecimalMark | None = None
    currency: str | None = None


def _plain(value: float) -> str:
    return f"{value:.10g}" if abs(value) < 1e15 else repr(value)


def is_missing_text(text: str) -> bool:
    """True for the ways owners write "no figure": empty, dashes, `n/a` and the like."""
    return text.strip().casefold() in _MISSING


def error_code(text: str) -> str | None:
    """The spreadsheet error code (`#DIV/0!`) a text shows, or None."""
    stripped = text.strip()
    return stripped.upper() if _ERROR_RE.match(stripped) else None


def parse_number(value: object, decimal_mark: DecimalMark | None = None) -> ParsedNumber | None:
    """Read a cell value or text as a number; None when it says "no figure".

    `decimal_mark` resolves texts whose decimal mark cannot be told from the text alone; a
    text that proves its own mark (`1.234,56`) is read by that mark whatever the hint says.
    Raises NumberParseError (or its subclass AmbiguousDecimalMark) with a plain reason.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise NumberParseError(
            str(value).upper(),
            message(QT_TRANSLATE_NOOP("messages", "is a yes/no value, not a number")),
        )
    if isinstance(value, int | float):
        number = float(value)
        if not math.isfinite(number):
            raise UnusableNumber(str(value), message(_NOT_FINITE))
        return ParsedNumber(number)
    if not isinstance(value, str):
        raise NumberParseError(str(value), _NOT_A_NUMBER)
    return _parse_text(value, decimal_mark)


def _parse_text(text: str, hint: DecimalMark | None) -> ParsedNumber | None:
    body = text.strip()
    if is_missing_text(body):
        return None
    if body.casefold() in _NOT_FINITE_WORDS:
        raise UnusableNumber(text, message(_NOT_FINITE))
    code = error_code(body)
    if code is not None:
        reason = message(
            QT_TRANSLATE_NOOP("messages", "is the spreadsheet error {code}, not a number"),
            code=code,
        )
        raise NumberParseError(text, reason)
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
    percent = False
    if body.endswith("%") or body.startswith("%"):
        percent, body = True, body.strip("%").strip()
    body, negative = _take_sign(body, negative)
    currency = None
    match = _CURRENCY_RE.search(body)
    if match and (match.start() == 0 or match.end() == len(body)):
        currency = _currency_code(match.group(0))
        body = (body[: match.start()] + body[match.end() :]).strip()
    if not percent and body.endswith("%"):
        percent, body = True, body[:-1].strip()
    body, negative = _take_sign(body, negative)
    if body[-2:] in (",-", ".-", ",—", ".—") and len(body) > 2:
        body = body[:-1] + "00"  # `1 200,-`: a price with no cents, not a negative number
    elif body.endswith("-") and not negative and len(body) > 1:
        negative, body = True, body[:-1].strip()
    number, mark = _parse_core(text, body, hint)
    if negative:
        number = -number
    return ParsedNumber(number, percent, mark, currency)


def _take_sign(body: str, negative: bool) -> tuple[str, bool]:
    if body[:1] in _MINUS_SIGNS and len(body) > 1:
        return body[1:].strip(), not negative
    if body[:1] == "+" and len(body) > 1:
        return body[1:].strip(), negative
    return body, negative


def _currency_code(token: str) -> str:
    lowered = token.casefold()
    for sign, code in _CURRENCIES:
        if sign.casefold() == lowered:
            return code
    return token.upper()


def _parse_core(text: str, body: str, hint: DecimalMark | None) -> tuple[float, DecimalMark | None]:
    """The digits and separators of a number, with the decimal mark they prove (if any)."""
    if _SCIENTIFIC_RE.match(body):
        number = float(body.replace(",", "."))
        if not math.isfinite(number):
            raise UnusableNumber(
                text, message(QT_TRANSLATE_NOOP("messages", "is too large to be a figure"))
            )
        _check_not_underflow(text, body.lower().partition("e")[0], number)
        return number, None
    spaced = any(ch in body for ch in _GROUP_SPACES)
    if spaced:
        groups = re.split(f"[{_GROUP_SPACES}]+", body)
        if not _valid_space_groups(groups):
            raise NumberParseError(
                text,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "is not a number (the digit groups are not thousands)"
                    )
                ),
            )
        body = "".join(groups)
    if not body or not _CORE_RE.match(body):
        raise NumberParseError(text, _why_not(body))
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        mark: DecimalMark = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if mark == "." else "."
        if body.count(mark) > 1:
            reason = message(
                QT_TRANSLATE_NOOP("messages", "has more than one decimal mark '{mark}'"), mark=mark
            )
            raise NumberParseError(text, reason)
        whole, _, fraction = body.partition(mark)
        _check_groups(text, whole.split(group))
        return _compose(text, whole.replace(group, ""), fraction), mark
    if not dots and not commas:
        return _compose(text, body, ""), None
    sep: DecimalMark = "." if dots else ","
    other: DecimalMark = "," if sep == "." else "."
    parts = body.split(sep)
    if len(parts) > 2:
        _check_groups(text, parts)
        return _compose(text, "".join(parts), ""), other
    whole, fraction = parts
    if spaced:
        return _compose(text, whole, fraction), sep
    could_group = len(fraction) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0")
    if not could_group:
        if not whole and not fraction:
            raise NumberParseError(text, _NOT_A_NUMBER)
        return _compose(text, whole, fraction), sep
    if hint is None:
        as_dot = float(body.replace(",", "."))
        as_comma = float(whole + fraction)
        if sep == ",":
            as_dot = float(whole + fraction)
            as_comma = float(f"{whole}.{fraction}")
        raise AmbiguousDecimalMark(text, as_dot, as_comma)
    if hint == sep:
        return _compose(text, whole, fraction), None
    return _compose(text, whole + fraction, ""), None


def _valid_space_groups(groups: list[str]) -> bool:
    """Space-separated groups must look like thousands: `1 234 567,5`, not `12 5`."""
    if not re.fullmatch(r"\d{1,3}", groups[0]):
        return False
    middle, last = groups[1:-1], groups[-1]
    return all(re.fullmatch(r"\d{3}", g) for g in middle) and bool(
        re.fullmatch(r"\d{3}(?:[.,]\d*)?", last)
    )


def _check_groups(text: str, parts: list[str]) -> None:
    if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
        raise NumberParseError(
            text,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "is not a number (the thousands separators are misplaced)"
                )
            ),
        )


def _compose(text: str, whole: str, fraction: str) -> float:
    if not (whole + fraction).isdigit():
        raise NumberParseError(text, _NOT_A_NUMBER)
    number = float(f"{whole or '0'}.{fraction or '0'}")
    if not math.isfinite(number):
        raise UnusableNumber(
            text, message(QT_TRANSLATE_NOOP("messages", "is too large to be a figure"))
        )
    _check_not_underflow(text, whole + fraction, number)
    return number


def _check_not_underflow(text: str, digits: str, number: float) -> None:
    """A figure too small for a float (`1e-400`) reads as 0.0: storing that 0 would be a
    figure the owner never wrote, so it is refused with its reason instead."""
    if number == 0 and any(ch in "123456789" for ch in digits):
        raise UnusableNumber(
            text,
            message(QT_TRANSLATE_NOOP("messages", "is too small to store (it would become 0)")),
        )


def _why_not(body: str) -> Message:
    if any(ch.isalpha() for ch in body):
        return message(QT_TRANSLATE_NOOP("messages", "is not a number (it contains letters)"))
    return _NOT_A_NUMBER


def underflows(text: str) -> bool:
    """Whether a number as a file saved it (`1E-400`) is too small for a float: it reads as
    0.0, which must not be taken for the figure."""
    try:
        number = float(text)
    except ValueError:
        return False
    return number == 0 and any(ch in "123456789" for ch in text.lower().partition("e")[0])


def reads_as_number(text: str) -> bool:
    """Whether a text is a number, even one that cannot be a figure (`NaN`, `1e-400`) or
    whose decimal mark cannot be told (`3.000`): a cell an import must use or name."""
    try:
        return parse_number(text, ".") is not None
    except (UnusableNumber, AmbiguousDecimalMark):
        return True
    except NumberParseError:
        return False


def infer_decimal_mark(texts: Iterable[object]) -> DecimalMark | None:
    """The decimal mark that the texts prove, when they agree; None when none or both appear.

    Used to resolve `3.000` from the rest of its column or file: `1.234,56` elsewhere proves a
    decimal comma. Real numbers and unreadable texts say nothing.
    """
    seen: set[DecimalMark] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        try:
            parsed = parse_number(text, ".")
        except NumberParseError:
            continue
        if parsed is not None and parsed.decimal_mark is not None:
            seen.add(parsed.decimal_mark)
            if len(seen) > 1:
                return None
    return next(iter(seen)) if seen else None


def split_currency(text: str) -> tuple[str, str | None]:
    """`1200 лв.` → ("1200", "BGN"), `€ 5` → ("5", "EUR"): the text without a currency sign
    or code written before or after the number, and that currency (None when there is none),
    so a figure typed with its currency is taken in that currency."""
    body = text.strip()
    match = _CURRENCY_RE.search(body)
    if match and (match.start() == 0 or match.end() == len(body)):
        rest = (body[: match.start()] + body[match.end() :]).strip()
        return rest, _currency_code(match.group(0))
    return body, None
