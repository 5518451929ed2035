"""Rows of synced tables as JSON-safe dicts and back, with a type check per column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import versions
from soul_desktop.storage.base import Base
from soul_desktop.storage.digest import synced_tables

# Columns every synced row must carry; the row's version and identity.
IDENTITY_COLUMNS = ("id", "changed_by", "change_counter", "hlc")


class RowError(ValueError):
    """An incoming row that does not fit the local schema (unknown column, wrong type, …)."""


@cache
def tables_in_order() -> tuple[sa.Table, ...]:
    """Synced tables with parents before children (Base.metadata.sorted_tables)."""
    synced = {t.name for t in synced_tables()}
    return tuple(t for t in Base.metadata.sorted_tables if t.name in synced)


@cache
def versioned_columns(table: sa.Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.c if c.name not in versions.VERSION_COLUMNS)


def _text(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite decimal: {value}")
        text = format(value.normalize(), "f")
        return "0" if text == "-0" else text
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def encode_row(columns: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    """A database row as a JSON-safe dict: dates and datetimes ISO, decimals and enums as text."""
    return {name: _text(value) for name, value in zip(columns, values, strict=True)}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _decoder(column: sa.Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, sa.Enum):
        enum_class = kind.enum_class
        allowed = set(kind.enums)

        def enum_value(value: Any) -> Any:
            if not isinstance(value, str) or value not in allowed:
                raise RowError(f"not one of {sorted(allowed)}")
            return enum_class(value) if enum_class is not None else value

        return enum_value
    if isinstance(kind, sa.Boolean):

        def boolean(value: Any) -> Any:
            if not isinstance(value, bool):
                raise RowError("not true or false")
            return value

        return boolean
    if isinstance(kind, sa.Integer):  # Integer and BigInteger

        def integer(value: Any) -> Any:
            if not _is_int(value) or not -(2**63) <= value < 2**63:
                raise RowError("not a 64-bit integer")
            return value

        return integer
    if isinstance(kind, sa.DateTime):

        def moment(value: Any) -> Any:
            try:
                parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                parsed = None
            if parsed is None or parsed.tzinfo is not None:
                raise RowError("not an ISO date and time without offset")
            return parsed

        return moment
    if isinstance(kind, sa.Date):

        def day(value: Any) -> Any:
            try:
                parsed = dt.date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                parsed = None
            if parsed is None or len(value) != 10:
                raise RowError("not an ISO date")
            return parsed

        return day
    if isinstance(kind, sa.Numeric):

        def number(value: Any) -> Any:
            try:
                parsed = Decimal(value) if isinstance(value, str) else None
            except InvalidOperation:
                parsed = None
            if parsed is None or not parsed.is_finite():
                raise RowError("not a decimal number written as text")
            return parsed

        return number
    if isinstance(kind, sa.String):  # String and Text
        length = getattr(kind, "length", None)

        def text(value: Any) -> Any:
            if not isinstance(value, str):
                raise RowError("not text")
            if length is not None and len(value) > length:
                raise RowError(f"longer than {length} characters")
            return value

        return text
    raise TypeError(f"no decoder for {column.table.name}.{column.name} ({kind!r})")


@cache
def _decoders(table: sa.Table) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    return {c.name: (_decoder(c), bool(c.nullable) and not c.primary_key) for c in table.c}


def column_decoder(table: sa.Table, name: str) -> Callable[[Any], Any]:
    """The check-and-convert function `decode_row` uses for one (non-empty) column value."""
    return _decoders(table)[name][0]


def decode_row(table: sa.Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """The incoming row with Python values; RowError names the first column that is wrong.

    Every identity column must be present; a nullable column may be missing (a bundle from an
    older schema) and is then left out of the result, so a merge keeps the local value; an
    unknown column or a wrong type refuses the row.
    """
    decoders = _decoders(table)
    unknown = set(row) - set(decoders)
    if unknown:
        raise RowError(f"unknown column {sorted(unknown)[0]!r}")
    result: dict[str, Any] = {}
    for name, (decode, nullable) in decoders.items():
        if name not in row:
            if nullable:
                continue
            raise RowError(f"column {name!r} is missing")
        value = row[name]
        if value is None:
            if not nullable:
                raise RowError(f"column {name!r} may not be empty")
            result[name] = None
            continue
        try:
            result[name] = decode(value)
        except RowError as error:
            raise RowError(f"column {name!r}: {error}") from None
    if result["change_counter"] < 0 or result["hlc"] < 0:
        raise RowError("change_counter and hlc may not be negative")
    try:
        versions.decode(result.get("field_versions"))
    except ValueError as error:
        raise RowError(str(error)) from None
    return result
