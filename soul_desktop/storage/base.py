"""Declarative base, constraint naming and the columns every synced record carries."""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints keep Alembic batch migrations on SQLite deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum: type[StrEnum], name: str) -> sa.Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint holding the string values."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


def uuid_column() -> sa.String:
    return sa.String(36)


class Synced:
    """Columns that let a record travel between installations and merge deterministically.

    `partition` names the owning region (NUTS-2 code) or "national"; the receiver checks it
    against the signer's scope. `changed_by`/`change_counter` say which installation made the
    latest change and its position in that installation's change sequence; `hlc` orders
    changes across installations. Deleted rows stay as tombstones. `field_versions` keeps the
    version of each field that differs from the row's, so edits of different fields merge.
    """

    id: Mapped[str] = mapped_column(uuid_column(), primary_key=True)
    partition: Mapped[str] = mapped_column(sa.String(8))
    changed_by: Mapped[str] = mapped_column(uuid_column())
    change_counter: Mapped[int] = mapped_column(sa.BigInteger)
    hlc: Mapped[int] = mapped_column(sa.BigInteger)
    deleted: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    # Sparse per-field versions (domain/versions.py): NULL while every field has the row's.
    field_versions: Mapped[str | None] = mapped_column(sa.Text)

    # Constraints and indexes of the concrete model, added to the shared ones.
    extra_table_args: tuple[object, ...] = ()

    @declared_attr.directive
    @classmethod
    def __table_args__(cls) -> tuple[object, ...]:
        # Incremental export walks each installation's changes by counter.
        change_index = sa.Index(f"ix_{cls.__tablename__}_change", "changed_by", "change_counter")
        return (change_index, *cls.extra_table_args)
