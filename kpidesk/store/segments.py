"""Segment sets and segments in the store: adding, renaming, archiving, with a trace.

A segment is never deleted. Renaming or archiving it belongs to a change set like a typed
figure, and its revision keeps the columns before and after, so undo puts it back; the figures
and targets that name it keep their history whatever it is called now.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from kpidesk.domain.kpi import name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.segments import Segment, SegmentSet, segment_name_problems
from kpidesk.store.errors import StoreError, UndoConflict
from kpidesk.store.models import (
    ChangeSet,
    Measurement,
    MeasurementRevision,
    SegmentLabel,
    SegmentRecord,
    SegmentRevision,
    SegmentSetRecord,
    TargetRecord,
)


class UnknownSegment(StoreError):
    pass


class DuplicateSegment(StoreError):
    pass


_COLUMNS = ("set_id", "name", "name_key", "aliases", "archived", "merged_into_id", "position")
"""What a segment revision keeps: everything an owner can change about a segment, and where
it sits, so the redo of an undone addition puts it back as it was."""


def list_sets(session: Session) -> list[SegmentSetRecord]:
    query = select(SegmentSetRecord).order_by(SegmentSetRecord.position, SegmentSetRecord.id)
    return list(session.scalars(query))


def list_segments(session: Session) -> list[SegmentRecord]:
    query = select(SegmentRecord).order_by(SegmentRecord.position, SegmentRecord.id)
    return list(session.scalars(query))


def load_segment_sets(session: Session) -> tuple[list[SegmentSet], dict[int, Segment]]:
    """The domain's sets, each with its segments in order, and every segment by store id."""
    by_set: dict[int, list[SegmentRecord]] = {}
    for record in list_segments(session):
        by_set.setdefault(record.set_id, []).append(record)
    sets: list[SegmentSet] = []
    by_id: dict[int, Segment] = {}
    for set_record in list_sets(session):
        segments = []
        for record in by_set.get(set_record.id, []):
            segment = Segment(
                record.name, set_record.name, record.archived, tuple(record.aliases or ())
            )
            segments.append(segment)
            by_id[record.id] = segment
        sets.append(SegmentSet(set_record.name, tuple(segments)))
    return sets, by_id


def find_set(session: Session, name: str) -> SegmentSetRecord | None:
    query = select(SegmentSetRecord).where(SegmentSetRecord.name_key == name_key(name))
    return session.scalar(query)


def require_set(session: Session, name: str) -> SegmentSetRecord:
    record = find_set(session, name)
    if record is None:
        raise UnknownSegment(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "there is no segment set named '{name}' (see `kpidesk segment list`)",
                ),
                name=name,
            )
        )
    return record


def segment_index(session: Session) -> dict[str, SegmentRecord]:
    """Every segment by the key of its name and of each alias: a reporting segment's name,
    then its aliases, then an archived one's (so the name of a segment merged into another
    finds the one it was merged into)."""
    records = sorted(list_segments(session), key=lambda record: record.archived)
    index: dict[str, SegmentRecord] = {}
    for archived in (False, True):
        kept = [record for record in records if record.archived == archived]
        for record in kept:
            index.setdefault(record.name_key, record)
        for record in kept:
            for alias in record.aliases or ():
                index.setdefault(name_key(alias), record)
    return index


def find_segment(session: Session, name: str) -> SegmentRecord | None:
    """A segment by name or alias, compared like KPI names."""
    return segment_index(session).get(name_key(name))


def require_segment(session: Session, name: str) -> SegmentRecord:
    record = find_segment(session, name)
    if record is None:
        raise UnknownSegment(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "there is no segment named '{name}' (see `kpidesk segment list`)"
                ),
                name=name,
            )
        )
    return record


def add_set(session: Session, name: str) -> SegmentSetRecord:
    """A new set; refuse a name another set has."""
    _check_name(name)
    if find_set(session, name) is not None:
        raise DuplicateSegment(
            message(
                QT_TRANSLATE_NOOP("messages", "a segment set named '{name}' already exists"),
                name=name.strip(),
            )
        )
    position = (session.scalar(select(func.max(SegmentSetRecord.position))) or 0) + 1
    record = SegmentSetRecord(name=name.strip(), name_key=name_key(name), position=position)
    session.add(record)
    session.flush()
    return record


def add_segment(session: Session, change: ChangeSet, name: str, set_name: str) -> SegmentRecord:
    """Add a segment to a set, creating the set when it is new; refuse a name any segment
    already answers to (names are unique across the workspace)."""
    _check_name(name)
    _refuse_taken(session, name, None)
    segment_set = find_set(session, set_name) or add_set(session, set_name)
    position = (session.scalar(select(func.max(SegmentRecord.position))) or 0) + 1
    record = SegmentRecord(
        set_id=segment_set.id,
        name=name.strip(),
        name_key=name_key(name),
        aliases=[],
        archived=False,
        position=position,
    )
    session.add(record)
    session.flush()
    _record(session, change, record.id, None, _columns_of(record))
    return record


def rename_segment(session: Session, change: ChangeSet, record: SegmentRecord, name: str) -> None:
    """Rename; the old name stays an alias, so a spreadsheet that still says it matches."""
    _check_name(name)
    _refuse_taken(session, name, record.id)
    before = _columns_of(record)
    old = record.name
    record.name = name.strip()
    record.name_key = name_key(name)
    aliases = [alias for alias in record.aliases or () if name_key(alias) != record.name_key]
    if name_key(old) != record.name_key and old not in aliases:
        aliases.append(old)
    record.aliases = aliases
    session.flush()
    _record(session, change, record.id, before, _columns_of(record))


def set_archived(
    session: Session, change: ChangeSet, record: SegmentRecord, archived: bool
) -> None:
    """Archive (or bring back) a segment: it leaves data entry, rankings and the expected
    count of a total, and its figures stay."""
    before = _columns_of(record)
    record.archived = archived
    session.flush()
    _record(session, change, record.id, before, _columns_of(record))


def set_aliases(
    session: Session, change: ChangeSet, record: SegmentRecord, aliases: Sequence[str]
) -> None:
    """Give a segment the other names it answers to (an export's segments come back with
    theirs), one undoable revision like any change to a segment."""
    before = _columns_of(record)
    record.aliases = list(aliases)
    session.flush()
    _record(session, change, record.id, before, _columns_of(record))


def mark_merged(
    session: Session, change: ChangeSet, record: SegmentRecord, into: SegmentRecord
) -> None:
    """Archive a segment as merged into another, whose alias its name becomes."""
    before_source, before_into = _columns_of(record), _columns_of(into)
    record.archived = True
    record.merged_into_id = into.id
    into.aliases = [*(into.aliases or ()), record.name, *(record.aliases or ())]
    session.flush()
    _record(session, change, record.id, before_source, _columns_of(record))
    _record(session, change, into.id, before_into, _columns_of(into))


def replay_segments(session: Session, change: ChangeSet, undo: bool) -> int:
    """Put every segment `change` touched back as it was before it (undo) or after it (redo);
    refuse when a segment is no longer as the change left it."""
    query = select(SegmentRevision).where(SegmentRevision.change_id == change.id)
    revisions = list(session.scalars(query.order_by(SegmentRevision.id)))
    for revision in reversed(revisions) if undo else revisions:
        expected, wanted = (revision.new, revision.old) if undo else (revision.old, revision.new)
        record = session.get(SegmentRecord, revision.segment_id)
        current = _columns_of(record) if record is not None else None
        if current != expected:
            raise _changed_since(record.name if record is not None else str(revision.new["name"]))
        if wanted is None:
            assert record is not None
            _remove_added(session, record, change.id)
        elif record is None:
            session.add(SegmentRecord(id=revision.segment_id, **wanted))
        else:
            for column, value in wanted.items():
                setattr(record, column, value)
        session.flush()
    return len(revisions)


def _remove_added(session: Session, record: SegmentRecord, change_id: int) -> None:
    """Undo an addition: only a segment that has gathered nothing since goes. What the adding
    change itself wrote for it (an import that created the segment with its figures) does
    not count, and the labels an import remembered for it go with it."""
    of_segment = record.id
    used = session.scalar(
        select(
            or_(
                exists().where(Measurement.segment_id == of_segment),
                exists().where(
                    MeasurementRevision.segment_id == of_segment,
                    MeasurementRevision.change_id != change_id,
                ),
                exists().where(
                    TargetRecord.segment_id == of_segment, TargetRecord.change_id != change_id
                ),
            )
        )
    )
    if used:
        raise UndoConflict(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} has figures or targets since it was added; archive it instead",
                ),
                name=record.name,
            )
        )
    session.execute(delete(SegmentLabel).where(SegmentLabel.segment_id == of_segment))
    session.delete(record)


def _changed_since(name: str) -> UndoConflict:
    return UndoConflict(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "segment {name} was changed again after this change; undo the later change first",
            ),
            name=name,
        )
    )


def _columns_of(record: SegmentRecord) -> dict[str, object]:
    values = {column: getattr(record, column) for column in _COLUMNS}
    values["aliases"] = list(values["aliases"] or [])
    return values


def _record(
    session: Session,
    change: ChangeSet,
    segment_id: int,
    old: dict[str, object] | None,
    new: dict[str, object],
) -> None:
    row = {"change_id": change.id, "segment_id": segment_id, "old": old, "new": new}
    session.execute(insert(SegmentRevision), [row])


def _check_name(name: str) -> None:
    problems = segment_name_problems(name)
    if problems:
        raise StoreError(problems[0])


def _refuse_taken(session: Session, name: str, own_id: int | None) -> None:
    clash = find_segment(session, name)
    if clash is not None and clash.id != own_id:
        raise DuplicateSegment(
            message(
                QT_TRANSLATE_NOOP("messages", "a segment named '{name}' already exists"),
                name=clash.name,
            )
        )
