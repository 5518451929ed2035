"""This installation's keys and the enrolments it issued: local tables that never travel."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.storage.base import Base, enum_column, uuid_column


class InstallationKey(Base):
    """One row: the private keys of this installation and what it trusts.

    Private keys (base64 of the raw 32 bytes) never leave this table: bundles carry the public
    halves and the enrolment chain. The anchor is central's root credential, from the
    enrolment file (or made here when this is central). `programme_key` hashes personnummer
    (`domain/identity_hash.py`). `enrolment_encrypt_private` opens bundles sealed to the
    enrolment before the issuer had heard this installation's own key (a leader's first
    course pack). On an encrypted database the whole file is encrypted; on PostgreSQL the
    server's access control protects it.
    """

    __tablename__ = "installation_key"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    installation_id: Mapped[str] = mapped_column(uuid_column())
    sign_private: Mapped[str] = mapped_column(sa.String(44))
    encrypt_private: Mapped[str] = mapped_column(sa.String(44))
    enrolment_encrypt_private: Mapped[str | None] = mapped_column(sa.String(44))
    # This installation's enrolment chain (JSON list of links; empty for central).
    credential: Mapped[str | None] = mapped_column(sa.Text)
    anchor_id: Mapped[str | None] = mapped_column(uuid_column())
    # Central's root credential (JSON), whose keys every chain must lead back to.
    anchor: Mapped[str | None] = mapped_column(sa.Text)
    programme_key: Mapped[str | None] = mapped_column(sa.String(44))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)

    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)


class IssuedEnrolment(Base):
    """An enrolment file this installation issued (central: regions; a coordinator: leaders).

    Kept so the issuer can address bundles to the new installation before it has sent its
    own keys (they are sealed to the enrolment's one-time encryption key) and for the record.
    No secret is kept: the one-time secret went into the file alone.
    """

    __tablename__ = "issued_enrolment"

    installation_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[InstallationRole] = mapped_column(enum_column(InstallationRole, "role"))
    region_code: Mapped[str | None] = mapped_column(sa.String(8))
    # JSON list of course ids (leaders), else "[]".
    courses: Mapped[str] = mapped_column(sa.Text, default="[]")
    enrolment_encrypt_key: Mapped[str] = mapped_column(sa.String(44))
    # The issued chain (JSON), the new installation's last link not yet bound to its keys.
    credential: Mapped[str] = mapped_column(sa.Text)
    issued_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
