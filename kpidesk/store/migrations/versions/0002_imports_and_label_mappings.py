"""imports and label mappings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:23:31.274028
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("layout", sa.String(length=8), nullable=False),
        sa.Column("sheet", sa.Text(), nullable=True),
        sa.Column("values_imported", sa.Integer(), nullable=False),
        sa.Column("values_skipped", sa.Integer(), nullable=False),
        sa.Column("kpis_created", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["change_set.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_record_change_id"), ["change_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_record_file_hash"), ["file_hash"], unique=False)

    op.create_table(
        "label_mapping",
        sa.Column("label_key", sa.String(length=200), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=True),
        sa.Column("ignored", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["kpi_id"], ["kpi.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("label_key"),
    )


def downgrade() -> None:
    op.drop_table("label_mapping")
    with op.batch_alter_table("import_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_record_file_hash"))
        batch_op.drop_index(batch_op.f("ix_import_record_change_id"))

    op.drop_table("import_record")
