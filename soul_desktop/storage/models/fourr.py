"""The 4R method's manual entries: R1 counts, R2 resources, R3 analyses and R4 actions.

Each entry belongs to a unit: the programme, a region, a course or a competence area
(`unit_key` holds "", the region code, the course id or the area code).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import ActionStatus, FourRUnitKind, OutsideBody, ResourceKind
from soul_desktop.storage.base import Base, Synced, enum_column


class _Unit:
    unit_kind: Mapped[FourRUnitKind] = mapped_column(enum_column(FourRUnitKind, "unit_kind"))
    unit_key: Mapped[str] = mapped_column(sa.String(36), default="")
    period_start: Mapped[dt.date | None] = mapped_column(sa.Date)
    period_end: Mapped[dt.date | None] = mapped_column(sa.Date)


class R1Count(_Unit, Synced, Base):
    """Members of a body outside the system, counted by hand on a date."""

    __tablename__ = "r1_count"

    body: Mapped[OutsideBody] = mapped_column(enum_column(OutsideBody, "outside_body"))
    body_name: Mapped[str] = mapped_column(sa.String(300))
    counted_on: Mapped[dt.date] = mapped_column(sa.Date)
    women: Mapped[int] = mapped_column(sa.Integer, default=0)
    men: Mapped[int] = mapped_column(sa.Integer, default=0)
    other: Mapped[int] = mapped_column(sa.Integer, default=0)
    not_stated: Mapped[int] = mapped_column(sa.Integer, default=0)

    extra_table_args = (
        sa.CheckConstraint(
            "women >= 0 AND men >= 0 AND other >= 0 AND not_stated >= 0", name="counts_positive"
        ),
    )


class R2Resource(_Unit, Synced, Base):
    """A resource (money, time, space) and how it divides between genders."""

    __tablename__ = "r2_resource"

    resource_kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind, "resource_kind"))
    description: Mapped[str] = mapped_column(sa.String(500))
    unit_label: Mapped[str] = mapped_column(sa.String(32))
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)
    women: Mapped[Decimal] = mapped_column(sa.Numeric(14, 2), default=0)
    men: Mapped[Decimal] = mapped_column(sa.Numeric(14, 2), default=0)
    other: Mapped[Decimal] = mapped_column(sa.Numeric(14, 2), default=0)
    not_stated: Mapped[Decimal] = mapped_column(sa.Numeric(14, 2), default=0)


class R3Analysis(_Unit, Synced, Base):
    """One version of the written analysis; earlier versions stay as their own rows."""

    __tablename__ = "r3_analysis"

    version: Mapped[int] = mapped_column(sa.Integer)
    why_text: Mapped[str] = mapped_column(sa.Text, default="")
    whose_terms_text: Mapped[str] = mapped_column(sa.Text, default="")
    norms_text: Mapped[str] = mapped_column(sa.Text, default="")
    written_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    author: Mapped[str | None] = mapped_column(sa.String(200))


class R4Action(_Unit, Synced, Base):
    __tablename__ = "r4_action"

    what: Mapped[str] = mapped_column(sa.Text)
    owner: Mapped[str] = mapped_column(sa.String(200))
    due_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.PLANNED
    )
    follow_up_note: Mapped[str | None] = mapped_column(sa.Text)
    finding: Mapped[str | None] = mapped_column(sa.Text)
