"""Queries and writes for courses, their areas and leaders, sessions and venues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseStatus, EnrolmentStatus, ParticipantRole
from soul_desktop.domain.planning import (
    MAX_SESSION_LENGTH,
    NATIONAL_CATALOGUE,
    REGION_CATALOGUES,
    ActivityChoice,
    AreaChoice,
    BookedSlot,
    CourseFields,
    CourseFilter,
    CourseRecord,
    MunicipalityChoice,
    PersonChoice,
    SessionRecord,
    VenueFeature,
    VenueRecord,
)
from soul_desktop.storage.models import (
    Attendance,
    CompetenceArea,
    County,
    Course,
    CourseArea,
    CourseLeader,
    CourseSession,
    Enrolment,
    Municipality,
    Person,
    ProjectProfile,
    Region,
    RegionalNetwork,
    TransnationalActivity,
    Venue,
)


def _person_name() -> sa.ColumnElement[str]:
    return Person.first_name + " " + Person.last_name


# -- courses ------------------------------------------------------------------------------
def _filtered_courses(course_filter: CourseFilter, course_ids: Sequence[str] | None) -> sa.Select:
    query = sa.select(Course).where(Course.deleted.is_(False))
    if course_ids is not None:
        query = query.where(Course.id.in_(course_ids))
    if course_filter.region:
        query = query.where(Course.region_code == course_filter.region)
    if course_filter.kind is not None:
        query = query.where(Course.kind == course_filter.kind)
    if course_filter.status is not None:
        query = query.where(Course.status == course_filter.status)
    if course_filter.area:
        query = query.where(
            sa.exists().where(
                CourseArea.course_id == Course.id,
                CourseArea.area_code == course_filter.area,
                CourseArea.deleted.is_(False),
            )
        )
    if course_filter.period_from is not None or course_filter.period_to is not None:
        # A course belongs to a period when one of its sessions falls in it.
        conditions = [CourseSession.course_id == Course.id, CourseSession.deleted.is_(False)]
        if course_filter.period_from is not None:
            start = dt.datetime.combine(course_filter.period_from, dt.time())
            conditions.append(CourseSession.ends_at > start)
        if course_filter.period_to is not None:
            end = dt.datetime.combine(course_filter.period_to + dt.timedelta(days=1), dt.time())
            conditions.append(CourseSession.starts_at < end)
        query = query.where(sa.exists().where(*conditions))
    words = course_filter.text.split()
    for word in words:
        pattern = f"%{word}%"
        query = query.where(
            sa.or_(
                Course.title.ilike(pattern),
                Course.description.ilike(pattern),
                Course.target_group.ilike(pattern),
            )
        )
    return query


def course_records(
    session: Session, course_filter: CourseFilter, course_ids: Sequence[str] | None = None
) -> list[CourseRecord]:
    """Live courses matching the filter with their areas, leaders and session and enrolment
    figures: five grouped queries over the same filtered set, joined here by id."""
    courses = list(session.scalars(_filtered_courses(course_filter, course_ids)))
    if not courses:
        return []
    chosen_ids = _filtered_courses(course_filter, course_ids).with_only_columns(Course.id)
    spans: dict[str, tuple[dt.datetime, dt.datetime, int]] = {}
    for course_id, first, last, count in session.execute(
        sa.select(
            CourseSession.course_id,
            sa.func.min(CourseSession.starts_at),
            sa.func.max(CourseSession.ends_at),
            sa.func.count(),
        )
        .where(CourseSession.deleted.is_(False), CourseSession.course_id.in_(chosen_ids))
        .group_by(CourseSession.course_id)
    ):
        spans[course_id] = (first, last, int(count))
    enrolled: dict[tuple[str, str], int] = {}
    for course_id, status, count in session.execute(
        sa.select(Enrolment.course_id, Enrolment.status, sa.func.count())
        .where(
            Enrolment.deleted.is_(False),
            Enrolment.course_id.in_(chosen_ids),
            Enrolment.status.in_((EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED)),
        )
        .group_by(Enrolment.course_id, Enrolment.status)
    ):
        enrolled[(course_id, str(status))] = int(count)
    areas: dict[str, list[tuple[str, str]]] = {}
    for course_id, code, name in session.execute(
        sa.select(CourseArea.course_id, CourseArea.area_code, CompetenceArea.name_sv)
        .join(CompetenceArea, CompetenceArea.code == CourseArea.area_code)
        .where(CourseArea.deleted.is_(False), CourseArea.course_id.in_(chosen_ids))
        .order_by(CourseArea.course_id, CourseArea.area_code)
    ):
        areas.setdefault(course_id, []).append((code, name))
    leaders: dict[str, list[tuple[str, str]]] = {}
    for course_id, person_id, name in session.execute(
        sa.select(CourseLeader.course_id, CourseLeader.person_id, _person_name())
        .join(Person, Person.id == CourseLeader.person_id)
        .where(CourseLeader.deleted.is_(False), CourseLeader.course_id.in_(chosen_ids))
        .order_by(CourseLeader.course_id, Person.last_name, Person.first_name)
    ):
        leaders.setdefault(course_id, []).append((person_id, name))
    records = [
        _course_record(
            course,
            spans.get(course.id),
            enrolled.get((course.id, EnrolmentStatus.ENROLLED.value), 0),
            enrolled.get((course.id, EnrolmentStatus.WAITLISTED.value), 0),
            areas.get(course.id, []),
            leaders.get(course.id, []),
        )
        for course in courses
    ]
    # Courses still without sessions first (they are being planned), then the latest first.
    records.sort(key=lambda r: r.title.casefold())
    records.sort(
        key=lambda r: (r.first_start is None, r.first_start or dt.datetime.min), reverse=True
    )
    return records


def _course_record(
    course: Course,
    span: tuple[dt.datetime, dt.datetime, int] | None,
    enrolled: int,
    waitlisted: int,
    areas: Sequence[tuple[str, str]],
    leaders: Sequence[tuple[str, str]],
) -> CourseRecord:
    return CourseRecord(
        id=course.id,
        region_code=course.region_code,
        title=course.title,
        kind=course.kind,
        description=course.description,
        target_group=course.target_group,
        capacity=course.capacity,
        budget_sek=course.budget_sek,
        status=course.status,
        completion_threshold_pct=course.completion_threshold_pct,
        area_codes=tuple(code for code, _ in areas),
        area_names=tuple(name for _, name in areas),
        leader_ids=tuple(pid for pid, _ in leaders),
        leader_names=tuple(name for _, name in leaders),
        first_start=span[0] if span else None,
        last_end=span[1] if span else None,
        session_count=span[2] if span else 0,
        enrolled_count=enrolled,
        waitlisted_count=waitlisted,
        network_id=course.network_id,
        activity_code=course.activity_code,
        deleted=course.deleted,
    )


def course_record(session: Session, course_id: str) -> CourseRecord | None:
    """The live course with its figures, or None when there is none (or it is deleted)."""
    found = course_records(session, CourseFilter(), [course_id])
    return found[0] if found else None


def deleted_course_record(course: Course) -> CourseRecord:
    return _course_record(course, None, 0, 0, [], [])


def get_course(session: Session, course_id: str) -> Course | None:
    """The course row, tombstone or not."""
    return session.get(Course, course_id)


def add_course(session: Session, course_id: str, region_code: str, fields: CourseFields) -> Course:
    course = Course(id=course_id, partition=region_code, region_code=region_code)
    session.add(course)
    write_course(session, course, fields)
    return course


def write_course(session: Session, course: Course, fields: CourseFields) -> None:
    """Set every field of the course and its area and leader links (only what differs)."""
    for name in (
        "title",
        "kind",
        "description",
        "target_group",
        "capacity",
        "budget_sek",
        "status",
        "completion_threshold_pct",
        "network_id",
        "activity_code",
    ):
        value = getattr(fields, name)
        if getattr(course, name) != value:
            setattr(course, name, value)
    set_links(session, course, CourseArea, "area_code", fields.area_codes)
    set_links(session, course, CourseLeader, "person_id", fields.leader_ids)


def set_links(
    session: Session,
    course: Course,
    model: type[CourseArea] | type[CourseLeader],
    column: str,
    wanted: Iterable[str],
) -> None:
    """Make the live links exactly `wanted`: removed ones become tombstones, re-added ones
    are revived under their derived id, so two installations converge on one row."""
    derive = ids.course_area_id if model is CourseArea else ids.course_leader_id
    wanted_set = set(wanted)
    existing = {
        getattr(link, column): link
        for link in session.scalars(sa.select(model).where(model.course_id == course.id))
    }
    for value, link in existing.items():
        should_live = value in wanted_set
        if link.deleted == should_live:
            link.deleted = not should_live
    for value in wanted_set - set(existing):
        link_id = derive(course.id, value)
        # A link written under the same derived id for another course cannot exist; but a
        # link row may exist that the query above did not see if the session has not flushed.
        session.add(
            model(id=link_id, partition=course.partition, course_id=course.id, **{column: value})
        )


def course_fields(session: Session, course: Course) -> CourseFields:
    """The course's current fields, links included, as the rules see them."""
    area_codes = tuple(
        session.scalars(
            sa.select(CourseArea.area_code)
            .where(CourseArea.course_id == course.id, CourseArea.deleted.is_(False))
            .order_by(CourseArea.area_code)
        )
    )
    leader_ids = tuple(
        session.scalars(
            sa.select(CourseLeader.person_id).where(
                CourseLeader.course_id == course.id, CourseLeader.deleted.is_(False)
            )
        )
    )
    return CourseFields(
        title=course.title,
        kind=course.kind,
        description=course.description,
        target_group=course.target_group,
        capacity=course.capacity,
        budget_sek=course.budget_sek,
        status=course.status,
        completion_threshold_pct=course.completion_threshold_pct,
        area_codes=area_codes,
        leader_ids=leader_ids,
        network_id=course.network_id,
        activity_code=course.activity_code,
    )


def network_region(session: Session, network_id: str) -> str | None:
    """The region of the live network, or None when there is no such network."""
    return session.scalars(
        sa.select(RegionalNetwork.region_code).where(
            RegionalNetwork.id == network_id, RegionalNetwork.deleted.is_(False)
        )
    ).first()


def activity_known(session: Session, code: str) -> bool:
    found = session.execute(
        sa.select(TransnationalActivity.id).where(
            TransnationalActivity.code == code, TransnationalActivity.deleted.is_(False)
        )
    ).first()
    return found is not None


def activity_choices(session: Session) -> list[ActivityChoice]:
    """The profile's transnational activities, by code."""
    query = (
        sa.select(
            TransnationalActivity.code, TransnationalActivity.kind, TransnationalActivity.title_sv
        )
        .where(TransnationalActivity.deleted.is_(False))
        .order_by(TransnationalActivity.code)
    )
    return [ActivityChoice(*row) for row in session.execute(query)]


def region_exists(session: Session, code: str) -> bool:
    return session.get(Region, code) is not None


def unknown_area_codes(session: Session, codes: Iterable[str]) -> list[str]:
    wanted = set(codes)
    if not wanted:
        return []
    known = set(
        session.scalars(sa.select(CompetenceArea.code).where(CompetenceArea.code.in_(wanted)))
    )
    return sorted(wanted - known)


def unknown_person_ids(session: Session, person_ids: Iterable[str]) -> list[str]:
    wanted = set(person_ids)
    if not wanted:
        return []
    known = set(
        session.scalars(
            sa.select(Person.id).where(Person.id.in_(wanted), Person.deleted.is_(False))
        )
    )
    return sorted(wanted - known)


def course_has_attendance(session: Session, course_id: str) -> bool:
    query = (
        sa.select(Attendance.id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(
            CourseSession.course_id == course_id,
            CourseSession.deleted.is_(False),
            Attendance.deleted.is_(False),
        )
        .limit(1)
    )
    return session.execute(query).first() is not None


def sessions_with_attendance(session: Session, session_ids: Iterable[str]) -> set[str]:
    wanted = list(session_ids)
    if not wanted:
        return set()
    return set(
        session.scalars(
            sa.select(Attendance.session_id)
            .where(Attendance.session_id.in_(wanted), Attendance.deleted.is_(False))
            .distinct()
        )
    )


# -- sessions -----------------------------------------------------------------------------
def _session_query() -> sa.Select:
    venue = aliased(Venue)
    return (
        sa.select(CourseSession, venue.name, _person_name(), Course.title)
        .join(Course, Course.id == CourseSession.course_id)
        .outerjoin(venue, venue.id == CourseSession.venue_id)
        .outerjoin(Person, Person.id == CourseSession.leader_id)
    )


def _session_record(row: Any) -> SessionRecord:
    s, venue_name, leader_name, title = row
    return SessionRecord(
        id=s.id,
        course_id=s.course_id,
        starts_at=s.starts_at,
        ends_at=s.ends_at,
        venue_id=s.venue_id,
        venue_name=venue_name,
        leader_id=s.leader_id,
        leader_name=leader_name,
        note=s.note,
        course_title=title,
        deleted=s.deleted,
    )


def session_records(
    session: Session,
    course_id: str | None = None,
    session_ids: Sequence[str] | None = None,
    include_deleted: bool = False,
) -> list[SessionRecord]:
    query = _session_query()
    if course_id is not None:
        query = query.where(CourseSession.course_id == course_id)
    if session_ids is not None:
        query = query.where(CourseSession.id.in_(session_ids))
    if not include_deleted:
        query = query.where(CourseSession.deleted.is_(False))
    query = query.order_by(CourseSession.starts_at, CourseSession.id)
    return [_session_record(row) for row in session.execute(query)]


def calendar_sessions(
    session: Session, region: str | None, start: dt.datetime, end: dt.datetime
) -> list[SessionRecord]:
    """Live sessions of live, not cancelled courses that touch [start, end)."""
    query = _session_query().where(
        CourseSession.deleted.is_(False),
        Course.deleted.is_(False),
        Course.status != CourseStatus.CANCELLED,
        # Bounded below through the index on starts_at: no session is longer than the limit.
        CourseSession.starts_at >= start - MAX_SESSION_LENGTH,
        CourseSession.starts_at < end,
        CourseSession.ends_at > start,
    )
    if region:
        query = query.where(Course.region_code == region)
    query = query.order_by(CourseSession.starts_at, Course.title)
    return [_session_record(row) for row in session.execute(query)]


def get_session(session: Session, session_id: str) -> CourseSession | None:
    return session.get(CourseSession, session_id)


def add_session(
    session: Session,
    session_id: str,
    course: Course,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue_id: str | None,
    leader_id: str | None,
    note: str | None,
) -> CourseSession:
    row = CourseSession(
        id=session_id,
        partition=course.partition,
        course_id=course.id,
        starts_at=starts_at,
        ends_at=ends_at,
        venue_id=venue_id,
        leader_id=leader_id,
        note=note,
    )
    session.add(row)
    return row


def bookings_overlapping(
    session: Session,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue_id: str | None,
    leader_id: str | None,
) -> list[BookedSlot]:
    """Live sessions of live, not cancelled courses overlapping [starts_at, ends_at) at the
    venue or with the leader. The start-time bound lets SQLite walk the index on starts_at
    over a two-day window instead of the whole table."""
    if venue_id is None and leader_id is None:
        return []
    holders = []
    if venue_id is not None:
        holders.append(CourseSession.venue_id == venue_id)
    if leader_id is not None:
        holders.append(CourseSession.leader_id == leader_id)
    venue = aliased(Venue)
    query = (
        sa.select(
            CourseSession.id,
            CourseSession.course_id,
            Course.title,
            CourseSession.starts_at,
            CourseSession.ends_at,
            CourseSession.venue_id,
            venue.name,
            CourseSession.leader_id,
            _person_name(),
        )
        .join(Course, Course.id == CourseSession.course_id)
        .outerjoin(venue, venue.id == CourseSession.venue_id)
        .outerjoin(Person, Person.id == CourseSession.leader_id)
        .where(
            CourseSession.starts_at > starts_at - MAX_SESSION_LENGTH,
            CourseSession.starts_at < ends_at,
            CourseSession.ends_at > starts_at,
            CourseSession.deleted.is_(False),
            Course.deleted.is_(False),
            Course.status != CourseStatus.CANCELLED,
            sa.or_(*holders),
        )
    )
    return [BookedSlot(*row) for row in session.execute(query)]


def enrolled_needs(session: Session, course_id: str) -> list[str]:
    """The stored accessibility needs of each person enrolled (not waitlisted) on the course."""
    return list(
        session.scalars(
            sa.select(Person.accessibility_needs)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(
                Enrolment.course_id == course_id,
                Enrolment.deleted.is_(False),
                Enrolment.status == EnrolmentStatus.ENROLLED,
                Person.deleted.is_(False),
                Person.accessibility_needs != "",
            )
        )
    )


def project_period(session: Session) -> tuple[dt.date, dt.date] | None:
    row = session.execute(
        sa.select(ProjectProfile.period_start, ProjectProfile.period_end)
        .where(ProjectProfile.deleted.is_(False))
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


# -- venues -------------------------------------------------------------------------------
VENUE_COLUMNS = (
    "name",
    "address",
    "municipality_code",
    "capacity",
    *(f.value for f in VenueFeature),
    "accessibility_notes",
)


def _venue_record(venue: Venue, municipality_name: str | None) -> VenueRecord:
    return VenueRecord(
        id=venue.id,
        region_code=venue.partition,
        municipality_name=municipality_name,
        deleted=venue.deleted,
        **{name: getattr(venue, name) for name in VENUE_COLUMNS},
    )


def venue_records(
    session: Session,
    region: str | None = None,
    venue_ids: Sequence[str] | None = None,
    include_deleted: bool = False,
) -> list[VenueRecord]:
    query = sa.select(Venue, Municipality.name).outerjoin(
        Municipality, Municipality.code == Venue.municipality_code
    )
    if region:
        query = query.where(Venue.partition == region)
    if venue_ids is not None:
        query = query.where(Venue.id.in_(venue_ids))
    if not include_deleted:
        query = query.where(Venue.deleted.is_(False))
    query = query.order_by(Venue.name, Venue.id)
    return [_venue_record(venue, name) for venue, name in session.execute(query)]


def get_venue(session: Session, venue_id: str) -> Venue | None:
    return session.get(Venue, venue_id)


def add_venue(session: Session, venue_id: str, region_code: str, values: dict[str, Any]) -> Venue:
    venue = Venue(id=venue_id, partition=region_code, **dict.fromkeys(VENUE_COLUMNS))
    write_venue(venue, values)
    session.add(venue)
    return venue


def write_venue(venue: Venue, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(venue, name) != value:
            setattr(venue, name, value)


def venue_session_count(session: Session, venue_id: str) -> int:
    """Live sessions of live courses held at the venue."""
    return int(
        session.execute(
            sa.select(sa.func.count())
            .select_from(CourseSession)
            .join(Course, Course.id == CourseSession.course_id)
            .where(
                CourseSession.venue_id == venue_id,
                CourseSession.deleted.is_(False),
                Course.deleted.is_(False),
            )
        ).scalar_one()
    )


def municipality_known(session: Session, code: str) -> bool:
    return session.get(Municipality, code) is not None


def municipality_choices(session: Session, region: str | None) -> list[MunicipalityChoice]:
    query = sa.select(Municipality.code, Municipality.name).join(
        County, County.code == Municipality.county_code
    )
    if region:
        query = query.where(County.region_code == region)
    query = query.order_by(Municipality.name)
    return [MunicipalityChoice(code, name) for code, name in session.execute(query)]


# -- choices ------------------------------------------------------------------------------
def leader_choices(
    session: Session, region: str | None, course_id: str | None = None
) -> list[PersonChoice]:
    """Persons with the course-leader role in the region, and anyone already leading the
    course or one of its sessions (whatever their role or region)."""
    query = sa.select(Person.id, _person_name(), Person.last_name, Person.first_name).where(
        Person.deleted.is_(False),
        Person.merged_into_id.is_(None),
        Person.role == ParticipantRole.COURSE_LEADER,
    )
    if region:
        query = query.where(Person.partition == region)
    rows = {pid: (last, first, name) for pid, name, last, first in session.execute(query)}
    if course_id is not None:
        leading = sa.union(
            sa.select(CourseLeader.person_id.label("pid")).where(
                CourseLeader.course_id == course_id, CourseLeader.deleted.is_(False)
            ),
            sa.select(CourseSession.leader_id.label("pid")).where(
                CourseSession.course_id == course_id,
                CourseSession.deleted.is_(False),
                CourseSession.leader_id.is_not(None),
            ),
        ).subquery()
        for pid, name, last, first in session.execute(
            sa.select(Person.id, _person_name(), Person.last_name, Person.first_name).where(
                Person.id.in_(sa.select(leading.c.pid))
            )
        ):
            rows[pid] = (last, first, name)
    ordered = sorted(rows.items(), key=lambda item: (item[1][0].casefold(), item[1][1].casefold()))
    return [PersonChoice(pid, name) for pid, (_last, _first, name) in ordered]


def area_choices(session: Session, region: str | None) -> list[AreaChoice]:
    """The national catalogue first, then the region's own (all catalogues for central)."""
    rows = session.execute(
        sa.select(
            CompetenceArea.code,
            CompetenceArea.catalogue,
            CompetenceArea.name_sv,
            CompetenceArea.name_en,
            CompetenceArea.parent_code,
        )
    ).all()
    own = REGION_CATALOGUES.get(region) if region else None
    wanted = [r for r in rows if region is None or r[1] in (NATIONAL_CATALOGUE, own)]
    catalogues = [NATIONAL_CATALOGUE, *sorted({r[1] for r in wanted} - {NATIONAL_CATALOGUE})]

    def natural(code: str) -> tuple[Any, ...]:
        # "SKA-10" after "SKA-9", "SKA-1.2" after "SKA-1".
        tail = code.split("-", 1)[-1]
        return tuple(int(p) if p.isdigit() else 0 for p in tail.split("."))

    wanted.sort(key=lambda r: (catalogues.index(r[1]), natural(r[0])))
    return [AreaChoice(*row) for row in wanted]
