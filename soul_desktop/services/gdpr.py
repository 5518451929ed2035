"""GDPR rights of a person: a complete register extract (access) and erasure, one call each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.gdpr import (
    ErasureResult,
    PersonalRecord,
    SourceInstallation,
)
from soul_desktop.storage import gdpr as store
from soul_desktop.storage import installations
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

MAX_REASON_LENGTH = 2000
PROGRAMME = "SOUL – Sociala ekonomins organisationer i Utveckling och Lärande"
FUNDER = "Europeiska socialfonden"
# The JSON extract's own format, for whoever reads it by program.
JSON_FORMAT = "soul-registerutdrag"
JSON_VERSION = 1


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _survivor(session: Any, person_id: str) -> str:
    survivor = store.survivor_of(session, person_id)
    if survivor is None:
        raise ValidationError(
            f"there is no person with id {person_id}",
            field="id",
            code="gdpr.person_not_found",
            params={"id": person_id},
        )
    return survivor


def _installation(session: Any) -> SourceInstallation:
    info = installations.local_installation(session)
    if info is None:
        raise ValidationError(
            "this database has no installation yet; run `soul-desktop init` first",
            code="gdpr.no_installation",
        )
    return SourceInstallation(info.id, info.name, str(info.role), info.region_code)


def person_record(database: Database, person_id: str) -> PersonalRecord:
    """Everything this installation holds about the person (and duplicates merged into them).

    A merged-away id stands for the person it was merged into. Tombstoned rows are included:
    they are still held.
    """
    with UnitOfWork(database) as uow:
        session = uow.session
        survivor = _survivor(session, person_id)
        source = _installation(session)
        ids = store.person_group(session, survivor)
        found = store.persons(session, ids)
        enrolments = store.enrolments(session, ids)
        return PersonalRecord(
            generated_at=_now(),
            installation=source,
            person=found[0],
            duplicates=tuple(found[1:]),
            organisation=store.organisation(session, found[0].organisation_id),
            enrolments=tuple(enrolments),
            attendance=tuple(store.attendance(session, ids)),
            leader_roles=tuple(store.leader_roles(session, ids)),
            board_seats=tuple(store.board_seats(session, ids)),
            walk_ins=tuple(store.walk_ins(enrolments)),
            review_items=tuple(store.review_items(session, ids)),
            erasures=tuple(store.erasures(session, ids)),
        )


def check_reason(reason: str | None) -> str:
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise ValidationError(
            "say why the person's data is erased (for the erasure log)",
            field="reason",
            code="gdpr.reason_required",
        )
    if len(cleaned) > MAX_REASON_LENGTH:
        raise ValidationError(
            f"the reason is longer than {MAX_REASON_LENGTH} characters",
            field="reason",
            code="gdpr.reason_too_long",
            params={"limit": MAX_REASON_LENGTH},
        )
    return cleaned


def erase_person(database: Database, person_id: str, *, reason: str) -> ErasureResult:
    """Anonymise the person everywhere in this database, in one unit of work, and log it.

    Blanks the personal fields (`domain.erasure.BLANKS`) of the person, of every duplicate
    merged into them, and of their attendance notes, enrolment history notes and board seats;
    keeps what aggregate figures count by. Every blanked field gets a new version, so the
    erasure travels to other installations as an ordinary change that no copy made before it
    can undo; `person.erased_at` makes importers keep the fields blank against later edits
    too. Cannot be undone.
    """
    cleaned = check_reason(reason)
    with UnitOfWork(database) as uow:
        session = uow.session
        survivor = _survivor(session, person_id)
        source = _installation(session)
        already = store.erased_at(session, survivor)
        if already is not None:
            raise ValidationError(
                f"this person's data was already erased on {already:%Y-%m-%d}",
                field="id",
                code="gdpr.already_erased",
                params={"date": already.date().isoformat()},
            )
        ids = store.person_group(session, survivor)
        moment = dt.datetime.now().replace(microsecond=0)
        changed, removed = store.erase(session, ids, moment)
        store.log_erasure(
            session,
            survivor,
            moment,
            source.id,
            source.name,
            cleaned,
            persons_erased=len(ids),
            rows_changed=changed,
        )
        uow.commit()
    return ErasureResult(survivor, tuple(ids), moment, changed, removed)


# -- JSON ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Records as JSON values: fields in their declared order, dates and times ISO 8601."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def record_json(record: PersonalRecord) -> dict[str, Any]:
    """The extract as one JSON object (keys in a fixed order)."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": "Registerutdrag",
        "programme": PROGRAMME,
        "funder": FUNDER,
        **_plain(record),
    }


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, then renamed over it."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_json(record: PersonalRecord, path: str | os.PathLike[str]) -> None:
    """The extract as readable UTF-8 JSON (indented, non-ASCII as it is, fixed key order)."""
    text = json.dumps(record_json(record), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
