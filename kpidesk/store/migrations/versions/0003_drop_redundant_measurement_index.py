"""drop the measurement index on kpi_id alone

The unique index on (kpi_id, month) already serves every lookup by KPI, so the second index
only cost time on each figure written (about a sixth of inserting 120 000 imported figures).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:20:00
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index("ix_measurement_kpi_id")


def downgrade() -> None:
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index("ix_measurement_kpi_id", ["kpi_id"], unique=False)
