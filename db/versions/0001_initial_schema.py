"""Core schema: installations, reference data, organisations, persons, venues, courses,
sessions, enrolments and attendance

Revision ID: 0001
Revises:
Create Date: 2026-11-27 21:27:28.003533
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "competence_area",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("catalogue", sa.String(length=32), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("parent_code", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_code"],
            ["competence_area.code"],
            name=op.f("fk_competence_area_parent_code_competence_area"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_competence_area")),
    )

    op.create_table(
        "legal_form",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_legal_form")),
    )

    op.create_table(
        "region",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name_sv", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )

    op.create_table(
        "county",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_county_region_code_region")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_county")),
    )
    with op.batch_alter_table("county", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_county_region_code"), ["region_code"], unique=False)

    op.create_table(
        "installation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "central",
                "regional",
                "leader",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("region_code", sa.String(length=4), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint(
            "role = 'central' OR region_code IS NOT NULL",
            name=op.f("ck_installation_region_unless_central"),
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_installation_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_installation_change", ["changed_by", "change_counter"], unique=False
        )

    op.create_table(
        "course",
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "course",
                "workshop",
                "seminar",
                "study_trip",
                "conference",
                "network_meeting",
                name="course_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("target_group", sa.String(length=300), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("budget_sek", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "open",
                "running",
                "completed",
                "cancelled",
                name="course_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("completion_threshold_pct", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint(
            "budget_sek IS NULL OR budget_sek >= 0", name=op.f("ck_course_budget_not_negative")
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_course_capacity_not_negative")
        ),
        sa.CheckConstraint(
            "completion_threshold_pct BETWEEN 0 AND 100",
            name=op.f("ck_course_threshold_percentage"),
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_course_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index("ix_course_change", ["changed_by", "change_counter"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_region_code"), ["region_code"], unique=False)

    op.create_table(
        "local_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=True),
        sa.Column("last_counter", sa.BigInteger(), nullable=False),
        sa.Column("last_hlc", sa.BigInteger(), nullable=False),
        sa.Column("reference_digest", sa.String(length=64), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_local_state_single_row")),
        sa.ForeignKeyConstraint(
            ["installation_id"],
            ["installation.id"],
            name=op.f("fk_local_state_installation_id_installation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_state")),
    )

    op.create_table(
        "municipality",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_code"], ["county.code"], name=op.f("fk_municipality_county_code_county")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_municipality")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipality_county_code"), ["county_code"], unique=False
        )

    op.create_table(
        "course_area",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("area_code", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_code"],
            ["competence_area.code"],
            name=op.f("fk_course_area_area_code_competence_area"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_area_course_id_course")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_area")),
    )
    with op.batch_alter_table("course_area", schema=None) as batch_op:
        batch_op.create_index(
            "ix_course_area_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_course_area_course_id"), ["course_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("org_number", sa.String(length=11), nullable=True),
        sa.Column("legal_form_code", sa.String(length=2), nullable=True),
        sa.Column("municipality_code", sa.String(length=4), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "social_economy",
                "public_sector",
                "union",
                "employer_organisation",
                "other",
                name="organisation_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["legal_form_code"],
            ["legal_form.code"],
            name=op.f("fk_organisation_legal_form_code_legal_form"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_organisation_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_organisation_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_org_number"), ["org_number"], unique=False
        )

    op.create_table(
        "venue",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("municipality_code", sa.String(length=4), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("step_free_entrance", sa.Boolean(), nullable=True),
        sa.Column("parking_within_25m", sa.Boolean(), nullable=True),
        sa.Column("automatic_doors", sa.Boolean(), nullable=True),
        sa.Column("hearing_loop", sa.Boolean(), nullable=True),
        sa.Column("accessible_toilet", sa.Boolean(), nullable=True),
        sa.Column("reachable_group_rooms", sa.Boolean(), nullable=True),
        sa.Column("good_light_acoustics", sa.Boolean(), nullable=True),
        sa.Column("allergy_safe", sa.Boolean(), nullable=True),
        sa.Column("accessibility_notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_venue_capacity_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_venue_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue")),
    )
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.create_index("ix_venue_change", ["changed_by", "change_counter"], unique=False)

    op.create_table(
        "person",
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
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
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("personnummer", sa.String(length=13), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("municipality_code", sa.String(length=4), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "board_member",
                "manager",
                "employee",
                "volunteer",
                "course_leader",
                "other",
                "not_stated",
                name="participant_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "employment_status",
            sa.Enum(
                "employed",
                "self_employed",
                "unemployed",
                "inactive",
                "not_stated",
                name="employment_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "education_band",
            sa.Enum(
                "isced_0_2",
                "isced_3_4",
                "isced_5_8",
                "not_stated",
                name="education_band",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("accessibility_needs", sa.String(length=400), nullable=False),
        sa.Column("accessibility_note", sa.Text(), nullable=True),
        sa.Column(
            "disability",
            sa.Enum(
                "yes",
                "no",
                "not_stated",
                name="disability",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("declined_personnummer", sa.Boolean(), nullable=False),
        sa.Column("declined_education", sa.Boolean(), nullable=False),
        sa.Column("declined_employment", sa.Boolean(), nullable=False),
        sa.Column("declined_disability", sa.Boolean(), nullable=False),
        sa.Column("declined_accessibility", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)",
            name=op.f("ck_person_birth_year_range"),
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["person.id"], name=op.f("fk_person_merged_into_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_person_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_change", ["changed_by", "change_counter"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_last_name"), ["last_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_personnummer"), ["personnummer"], unique=False)

    op.create_table(
        "course_leader",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_leader_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_course_leader_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_leader")),
    )
    with op.batch_alter_table("course_leader", schema=None) as batch_op:
        batch_op.create_index(
            "ix_course_leader_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_course_leader_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_leader_person_id"), ["person_id"], unique=False)

    op.create_table(
        "course_session",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=True),
        sa.Column("leader_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_course_session_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_session_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["person.id"], name=op.f("fk_course_session_leader_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venue.id"], name=op.f("fk_course_session_venue_id_venue")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_session")),
    )
    with op.batch_alter_table("course_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_course_session_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_course_session_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_course_session_starts_at"), ["starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_course_session_venue_id"), ["venue_id"], unique=False)

    op.create_table(
        "enrolment",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "enrolled",
                "waitlisted",
                "offered",
                "withdrawn",
                name="enrolment_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("status_since", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_enrolment_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_enrolment_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index("ix_enrolment_change", ["changed_by", "change_counter"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_person_id"), ["person_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "absent",
                "excused",
                "partial",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.CheckConstraint("minutes >= 0", name=op.f("ck_attendance_minutes_not_negative")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["course_session.id"],
            name=op.f("fk_attendance_session_id_course_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "enrolment_status_change",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "enrolled",
                "waitlisted",
                "offered",
                "withdrawn",
                name="enrolment_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partition", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_enrolment_status_change_enrolment_id_enrolment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_status_change")),
    )
    with op.batch_alter_table("enrolment_status_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enrolment_status_change_change", ["changed_by", "change_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enrolment_status_change_enrolment_id"), ["enrolment_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("enrolment_status_change")
    op.drop_table("attendance")
    op.drop_table("enrolment")
    op.drop_table("course_session")
    op.drop_table("course_leader")
    op.drop_table("person")
    op.drop_table("venue")
    op.drop_table("organisation")
    op.drop_table("course_area")
    op.drop_table("municipality")
    op.drop_table("local_state")
    op.drop_table("course")
    op.drop_table("installation")
    op.drop_table("county")
    op.drop_table("region")
    op.drop_table("legal_form")
    op.drop_table("competence_area")
