"""Reading a workbook archive without trusting it.

An xlsx or ods file is a zip of XML parts. Before any parser touches it, every part is inflated
here once, in chunks, counting the bytes actually produced against a cap whatever the archive's
directory claims, so a zip bomb is refused after at most the cap and in small memory. XML parts
may not declare a DTD or entities (no spreadsheet needs them; a "billion laughs" part does), and
the parts we parse ourselves go through defusedxml, which refuses entity tricks on its own.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.io.errors import TruncatedFileError, UnsafeFileError, WrongFormatError
from kpidesk.io.progress import Stage

_CHUNK = 1 << 20
_PROLOG = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much an archive may inflate to, in total and in parts; generous for real owners'
    files (a 120 000-row sheet is tens of megabytes), small beside a bomb."""

    max_inflated_bytes: int = 400 * 1024 * 1024
    max_members: int = 20_000


@dataclass
class ZipContents:
    """The parts of an archive that the caller asked to keep, by name, plus every name."""

    names: list[str]
    kept: dict[str, bytes] = field(default_factory=dict)


def inspect_zip(
    path: Path,
    keep: Callable[[str], bool],
    limits: ReadLimits,
    stage: Stage | None = None,
) -> ZipContents:
    """Inflate every part once under the cap, check XML prologs, keep the parts `keep` wants.

    Raises UnsafeFileError for a bomb or a DTD, TruncatedFileError for a damaged archive.
    """
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise TruncatedFileError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the file is damaged or incomplete (its zip archive has no directory); "
                    "it was probably cut off while copying or downloading",
                )
            ),
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise UnsafeFileError(
                path,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the archive holds {parts} parts, too many for a workbook"
                    ),
                    parts=len(infos),
                ),
            )
        if any(info.flag_bits & 0x1 for info in infos):
            raise WrongFormatError(
                path, message(QT_TRANSLATE_NOOP("messages", "the archive is password-protected"))
            )
        declared = sum(info.file_size for info in infos)
        if declared > limits.max_inflated_bytes:
            raise UnsafeFileError(path, _too_big(declared, limits))
        contents = ZipContents([info.filename for info in infos])
        total = 0
        sizes = max(sum(info.compress_size for info in infos), 1)
        done = 0
        for info in infos:
            total = _inflate(archive, info, path, limits, total, contents, keep(info.filename))
            done += info.compress_size
            if stage is not None:
                stage.report(done / sizes)
    return contents


def _too_big(size: int, limits: ReadLimits) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "messages",
            "the workbook would unpack to more than {limit} MB "
            "({size} MB or more); it is refused as a possible zip bomb",
        ),
        limit=limits.max_inflated_bytes // (1024 * 1024),
        size=size // (1024 * 1024),
    )


def _inflate(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    path: Path,
    limits: ReadLimits,
    total: int,
    contents: ZipContents,
    keep: bool,
) -> int:
    chunks: list[bytes] = []
    first = True
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limits.max_inflated_bytes:
                    raise UnsafeFileError(path, _too_big(total, limits))
                if first and info.filename.endswith((".xml", ".rels", ".vml")):
                    check_prolog(chunk, path, info.filename)
                first = False
                if keep:
                    chunks.append(chunk)
    except NotImplementedError:
        raise unknown_compression(path, info) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise TruncatedFileError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "the file is damaged or incomplete (part '{part}': {error})"
                ),
                part=info.filename,
                error=str(exc),
            ),
        ) from None
    if keep:
        contents.kept[info.filename] = b"".join(chunks)
    return total


def unknown_compression(path: Path, info: zipfile.ZipInfo) -> WrongFormatError:
    """A part packed with a method Python's zipfile cannot unpack (it raises
    NotImplementedError): the file is not damaged, only packed in a way we do not read."""
    return WrongFormatError(
        path,
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "part '{part}' is packed with a compression method kpidesk cannot unpack "
                "(method {method}); save the file again in LibreOffice or Excel",
            ),
            part=info.filename,
            method=info.compress_type,
        ),
    )


def check_prolog(head: bytes, path: Path, part: str) -> None:
    """Refuse a DTD or entity declaration before the root element (the only place XML allows
    one), which is how entity-expansion bombs are built."""
    root = _FIRST_ELEMENT.search(head)
    prolog = head if root is None else head[: root.start()]
    if _PROLOG.search(prolog):
        raise UnsafeFileError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "part '{part}' declares XML entities, which no spreadsheet needs; "
                    "refused as unsafe",
                ),
                part=part,
            ),
        )


def parse_xml(data: bytes, path: Path, part: str) -> Element:
    """Parse a small XML part with defusedxml; entity tricks and bad XML become our errors."""
    with xml_errors(path, part):
        return fromstring(data, forbid_dtd=True)


@contextmanager
def xml_errors(path: Path, part: str) -> Iterator[None]:
    """Turn what defusedxml refuses and what is not well-formed into the owner's messages,
    for every part we parse ourselves (whole, or walked as it streams)."""
    try:
        yield
    except DefusedXmlException as exc:
        raise UnsafeFileError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "part '{part}' uses XML entities ({error}); refused as unsafe"
                ),
                part=part,
                error=type(exc).__name__,
            ),
        ) from None
    except ParseError as exc:
        raise TruncatedFileError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "part '{part}' is not well-formed XML ({error})"),
                part=part,
                error=str(exc),
            ),
        ) from None
