"""Enrolments of persons on courses, with their status history."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import EnrolmentStatus
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class Enrolment(Synced, Base):
    """Id derived from (course, person): two installations enrolling the same pair converge."""

    __tablename__ = "enrolment"

    course_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("course.id"), index=True)
    person_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("person.id"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus, "enrolment_status"), default=EnrolmentStatus.ENROLLED
    )
    enrolled_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    # When the current status began; orders the waitlist.
    status_since: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    # Came to a session without having enrolled beforehand; added at the door.
    walk_in: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())


class EnrolmentStatusChange(Synced, Base):
    """Append-only history of an enrolment's statuses."""

    __tablename__ = "enrolment_status_change"

    enrolment_id: Mapped[str] = mapped_column(
        uuid_column(), sa.ForeignKey("enrolment.id"), index=True
    )
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus, "enrolment_status")
    )
    changed_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    note: Mapped[str | None] = mapped_column(sa.String(500))
