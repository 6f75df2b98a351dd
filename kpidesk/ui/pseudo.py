"""The stretched pseudo-language: every English string half as long again, for finding clipped
layouts before a translator does (Bulgarian and Estonian run up to a third longer than English).

It is computed from the English source text as Qt asks for it, so it never needs writing or
updating. Placeholders (`{month}`, `%n`, `%1`), HTML tags and `&` mnemonics pass through
unchanged, so formatting and shortcuts still work; letters are accented to show text that bypassed
translation and to check that accents are not cut off at the top of a line.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝčñšž")
_KEPT = re.compile(r"(\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-z]+;|&&|&)")
_PADDING = "ŧěšť"


def stretch(text: str) -> str:
    """`Save` → `[Šávé·ŧě]`: accented, bracketed and padded to at least 1.5× the length."""
    if not text.strip():
        return text
    pieces = _KEPT.split(text)
    shown = "".join(p if _KEPT.fullmatch(p) else p.translate(_ACCENTED) for p in pieces)
    visible = len(_KEPT.sub("", text))
    extra = max(math.ceil(visible / 2) - 2, 1)
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra]
    return f"[{shown}·{padding}]"


class PseudoTranslator(QTranslator):
    """A translator that stretches whatever English text it is asked for."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:
        return False
