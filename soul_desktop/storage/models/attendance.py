"""Attendance of a person at a session."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class Attendance(Synced, Base):
    """Id derived from (session, person): two laptops marking the same person converge.

    `minutes` is the time attended: the session's length when present, less when partial,
    zero when absent or excused.
    """

    __tablename__ = "attendance"

    session_id: Mapped[str] = mapped_column(
        uuid_column(), sa.ForeignKey("course_session.id"), index=True
    )
    person_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("person.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "attendance_status")
    )
    minutes: Mapped[int] = mapped_column(sa.Integer, default=0)
    recorded_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    note: Mapped[str | None] = mapped_column(sa.String(500))

    extra_table_args = (sa.CheckConstraint("minutes >= 0", name="minutes_not_negative"),)
