"""The tables of a workspace, as typed SQLAlchemy 2.x models.

Months are stored as `YYYY-MM` text: sortable, readable in any SQL tool, dialect-neutral.
Nothing is overwritten without a trace: every write belongs to a `ChangeSet`, and the value a
write replaced is kept in `MeasurementRevision`; target decisions are only ever added.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kpidesk.domain.kpi import DEFAULT_TOLERANCE


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every model here is one table (none maps a join or a select), so its `__table__`
        # is a Table, with the name and columns the store's bulk writes use.
        __table__: ClassVar[Table]


class WorkspaceSetting(Base):
    """Workspace-wide settings (name, business name, fiscal-year start) as key and value."""

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WorkspaceClock(Base):
    """One row whose tick every write transaction moves on, first thing. Moving it takes the
    row's lock, so writers to one workspace take turns on PostgreSQL as SQLite's BEGIN
    IMMEDIATE makes them on a file: each write reads the figures it replaces after the write
    before it committed, and its revisions hold the values it really replaced. A window that
    sees the tick move knows another desktop changed the workspace."""

    __tablename__ = "workspace_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tick: Mapped[int] = mapped_column(Integer)


class SegmentSetRecord(Base):
    """A way the business is split: Locations, People. A KPI is tracked by at most one."""

    __tablename__ = "segment_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SegmentRecord(Base):
    """One location or person. Never deleted: an archived or merged segment keeps its id, so
    the revisions and targets that name it still say whose they were. Names are unique across
    the whole workspace, so `--segment Sofia` needs no set."""

    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("segment_set.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    """The segment whose figures this one's were moved into, when merged."""
    position: Mapped[int] = mapped_column(Integer, default=0)

    segment_set: Mapped[SegmentSetRecord] = relationship(lazy="joined")

    def segment_set_name(self) -> str:
        return self.segment_set.name


class SegmentRevision(Base):
    """What one change did to one segment's definition (name, aliases, archived, merged):
    its stored columns before and after (None before: the change added it)."""

    __tablename__ = "segment_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(Integer)
    old: Mapped[dict[str, object] | None] = mapped_column(JSON)
    new: Mapped[dict[str, object]] = mapped_column(JSON)


class SegmentLabel(Base):
    """How the owner matched a spreadsheet's segment label last time (`Sofia shop` → Sofia)."""

    __tablename__ = "segment_label"

    label_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment.id"))


TOTAL_SEGMENT = 0
"""The `segment_id` of a figure or target for the business as a whole: every figure of a KPI
tracked by no set, and a total typed for a tracked one (its months before the split, or a
total target). Zero rather than NULL, so one unique index keeps one figure per cell."""


class KpiRecord(Base):
    __tablename__ = "kpi"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str | None] = mapped_column(String(3))
    duration_unit: Mapped[str | None] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(16))
    aggregation: Mapped[str] = mapped_column(String(16))
    formula: Mapped[str | None] = mapped_column(Text)
    decimals: Mapped[int] = mapped_column(Integer, default=2)
    tolerance: Mapped[float] = mapped_column(Float, default=DEFAULT_TOLERANCE)
    benchmark: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    catalog_key: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    segment_set_id: Mapped[int | None] = mapped_column(ForeignKey("segment_set.id"))
    segment_set: Mapped[SegmentSetRecord | None] = relationship(lazy="joined")
    weight_kpi: Mapped[str | None] = mapped_column(Text)
    """The name of the KPI weighting a mean KPI's segments, kept as a name like a formula's
    references."""


class ChangeSet(Base):
    """One user action that wrote figures, targets or KPI definitions: a typed edit, a paste,
    an import, a goal, a KPI added or edited."""

    __tablename__ = "change_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Who made it: the name set in kpidesk's settings, else the computer's user name."""
    computer: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The computer it was made on (its host name)."""

    revisions: Mapped[list[MeasurementRevision]] = relationship(
        back_populates="change", order_by="MeasurementRevision.id"
    )


class Measurement(Base):
    """The current figure of one KPI for one segment (or the total) in one month. The unique
    (kpi_id, segment_id, month) index serves every lookup by KPI; a second index on kpi_id
    alone would only slow each write."""

    __tablename__ = "measurement"
    __table_args__ = (
        UniqueConstraint("kpi_id", "segment_id", "month", name="uq_measurement_cell"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"))
    segment_id: Mapped[int] = mapped_column(Integer, default=TOTAL_SEGMENT, server_default="0")
    month: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str] = mapped_column(Text, default="")
    change_id: Mapped[int] = mapped_column(ForeignKey("change_set.id"))


class MeasurementRevision(Base):
    """What one change did to one cell: the value before and after (None: no figure)."""

    __tablename__ = "measurement_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int] = mapped_column(Integer, default=TOTAL_SEGMENT, server_default="0")
    month: Mapped[str] = mapped_column(String(7))
    old_value: Mapped[float | None] = mapped_column(Float)
    old_currency: Mapped[str | None] = mapped_column(String(3))
    old_note: Mapped[str | None] = mapped_column(Text)
    old_change_id: Mapped[int | None] = mapped_column(Integer)
    new_value: Mapped[float | None] = mapped_column(Float)
    new_currency: Mapped[str | None] = mapped_column(String(3))
    new_note: Mapped[str | None] = mapped_column(Text)

    change: Mapped[ChangeSet] = relationship(back_populates="revisions")


class KpiRevision(Base):
    """What one change did to one KPI's definition: its stored columns before and after
    (None before: the change added it). `kpi_id` is no foreign key, so the record of an
    addition outlives its undo and a redo puts the KPI back under the same id."""

    __tablename__ = "kpi_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    kpi_id: Mapped[int] = mapped_column(Integer)
    old: Mapped[dict[str, object] | None] = mapped_column(JSON)
    new: Mapped[dict[str, object]] = mapped_column(JSON)


class TargetRecord(Base):
    """One target decision; never updated except to mark it retracted by an undo."""

    __tablename__ = "target_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int] = mapped_column(Integer, default=TOTAL_SEGMENT, server_default="0")
    change_id: Mapped[int] = mapped_column(ForeignKey("change_set.id"))
    kind: Mapped[str] = mapped_column(String(16))
    first_month: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)
    spread: Mapped[str | None] = mapped_column(String(16))
    monthly_values: Mapped[list[float]] = mapped_column(JSON, default=list)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[datetime] = mapped_column(DateTime)
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportRecord(Base):
    """One import: which file (name and content hash), what it did, and its change set, which
    is what undoing the import reverts."""

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_set.id"), index=True)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(Text)
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    layout: Mapped[str] = mapped_column(String(8))
    sheet: Mapped[str | None] = mapped_column(Text)
    values_imported: Mapped[int] = mapped_column(Integer, default=0)
    values_skipped: Mapped[int] = mapped_column(Integer, default=0)
    kpis_created: Mapped[int] = mapped_column(Integer, default=0)


class LabelMapping(Base):
    """How the owner mapped a spreadsheet label last time: to a KPI, or ignored."""

    __tablename__ = "label_mapping"

    label_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kpi_id: Mapped[int | None] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"))
    ignored: Mapped[bool] = mapped_column(Boolean, default=False)
