"""Enrolling installations and revoking them: the trust operations of issue #5.

Setting up an installation from an enrolment file (or adopting one for an installation set up
before enrolment existed), issuing enrolment files (central for regional installations and
leader laptops, a coordinator for leader laptops of its region), revoking an installation
(central). Plain set-up without an enrolment file is `services.installation`; `initialise`
here also gives the new installation its key pairs at once. The cryptography is
`sync/trust.py`; the keys are kept by `storage/keys.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import ids
from soul_desktop.domain.encryption import check_new_passphrase
from soul_desktop.domain.enums import NATIONAL_PARTITION, InstallationRole
from soul_desktop.domain.errors import AlreadyInitialisedError, DatabaseOpenError, ValidationError
from soul_desktop.domain.identity_hash import personnummer_hash
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation
from soul_desktop.services.installation import validate
from soul_desktop.storage import installations
from soul_desktop.storage import keys as key_store
from soul_desktop.storage.database import Database, encrypt_database
from soul_desktop.storage.models import Course, Installation, LocalState, Revocation
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync import trust


def initialise(
    database: Database, role: InstallationRole, region_code: str | None, name: str
) -> InstallationInfo:
    """`services.installation.initialise`, then the installation's key pairs.

    A central installation is the programme's root of trust from here on (its own root
    credential and the programme key). A regional or leader installation set up this way
    is not enrolled: it works on its own, but nobody accepts its bundles until it is set up
    from an enrolment file (`initialise_from_enrolment`, which also adopts an installation
    central enrolled under its id).
    """
    info = installation.initialise(database, role, region_code, name)
    ensure_identity(database)
    return info


def ensure_identity(database: Database) -> None:
    """Give an installation from before keys existed its key pairs (central: also its root
    credential and the programme key). Nothing happens when it has them, or before `init`."""
    with database.engine.begin() as conn:
        trust.ensure(conn)


@dataclass(frozen=True, slots=True)
class EnrolmentPreview:
    """What an enrolment file would set up, shown before the code is asked for."""

    installation_id: str
    name: str
    role: InstallationRole
    region_code: str | None
    courses: tuple[str, ...]
    issuer_name: str
    central_name: str
    central_fingerprint: str


def read_enrolment(path: str | os.PathLike[str]) -> EnrolmentPreview:
    """Read and check an enrolment file (its chain back to central); its secret stays sealed."""
    enrolment = trust.read_enrolment(path)
    identity = enrolment.identity
    return EnrolmentPreview(
        installation_id=identity.id,
        name=identity.name,
        role=InstallationRole(identity.role),
        region_code=identity.region,
        courses=identity.courses or (),
        issuer_name=enrolment.issuer.name,
        central_name=enrolment.anchor.identity.name,
        central_fingerprint=trust.fingerprint(enrolment.anchor.identity.sign_key),
    )


def initialise_from_enrolment(
    database: Database,
    path: str | os.PathLike[str],
    code: str,
    *,
    passphrase: str | None = None,
    repeated: str | None = None,
) -> InstallationInfo:
    """Set up this installation from an enrolment file and its one-time code.

    A new database becomes the installation the file names (id, role, region, name). A
    database that already is that installation (one from before enrolment existed, which
    central enrolled under its id) takes the enrolment on. The code opens the file's secret;
    this installation's key pairs are made here and bound to the enrolment, and never leave
    it. Nothing is written when the file, the code or the passphrase is refused.

    With `passphrase` (the first-run dialog) a new, unencrypted SQLite database is encrypted
    first, as `services.encryption.initialise_installation` does for a plain set-up: a crash
    in between leaves an encrypted database without an installation, never the reverse.
    """
    enrolment = trust.read_enrolment(path)
    identity = enrolment.identity
    role = InstallationRole(identity.role)
    region, name = validate(role, identity.region, identity.name)
    enrolled = trust.enrol_here(enrolment, code)
    proven = enrolled.identity
    if passphrase is not None and not database.encrypted:
        text = check_new_passphrase(passphrase, repeated)
        if database.location.path is None:
            raise DatabaseOpenError("a PostgreSQL database is protected by the server instead")
        if installation.current(database) is not None:
            raise AlreadyInitialisedError("this database already belongs to an installation")
        encrypt_database(database, text, make_backup=False)
    with UnitOfWork(database) as uow:
        session = uow.session
        state = session.get(LocalState, 1)
        current = state.installation_id if state is not None else None
        credential = json.dumps(enrolled.stored.credential, sort_keys=True)
        if current is None:
            installations.create_local(
                session,
                installation_id=identity.id,
                name=name,
                role=role,
                region_code=region,
                created_at=dt.datetime.now().replace(microsecond=0),
            )
        elif current != identity.id:
            existing = session.get(Installation, current)
            label = f"“{existing.name}”" if existing else current
            raise AlreadyInitialisedError(
                f"this database belongs to installation {label}, not to the one the "
                "enrolment file is for"
            )
        row = session.get(Installation, identity.id)
        assert row is not None
        if (row.role, row.region_code) != (role, region):
            raise ValidationError(
                f"the enrolment file makes this installation a {role.value} one "
                f"({region or 'national'}), but it is a {row.role.value} one "
                f"({row.region_code or 'national'})",
                code="installation.enrolment_mismatch",
            )
        row.sign_key = proven.sign_key
        row.encrypt_key = proven.encrypt_key
        row.credential = credential
        session.flush()
        conn = session.connection()
        key_store.save(conn, enrolled.stored)
        programme = enrolled.stored.programme_key
        assert programme is not None
        key_store.backfill_personnummer_hashes(
            conn, lambda number: personnummer_hash(programme, number)
        )
        info = installations.local_installation(session)
        uow.commit()
    assert info is not None
    return info


@dataclass(frozen=True, slots=True)
class IssuedFile:
    """An enrolment file written for another installation, and the code that opens it."""

    installation_id: str
    name: str
    role: InstallationRole
    region_code: str
    courses: tuple[str, ...]
    code: str
    central_fingerprint: str


def issue_enrolment(
    database: Database,
    path: str | os.PathLike[str],
    *,
    name: str,
    region_code: str | None = None,
    leader: bool = False,
    courses: Iterable[str] = (),
    installation_id: str | None = None,
) -> IssuedFile:
    """Write an enrolment file for another installation; returns its one-time code.

    Central enrols regional installations (`region_code`) and leader laptops (`leader`, with
    their courses); a regional installation enrols leader laptops for courses of its own
    region. `installation_id` enrols an existing installation under its id (one set up
    before enrolment existed); otherwise a new id is made. The code is shown to the issuer
    and given to the new installation's user by another way than the file (phone, in person).
    """
    role = InstallationRole.LEADER if leader else InstallationRole.REGIONAL
    course_ids = tuple(sorted({c.strip() for c in courses if c.strip()}))
    with UnitOfWork(database) as uow:
        conn = uow.session.connection()
        state = trust.ensure(conn)
        me = installations.local_installation(uow.session)
        if state is None or me is None:
            raise ValidationError(
                "this database has no installation yet; set it up first",
                code="installation.not_initialised",
            )
        if not state.enrolled:
            raise ValidationError(
                "this installation is not enrolled itself, so it cannot enrol others",
                code="installation.not_enrolled",
            )
        issuer = state.own_identity()
        if me.role is InstallationRole.LEADER:
            raise ValidationError(
                "a workshop leader's installation does not enrol others",
                code="installation.cannot_enrol",
            )
        if me.role is InstallationRole.REGIONAL:
            if not leader:
                raise ValidationError(
                    "a regional installation enrols leader laptops only (--leader); central "
                    "enrols regional installations",
                    code="installation.cannot_enrol",
                )
            if region_code and region_code.strip().upper() != me.region_code:
                raise ValidationError(
                    f"a regional installation enrols leaders of its own region "
                    f"{me.region_code} only",
                    field="region",
                    code="installation.other_region",
                    params={"region": me.region_code},
                )
            region_code = me.region_code
        region, clean_name = validate(role, region_code, name)
        assert region is not None
        if leader:
            _check_courses(uow.session, course_ids, region)
        new_id = installation_id or ids.new_id()
        if installation_id is not None:
            if not trust.is_installation_id(installation_id):
                raise ValidationError(
                    f"{installation_id!r} is not an installation id",
                    code="installation.bad_id",
                )
            if installation_id == me.id:
                raise ValidationError(
                    "an installation cannot enrol itself", code="installation.bad_id"
                )
        issued = trust.issue(
            state,
            issuer,
            installation_id=new_id,
            name=clean_name,
            role=role,
            region=region,
            courses=course_ids,
        )
        key_store.record_issued(conn, issued.record)
        trust.write_enrolment(issued.document, path)
        uow.commit()
    assert state.anchor is not None
    return IssuedFile(
        installation_id=new_id,
        name=clean_name,
        role=role,
        region_code=region,
        courses=course_ids,
        code=issued.code,
        central_fingerprint=trust.fingerprint(state.anchor.identity.sign_key),
    )


def _check_courses(session: Session, course_ids: tuple[str, ...], region: str) -> None:
    if not course_ids:
        raise ValidationError(
            "a leader laptop is enrolled for its courses: name at least one (--course)",
            field="courses",
            code="installation.courses_required",
        )
    for course_id in course_ids:
        course = session.get(Course, course_id)
        if course is None or course.deleted:
            raise ValidationError(
                f"there is no course with id {course_id!r} here",
                field="courses",
                code="installation.unknown_course",
                params={"course": course_id},
            )
        if course.region_code != region:
            raise ValidationError(
                f"course {course.title!r} belongs to region {course.region_code}, not {region}",
                field="courses",
                code="installation.course_elsewhere",
                params={"course": course.title, "region": course.region_code},
            )


@dataclass(frozen=True, slots=True)
class RevocationInfo:
    installation_id: str
    revoked_at: dt.datetime
    reason: str


def revoke(database: Database, installation_id: str, reason: str = "") -> RevocationInfo:
    """Central revokes an installation (a lost or stolen laptop): a signed, synced record.

    From the moment an installation holds the revocation, it refuses every bundle and receipt
    signed by the revoked installation (or enrolled through it), whenever they were made:
    their dates are the signer's word. The revocation travels in central's bundles (national
    partition) and cannot be withdrawn; a laptop found again is enrolled anew.
    """
    clean_reason = " ".join(reason.split())
    with UnitOfWork(database) as uow:
        conn = uow.session.connection()
        state = trust.ensure(conn)
        me = installations.local_installation(uow.session)
        if state is None or me is None or me.role is not InstallationRole.CENTRAL:
            raise ValidationError(
                "only central revokes installations", code="installation.not_central"
            )
        if not trust.is_installation_id(installation_id):
            raise ValidationError(
                f"{installation_id!r} is not an installation id", code="installation.bad_id"
            )
        if installation_id == me.id:
            raise ValidationError("central cannot revoke itself", code="installation.bad_id")
        existing = uow.session.scalar(
            sa.select(Revocation).where(Revocation.installation_id == installation_id)
        )
        if existing is not None:
            raise ValidationError(
                f"installation {installation_id} was already revoked on "
                f"{existing.revoked_at:%Y-%m-%d %H:%M}",
                code="installation.already_revoked",
                params={"date": f"{existing.revoked_at:%Y-%m-%d %H:%M}"},
            )
        moment = dt.datetime.now().replace(microsecond=0)
        signature = trust.sign_revocation(state, installation_id, moment, clean_reason)
        uow.session.add(
            Revocation(
                id=ids.derived_id("revocation", installation_id),
                installation_id=installation_id,
                revoked_at=moment,
                reason=clean_reason,
                signature=signature,
                partition=NATIONAL_PARTITION,
            )
        )
        uow.commit()
    return RevocationInfo(installation_id, moment, clean_reason)
