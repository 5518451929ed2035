"""The local log of GDPR erasures: who erased whom, when and why, never what was erased."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.storage.base import Base, uuid_column


class ErasureLog(Base):
    """Append-only; never travels (the erasure itself travels as changes of the rows).

    `person_id` is the erased person's random id, which says nothing about them once the
    fields are blank; it lets the controller show that a request was carried out.
    """

    __tablename__ = "erasure_log"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(uuid_column())
    erased_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    installation_id: Mapped[str] = mapped_column(uuid_column())
    installation_name: Mapped[str] = mapped_column(sa.String(200))
    reason: Mapped[str] = mapped_column(sa.Text)
    # How many person rows (the person and duplicates merged into them) and rows in all changed.
    persons: Mapped[int] = mapped_column(sa.Integer)
    rows_changed: Mapped[int] = mapped_column(sa.Integer)
