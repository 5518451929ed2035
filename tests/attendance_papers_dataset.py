"""The hand-worked dataset (tests/fourr_dataset.py) plus persons whose names test Swedish order.

Added to course C1 (sessions S1a 03-01 180 min, S1b 03-08 180, S1c 03-15 120; 2010), all
enrolled on 2010-02-01 so expected at every session: Anna Andersson, Émile Ekström, Zara
Zetterberg, Åsa Åberg, Ärla Ärlig, Östen Öberg, and a Göran Ödmark from organisation
"Föreningen Björkö". Åsa Åberg attended S1a and S1b (180 each) and S1c partly (105): 465
minutes in March 2010, which is 7 h 45 min: 7 whole hours; 465/480 completes C1 (75 %).

Swedish order of C1's list at S1b: Andersson, Ekström, Zetterberg, Åberg, ÅkessonA, ÅkessonB,
ÅkessonC, Ärlig, Öberg, Ödmark (ÅkessonC enrolled after S1a, so not on S1a's sheet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus, InstallationRole
from soul_desktop.services import installation
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Enrolment, Organisation, Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests import fourr_dataset
from tests.fourr_dataset import Dataset

EXTRA = (
    ("Anna", "Andersson"),
    ("Émile", "Ekström"),
    ("Zara", "Zetterberg"),
    ("Åsa", "Åberg"),
    ("Ärla", "Ärlig"),
    ("Östen", "Öberg"),
    ("Göran", "Ödmark"),
)
ORGANISATION = "Föreningen Björkö"
C1_ORDER_AT_S1B = (
    "Andersson, Anna",
    "Ekström, Émile",
    "Zetterberg, Zara",
    "Åberg, Åsa",
    "ÅkessonA, FörnamnA",
    "ÅkessonB, FörnamnB",
    "ÅkessonC, FörnamnC",
    "Ärlig, Ärla",
    "Öberg, Östen",
    "Ödmark, Göran",
)


@dataclass
class Papers:
    data: Dataset
    extra: dict[str, str] = field(default_factory=dict)  # surname → person id


def central(db: Database) -> Papers:
    """`db` (migrated, uninitialised) as a central installation holding the dataset."""
    installation.initialise(db, InstallationRole.CENTRAL, None, "Centralen")
    papers = Papers(fourr_dataset.build(db))
    course_id = papers.data.courses["C1"]
    with UnitOfWork(db) as uow:
        s = uow.session
        organisation_id = ids.new_id()
        s.add(Organisation(id=organisation_id, name=ORGANISATION))
        s.flush()
        for first, last in EXTRA:
            person_id = papers.extra[last] = ids.new_id()
            s.add(
                Person(
                    id=person_id,
                    first_name=first,
                    last_name=last,
                    organisation_id=organisation_id if last == "Ödmark" else None,
                )
            )
            s.flush()
            add_enrolment(s, course_id, person_id, dt.datetime(2010, 2, 1, 10))
        s.flush()
        sessions = papers.data.sessions
        aberg = papers.extra["Åberg"]
        for key, status, minutes in (
            ("S1a", AttendanceStatus.PRESENT, 180),
            ("S1b", AttendanceStatus.PRESENT, 180),
            ("S1c", AttendanceStatus.PARTIAL, 105),
        ):
            add_mark(s, sessions[key], aberg, status, minutes)
        uow.commit()
    return papers


def add_enrolment(
    s: object, course_id: str, person_id: str, at: dt.datetime, walk_in: bool = False
) -> None:
    s.add(  # type: ignore[attr-defined]
        Enrolment(
            id=ids.enrolment_id(course_id, person_id),
            course_id=course_id,
            person_id=person_id,
            status=EnrolmentStatus.ENROLLED,
            enrolled_at=at,
            status_since=at,
            walk_in=walk_in,
        )
    )


def add_mark(
    s: object, session_id: str, person_id: str, status: AttendanceStatus, minutes: int
) -> None:
    s.add(  # type: ignore[attr-defined]
        Attendance(
            id=ids.attendance_id(session_id, person_id),
            session_id=session_id,
            person_id=person_id,
            status=status,
            minutes=minutes,
            recorded_at=fourr_dataset.NOW,
        )
    )


def add_person(db: Database, first: str, last: str, course_id: str | None = None) -> str:
    """A person (enrolled on the course from 2010-02-01 when one is given)."""
    person_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(Person(id=person_id, first_name=first, last_name=last))
        uow.session.flush()
        if course_id is not None:
            add_enrolment(uow.session, course_id, person_id, dt.datetime(2010, 2, 1, 10))
        uow.commit()
    return person_id


def pdf_text(path: object) -> str:
    """All pages' text, white space made single spaces (cells wrap where they like)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def page_texts(path: object) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


LONG_FIRST = "Maria-" + "Å" * 94  # 100 characters
LONG_LAST = "Östergren-" + "ö" * 90  # 100 characters: 200 with the first name
RTL_FIRST, RTL_LAST = "محمد", "عبدالله"
EMOJI_FIRST, EMOJI_LAST = "Glad 😀", "Sol🌞berg"
