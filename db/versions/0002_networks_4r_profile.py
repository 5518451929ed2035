"""Regional networks, the 4R entries and the project profile (targets, milestones)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 21:27:28.003533
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "milestone",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("text_sv", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "achieved",
                name="milestone_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("evidence_note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint("code", name=op.f("uq_milestone_code")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index("ix_milestone_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "r1_count",
        sa.Column(
            "body",
            sa.Enum(
                "steering_group",
                "partner_board",
                "network_board",
                "other",
                name="outside_body",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("body_name", sa.String(length=300), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("other", sa.Integer(), nullable=False),
        sa.Column("not_stated", sa.Integer(), nullable=False),
        sa.Column(
            "unit_kind",
            sa.Enum(
                "programme",
                "region",
                "course",
                "competence_area",
                name="unit_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unit_key", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint(
            "women >= 0 AND men >= 0 AND other >= 0 AND not_stated >= 0",
            name=op.f("ck_r1_count_counts_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_r1_count")),
    )
    with op.batch_alter_table("r1_count", schema=None) as batch_op:
        batch_op.create_index("ix_r1_count_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "r2_resource",
        sa.Column(
            "resource_kind",
            sa.Enum(
                "money",
                "time",
                "space",
                name="resource_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("unit_label", sa.String(length=32), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("women", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("men", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("other", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("not_stated", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column(
            "unit_kind",
            sa.Enum(
                "programme",
                "region",
                "course",
                "competence_area",
                name="unit_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unit_key", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_r2_resource")),
    )
    with op.batch_alter_table("r2_resource", schema=None) as batch_op:
        batch_op.create_index(
            "ix_r2_resource_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "r3_analysis",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("why_text", sa.Text(), nullable=False),
        sa.Column("whose_terms_text", sa.Text(), nullable=False),
        sa.Column("norms_text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column(
            "unit_kind",
            sa.Enum(
                "programme",
                "region",
                "course",
                "competence_area",
                name="unit_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unit_key", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_r3_analysis")),
    )
    with op.batch_alter_table("r3_analysis", schema=None) as batch_op:
        batch_op.create_index(
            "ix_r3_analysis_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "r4_action",
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("follow_up_note", sa.Text(), nullable=True),
        sa.Column("finding", sa.Text(), nullable=True),
        sa.Column(
            "unit_kind",
            sa.Enum(
                "programme",
                "region",
                "course",
                "competence_area",
                name="unit_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unit_key", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_r4_action")),
    )
    with op.batch_alter_table("r4_action", schema=None) as batch_op:
        batch_op.create_index("ix_r4_action_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "target",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("text_sv", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=True),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("per_region_nominal", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("code", name=op.f("uq_target_code")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index("ix_target_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "transnational_activity",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title_sv", sa.Text(), nullable=False),
        sa.Column("participants_per_region", sa.Integer(), nullable=False),
        sa.Column("occurrences", sa.Integer(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transnational_activity")),
        sa.UniqueConstraint("code", name=op.f("uq_transnational_activity_code")),
    )
    with op.batch_alter_table("transnational_activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transnational_activity_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_partner_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index("ix_partner_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "programme_region",
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.Column("collaborating", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_programme_region_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_region")),
        sa.UniqueConstraint("region_code", name=op.f("uq_programme_region_region_code")),
    )
    with op.batch_alter_table("programme_region", schema=None) as batch_op:
        batch_op.create_index(
            "ix_programme_region_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "project_profile",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=50), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("programme_area", sa.String(length=200), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("granted_esf_sek", sa.BigInteger(), nullable=False),
        sa.Column("total_budget_sek", sa.BigInteger(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("home_region", sa.String(length=4), nullable=False),
        sa.Column("purpose_sv", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_region"], ["region.code"], name=op.f("fk_project_profile_home_region_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_profile")),
    )
    with op.batch_alter_table("project_profile", schema=None) as batch_op:
        batch_op.create_index(
            "ix_project_profile_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "regional_network",
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("formed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_regional_network_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regional_network")),
    )
    with op.batch_alter_table("regional_network", schema=None) as batch_op:
        batch_op.create_index(
            "ix_regional_network_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_regional_network_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "network_member",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["regional_network.id"],
            name=op.f("fk_network_member_network_id_regional_network"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_network_member_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_member")),
    )
    with op.batch_alter_table("network_member", schema=None) as batch_op:
        batch_op.create_index(
            "ix_network_member_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_network_member_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "network_board_member",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "woman",
                "man",
                "other",
                "not_stated",
                name="gender",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("board_role", sa.String(length=100), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["regional_network.id"],
            name=op.f("fk_network_board_member_network_id_regional_network"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_network_board_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_board_member")),
    )
    with op.batch_alter_table("network_board_member", schema=None) as batch_op:
        batch_op.create_index(
            "ix_network_board_member_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_network_board_member_network_id"), ["network_id"], unique=False
        )

    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.add_column(sa.Column("activity_code", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("network_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_course_network_id_regional_network"),
            "regional_network",
            ["network_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_course_network_id_regional_network"), type_="foreignkey"
        )
        batch_op.drop_column("network_id")
        batch_op.drop_column("activity_code")
    op.drop_table("network_board_member")
    op.drop_table("network_member")
    op.drop_table("regional_network")
    op.drop_table("project_profile")
    op.drop_table("programme_region")
    op.drop_table("partner")
    op.drop_table("transnational_activity")
    op.drop_table("target")
    op.drop_table("r4_action")
    op.drop_table("r3_analysis")
    op.drop_table("r2_resource")
    op.drop_table("r1_count")
    op.drop_table("milestone")
