"""This installation's keys, the enrolments it issued and the revocations it knows.

Plain reads and writes on a connection (the importer's and exporter's Core transactions, or a
unit of work's `session.connection()`). What the keys mean is `sync/trust.py`'s business; the
values are kept as the base64 and JSON text they travel in.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import versions
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.hlc import HybridLogicalClock
from soul_desktop.storage.models import (
    Installation,
    InstallationKey,
    IssuedEnrolment,
    LocalState,
    Person,
    Revocation,
)


@dataclass(frozen=True, slots=True)
class StoredKeys:
    """The `installation_key` row; private keys as raw bytes."""

    installation_id: str
    sign_private: bytes
    encrypt_private: bytes
    enrolment_encrypt_private: bytes | None
    credential: list[Any] | None
    anchor_id: str | None
    anchor: dict[str, Any] | None
    programme_key: bytes | None


@dataclass(frozen=True, slots=True)
class IssuedRecord:
    installation_id: str
    name: str
    role: InstallationRole
    region_code: str | None
    courses: tuple[str, ...]
    enrolment_encrypt_key: str
    credential: list[Any]
    issued_at: dt.datetime


def _bytes(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text)


def _text(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def load(conn: sa.Connection) -> StoredKeys | None:
    table = InstallationKey.__table__
    row = conn.execute(sa.select(table).where(table.c.id == 1)).first()
    if row is None:
        return None
    return StoredKeys(
        installation_id=row.installation_id,
        sign_private=base64.b64decode(row.sign_private),
        encrypt_private=base64.b64decode(row.encrypt_private),
        enrolment_encrypt_private=_bytes(row.enrolment_encrypt_private),
        credential=None if row.credential is None else json.loads(row.credential),
        anchor_id=row.anchor_id,
        anchor=None if row.anchor is None else json.loads(row.anchor),
        programme_key=_bytes(row.programme_key),
    )


def save(conn: sa.Connection, keys: StoredKeys) -> None:
    """Write (or replace) the one `installation_key` row."""
    table = InstallationKey.__table__
    values = {
        "installation_id": keys.installation_id,
        "sign_private": _text(keys.sign_private),
        "encrypt_private": _text(keys.encrypt_private),
        "enrolment_encrypt_private": _text(keys.enrolment_encrypt_private),
        "credential": None if keys.credential is None else json.dumps(keys.credential),
        "anchor_id": keys.anchor_id,
        "anchor": None if keys.anchor is None else json.dumps(keys.anchor, sort_keys=True),
        "programme_key": _text(keys.programme_key),
    }
    exists = conn.execute(sa.select(table.c.id).where(table.c.id == 1)).first()
    if exists is None:
        conn.execute(
            sa.insert(table).values(
                id=1, created_at=dt.datetime.now().replace(microsecond=0), **values
            )
        )
    else:
        conn.execute(sa.update(table).where(table.c.id == 1).values(**values))


def programme_key(conn: sa.Connection) -> bytes | None:
    table = InstallationKey.__table__
    text = conn.execute(sa.select(table.c.programme_key).where(table.c.id == 1)).scalar()
    return _bytes(text)


def publish(
    conn: sa.Connection, installation_id: str, sign_key: str, encrypt_key: str, credential: Any
) -> bool:
    """Put the public keys and chain on this installation's own row, as a change of it.

    Stamped like any local edit (next counter, a new clock reading, the three fields' versions
    moved on), so peers that already hold the row receive the keys with the next bundle.
    Returns whether the row changed.
    """
    table = Installation.__table__
    text = json.dumps(credential, sort_keys=True)
    row = conn.execute(sa.select(table).where(table.c.id == installation_id)).first()
    if row is None or (row.sign_key, row.encrypt_key, row.credential) == (
        sign_key,
        encrypt_key,
        text,
    ):
        return False
    state = LocalState.__table__
    counter, last = conn.execute(
        sa.select(state.c.last_counter, state.c.last_hlc).where(state.c.id == 1)
    ).one()
    clock = HybridLogicalClock(last=last or 0)
    hlc = clock.tick()
    counter = (counter or 0) + 1
    fields = [c.name for c in table.c if c.name not in versions.VERSION_COLUMNS]
    changed = ["sign_key", "encrypt_key", "credential"]
    field_versions = versions.stamp_edit(
        row.field_versions, fields, changed, row.hlc, row.changed_by, hlc, installation_id
    )
    conn.execute(
        sa.update(table)
        .where(table.c.id == installation_id)
        .values(
            sign_key=sign_key,
            encrypt_key=encrypt_key,
            credential=text,
            changed_by=installation_id,
            change_counter=counter,
            hlc=hlc,
            field_versions=field_versions,
        )
    )
    conn.execute(sa.update(state).where(state.c.id == 1).values(last_counter=counter, last_hlc=hlc))
    return True


def record_issued(conn: sa.Connection, record: IssuedRecord) -> None:
    table = IssuedEnrolment.__table__
    values = {
        "name": record.name,
        "role": record.role,
        "region_code": record.region_code,
        "courses": json.dumps(list(record.courses)),
        "enrolment_encrypt_key": record.enrolment_encrypt_key,
        "credential": json.dumps(record.credential, sort_keys=True),
        "issued_at": record.issued_at,
    }
    exists = conn.execute(
        sa.select(table.c.installation_id).where(table.c.installation_id == record.installation_id)
    ).first()
    if exists is None:
        conn.execute(sa.insert(table).values(installation_id=record.installation_id, **values))
    else:
        conn.execute(
            sa.update(table)
            .where(table.c.installation_id == record.installation_id)
            .values(**values)
        )


def _issued(row: Any) -> IssuedRecord:
    role = row.role if isinstance(row.role, InstallationRole) else InstallationRole(row.role)
    return IssuedRecord(
        installation_id=row.installation_id,
        name=row.name,
        role=role,
        region_code=row.region_code,
        courses=tuple(json.loads(row.courses)),
        enrolment_encrypt_key=row.enrolment_encrypt_key,
        credential=json.loads(row.credential),
        issued_at=row.issued_at,
    )


def issued(conn: sa.Connection, installation_id: str) -> IssuedRecord | None:
    table = IssuedEnrolment.__table__
    row = conn.execute(sa.select(table).where(table.c.installation_id == installation_id)).first()
    return None if row is None else _issued(row)


def all_issued(conn: sa.Connection) -> list[IssuedRecord]:
    table = IssuedEnrolment.__table__
    rows = conn.execute(sa.select(table).order_by(table.c.issued_at, table.c.installation_id))
    return [_issued(row) for row in rows]


@dataclass(frozen=True, slots=True)
class RevocationRecord:
    installation_id: str
    revoked_at: dt.datetime
    reason: str
    signature: str


def revocations(conn: sa.Connection) -> dict[str, RevocationRecord]:
    """Every revocation this database holds, by installation id (tombstones too: a revocation
    is never taken back)."""
    table = Revocation.__table__
    rows = conn.execute(
        sa.select(table.c.installation_id, table.c.revoked_at, table.c.reason, table.c.signature)
    )
    return {row.installation_id: RevocationRecord(*row) for row in rows}


def backfill_personnummer_hashes(conn: sa.Connection, hasher: Any, batch: int = 5_000) -> int:
    """Give every person with a personnummer but no hash its hash (`hasher(number) -> str`).

    For rows from before this installation had the programme key. The hash takes the
    personnummer's own version (it says nothing new), so the row keeps its identity: where
    the row already went, the receiver derives the same hash from the same key. Returns how
    many rows were filled in.
    """
    table = Person.__table__
    done = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, table.c.personnummer, table.c.field_versions)
            .where(table.c.personnummer.is_not(None), table.c.personnummer_hash.is_(None))
            .limit(batch)
        ).all()
        if not rows:
            return done
        params = []
        for row in rows:
            versions = row.field_versions
            if versions is not None:
                parsed = json.loads(versions)
                if "personnummer" in parsed:
                    parsed["personnummer_hash"] = parsed["personnummer"]
                    versions = json.dumps(parsed, sort_keys=True, separators=(",", ":"))
            params.append({"_id": row.id, "_hash": hasher(row.personnummer), "_versions": versions})
        conn.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("_id"))
            .values(
                personnummer_hash=sa.bindparam("_hash"),
                field_versions=sa.bindparam("_versions"),
            ),
            params,
        )
        done += len(params)
