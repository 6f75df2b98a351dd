"""Segments: locations and people a KPI can be tracked by

A figure and a target become per KPI, segment and month; segment 0 is the business as a
whole, so every figure of an older workspace keeps its meaning as it is. The unique index of
a figure's cell grows by the segment.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
"""Names for SQLite's unnamed constraints, so the batch copy of a table can drop one."""


def upgrade() -> None:
    _segment_tables()
    _kpi_columns()
    _segment_column("measurement_revision")
    _segment_column("target_change")
    _measurement_cell()


def _kpi_columns() -> None:
    """Add the KPI's set and weight in place. Copying the `kpi` table, as a batch copy with
    a new foreign key would, drops the old one, and SQLite would then cascade that to every
    figure; so on SQLite the reference goes in with the column, which its ADD COLUMN takes."""
    if op.get_context().dialect.name == "sqlite":
        op.execute("ALTER TABLE kpi ADD COLUMN segment_set_id INTEGER REFERENCES segment_set (id)")
    else:
        op.add_column(
            "kpi",
            sa.Column("segment_set_id", sa.Integer(), sa.ForeignKey("segment_set.id")),
        )
    op.add_column("kpi", sa.Column("weight_kpi", sa.Text(), nullable=True))


def _segment_tables() -> None:
    op.create_table(
        "segment_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["set_id"], ["segment_set.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_segment_set_id"), ["set_id"], unique=False)
    op.create_table(
        "segment_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["change_id"], ["change_set.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("segment_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_segment_revision_change_id"), ["change_id"], unique=False
        )
    op.create_table(
        "segment_label",
        sa.Column("label_key", sa.String(length=200), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["segment_id"], ["segment.id"]),
        sa.PrimaryKeyConstraint("label_key"),
    )


def _segment_column(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("segment_id", sa.Integer(), nullable=False, server_default="0")
        )


def _measurement_cell() -> None:
    """Add the segment to the measurement's unique cell. PostgreSQL named the old constraint
    itself; SQLite's has no name, so the batch copy gives it one to drop."""
    segment = sa.Column("segment_id", sa.Integer(), nullable=False, server_default="0")
    cell = ["kpi_id", "segment_id", "month"]
    if op.get_context().dialect.name == "sqlite":
        with op.batch_alter_table(
            "measurement", recreate="always", naming_convention=_NAMES
        ) as batch_op:
            batch_op.add_column(segment)
            batch_op.drop_constraint("uq_measurement_kpi_id", type_="unique")
            batch_op.create_unique_constraint("uq_measurement_cell", cell)
        return
    op.add_column("measurement", segment)
    op.drop_constraint("measurement_kpi_id_month_key", "measurement", type_="unique")
    op.create_unique_constraint("uq_measurement_cell", "measurement", cell)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        with op.batch_alter_table("measurement", recreate="always") as batch_op:
            batch_op.drop_constraint("uq_measurement_cell", type_="unique")
            batch_op.drop_column("segment_id")
            batch_op.create_unique_constraint("uq_measurement_kpi_id", ["kpi_id", "month"])
    else:
        op.drop_constraint("uq_measurement_cell", "measurement", type_="unique")
        op.drop_column("measurement", "segment_id")
        op.create_unique_constraint(
            "measurement_kpi_id_month_key", "measurement", ["kpi_id", "month"]
        )
    for table in ("target_change", "measurement_revision"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("segment_id")
    op.drop_column("kpi", "weight_kpi")
    op.drop_column("kpi", "segment_set_id")
    op.drop_table("segment_label")
    op.drop_table("segment_revision")
    op.drop_table("segment")
    op.drop_table("segment_set")
