"""GDPR erasure: a person's erasure marker (synced) and the local erasure log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: persons from before are simply not erased, and bundles of older schemas need
    # no row upgrade for it (sync/upgrades.py).
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_person_erased_at", ["erased_at"], unique=False)
    op.create_table(
        "erasure_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("installation_name", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("rows_changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_erasure_log"),
    )


def downgrade() -> None:
    op.drop_table("erasure_log")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_erased_at")
        batch_op.drop_column("erased_at")
