"""Working out how a CSV file's bytes are encoded.

Files exported in Bulgaria are often in cp1251 (Cyrillic), in Estonia in cp1257 or ISO-8859-15,
elsewhere UTF-8 (with or without a byte-order mark) or UTF-16 (Excel's "Unicode text"). A BOM
or valid UTF-8 is certain; the single-byte code pages are told apart by what their bytes look
like, and the result says it was a guess so the owner can be shown it and change it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ESTONIAN_LETTERS = set("õäöüšžÕÄÖÜŠŽ")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode with the owner's choice, or the best guess; UnicodeDecodeError if the choice
    does not fit the bytes."""
    if encoding is not None:
        return Decoded(data.decode(encoding), encoding, False)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name), name, False)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(data.decode(utf16), utf16, True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    name = guess_single_byte(data)
    return Decoded(data.decode(name, errors="replace"), name, True)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def guess_single_byte(data: bytes) -> str:
    """cp1251 when the high bytes read as Cyrillic words; otherwise an Estonian code page.

    Cyrillic text is made of runs of high bytes; Estonian text has single accented letters in
    Latin words. Between cp1257 and ISO-8859-15, which share the Estonian vowels, the bytes for
    š, ž and € differ: whichever reads more of them as Estonian wins.
    """
    high = [i for i, byte in enumerate(data) if byte >= 0x80]
    if not high:
        return "utf-8"
    paired = sum(1 for i in high if i + 1 < len(data) and data[i + 1] >= 0x80)
    if paired / len(high) > 0.4:
        return "cp1251"
    scores = {}
    for name in ("cp1257", "iso-8859-15"):
        text = data.decode(name, errors="replace")
        scores[name] = sum(ch in _ESTONIAN_LETTERS or ch == "€" for ch in text)
    return "cp1257" if scores["cp1257"] >= scores["iso-8859-15"] else "iso-8859-15"
