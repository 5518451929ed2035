"""Read-only reference tables: NUTS-2 regions, counties, municipalities, legal forms, areas."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from soul_desktop.storage.base import Base


class Region(Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(sa.String(4), primary_key=True)
    name_sv: Mapped[str] = mapped_column(sa.String(100))
    name_en: Mapped[str] = mapped_column(sa.String(100))


class County(Base):
    __tablename__ = "county"

    code: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    region_code: Mapped[str] = mapped_column(sa.ForeignKey("region.code"), index=True)


class Municipality(Base):
    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(sa.String(4), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    county_code: Mapped[str] = mapped_column(sa.ForeignKey("county.code"), index=True)


class LegalForm(Base):
    __tablename__ = "legal_form"

    code: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    name_sv: Mapped[str] = mapped_column(sa.String(200))
    name_en: Mapped[str] = mapped_column(sa.String(200))


class CompetenceArea(Base):
    __tablename__ = "competence_area"

    code: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    catalogue: Mapped[str] = mapped_column(sa.String(32))
    name_sv: Mapped[str] = mapped_column(sa.String(200))
    name_en: Mapped[str] = mapped_column(sa.String(200))
    parent_code: Mapped[str | None] = mapped_column(sa.ForeignKey("competence_area.code"))
