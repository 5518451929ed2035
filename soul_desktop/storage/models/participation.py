"""Each person's participation in each course, summed from attendance: a local derived table.

Kept so the 4R figures and the targets read about one row per enrolment instead of every
attendance row. Triggers (revision 0008) note the courses whose rows went stale in
`participation_dirty` whenever an attendance, enrolment, session, course or person row changes,
by any path (the interface, an import, a merge); `storage.participation.refresh` rewrites those
courses' rows before the figures are read. Neither table travels.
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
    person_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
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


class ParticipationDirty(Base):
    """Courses whose participation rows must be computed again before the next read."""

    __tablename__ = "participation_dirty"

    course_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
