"""Organisations whose employees and volunteers take part."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.domain.enums import OrganisationKind
from soul_desktop.storage.base import Base, Synced, enum_column


class Organisation(Synced, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(sa.String(300))
    org_number: Mapped[str | None] = mapped_column(sa.String(11), index=True)
    legal_form_code: Mapped[str | None] = mapped_column(sa.ForeignKey("legal_form.code"))
    municipality_code: Mapped[str | None] = mapped_column(sa.ForeignKey("municipality.code"))
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind"), default=OrganisationKind.SOCIAL_ECONOMY
    )
