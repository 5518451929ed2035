"""Participation summary: per person and course, per course, per person; kept fresh by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What each table's trigger watches: (table, columns whose change makes a course stale,
# the SQL naming the stale courses for a row alias ("NEW"/"OLD")).
_SESSION_COURSE = "SELECT course_id FROM course_session WHERE id = {row}.session_id"
_OWN_COURSE = "SELECT {row}.course_id"
_PERSON_COURSES = (
    "SELECT course_id FROM enrolment WHERE person_id = {row}.id "
    "UNION SELECT s.course_id FROM attendance a JOIN course_session s ON s.id = a.session_id "
    "WHERE a.person_id = {row}.id "
    "UNION SELECT course_id FROM course_leader WHERE person_id = {row}.id "
    "UNION SELECT course_id FROM course_session WHERE leader_id = {row}.id"
)
_WATCHED: tuple[tuple[str, tuple[str, ...], str, bool], ...] = (
    # table, columns, courses, also on INSERT
    (
        "attendance",
        ("session_id", "person_id", "status", "minutes", "deleted"),
        _SESSION_COURSE,
        True,
    ),
    (
        "enrolment",
        ("course_id", "person_id", "status", "enrolled_at", "deleted"),
        _OWN_COURSE,
        True,
    ),
    (
        "course_session",
        ("course_id", "starts_at", "ends_at", "leader_id", "deleted"),
        _OWN_COURSE,
        True,
    ),
    ("course_leader", ("course_id", "person_id", "deleted"), _OWN_COURSE, True),
    (
        "course",
        ("region_code", "kind", "status", "budget_sek", "completion_threshold_pct", "deleted"),
        "SELECT {row}.id",
        False,
    ),
    ("person", ("gender", "role", "deleted", "merged_into_id"), _PERSON_COURSES, False),
)


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, columns, courses, on_insert in _WATCHED:
        mark = "INSERT OR IGNORE INTO participation_dirty (course_id) "
        if on_insert:
            statements.append(
                f"CREATE TRIGGER participation_{table}_insert AFTER INSERT ON {table} "
                f"BEGIN {mark}{courses.format(row='NEW')}; END"
            )
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        statements.append(
            f"CREATE TRIGGER participation_{table}_update AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} WHEN {changed} "
            f"BEGIN {mark}{courses.format(row='OLD')} UNION {courses.format(row='NEW')}; END"
        )
        statements.append(
            f"CREATE TRIGGER participation_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {mark}{courses.format(row='OLD')}; END"
        )
    return statements


def _postgresql_triggers() -> list[str]:
    statements = []
    for table, columns, courses, on_insert in _WATCHED:
        mark = "INSERT INTO participation_dirty (course_id) "
        conflict = " ON CONFLICT DO NOTHING;"
        # Updates that change nothing the summary reads are common (an import rewriting a
        # row): the function tests for a change itself, since one trigger serves all events.
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        statements.append(
            f"CREATE FUNCTION participation_mark_{table}() RETURNS trigger "
            "LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            f"  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND ({changed})) THEN\n"
            f"    {mark}{courses.format(row='OLD')}{conflict}\n"
            "  END IF;\n"
            f"  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND ({changed})) THEN\n"
            f"    {mark}{courses.format(row='NEW')}{conflict}\n"
            "  END IF;\n"
            "  RETURN NULL;\n"
            "END $$"
        )
        events = ("INSERT OR " if on_insert else "") + f"UPDATE OF {', '.join(columns)} OR DELETE"
        statements.append(
            f"CREATE TRIGGER participation_{table} AFTER {events} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION participation_mark_{table}()"
        )
    return statements


def _gender_columns(prefix: str) -> list[sa.Column[int]]:
    return [
        sa.Column(f"{prefix}_{gender}", sa.Integer(), nullable=False)
        for gender in ("woman", "man", "other", "not_stated")
    ]


def upgrade() -> None:
    op.create_table(
        "participation",
        sa.Column("course_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("course_start", sa.DateTime(), nullable=True),
        sa.Column("gender", sa.String(32), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("enrolment_status", sa.String(32), nullable=True),
        sa.Column("attended_minutes", sa.Integer(), nullable=False),
        sa.Column("attended_sessions", sa.Integer(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("first_expected_start", sa.DateTime(), nullable=True),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("course_id", "person_id", name=op.f("pk_participation")),
    )
    op.create_index(op.f("ix_participation_person_id"), "participation", ["person_id"])
    op.create_index(op.f("ix_participation_region_code"), "participation", ["region_code"])
    op.create_index(op.f("ix_participation_course_start"), "participation", ["course_start"])
    op.create_table(
        "course_summary",
        sa.Column("course_id", sa.String(36), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("course_start", sa.DateTime(), nullable=True),
        sa.Column("budget_sek", sa.Integer(), nullable=True),
        *_gender_columns("minutes"),
        *_gender_columns("leader_minutes"),
        sa.Column("unled_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("course_id", name=op.f("pk_course_summary")),
    )
    op.create_index(op.f("ix_course_summary_course_start"), "course_summary", ["course_start"])
    op.create_table(
        "course_leading",
        sa.Column("course_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("gender", sa.String(32), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("course_id", "person_id", name=op.f("pk_course_leading")),
    )
    op.create_table(
        "participant_summary",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("gender", sa.String(32), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("enrolled", sa.Integer(), nullable=False),
        sa.Column("waitlisted", sa.Integer(), nullable=False),
        sa.Column("attended", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.Column("no_show_from", sa.DateTime(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_participant_summary")),
    )
    op.create_table(
        "participant_region",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("region_code", sa.String(8), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "region_code", name=op.f("pk_participant_region")),
    )
    op.create_table(
        "participation_dirty",
        sa.Column("course_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("course_id", name=op.f("pk_participation_dirty")),
    )
    op.create_table(
        "participation_dirty_person",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_participation_dirty_person")),
    )
    dialect = op.get_bind().dialect.name
    for statement in _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)
    # Every course already there is computed at the first read.
    op.execute("INSERT INTO participation_dirty (course_id) SELECT id FROM course")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, _columns, _courses, _on_insert in _WATCHED:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS participation_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS participation_mark_{table}()")
        else:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS participation_{table}_{event}")
    for table in (
        "participation_dirty_person",
        "participation_dirty",
        "participant_region",
        "participant_summary",
        "course_leading",
        "course_summary",
        "participation",
    ):
        op.drop_table(table)
