"""Regional networks, their member organisations and their boards."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import Gender
from soul_desktop.storage.base import Base, Synced, enum_column, uuid_column


class RegionalNetwork(Synced, Base):
    __tablename__ = "regional_network"

    region_code: Mapped[str] = mapped_column(sa.ForeignKey("region.code"), index=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    formed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    notes: Mapped[str | None] = mapped_column(sa.Text)


class NetworkMember(Synced, Base):
    """A member organisation; id derived from (network, organisation)."""

    __tablename__ = "network_member"

    network_id: Mapped[str] = mapped_column(
        uuid_column(), sa.ForeignKey("regional_network.id"), index=True
    )
    organisation_id: Mapped[str] = mapped_column(uuid_column(), sa.ForeignKey("organisation.id"))


class NetworkBoardMember(Synced, Base):
    """A seat on the network's board, counted by gender in 4R R1."""

    __tablename__ = "network_board_member"

    network_id: Mapped[str] = mapped_column(
        uuid_column(), sa.ForeignKey("regional_network.id"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(300))
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"))
    board_role: Mapped[str | None] = mapped_column(sa.String(100))
    person_id: Mapped[str | None] = mapped_column(uuid_column(), sa.ForeignKey("person.id"))
