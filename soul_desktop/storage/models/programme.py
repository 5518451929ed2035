"""The project profile: period and budget, partners, region roles, targets, milestones."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import MilestoneStatus
from soul_desktop.storage.base import Base, Synced, enum_column


class ProjectProfile(Synced, Base):
    """One row; edited at central and carried to the regions in central's bundles."""

    __tablename__ = "project_profile"

    name: Mapped[str] = mapped_column(sa.String(300))
    short_name: Mapped[str] = mapped_column(sa.String(50))
    owner: Mapped[str] = mapped_column(sa.String(200))
    programme_area: Mapped[str] = mapped_column(sa.String(200))
    funder: Mapped[str] = mapped_column(sa.String(200))
    granted_esf_sek: Mapped[int] = mapped_column(sa.BigInteger)
    total_budget_sek: Mapped[int] = mapped_column(sa.BigInteger)
    period_start: Mapped[dt.date] = mapped_column(sa.Date)
    period_end: Mapped[dt.date] = mapped_column(sa.Date)
    home_region: Mapped[str] = mapped_column(sa.ForeignKey("region.code"))
    purpose_sv: Mapped[str] = mapped_column(sa.Text)


class Partner(Synced, Base):
    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(sa.String(300))
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("region.code"))


class ProgrammeRegion(Synced, Base):
    """Whether a region is one of the collaborating five or one of the other three."""

    __tablename__ = "programme_region"

    region_code: Mapped[str] = mapped_column(sa.ForeignKey("region.code"), unique=True)
    collaborating: Mapped[bool] = mapped_column(sa.Boolean)


class Target(Synced, Base):
    __tablename__ = "target"

    code: Mapped[str] = mapped_column(sa.String(64), unique=True)
    goal: Mapped[int] = mapped_column(sa.Integer)
    text_sv: Mapped[str] = mapped_column(sa.Text)
    measure: Mapped[str] = mapped_column(sa.String(64))
    scope: Mapped[str | None] = mapped_column(sa.String(32))
    value: Mapped[int] = mapped_column(sa.Integer)
    per_region_nominal: Mapped[int | None] = mapped_column(sa.Integer)


class Milestone(Synced, Base):
    __tablename__ = "milestone"

    code: Mapped[str] = mapped_column(sa.String(64), unique=True)
    goal: Mapped[int] = mapped_column(sa.Integer)
    text_sv: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[MilestoneStatus] = mapped_column(
        enum_column(MilestoneStatus, "milestone_status"), default=MilestoneStatus.NOT_STARTED
    )
    evidence_note: Mapped[str | None] = mapped_column(sa.Text)


class TransnationalActivity(Synced, Base):
    __tablename__ = "transnational_activity"

    code: Mapped[str] = mapped_column(sa.String(16), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    title_sv: Mapped[str] = mapped_column(sa.Text)
    participants_per_region: Mapped[int] = mapped_column(sa.Integer)
    occurrences: Mapped[int | None] = mapped_column(sa.Integer)
    days: Mapped[int | None] = mapped_column(sa.Integer)
