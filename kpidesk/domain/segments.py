"""Segments: the locations or people a KPI is tracked by (DESIGN.md, "Segments").

A segment set (Locations: Sofia, Plovdiv) groups the segments a KPI's figures are split by.
An archived segment keeps its history; a renamed or merged one keeps its old names as
aliases, so an import that still says "Plovdiv centre" finds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.domain.kpi import MAX_NAME_LENGTH, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message


class UnknownSegmentError(KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"there is no segment named '{self.name}'"


@dataclass(frozen=True, slots=True)
class Segment:
    """One location or person of a set. Pure data; the store gives it an id."""

    name: str
    set_name: str
    archived: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return name_key(self.name)

    def answers_to(self, label: str) -> bool:
        """Whether `label` is the segment's name or one of its aliases, compared like KPI
        names."""
        key = name_key(label)
        return key == self.key or any(name_key(alias) == key for alias in self.aliases)


@dataclass(frozen=True, slots=True)
class SegmentSet:
    """A named group of segments: the set a KPI is tracked by."""

    name: str
    segments: tuple[Segment, ...] = ()

    @property
    def key(self) -> str:
        return name_key(self.name)

    def active(self) -> tuple[Segment, ...]:
        """The segments still reporting (not archived)."""
        return tuple(segment for segment in self.segments if not segment.archived)

    def find(self, label: str) -> Segment | None:
        """The segment by name, else by alias, reporting segments first; None when none
        answers to `label`."""
        key = name_key(label)
        for archived in (False, True):
            kept = [segment for segment in self.segments if segment.archived == archived]
            for segment in kept:
                if segment.key == key:
                    return segment
            for segment in kept:
                if segment.answers_to(label):
                    return segment
        return None


def segment_name_problems(name: str) -> list[Message]:
    """What is wrong with a segment (or segment set) name, by the rules of KPI names: it is
    matched like one in imports and written in the same database columns."""
    problems: list[Message] = []
    if not name.strip():
        problems.append(message(QT_TRANSLATE_NOOP("messages", "a segment needs a name")))
    if len(name.strip()) > MAX_NAME_LENGTH or len(name_key(name)) > MAX_NAME_LENGTH:
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "a segment name is at most {limit} characters: '{name}…'"
                ),
                limit=MAX_NAME_LENGTH,
                name=name.strip()[:40],
            )
        )
    if "[" in name or "]" in name:
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "segment name '{name}' may not contain square brackets"
                ),
                name=name,
            )
        )
    return problems
