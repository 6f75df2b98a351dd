"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 16:13:18.792447
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "kpi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("duration_unit", sa.String(length=16), nullable=True),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("aggregation", sa.String(length=16), nullable=False),
        sa.Column("formula", sa.Text(), nullable=True),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("tolerance", sa.Float(), nullable=False),
        sa.Column("benchmark", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("catalog_key", sa.String(length=64), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "workspace_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["change_set.id"],
        ),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kpi_id", "month"),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measurement_kpi_id"), ["kpi_id"], unique=False)

    op.create_table(
        "measurement_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("old_value", sa.Float(), nullable=True),
        sa.Column("old_currency", sa.String(length=3), nullable=True),
        sa.Column("old_note", sa.Text(), nullable=True),
        sa.Column("old_change_id", sa.Integer(), nullable=True),
        sa.Column("new_value", sa.Float(), nullable=True),
        sa.Column("new_currency", sa.String(length=3), nullable=True),
        sa.Column("new_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["change_id"], ["change_set.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("measurement_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurement_revision_change_id"), ["change_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_measurement_revision_kpi_id"), ["kpi_id"], unique=False
        )

    op.create_table(
        "target_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("first_month", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("spread", sa.String(length=16), nullable=True),
        sa.Column("monthly_values", sa.JSON(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("retracted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["change_set.id"],
        ),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("target_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_change_kpi_id"), ["kpi_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("target_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_change_kpi_id"))

    op.drop_table("target_change")
    with op.batch_alter_table("measurement_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_revision_kpi_id"))
        batch_op.drop_index(batch_op.f("ix_measurement_revision_change_id"))

    op.drop_table("measurement_revision")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_kpi_id"))

    op.drop_table("measurement")
    op.drop_table("workspace_setting")
    op.drop_table("kpi")
    op.drop_table("change_set")
