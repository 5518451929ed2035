"""A small programme whose every 4R figure and target is worked out by hand (see HAND below).

Courses (all sessions in the past at NOW):
  C1 SE11 course   budget 10 000, NAT-1+NAT-2, leader L1 (woman); S1a 03-01 180 min,
                   S1b 03-08 180, S1c 03-15 120 (2010)
  C2 SE12 workshop budget 6 000, NAT-2, leader L2 (man); S2a 09-01 180 led by L3 (other),
                   S2b 09-08 180
  C3 SE21 seminar  budget 3 000, NAT-3, no leader; S3a 2011-02-01 120
  C4 SE11 course   deleted (arrived deleted by sync) with J enrolled and present
  C5 SE11 study trip, activity 3.1.1, NAT-6, no budget, no leader; 2010-05-10 420
  C6 SE12 course   cancelled, budget 5 000; F enrolled, never attended
  C7 SE11 course   no sessions, budget 2 000; G enrolled
  C8 SE21 seminar  budget 1 000, NAT-1 … NAT-7, no leader, no participants; 2011-03-01 60
Persons: A woman board member (C1 360/480 completed, C2 240/360 partly, C5 420/420, and C3
120/120 brought by merging her duplicate H), B man employee (C1 no-show), C other manager
(C1 enrolled after S1a: 300/300), D not-stated volunteer (C1 waitlisted), E woman employee
(C2 walk-in at S2b: 180/180), F man manager (C3 120/120; C6 cancelled), G woman role not stated
(C7), I man employee (C1 S1c present without enrolment), J man (only on the deleted C4).
Networks: SE11 formed 2009-06-01 (board: 2 women, 1 man, 1 other), SE12 not yet formed,
SE21 formed on a date after TODAY.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AttendanceStatus,
    CourseKind,
    CourseStatus,
    EnrolmentStatus,
    Gender,
    ParticipantRole,
)
from soul_desktop.services import duplicates
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseArea,
    CourseLeader,
    CourseSession,
    Enrolment,
    NetworkBoardMember,
    Person,
    RegionalNetwork,
)
from soul_desktop.storage.unit_of_work import UnitOfWork

NOW = dt.datetime(2026, 1, 1, 12, 0)
TODAY = NOW.date()


@dataclass
class Dataset:
    persons: dict[str, str] = field(default_factory=dict)
    courses: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)
    networks: dict[str, str] = field(default_factory=dict)


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def build(db: Database) -> Dataset:
    data = Dataset()
    with UnitOfWork(db) as uow:
        s = uow.session

        def person(key: str, gender: Gender, role: ParticipantRole) -> None:
            data.persons[key] = ids.new_id()
            s.add(
                Person(
                    id=data.persons[key],
                    first_name=f"Förnamn{key}",
                    last_name=f"Åkesson{key}",
                    gender=gender,
                    role=role,
                    birth_year=1970,
                )
            )

        for key, gender, role in (
            ("A", Gender.WOMAN, ParticipantRole.BOARD_MEMBER),
            ("B", Gender.MAN, ParticipantRole.EMPLOYEE),
            ("C", Gender.OTHER, ParticipantRole.MANAGER),
            ("D", Gender.NOT_STATED, ParticipantRole.VOLUNTEER),
            ("E", Gender.WOMAN, ParticipantRole.EMPLOYEE),
            ("F", Gender.MAN, ParticipantRole.MANAGER),
            ("G", Gender.WOMAN, ParticipantRole.NOT_STATED),
            ("H", Gender.WOMAN, ParticipantRole.BOARD_MEMBER),
            ("I", Gender.MAN, ParticipantRole.EMPLOYEE),
            ("J", Gender.MAN, ParticipantRole.EMPLOYEE),
            ("L1", Gender.WOMAN, ParticipantRole.COURSE_LEADER),
            ("L2", Gender.MAN, ParticipantRole.COURSE_LEADER),
            ("L3", Gender.OTHER, ParticipantRole.COURSE_LEADER),
        ):
            person(key, gender, role)
        s.flush()

        def course(
            key: str,
            region: str,
            kind: CourseKind,
            budget: int | None,
            areas: tuple[str, ...],
            leaders: tuple[str, ...] = (),
            status: CourseStatus = CourseStatus.COMPLETED,
            activity: str | None = None,
        ) -> None:
            course_id = data.courses[key] = ids.new_id()
            s.add(
                Course(
                    id=course_id,
                    region_code=region,
                    title=f"Kurs {key}",
                    kind=kind,
                    budget_sek=budget,
                    status=status,
                    completion_threshold_pct=75,
                    activity_code=activity,
                )
            )
            s.flush()
            for code in areas:
                s.add(
                    CourseArea(
                        id=ids.course_area_id(course_id, code), course_id=course_id, area_code=code
                    )
                )
            for leader in leaders:
                person_id = data.persons[leader]
                s.add(
                    CourseLeader(
                        id=ids.course_leader_id(course_id, person_id),
                        course_id=course_id,
                        person_id=person_id,
                    )
                )

        course("C1", "SE11", CourseKind.COURSE, 10_000, ("NAT-1", "NAT-2"), ("L1",))
        course("C2", "SE12", CourseKind.WORKSHOP, 6_000, ("NAT-2",), ("L2",))
        course("C3", "SE21", CourseKind.SEMINAR, 3_000, ("NAT-3",))
        course("C4", "SE11", CourseKind.COURSE, 1_000, ("NAT-1",))
        course("C5", "SE11", CourseKind.STUDY_TRIP, None, ("NAT-6",), activity="3.1.1")
        course("C6", "SE12", CourseKind.COURSE, 5_000, ("NAT-4",), status=CourseStatus.CANCELLED)
        course("C7", "SE11", CourseKind.COURSE, 2_000, ("NAT-5",), status=CourseStatus.OPEN)
        course("C8", "SE21", CourseKind.SEMINAR, 1_000, tuple(f"NAT-{n}" for n in range(1, 8)))
        s.flush()

        def session(key: str, course_key: str, start: str, minutes: int, leader: str | None = None):
            starts = _at(start)
            data.sessions[key] = ids.new_id()
            s.add(
                CourseSession(
                    id=data.sessions[key],
                    course_id=data.courses[course_key],
                    starts_at=starts,
                    ends_at=starts + dt.timedelta(minutes=minutes),
                    leader_id=data.persons[leader] if leader else None,
                )
            )

        session("S1a", "C1", "2010-03-01 09:00", 180)
        session("S1b", "C1", "2010-03-08 09:00", 180)
        session("S1c", "C1", "2010-03-15 09:00", 120)
        session("S2a", "C2", "2010-09-01 13:00", 180, leader="L3")
        session("S2b", "C2", "2010-09-08 13:00", 180)
        session("S3a", "C3", "2011-02-01 10:00", 120)
        session("S4a", "C4", "2010-04-01 09:00", 60)
        session("S5a", "C5", "2010-05-10 09:00", 420)
        session("S6a", "C6", "2010-10-01 09:00", 120)
        session("S8a", "C8", "2011-03-01 10:00", 60)
        s.flush()

        def enrol(
            who: str,
            course_key: str,
            at: str,
            status: EnrolmentStatus = EnrolmentStatus.ENROLLED,
            walk_in: bool = False,
        ) -> None:
            course_id, person_id = data.courses[course_key], data.persons[who]
            s.add(
                Enrolment(
                    id=ids.enrolment_id(course_id, person_id),
                    course_id=course_id,
                    person_id=person_id,
                    status=status,
                    enrolled_at=_at(at),
                    status_since=_at(at),
                    walk_in=walk_in,
                )
            )

        enrol("A", "C1", "2010-02-01 10:00")
        enrol("B", "C1", "2010-02-01 10:00")
        enrol("C", "C1", "2010-03-05 10:00")
        enrol("D", "C1", "2010-02-10 10:00", EnrolmentStatus.WAITLISTED)
        enrol("A", "C2", "2010-08-01 10:00")
        enrol("E", "C2", "2010-09-08 13:00", walk_in=True)
        enrol("F", "C3", "2011-01-01 10:00")
        enrol("H", "C3", "2011-01-01 10:00")
        enrol("J", "C4", "2010-03-01 10:00")
        enrol("A", "C5", "2010-04-01 10:00")
        enrol("F", "C6", "2010-09-01 10:00")
        enrol("G", "C7", "2010-09-01 10:00")
        s.flush()

        def mark(who: str, session_key: str, status: AttendanceStatus, minutes: int) -> None:
            session_id, person_id = data.sessions[session_key], data.persons[who]
            s.add(
                Attendance(
                    id=ids.attendance_id(session_id, person_id),
                    session_id=session_id,
                    person_id=person_id,
                    status=status,
                    minutes=minutes,
                    recorded_at=NOW,
                )
            )

        present, absent, partial = (
            AttendanceStatus.PRESENT,
            AttendanceStatus.ABSENT,
            AttendanceStatus.PARTIAL,
        )
        mark("A", "S1a", present, 180)
        mark("A", "S1b", present, 180)
        mark("A", "S1c", absent, 0)
        mark("B", "S1a", absent, 0)
        mark("C", "S1b", present, 180)
        mark("C", "S1c", present, 120)
        mark("I", "S1c", present, 120)
        mark("A", "S2a", present, 180)
        mark("A", "S2b", partial, 60)
        mark("E", "S2b", present, 180)
        mark("F", "S3a", present, 120)
        mark("H", "S3a", present, 120)
        mark("J", "S4a", present, 60)
        mark("A", "S5a", present, 420)
        s.flush()

        def network(key: str, region: str, formed: dt.date | None, board: tuple[Gender, ...]):
            network_id = data.networks[key] = ids.new_id()
            s.add(
                RegionalNetwork(
                    id=network_id, region_code=region, name=f"Nätverk {region}", formed_on=formed
                )
            )
            s.flush()
            for n, gender in enumerate(board):
                s.add(
                    NetworkBoardMember(
                        id=ids.new_id(), network_id=network_id, name=f"Ledamot {n}", gender=gender
                    )
                )

        network(
            "N11",
            "SE11",
            dt.date(2009, 6, 1),
            (Gender.WOMAN, Gender.WOMAN, Gender.MAN, Gender.OTHER),
        )
        network("N12", "SE12", None, (Gender.MAN,))
        network("N21", "SE21", dt.date(2027, 1, 1), ())
        s.flush()
        # C4 arrives deleted from another installation, with its rows.
        s.get(Course, data.courses["C4"]).deleted = True  # type: ignore[union-attr]
        uow.commit()
    # H is A's duplicate: merging moves her enrolment and attendance on C3 to A.
    duplicates.merge(db, data.persons["A"], data.persons["H"])
    return data
