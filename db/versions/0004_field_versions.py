"""Per-field versions on every synced table (sparse JSON, NULL when all share the row's)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 22:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than read from the models: a revision must not change when they do.
SYNCED_TABLES = (
    "attendance",
    "course",
    "course_area",
    "course_leader",
    "course_session",
    "enrolment",
    "enrolment_status_change",
    "installation",
    "milestone",
    "network_board_member",
    "network_member",
    "organisation",
    "partner",
    "person",
    "programme_region",
    "project_profile",
    "r1_count",
    "r2_resource",
    "r3_analysis",
    "r4_action",
    "regional_network",
    "target",
    "transnational_activity",
    "venue",
)


def upgrade() -> None:
    # A nullable column needs no table rebuild: batch mode emits a plain ADD COLUMN on SQLite,
    # so this stays quick on a database with millions of attendance rows.
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("field_versions", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("field_versions")
