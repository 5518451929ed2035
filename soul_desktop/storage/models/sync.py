"""Local sync bookkeeping: what peers acknowledged, the import log and conflicts for review."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.storage.base import Base, uuid_column


class SyncAck(Base):
    """The highest change counter of `author_id` that peer `peer_id` has acknowledged.

    Written by `apply_receipt` (what a peer says it holds) and by the importer (what a peer
    evidently holds because it sent it). Never travels.
    """

    __tablename__ = "sync_ack"

    peer_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    author_id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    counter: Mapped[int] = mapped_column(sa.BigInteger)


class SyncImportLog(Base):
    """One line per import attempt (append-only): which bundle, from whom, and what happened."""

    __tablename__ = "sync_import_log"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str | None] = mapped_column(sa.String(36))
    source_id: Mapped[str | None] = mapped_column(sa.String(36))
    file_name: Mapped[str] = mapped_column(sa.String(500))
    imported_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    # applied / refused / dry_run
    outcome: Mapped[str] = mapped_column(sa.String(16))
    reason_code: Mapped[str | None] = mapped_column(sa.String(64))
    reason: Mapped[str | None] = mapped_column(sa.Text)
    # {"table": {"new": n, "updated": n, "unchanged": n, "conflicts": n, "rejected": n}}
    counts: Mapped[str | None] = mapped_column(sa.Text)


class SyncConflict(Base):
    """A field edited on two sides: the value kept everywhere and the one kept for review."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[str] = mapped_column(sa.String(36))
    field: Mapped[str] = mapped_column(sa.String(64))
    # "conflict" (same field, different values) or "edited_after_delete" (P6)
    kind: Mapped[str] = mapped_column(sa.String(32))
    kept_value: Mapped[str] = mapped_column(sa.Text)  # canonical JSON
    kept_hlc: Mapped[int] = mapped_column(sa.BigInteger)
    kept_author: Mapped[str] = mapped_column(sa.String(36))
    lost_value: Mapped[str] = mapped_column(sa.Text)  # canonical JSON
    lost_hlc: Mapped[int] = mapped_column(sa.BigInteger)
    lost_author: Mapped[str] = mapped_column(sa.String(36))
    bundle_id: Mapped[str | None] = mapped_column(sa.String(36))
    source_id: Mapped[str | None] = mapped_column(sa.String(36))
    detected_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    resolved: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())

    __table_args__ = (
        sa.UniqueConstraint("table_name", "row_id", "field", "lost_hlc", "lost_author"),
    )
