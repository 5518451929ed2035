"""Installations (this one and the ones it hears from), revocations, and this installation's
private state."""

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
    # Public keys (base64, 32 bytes each) and the enrolment chain that vouches for them
    # (`sync/trust.py`); NULL until the installation has keys. Receivers check the chain
    # against central's key before they believe the keys, and never let them change.
    sign_key: Mapped[str | None] = mapped_column(sa.String(44))
    encrypt_key: Mapped[str | None] = mapped_column(sa.String(44))
    credential: Mapped[str | None] = mapped_column(sa.Text)

    extra_table_args = (
        sa.CheckConstraint(
            "role = 'central' OR region_code IS NOT NULL", name="region_unless_central"
        ),
    )


class Revocation(Synced, Base):
    """Central's statement that an installation is no longer trusted (a lost or stolen laptop).

    Partition `national`, so only central writes it; `signature` is central's Ed25519 signature
    over the installation id and the time (`sync/trust.py`), so no relay can forge or change
    one. Its id is derived from the installation's, so two revocations of one installation are
    one row. The installation may be one this database never heard from (no foreign key).
    """

    __tablename__ = "revocation"

    installation_id: Mapped[str] = mapped_column(uuid_column(), unique=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    signature: Mapped[str] = mapped_column(sa.String(88))


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
