"""Canonical JSON of column values: one spelling per value, so hashes and tiebreaks agree."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    # Only called for what json cannot encode itself; a column has one type, so a date
    # written as its ISO string cannot collide with a string column's value.
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        # Scale differs between SQLite (as stored) and PostgreSQL (column scale): 1.5 == 1.50.
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
    raise TypeError(f"no canonical form for {type(value).__name__}")


# One encoder for every call: json.dumps with options builds a new one each time, which is
# a third of the cost when hashing a million rows.
_ENCODER = json.JSONEncoder(
    default=_default, ensure_ascii=False, separators=(",", ":"), sort_keys=True
)


def dumps(value: Any) -> str:
    """Compact, key-sorted JSON; decimals, dates and datetimes (as UTC) spelled one way."""
    return _ENCODER.encode(value)
