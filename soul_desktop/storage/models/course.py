"""Courses (of every kind), their competence areas, leaders and sessions."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import CourseKind, CourseStatus
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class Course(Synced, Base):
    __tablename__ = "course"

    region_code: Mapped[str] = mapped_column(sa.ForeignKey("region.code"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[CourseKind] = mapped_column(
        enum_column(CourseKind, "course_kind"), default=CourseKind.COURSE
    )
    description: Mapped[str | None] = mapped_column(sa.Text)
    target_group: Mapped[str | None] = mapped_column(sa.String(300))
    capacity: Mapped[int | None] = mapped_column(sa.Integer)
    budget_sek: Mapped[int | None] = mapped_column(sa.Integer)
    status: Mapped[CourseStatus] = mapped_column(
        enum_column(CourseStatus, "course_status"), default=CourseStatus.PLANNED
    )
    # Share of planned hours a participant must attend to have completed the course.
    completion_threshold_pct: Mapped[int] = mapped_column(sa.Integer, default=75)
    # Transnational activities of the project profile ("3.1.1" …) are tracked as courses.
    activity_code: Mapped[str | None] = mapped_column(sa.String(16))
    # Network meetings belong to a regional network.
    network_id: Mapped[str | None] = mapped_column(
        uuid_column(), sa.ForeignKey("regional_network.id")
    )

    extra_table_args = (
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        sa.CheckConstraint("budget_sek IS NULL OR budget_sek >= 0", name="budget_not_negative"),
        sa.CheckConstraint(
            "completion_threshold_pct BETWEEN 0 AND 100", name="threshold_percentage"
        ),
    )


class CourseArea(Synced, Base):
    """A course's competence area; id derived from (course, area)."""

    __tablename__ = "course_area"

    course_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("course.id"), index=True)
    area_code: Mapped[str] = mapped_column(sa.ForeignKey("competence_area.code"))


class CourseLeader(Synced, Base):
    """A person leading a course; id derived from (course, person)."""

    __tablename__ = "course_leader"

    course_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("course.id"), index=True)
    person_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("person.id"), index=True)


class CourseSession(Synced, Base):
    __tablename__ = "course_session"

    course_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("course.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(sa.DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    venue_id: Mapped[str | None] = mapped_column(
        uuid_column(), sa.ForeignKey("venue.id"), index=True
    )
    leader_id: Mapped[str | None] = mapped_column(uuid_column(), sa.ForeignKey("person.id"))
    note: Mapped[str | None] = mapped_column(sa.Text)

    extra_table_args = (sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),)
