"""The small XML parts of an xlsx that python-calamine does not tell us about.

From `workbook.xml` and its relationships: sheet names, which are hidden, where each sheet's
XML lives, and whether the workbook counts dates from 1904 (old Mac Excel). From `styles.xml`:
which cell styles show a percentage, so 0.125 shown as 12.5 % is imported as 12.5.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import WrongFormatError
from kpidesk.io.readers.safety import parse_xml

WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
STYLES = "xl/styles.xml"
_PERCENT_BUILTIN = {9, 10}
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


@dataclass(frozen=True, slots=True)
class SheetPart:
    name: str
    hidden: bool
    part: str | None


@dataclass
class WorkbookParts:
    """What the workbook's own XML says about its sheets, dates and styles."""

    sheets: list[SheetPart]
    date1904: bool = False
    percent_styles: set[int] = field(default_factory=set)
    currency_styles: dict[int, str] = field(default_factory=dict)
    """Cell styles whose number format shows a currency (`#,##0 "лв."`), with its code."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(element: Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def read_parts(path: Path, kept: dict[str, bytes]) -> WorkbookParts:
    """Read workbook.xml, its relationships and styles.xml from the inflated parts."""
    if WORKBOOK not in kept:
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "the archive is not an Excel workbook (it has no xl/workbook.xml)"
                )
            ),
        )
    root = parse_xml(kept[WORKBOOK], path, WORKBOOK)
    targets = _relationships(path, kept)
    sheets: list[SheetPart] = []
    date1904 = False
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            date1904 = (_attr(element, "date1904") or "").lower() in {"1", "true"}
        elif tag == "sheet":
            state = (_attr(element, "state") or "visible").lower()
            rel = _attr(element, "id")
            sheets.append(
                SheetPart(_attr(element, "name") or "", state != "visible", targets.get(rel or ""))
            )
    if STYLES not in kept:
        return WorkbookParts(sheets, date1904)
    percent, currency = _styles(path, kept[STYLES])
    return WorkbookParts(sheets, date1904, percent, currency)


def _relationships(path: Path, kept: dict[str, bytes]) -> dict[str, str]:
    if WORKBOOK_RELS not in kept:
        return {}
    targets: dict[str, str] = {}
    for element in parse_xml(kept[WORKBOOK_RELS], path, WORKBOOK_RELS).iter():
        if _local(element.tag) != "Relationship":
            continue
        target = _attr(element, "Target") or ""
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = posixpath.normpath(posixpath.join("xl", target))
        targets[_attr(element, "Id") or ""] = part
    return targets


def _styles(path: Path, data: bytes) -> tuple[set[int], dict[int, str]]:
    """The cell styles that show a percentage, and those that show a currency (by code)."""
    root = parse_xml(data, path, STYLES)
    percent_formats = set(_PERCENT_BUILTIN)
    currency_formats: dict[int, str] = {}
    for element in root.iter():
        if _local(element.tag) == "numFmt":
            number = int(_attr(element, "numFmtId") or -1)
            code = _attr(element, "formatCode") or ""
            if "%" in _QUOTED.sub("", code):
                percent_formats.add(number)
            currency = format_currency(code)
            if currency is not None:
                currency_formats[number] = currency
    percent: set[int] = set()
    currency_styles: dict[int, str] = {}
    for element in root.iter():
        if _local(element.tag) != "cellXfs":
            continue
        for index, xf in enumerate(child for child in element if _local(child.tag) == "xf"):
            number = int(_attr(xf, "numFmtId") or 0)
            if number in percent_formats:
                percent.add(index)
            elif number in currency_formats:
                currency_styles[index] = currency_formats[number]
    return percent, currency_styles


_LOCALE_TAG = re.compile(r"\[\$([^\]-]*)-?[^\]]*\]")
_OTHER_BRACKETS = re.compile(r"\[[^\]]*\]")
_CURRENCY_SIGNS = (("лв", "BGN"), ("bgn", "BGN"), ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"),
                   ("gbp", "GBP"), ("$", "USD"), ("usd", "USD"))  # fmt: skip


def format_currency(code: str) -> str | None:
    """The currency a number format shows: `#,##0 "лв."`, `[$€-x-euro2] #,##0.00`; None for
    plain numbers, dates (`[$-402]dd.mm.yyyy` names a locale, not a currency) and others."""
    signs = [match.group(1) for match in _LOCALE_TAG.finditer(code)]
    rest = _OTHER_BRACKETS.sub("", _LOCALE_TAG.sub("", code))
    text = " ".join([*signs, rest]).casefold()
    for sign, currency in _CURRENCY_SIGNS:
        if sign in text:
            return currency
    return None
