"""Queries and writes for the participant register: persons, organisations and their choices."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus
from soul_desktop.domain.people import (
    LegalFormChoice,
    MunicipalityChoice,
    OrganisationRecord,
    PersonCourse,
    PersonRecord,
    needs_from_text,
)
from soul_desktop.storage.models import (
    Attendance,
    County,
    Course,
    CourseSession,
    Enrolment,
    LegalForm,
    Municipality,
    Organisation,
    Person,
)

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)
ACTIVE_ENROLMENT = (
    EnrolmentStatus.ENROLLED.value,
    EnrolmentStatus.OFFERED.value,
    EnrolmentStatus.WAITLISTED.value,
)

# Columns of a person, in PersonRecord's order; names of organisation and municipality follow.
_PERSON_COLUMNS = (
    Person.id,
    Person.partition,
    Person.first_name,
    Person.last_name,
    Person.gender,
    Person.birth_year,
    Person.personnummer,
    Person.email,
    Person.phone,
    Person.organisation_id,
    Organisation.name,
    Person.municipality_code,
    Municipality.name,
    Person.role,
    Person.employment_status,
    Person.education_band,
    Person.accessibility_needs,
    Person.accessibility_note,
    Person.disability,
    Person.consent_date,
    Person.declined_personnummer,
    Person.declined_education,
    Person.declined_employment,
    Person.declined_disability,
    Person.declined_accessibility,
    Person.merged_into_id,
    Person.erased_at,
)
_NEEDS_POSITION = 16
# Enum and flag columns are read as plain text and integers and turned into values here:
# SQLAlchemy's per-value type handling is a third of the time of loading 100,000 persons.
_ENUM_POSITIONS = {
    position: {member.value: member for member in column.type.enum_class}
    for position, column in enumerate(_PERSON_COLUMNS)
    if isinstance(column.type, sa.Enum) and column.type.enum_class is not None
}
_FLAG_POSITIONS = tuple(
    position
    for position, column in enumerate(_PERSON_COLUMNS)
    if isinstance(column.type, sa.Boolean)
)


def _plain(column: Any) -> Any:
    if isinstance(column.type, sa.Enum):
        return sa.type_coerce(column, sa.String).label(column.key)
    if isinstance(column.type, sa.Boolean):
        return sa.type_coerce(column, sa.Integer).label(column.key)
    return column


def _person_query() -> sa.Select[Any]:
    return (
        sa.select(*(_plain(column) for column in _PERSON_COLUMNS))
        .select_from(Person)
        .outerjoin(
            Organisation,
            sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
        )
        .outerjoin(Municipality, Municipality.code == Person.municipality_code)
    )


def _person_record(row: Any) -> PersonRecord:
    values = list(row)
    values[_NEEDS_POSITION] = needs_from_text(values[_NEEDS_POSITION])
    for position, members in _ENUM_POSITIONS.items():
        values[position] = members[values[position]]
    for position in _FLAG_POSITIONS:
        values[position] = bool(values[position])
    return PersonRecord(*values)


def list_persons(session: Session, region_code: str | None) -> list[PersonRecord]:
    """Live, unmerged persons of a region (all regions when None), by last and first name."""
    query = _person_query().where(Person.deleted.is_(False), Person.merged_into_id.is_(None))
    if region_code is not None:
        query = query.where(Person.partition == region_code)
    query = query.order_by(Person.last_name, Person.first_name)
    # Core rows straight from the connection: the ORM's row handling would double the time
    # for a register of 100,000.
    return [_person_record(row) for row in session.connection().execute(query)]


def get_person(session: Session, person_id: str) -> PersonRecord | None:
    """A live person, or None when there is none (or only a tombstone)."""
    row = session.execute(
        _person_query().where(Person.id == person_id, Person.deleted.is_(False))
    ).one_or_none()
    return None if row is None else _person_record(row)


def person_row(session: Session, person_id: str) -> Person | None:
    """The stored row itself, tombstone or not, for writes."""
    return session.get(Person, person_id)


def add_person(session: Session, values: dict[str, Any]) -> None:
    session.add(Person(**values))
    session.flush()


def update_person(row: Person, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def persons_with_personnummer(
    session: Session, number: str, except_id: str | None = None
) -> list[tuple[str, str]]:
    """(id, full name) of live persons with this personnummer, other than `except_id`."""
    query = sa.select(Person.id, Person.first_name, Person.last_name).where(
        Person.personnummer == number, Person.deleted.is_(False)
    )
    if except_id is not None:
        query = query.where(Person.id != except_id)
    return [(pid, f"{first} {last}") for pid, first, last in session.execute(query)]


def active_enrolment_count(session: Session, person_id: str) -> int:
    """Courses the person is enrolled on, offered a place on or waiting for."""
    query = sa.select(sa.func.count()).where(
        Enrolment.person_id == person_id,
        Enrolment.deleted.is_(False),
        Enrolment.status.in_(ACTIVE_ENROLMENT),
    )
    return int(session.execute(query).scalar_one())


def attendance_count(session: Session, person_id: str) -> int:
    query = sa.select(sa.func.count()).where(
        Attendance.person_id == person_id, Attendance.deleted.is_(False)
    )
    return int(session.execute(query).scalar_one())


def person_courses(session: Session, person_id: str) -> list[PersonCourse]:
    """The person's enrolments with each course's dates, planned and attended minutes."""
    enrolments = session.execute(
        sa.select(
            Enrolment.id,
            Course.id,
            Course.title,
            Course.status,
            Enrolment.status,
            Enrolment.enrolled_at,
        )
        .join(Course, Course.id == Enrolment.course_id)
        .where(
            Enrolment.person_id == person_id,
            Enrolment.deleted.is_(False),
            Course.deleted.is_(False),
        )
        .order_by(Enrolment.enrolled_at.desc())
    ).all()
    course_ids = [row[1] for row in enrolments]
    if not course_ids:
        return []
    # Session lengths are worked out here rather than in SQL, whose date arithmetic differs
    # between SQLite and PostgreSQL.
    spans: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    for course_id, starts_at, ends_at in session.execute(
        sa.select(CourseSession.course_id, CourseSession.starts_at, CourseSession.ends_at).where(
            CourseSession.course_id.in_(course_ids), CourseSession.deleted.is_(False)
        )
    ):
        spans.setdefault(course_id, []).append((starts_at, ends_at))
    attended = dict(
        session.execute(
            sa.select(CourseSession.course_id, sa.func.sum(Attendance.minutes))
            .join(CourseSession, CourseSession.id == Attendance.session_id)
            .where(
                Attendance.person_id == person_id,
                Attendance.deleted.is_(False),
                Attendance.status.in_(ATTENDED),
                CourseSession.deleted.is_(False),
                CourseSession.course_id.in_(course_ids),
            )
            .group_by(CourseSession.course_id)
        ).all()
    )
    result = []
    for enrolment_id, course_id, title, course_status, status, enrolled_at in enrolments:
        sessions = spans.get(course_id, [])
        planned = sum(int((end - start).total_seconds()) // 60 for start, end in sessions)
        result.append(
            PersonCourse(
                enrolment_id=enrolment_id,
                course_id=course_id,
                course_title=title,
                course_status=course_status,
                status=status,
                enrolled_at=enrolled_at,
                first_session=min((s for s, _e in sessions), default=None),
                last_session=max((s for s, _e in sessions), default=None),
                planned_minutes=planned,
                attended_minutes=int(attended.get(course_id) or 0),
            )
        )
    return result


def attended_minutes(session: Session, person_id: str) -> int:
    """All minutes the person attended, on any live session."""
    query = (
        sa.select(sa.func.coalesce(sa.func.sum(Attendance.minutes), 0))
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(
            Attendance.person_id == person_id,
            Attendance.deleted.is_(False),
            Attendance.status.in_(ATTENDED),
            CourseSession.deleted.is_(False),
        )
    )
    return int(session.execute(query).scalar_one())


# -- organisations ----------------------------------------------------------------------------


def _organisation_query() -> sa.Select[Any]:
    counts = (
        sa.select(Person.organisation_id.label("organisation_id"), sa.func.count().label("n"))
        .where(
            Person.deleted.is_(False),
            Person.merged_into_id.is_(None),
            Person.organisation_id.is_not(None),
        )
        .group_by(Person.organisation_id)
        .subquery()
    )
    return (
        sa.select(
            Organisation.id,
            Organisation.name,
            Organisation.org_number,
            Organisation.legal_form_code,
            LegalForm.name_sv,
            Organisation.municipality_code,
            Municipality.name,
            Organisation.kind,
            sa.func.coalesce(counts.c.n, 0),
        )
        .select_from(Organisation)
        .outerjoin(LegalForm, LegalForm.code == Organisation.legal_form_code)
        .outerjoin(Municipality, Municipality.code == Organisation.municipality_code)
        .outerjoin(counts, counts.c.organisation_id == Organisation.id)
    )


def list_organisations(session: Session, region_code: str | None) -> list[OrganisationRecord]:
    query = _organisation_query().where(Organisation.deleted.is_(False))
    if region_code is not None:
        query = query.where(Organisation.partition == region_code)
    query = query.order_by(Organisation.name)
    return [OrganisationRecord(*row) for row in session.execute(query)]


def get_organisation(session: Session, organisation_id: str) -> OrganisationRecord | None:
    row = session.execute(
        _organisation_query().where(
            Organisation.id == organisation_id, Organisation.deleted.is_(False)
        )
    ).one_or_none()
    return None if row is None else OrganisationRecord(*row)


def organisation_row(session: Session, organisation_id: str) -> Organisation | None:
    return session.get(Organisation, organisation_id)


def add_organisation(session: Session, values: dict[str, Any]) -> None:
    session.add(Organisation(**values))
    session.flush()


def update_organisation(row: Organisation, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def organisation_name(session: Session, organisation_id: str) -> str | None:
    """The name of a live organisation, None when there is no such organisation."""
    return session.execute(
        sa.select(Organisation.name).where(
            Organisation.id == organisation_id, Organisation.deleted.is_(False)
        )
    ).scalar_one_or_none()


def organisations_with_number(
    session: Session, number: str, except_id: str | None = None
) -> list[str]:
    query = sa.select(Organisation.name).where(
        Organisation.org_number == number, Organisation.deleted.is_(False)
    )
    if except_id is not None:
        query = query.where(Organisation.id != except_id)
    return list(session.execute(query).scalars())


def member_count(session: Session, organisation_id: str) -> int:
    query = sa.select(sa.func.count()).where(
        Person.organisation_id == organisation_id,
        Person.deleted.is_(False),
        Person.merged_into_id.is_(None),
    )
    return int(session.execute(query).scalar_one())


# -- reference choices ------------------------------------------------------------------------


def municipalities(session: Session) -> list[MunicipalityChoice]:
    rows = session.execute(
        sa.select(Municipality.code, Municipality.name, County.name)
        .join(County, County.code == Municipality.county_code)
        .order_by(Municipality.name)
    )
    return [MunicipalityChoice(code, name, county) for code, name, county in rows]


def municipality_name(session: Session, code: str) -> str | None:
    return session.execute(
        sa.select(Municipality.name).where(Municipality.code == code)
    ).scalar_one_or_none()


def legal_forms(session: Session) -> list[LegalFormChoice]:
    rows = session.execute(sa.select(LegalForm.code, LegalForm.name_sv).order_by(LegalForm.code))
    return [LegalFormChoice(code, name) for code, name in rows]


def legal_form_exists(session: Session, code: str) -> bool:
    return session.get(LegalForm, code) is not None
