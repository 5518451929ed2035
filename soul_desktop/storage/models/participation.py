"""Participation summed from attendance, per person and course, per course and per person.

Local derived tables, so the 4R figures and the targets read one row per enrolment, per course
or per person instead of every attendance row. Triggers (revision 0008) note the courses whose
rows went stale in `participation_dirty` whenever an attendance, enrolment, session, leader,
course or person row changes, by any path (the interface, an import, a merge);
`storage.participation.refresh` rewrites those courses' rows, and the rows of the persons on
them, before figures are read. None of these tables travels.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.storage.base import Base, uuid_column


class Participation(Base):
    """One person on one course: enrolled, attended, or both."""

    __tablename__ = "participation"

    course_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True, index=True)
    # Copied from the course, so most figures need no join.
    region_code: Mapped[str] = mapped_column(sa.String(8), index=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    cancelled: Mapped[bool] = mapped_column(sa.Boolean)
    # The course's first live session: a course counts whole in the period in which it starts.
    course_start: Mapped[dt.datetime | None] = mapped_column(sa.DateTime, index=True)
    # Copied from the person.
    gender: Mapped[str] = mapped_column(sa.String(32))
    role: Mapped[str] = mapped_column(sa.String(32))
    # None: marked at a session without being enrolled.
    enrolment_status: Mapped[str | None] = mapped_column(sa.String(32))
    attended_minutes: Mapped[int] = mapped_column(sa.Integer)
    attended_sessions: Mapped[int] = mapped_column(sa.Integer)
    # Minutes of the sessions the person was expected at, plus any attended before enrolling.
    planned_minutes: Mapped[int] = mapped_column(sa.Integer)
    # Start of the first session the person was expected at (no-shows are counted after it).
    first_expected_start: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    # Met the course's completion rule (domain.attendance.completion).
    completed: Mapped[bool] = mapped_column(sa.Boolean)


class CourseSummary(Base):
    """One live course: what the 4R resources need, summed by gender."""

    __tablename__ = "course_summary"

    course_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    region_code: Mapped[str] = mapped_column(sa.String(8))
    kind: Mapped[str] = mapped_column(sa.String(32))
    cancelled: Mapped[bool] = mapped_column(sa.Boolean)
    course_start: Mapped[dt.datetime | None] = mapped_column(sa.DateTime, index=True)
    budget_sek: Mapped[int | None] = mapped_column(sa.Integer)
    # Attended minutes of the participants of each gender.
    minutes_woman: Mapped[int] = mapped_column(sa.Integer)
    minutes_man: Mapped[int] = mapped_column(sa.Integer)
    minutes_other: Mapped[int] = mapped_column(sa.Integer)
    minutes_not_stated: Mapped[int] = mapped_column(sa.Integer)
    # Minutes of sessions led by leaders of each gender (co-leaders each count the session).
    leader_minutes_woman: Mapped[int] = mapped_column(sa.Integer)
    leader_minutes_man: Mapped[int] = mapped_column(sa.Integer)
    leader_minutes_other: Mapped[int] = mapped_column(sa.Integer)
    leader_minutes_not_stated: Mapped[int] = mapped_column(sa.Integer)
    # Minutes of sessions with no leader on the session or the course.
    unled_minutes: Mapped[int] = mapped_column(sa.Integer)


class CourseLeading(Base):
    """A person leading a live course (on the course or on a session) and the minutes led."""

    __tablename__ = "course_leading"

    course_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    gender: Mapped[str] = mapped_column(sa.String(32))
    minutes: Mapped[int] = mapped_column(sa.Integer)


class ParticipantSummary(Base):
    """One person over every course that has begun: the programme-wide R1 and R2 in one row.

    Flags are 1 or 0; `no_show_from` is the earliest first expected session of a course the
    person was enrolled on (not cancelled) and attended nothing of: a no-show from then on.
    """

    __tablename__ = "participant_summary"

    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    gender: Mapped[str] = mapped_column(sa.String(32))
    role: Mapped[str] = mapped_column(sa.String(32))
    enrolled: Mapped[int] = mapped_column(sa.Integer)
    waitlisted: Mapped[int] = mapped_column(sa.Integer)
    attended: Mapped[int] = mapped_column(sa.Integer)
    completed: Mapped[int] = mapped_column(sa.Integer)
    no_show_from: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    minutes: Mapped[int] = mapped_column(sa.Integer)


class ParticipantRegion(Base):
    """A person who attended a training course in a region (targets); completed one or not."""

    __tablename__ = "participant_region"

    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    region_code: Mapped[str] = mapped_column(sa.String(8), primary_key=True)
    completed: Mapped[int] = mapped_column(sa.Integer)


class ParticipationDirtyPerson(Base):
    """Persons whose rows in the per-person tables are computed again by the running refresh."""

    __tablename__ = "participation_dirty_person"

    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)


class ParticipationDirty(Base):
    """Courses whose participation rows must be computed again before the next read."""

    __tablename__ = "participation_dirty"

    course_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
