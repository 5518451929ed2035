"""Persons: participants, walk-ins and course leaders, with their sensitive fields marked."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import (
    Disability,
    EducationBand,
    EmploymentStatus,
    Gender,
    ParticipantRole,
)
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class Person(Synced, Base):
    __tablename__ = "person"

    first_name: Mapped[str] = mapped_column(sa.String(200))
    last_name: Mapped[str] = mapped_column(sa.String(200), index=True)
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"), default=Gender.NOT_STATED)
    birth_year: Mapped[int | None] = mapped_column(sa.Integer)
    # Sensitive: stored only when needed, normalised to YYYYMMDD-NNNN.
    personnummer: Mapped[str | None] = mapped_column(sa.String(13), index=True)
    # What travels instead of the personnummer: HMAC-SHA256 under the programme key
    # (`domain/identity_hash.py`), kept in step by the unit of work; central finds duplicates
    # by it. NULL without a personnummer or before this installation has the programme key.
    personnummer_hash: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    email: Mapped[str | None] = mapped_column(sa.String(320))
    phone: Mapped[str | None] = mapped_column(sa.String(40))
    organisation_id: Mapped[str | None] = mapped_column(
        uuid_column(), sa.ForeignKey("organisation.id"), index=True
    )
    municipality_code: Mapped[str | None] = mapped_column(sa.ForeignKey("municipality.code"))
    role: Mapped[ParticipantRole] = mapped_column(
        enum_column(ParticipantRole, "participant_role"), default=ParticipantRole.NOT_STATED
    )
    employment_status: Mapped[EmploymentStatus] = mapped_column(
        enum_column(EmploymentStatus, "employment_status"), default=EmploymentStatus.NOT_STATED
    )
    education_band: Mapped[EducationBand] = mapped_column(
        enum_column(EducationBand, "education_band"), default=EducationBand.NOT_STATED
    )
    # Sensitive: comma-separated AccessibilityNeed values, plus free text.
    accessibility_needs: Mapped[str] = mapped_column(sa.String(400), default="")
    accessibility_note: Mapped[str | None] = mapped_column(sa.Text)
    disability: Mapped[Disability] = mapped_column(
        enum_column(Disability, "disability"), default=Disability.NOT_STATED
    )
    consent_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    # "Declined to answer" is kept apart from "not asked" for ESF reporting.
    declined_personnummer: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    declined_education: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    declined_employment: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    declined_disability: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    declined_accessibility: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    # Set when central merges a duplicate into another person; bundles follow the redirect.
    merged_into_id: Mapped[str | None] = mapped_column(uuid_column(), sa.ForeignKey("person.id"))
    # Set by a GDPR erasure (domain/erasure.py): the personal fields are blank and stay blank
    # whatever version of them arrives later.
    erased_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime, index=True)

    extra_table_args = (
        sa.CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)",
            name="birth_year_range",
        ),
    )
