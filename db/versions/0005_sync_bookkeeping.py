"""Local sync bookkeeping: acknowledgements per peer, the import log, conflicts for review

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 23:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_ack",
        sa.Column("peer_id", sa.String(36), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "author_id", name="pk_sync_ack"),
    )
    op.create_table(
        "sync_import_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=True),
        sa.Column("source_id", sa.String(36), nullable=True),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_import_log"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("kept_hlc", sa.BigInteger(), nullable=False),
        sa.Column("kept_author", sa.String(36), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("lost_hlc", sa.BigInteger(), nullable=False),
        sa.Column("lost_author", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=True),
        sa.Column("source_id", sa.String(36), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflict"),
        sa.UniqueConstraint(
            "table_name",
            "row_id",
            "field",
            "lost_hlc",
            "lost_author",
            name="uq_sync_conflict_table_name_row_id_field_lost_hlc_lost_author",
        ),
    )


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_import_log")
    op.drop_table("sync_ack")
