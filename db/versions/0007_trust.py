"""Trust: installation keys, issued enrolments, revocations, the personnummer's keyed hash

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _role() -> sa.Enum:
    return sa.Enum(
        "central",
        "regional",
        "leader",
        name="role",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    # Nullable: installations from before have no keys until they get them (at first use) and
    # no chain until central enrols them; bundles of older schemas need no row upgrade.
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sign_key", sa.String(44), nullable=True))
        batch_op.add_column(sa.Column("encrypt_key", sa.String(44), nullable=True))
        batch_op.add_column(sa.Column("credential", sa.Text(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("personnummer_hash", sa.String(64), nullable=True))
        batch_op.create_index("ix_person_personnummer_hash", ["personnummer_hash"], unique=False)
    op.create_table(
        "revocation",
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(88), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("partition", sa.String(8), nullable=False),
        sa.Column("changed_by", sa.String(36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("field_versions", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_revocation"),
        sa.UniqueConstraint("installation_id", name="uq_revocation_installation_id"),
    )
    with op.batch_alter_table("revocation", schema=None) as batch_op:
        batch_op.create_index("ix_revocation_change", ["changed_by", "change_counter"])
    op.create_table(
        "installation_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("sign_private", sa.String(44), nullable=False),
        sa.Column("encrypt_private", sa.String(44), nullable=False),
        sa.Column("enrolment_encrypt_private", sa.String(44), nullable=True),
        sa.Column("credential", sa.Text(), nullable=True),
        sa.Column("anchor_id", sa.String(36), nullable=True),
        sa.Column("anchor", sa.Text(), nullable=True),
        sa.Column("programme_key", sa.String(44), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_installation_key_single_row"),
        sa.PrimaryKeyConstraint("id", name="pk_installation_key"),
    )
    op.create_table(
        "issued_enrolment",
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", _role(), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=True),
        sa.Column("courses", sa.Text(), nullable=False),
        sa.Column("enrolment_encrypt_key", sa.String(44), nullable=False),
        sa.Column("credential", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("installation_id", name="pk_issued_enrolment"),
    )


def downgrade() -> None:
    op.drop_table("issued_enrolment")
    op.drop_table("installation_key")
    with op.batch_alter_table("revocation", schema=None) as batch_op:
        batch_op.drop_index("ix_revocation_change")
    op.drop_table("revocation")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_personnummer_hash")
        batch_op.drop_column("personnummer_hash")
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.drop_column("credential")
        batch_op.drop_column("encrypt_key")
        batch_op.drop_column("sign_key")
