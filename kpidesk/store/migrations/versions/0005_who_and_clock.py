"""Who made each change and where, and the workspace clock every write moves on

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 02:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_set", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("computer", sa.Text(), nullable=False, server_default=""))
    clock = op.create_table(
        "workspace_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tick", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(clock, [{"id": 1, "tick": 0}])


def downgrade() -> None:
    op.drop_table("workspace_clock")
    with op.batch_alter_table("change_set", schema=None) as batch_op:
        batch_op.drop_column("computer")
        batch_op.drop_column("author")
