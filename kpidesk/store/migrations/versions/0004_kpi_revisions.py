"""kpi_revision: what a change did to a KPI's definition, so adding and editing KPIs undo

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kpi_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["change_id"], ["change_set.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("kpi_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_revision_change_id"), ["change_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("kpi_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_revision_change_id"))
    op.drop_table("kpi_revision")
