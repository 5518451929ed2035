"""Course planning actions: courses, sessions (also weekly series), venues, and warnings.

Each function is one user action in one unit of work: the input is checked first, then
written, and the answer is a frozen record. Every write can be taken back by another call
(delete by restore, create by delete, an update by the same update with the earlier values),
and creating again under the same id revives a tombstone, so redo repeats exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from soul_desktop.domain import planning as rules
from soul_desktop.domain.enums import CourseKind, CourseStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.planning import (
    ActivityChoice,
    AreaChoice,
    CourseFilter,
    CourseRecord,
    MunicipalityChoice,
    PersonChoice,
    PlanningError,
    PlanningWarning,
    Problem,
    SessionRecord,
    VenueRecord,
)
from soul_desktop.services import enrolment
from soul_desktop.storage import planning as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course, CourseSession, Venue
from soul_desktop.storage.unit_of_work import UnitOfWork


# -- reading ------------------------------------------------------------------------------
def list_courses(db: Database, course_filter: CourseFilter | None = None) -> list[CourseRecord]:
    with UnitOfWork(db) as uow:
        return store.course_records(uow.session, course_filter or CourseFilter())


def get_course(db: Database, course_id: str) -> CourseRecord:
    with UnitOfWork(db) as uow:
        record = store.course_record(uow.session, course_id)
    if record is None:
        raise PlanningError(Problem.NOT_FOUND, "there is no such course", "course")
    return record


def list_sessions(db: Database, course_id: str) -> list[SessionRecord]:
    with UnitOfWork(db) as uow:
        return store.session_records(uow.session, course_id=course_id)


def calendar_sessions(
    db: Database, region: str | None, start: dt.date, end: dt.date
) -> list[SessionRecord]:
    """Sessions of the region (all regions for None) on the days from `start` to `end`."""
    with UnitOfWork(db) as uow:
        return store.calendar_sessions(
            uow.session,
            region,
            dt.datetime.combine(start, dt.time()),
            dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )


def warnings_for_course(db: Database, course_id: str) -> list[rules.PlanningWarning]:
    """Double bookings, sessions outside the project period, enrolment over capacity and
    venues that do not meet (or have not checked) the enrolled persons' needs."""
    with UnitOfWork(db) as uow:
        s = uow.session
        course = store.course_record(s, course_id)
        if course is None:
            return []
        sessions = store.session_records(s, course_id=course_id)
        bookings: dict[str, rules.BookedSlot] = {}
        for session in sessions:
            for slot in store.bookings_overlapping(
                s, session.starts_at, session.ends_at, session.venue_id, session.leader_id
            ):
                bookings[slot.session_id] = slot
        venue_ids = sorted({x.venue_id for x in sessions if x.venue_id})
        venues = {v.id: v for v in store.venue_records(s, venue_ids=venue_ids)}
        return rules.course_warnings(
            course,
            sessions,
            bookings.values(),
            store.project_period(s),
            venues,
            store.enrolled_needs(s, course_id),
        )


def project_period(db: Database) -> tuple[dt.date, dt.date] | None:
    with UnitOfWork(db) as uow:
        return store.project_period(uow.session)


def leader_choices(
    db: Database, region: str | None, course_id: str | None = None
) -> list[PersonChoice]:
    with UnitOfWork(db) as uow:
        return store.leader_choices(uow.session, region, course_id)


def area_choices(db: Database, region: str | None) -> list[AreaChoice]:
    with UnitOfWork(db) as uow:
        return store.area_choices(uow.session, region)


def activity_choices(db: Database) -> list[ActivityChoice]:
    """The transnational activities a course can be part of."""
    with UnitOfWork(db) as uow:
        return store.activity_choices(uow.session)


def municipality_choices(db: Database, region: str | None) -> list[MunicipalityChoice]:
    with UnitOfWork(db) as uow:
        return store.municipality_choices(uow.session, region)


# -- courses ------------------------------------------------------------------------------
def _check_links(s: Any, fields: rules.CourseFields) -> None:
    unknown = store.unknown_area_codes(s, fields.area_codes)
    if unknown:
        raise PlanningError(
            Problem.UNKNOWN, f"unknown competence area {unknown[0]}", "area_codes", value=unknown[0]
        )
    missing = store.unknown_person_ids(s, fields.leader_ids)
    if missing:
        raise PlanningError(Problem.UNKNOWN, "a chosen leader does not exist", "leader_ids")


def _check_network_and_activity(
    s: Any, region_code: str, network_id: str | None, activity_code: str | None
) -> None:
    """The chosen network must be a live network of the course's region, the activity one of
    the profile's."""
    if network_id is not None:
        region = store.network_region(s, network_id)
        if region is None:
            raise ValidationError(
                "the chosen network does not exist",
                field="network_id",
                code="course.unknown_network",
            )
        if region != region_code:
            raise ValidationError(
                f"the chosen network belongs to region {region}, the course to {region_code}",
                field="network_id",
                code="course.network_other_region",
                params={"network_region": region, "region": region_code},
            )
    if activity_code is not None and not store.activity_known(s, activity_code):
        raise ValidationError(
            f"there is no transnational activity {activity_code}",
            field="activity_code",
            code="course.unknown_activity",
            params={"code": activity_code},
        )


def create_course(
    db: Database,
    course_id: str,
    *,
    region_code: str,
    title: str,
    kind: CourseKind = CourseKind.COURSE,
    description: str | None = None,
    target_group: str | None = None,
    capacity: int | None = None,
    budget_sek: int | None = None,
    status: CourseStatus = CourseStatus.PLANNED,
    completion_threshold_pct: int = rules.DEFAULT_THRESHOLD_PCT,
    area_codes: Iterable[str] = (),
    leader_ids: Iterable[str] = (),
    network_id: str | None = None,
    activity_code: str | None = None,
) -> CourseRecord:
    """A new course under `course_id`; a deleted course with that id is revived (redo).

    A network meeting may name its network (one of the course's region), any other kind the
    transnational activity it is part of."""
    fields = rules.check_course(
        title=title,
        kind=kind,
        description=description,
        target_group=target_group,
        capacity=capacity,
        budget_sek=budget_sek,
        status=status,
        completion_threshold_pct=completion_threshold_pct,
        area_codes=area_codes,
        leader_ids=leader_ids,
        network_id=network_id,
        activity_code=activity_code,
    )
    with UnitOfWork(db) as uow:
        s = uow.session
        if not region_code or not store.region_exists(s, region_code):
            raise PlanningError(
                Problem.REGION_REQUIRED, "choose the course's region", "region_code"
            )
        _check_links(s, fields)
        _check_network_and_activity(s, region_code, fields.network_id, fields.activity_code)
        existing = store.get_course(s, course_id)
        if existing is not None and not existing.deleted:
            raise PlanningError(Problem.ALREADY_EXISTS, "the course already exists", "course")
        if existing is None:
            store.add_course(s, course_id, region_code, fields)
        else:
            existing.deleted = False
            existing.region_code = region_code
            store.write_course(s, existing, fields)
        s.flush()
        record = store.course_record(s, course_id)
        uow.commit()
    assert record is not None
    return record


def update_course(db: Database, course_id: str, **changes: Any) -> CourseRecord:
    """Change some fields (title, kind, description, target_group, capacity, budget_sek,
    status, completion_threshold_pct, area_codes, leader_ids, network_id, activity_code);
    all rules are checked over the course as it would be, before anything is written."""
    unknown = set(changes) - rules.COURSE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise PlanningError(Problem.UNKNOWN, f"courses have no field {name!r}", name)
    with UnitOfWork(db) as uow:
        s = uow.session
        course = _live_course(s, course_id)
        current = store.course_fields(s, course)
        merged = {name: getattr(current, name) for name in rules.COURSE_FIELDS}
        merged.update(changes)
        fields = rules.check_course(**merged)
        _check_links(s, fields)
        # A network or activity already on the course stays acceptable even if it has been
        # deleted since; only a newly chosen one is checked.
        _check_network_and_activity(
            s,
            course.region_code,
            fields.network_id if fields.network_id != current.network_id else None,
            fields.activity_code if fields.activity_code != current.activity_code else None,
        )
        store.write_course(s, course, fields)
        s.flush()
        if fields.capacity != current.capacity:
            # A new capacity offers freed places to the waitlist (or takes back the newest
            # offers) in the same unit of work, so undoing the change undoes both.
            enrolment.apply_place_rules(s, course_id)
            s.flush()
        record = store.course_record(s, course_id)
        uow.commit()
    assert record is not None
    return record


def _live_course(s: Any, course_id: str) -> Course:
    course = store.get_course(s, course_id)
    if course is None or course.deleted:
        raise PlanningError(Problem.NOT_FOUND, "there is no such course", "course")
    return course


def delete_course(db: Database, course_id: str) -> CourseRecord:
    """Tombstone the course; refused once attendance has been recorded (cancel it instead)."""
    with UnitOfWork(db) as uow:
        s = uow.session
        course = _live_course(s, course_id)
        if store.course_has_attendance(s, course_id):
            raise PlanningError(
                Problem.HAS_ATTENDANCE,
                "attendance has been recorded for this course; set its status to cancelled",
                "course",
            )
        course.deleted = True
        record = store.deleted_course_record(course)
        uow.commit()
    return record


def restore_course(db: Database, course_id: str) -> CourseRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        course = store.get_course(s, course_id)
        if course is None:
            raise PlanningError(Problem.NOT_FOUND, "there is no such course", "course")
        course.deleted = False
        s.flush()
        record = store.course_record(s, course_id)
        uow.commit()
    assert record is not None
    return record


# -- sessions -----------------------------------------------------------------------------
def _check_refs(s: Any, venue_id: str | None, leader_id: str | None) -> None:
    if venue_id is not None:
        venue = store.get_venue(s, venue_id)
        if venue is None or venue.deleted:
            raise PlanningError(Problem.UNKNOWN, "the chosen venue does not exist", "venue_id")
    if leader_id is not None and store.unknown_person_ids(s, [leader_id]):
        raise PlanningError(Problem.UNKNOWN, "the chosen leader does not exist", "leader_id")


def _put_session(
    s: Any,
    course: Course,
    session_id: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue_id: str | None,
    leader_id: str | None,
    note: str | None,
) -> None:
    existing = store.get_session(s, session_id)
    if existing is None:
        store.add_session(s, session_id, course, starts_at, ends_at, venue_id, leader_id, note)
        return
    if not existing.deleted or existing.course_id != course.id:
        raise PlanningError(Problem.ALREADY_EXISTS, "the session already exists", "session")
    # Redo of an undone add: the tombstone comes back with the values asked for.
    existing.deleted = False
    for name, value in (
        ("starts_at", starts_at),
        ("ends_at", ends_at),
        ("venue_id", venue_id),
        ("leader_id", leader_id),
        ("note", note),
    ):
        if getattr(existing, name) != value:
            setattr(existing, name, value)


def add_session(
    db: Database,
    session_id: str,
    course_id: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue_id: str | None = None,
    leader_id: str | None = None,
    note: str | None = None,
) -> SessionRecord:
    rules.check_times(starts_at, ends_at)
    clean_note = rules.clean_text(note)
    with UnitOfWork(db) as uow:
        s = uow.session
        course = _live_course(s, course_id)
        _check_refs(s, venue_id, leader_id)
        _put_session(s, course, session_id, starts_at, ends_at, venue_id, leader_id, clean_note)
        s.flush()
        (record,) = store.session_records(s, session_ids=[session_id])
        uow.commit()
    return record


def add_weekly_sessions(
    db: Database,
    course_id: str,
    first_start: dt.datetime,
    first_end: dt.datetime,
    weeks: int,
    venue_id: str | None,
    leader_id: str | None,
    session_ids: Sequence[str],
) -> list[SessionRecord]:
    """`weeks` sessions a week apart from the first, under the ids given (one per week)."""
    slots = rules.weekly_slots(first_start, first_end, weeks)
    if len(session_ids) != len(slots) or len(set(session_ids)) != len(slots):
        raise PlanningError(Problem.IDS_MISMATCH, "give one new session id per week", "session_ids")
    with UnitOfWork(db) as uow:
        s = uow.session
        course = _live_course(s, course_id)
        _check_refs(s, venue_id, leader_id)
        for session_id, (starts_at, ends_at) in zip(session_ids, slots, strict=True):
            _put_session(s, course, session_id, starts_at, ends_at, venue_id, leader_id, None)
        s.flush()
        records = store.session_records(s, session_ids=list(session_ids))
        uow.commit()
    return records


SESSION_FIELDS = frozenset({"starts_at", "ends_at", "venue_id", "leader_id", "note"})


def update_session(db: Database, session_id: str, **changes: Any) -> SessionRecord:
    """Change starts_at, ends_at, venue_id, leader_id or note of a live session."""
    unknown = set(changes) - SESSION_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise PlanningError(Problem.UNKNOWN, f"sessions have no field {name!r}", name)
    with UnitOfWork(db) as uow:
        s = uow.session
        row = _live_session(s, session_id)
        starts_at = changes.get("starts_at", row.starts_at)
        ends_at = changes.get("ends_at", row.ends_at)
        rules.check_times(starts_at, ends_at)
        venue_id = changes.get("venue_id", row.venue_id)
        leader_id = changes.get("leader_id", row.leader_id)
        if "venue_id" in changes or "leader_id" in changes:
            _check_refs(
                s,
                venue_id if "venue_id" in changes else None,
                leader_id if "leader_id" in changes else None,
            )
        values = {
            "starts_at": starts_at,
            "ends_at": ends_at,
            "venue_id": venue_id,
            "leader_id": leader_id,
            "note": rules.clean_text(changes["note"]) if "note" in changes else row.note,
        }
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        s.flush()
        (record,) = store.session_records(s, session_ids=[session_id])
        uow.commit()
    return record


def _live_session(s: Any, session_id: str) -> CourseSession:
    row = store.get_session(s, session_id)
    if row is None or row.deleted:
        raise PlanningError(Problem.NOT_FOUND, "there is no such session", "session")
    return row


def delete_sessions(db: Database, session_ids: Sequence[str]) -> list[SessionRecord]:
    """Tombstone the sessions; refused (all of them) when any has attendance recorded."""
    with UnitOfWork(db) as uow:
        s = uow.session
        rows = [_live_session(s, session_id) for session_id in session_ids]
        if store.sessions_with_attendance(s, session_ids):
            raise PlanningError(
                Problem.HAS_ATTENDANCE,
                "attendance has been recorded for this session; it cannot be removed",
                "session",
            )
        for row in rows:
            row.deleted = True
        s.flush()
        records = store.session_records(s, session_ids=list(session_ids), include_deleted=True)
        uow.commit()
    return records


def delete_session(db: Database, session_id: str) -> SessionRecord:
    (record,) = delete_sessions(db, [session_id])
    return record


def restore_sessions(db: Database, session_ids: Sequence[str]) -> list[SessionRecord]:
    with UnitOfWork(db) as uow:
        s = uow.session
        for session_id in session_ids:
            row = store.get_session(s, session_id)
            if row is None:
                raise PlanningError(Problem.NOT_FOUND, "there is no such session", "session")
            _live_course(s, row.course_id)
            row.deleted = False
        s.flush()
        records = store.session_records(s, session_ids=list(session_ids))
        uow.commit()
    return records


def restore_session(db: Database, session_id: str) -> SessionRecord:
    (record,) = restore_sessions(db, [session_id])
    return record


# -- venues -------------------------------------------------------------------------------
def list_venues(db: Database, region: str | None = None) -> list[VenueRecord]:
    with UnitOfWork(db) as uow:
        return store.venue_records(uow.session, region)


def get_venue(db: Database, venue_id: str) -> VenueRecord:
    with UnitOfWork(db) as uow:
        found = store.venue_records(uow.session, venue_ids=[venue_id])
    if not found:
        raise PlanningError(Problem.NOT_FOUND, "there is no such venue", "venue")
    return found[0]


def _check_municipality(s: Any, values: dict[str, Any]) -> None:
    code = values.get("municipality_code")
    if code is not None and not store.municipality_known(s, code):
        raise PlanningError(Problem.UNKNOWN, "unknown municipality", "municipality_code")


def create_venue(db: Database, venue_id: str, region_code: str, **values: Any) -> VenueRecord:
    """A new venue (name required); a deleted venue with the same id is revived."""
    values.setdefault("name", None)
    cleaned = rules.check_venue(values)
    with UnitOfWork(db) as uow:
        s = uow.session
        if not region_code or not store.region_exists(s, region_code):
            raise PlanningError(Problem.REGION_REQUIRED, "choose the venue's region", "region")
        _check_municipality(s, cleaned)
        existing = store.get_venue(s, venue_id)
        if existing is not None and not existing.deleted:
            raise PlanningError(Problem.ALREADY_EXISTS, "the venue already exists", "venue")
        if existing is None:
            store.add_venue(s, venue_id, region_code, cleaned)
        else:
            existing.deleted = False
            store.write_venue(existing, cleaned)
        s.flush()
        (record,) = store.venue_records(s, venue_ids=[venue_id])
        uow.commit()
    return record


def update_venue(db: Database, venue_id: str, **changes: Any) -> VenueRecord:
    cleaned = rules.check_venue(changes)
    with UnitOfWork(db) as uow:
        s = uow.session
        venue = _live_venue(s, venue_id)
        _check_municipality(s, cleaned)
        store.write_venue(venue, cleaned)
        s.flush()
        (record,) = store.venue_records(s, venue_ids=[venue_id])
        uow.commit()
    return record


def _live_venue(s: Any, venue_id: str) -> Venue:
    venue = store.get_venue(s, venue_id)
    if venue is None or venue.deleted:
        raise PlanningError(Problem.NOT_FOUND, "there is no such venue", "venue")
    return venue


def delete_venue(db: Database, venue_id: str) -> VenueRecord:
    """Tombstone the venue; refused while sessions are planned there."""
    with UnitOfWork(db) as uow:
        s = uow.session
        venue = _live_venue(s, venue_id)
        used = store.venue_session_count(s, venue_id)
        if used:
            raise PlanningError(
                Problem.VENUE_IN_USE,
                f"{used} session(s) are planned at this venue; move them first",
                "venue",
                count=used,
            )
        venue.deleted = True
        s.flush()
        (record,) = store.venue_records(s, venue_ids=[venue_id], include_deleted=True)
        uow.commit()
    return record


def restore_venue(db: Database, venue_id: str) -> VenueRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        venue = store.get_venue(s, venue_id)
        if venue is None:
            raise PlanningError(Problem.NOT_FOUND, "there is no such venue", "venue")
        venue.deleted = False
        s.flush()
        (record,) = store.venue_records(s, venue_ids=[venue_id])
        uow.commit()
    return record


__all__ = [
    "PlanningWarning",
    "activity_choices",
    "add_session",
    "add_weekly_sessions",
    "area_choices",
    "calendar_sessions",
    "create_course",
    "create_venue",
    "delete_course",
    "delete_session",
    "delete_sessions",
    "delete_venue",
    "get_course",
    "get_venue",
    "leader_choices",
    "list_courses",
    "list_sessions",
    "list_venues",
    "municipality_choices",
    "project_period",
    "restore_course",
    "restore_session",
    "restore_sessions",
    "restore_venue",
    "update_course",
    "update_session",
    "update_venue",
    "warnings_for_course",
]
