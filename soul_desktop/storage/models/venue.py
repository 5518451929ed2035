"""Venues and their accessibility register (Myndigheten för delaktighet's meeting checklist)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.storage.base import Base, Synced


class Venue(Synced, Base):
    """Each accessibility feature is True, False or None for "not checked"."""

    __tablename__ = "venue"

    name: Mapped[str] = mapped_column(sa.String(300))
    address: Mapped[str | None] = mapped_column(sa.String(300))
    municipality_code: Mapped[str | None] = mapped_column(sa.ForeignKey("municipality.code"))
    capacity: Mapped[int | None] = mapped_column(sa.Integer)
    step_free_entrance: Mapped[bool | None] = mapped_column(sa.Boolean)
    parking_within_25m: Mapped[bool | None] = mapped_column(sa.Boolean)
    automatic_doors: Mapped[bool | None] = mapped_column(sa.Boolean)
    hearing_loop: Mapped[bool | None] = mapped_column(sa.Boolean)
    accessible_toilet: Mapped[bool | None] = mapped_column(sa.Boolean)
    reachable_group_rooms: Mapped[bool | None] = mapped_column(sa.Boolean)
    good_light_acoustics: Mapped[bool | None] = mapped_column(sa.Boolean)
    allergy_safe: Mapped[bool | None] = mapped_column(sa.Boolean)
    accessibility_notes: Mapped[str | None] = mapped_column(sa.Text)

    extra_table_args = (
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
    )
