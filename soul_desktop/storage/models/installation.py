"""Installations (this one and the ones it hears from) and this installation's private state."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class Installation(Synced, Base):
    """A SOUL Desktop installation; travels so central and regions know who signs what."""

    __tablename__ = "installation"

    name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[InstallationRole] = mapped_column(enum_column(InstallationRole, "role"))
    region_code: Mapped[str | None] = mapped_column(sa.ForeignKey("region.code"))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)

    extra_table_args = (
        sa.CheckConstraint(
            "role = 'central' OR region_code IS NOT NULL", name="region_unless_central"
        ),
    )


class LocalState(Base):
    """One row: which installation this database is, its change counter and clock.

    Never travels. `installation_id` is empty until `init` (or the first-run dialog) has run;
    the row exists from the first open, to record which reference data was loaded.
    """

    __tablename__ = "local_state"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    installation_id: Mapped[str | None] = mapped_column(
        uuid_column(), sa.ForeignKey("installation.id")
    )
    last_counter: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    last_hlc: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    reference_digest: Mapped[str | None] = mapped_column(sa.String(64))

    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)
