"""Demo data is realistic, valid and identical for the same seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from stdnum.se import orgnr, personnummer

from soul_desktop.domain.errors import NotInitialisedError
from soul_desktop.services import demo, setup, stats
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseSession,
    Enrolment,
    Organisation,
    Person,
)
from soul_desktop.storage.unit_of_work import UnitOfWork


def _generate(template: Path, folder: Path, seed: int) -> tuple[dict[str, object], list[str]]:
    folder.mkdir()
    path = folder / "soul.db"
    shutil.copyfile(template, path)
    opened = setup.open_application_database(setup.locate(path), create=False)
    try:
        demo.generate(opened.database, participants=300, seed=seed)
        figures = stats.collect(opened.database)
        with UnitOfWork(opened.database) as uow:
            names = list(
                uow.session.scalars(
                    sa.select(Person.last_name + " " + Person.first_name).order_by(Person.id)
                )
            )
    finally:
        opened.database.dispose()
    return figures, names


def test_same_seed_gives_the_same_data(regional_template: Path, tmp_path: Path) -> None:
    first = _generate(regional_template, tmp_path / "a", seed=11)
    second = _generate(regional_template, tmp_path / "b", seed=11)
    other = _generate(regional_template, tmp_path / "c", seed=12)
    assert first == second
    assert first != other


def test_counts_are_plausible(regional_db: Database) -> None:
    counts = demo.generate(regional_db, participants=400, seed=3)
    assert counts["persons"] >= 400
    assert 10 <= counts["courses"] <= 80
    assert counts["attendance"] > counts["persons"] * 5
    figures = stats.collect(regional_db)
    assert figures["tables"]["attendance"] == counts["attendance"]
    assert set(figures["persons_by_region_gender"]) == {"SE32"}
    genders = figures["persons_by_region_gender"]["SE32"]
    assert genders["woman"] > genders["man"] > 0


def test_values_are_valid_and_varied(regional_db: Database) -> None:
    demo.generate(regional_db, participants=400, seed=5)
    with UnitOfWork(regional_db) as uow:
        session = uow.session
        numbers = list(
            session.scalars(sa.select(Person.personnummer).where(Person.personnummer.is_not(None)))
        )
        assert numbers and all(personnummer.is_valid(n) for n in numbers)
        assert len(set(numbers)) == len(numbers)  # one person per personnummer
        org_numbers = list(session.scalars(sa.select(Organisation.org_number)))
        assert org_numbers and all(orgnr.is_valid(n) for n in org_numbers)
        municipalities = set(session.scalars(sa.select(Organisation.municipality_code)))
        assert municipalities and all(code[:2] in {"22", "23"} for code in municipalities)
        statuses = set(session.scalars(sa.select(Attendance.status)))
        assert {s.value for s in statuses} == {"present", "absent", "excused", "partial"}
        enrolment_statuses = {s.value for s in session.scalars(sa.select(Enrolment.status))}
        assert {"enrolled", "waitlisted"} <= enrolment_statuses
        partial = session.scalars(
            sa.select(Attendance.minutes).where(Attendance.status == "partial")
        ).all()
        assert partial and all(0 < m < 420 for m in partial)
        bad_sessions = session.scalar(
            sa.select(sa.func.count())
            .select_from(CourseSession)
            .where(CourseSession.ends_at <= CourseSession.starts_at)
        )
        assert bad_sessions == 0
        kinds = {k.value for k in session.scalars(sa.select(Course.kind))}
        assert {"course", "workshop"} <= kinds
        # Waitlisted persons have no attendance.
        waitlisted_attendance = session.scalar(
            sa.select(sa.func.count())
            .select_from(Attendance)
            .join(CourseSession, CourseSession.id == Attendance.session_id)
            .join(
                Enrolment,
                sa.and_(
                    Enrolment.course_id == CourseSession.course_id,
                    Enrolment.person_id == Attendance.person_id,
                ),
            )
            .where(Enrolment.status == "waitlisted")
        )
        assert waitlisted_attendance == 0


def test_demo_needs_an_installation(empty_db: Database) -> None:
    with pytest.raises(NotInitialisedError):
        demo.generate(empty_db, participants=10, seed=1)


def test_course_descriptions_name_the_kind_in_swedish(regional_db: Database) -> None:
    demo.generate(regional_db, participants=300, seed=5)
    with UnitOfWork(regional_db) as uow:
        rows = uow.session.execute(sa.select(Course.kind, Course.description)).all()
    assert rows
    words = {"kurs", "workshop", "seminarium", "studieresa", "konferens", "nätverksträff"}
    for kind, description in rows:
        first, _, rest = description.partition(" om ")
        assert first.lower() == demo.KIND_WORDS[kind] and first.lower() in words, description
        assert rest and not description.startswith(("Course", "Seminar ", "Network", "Study"))


def test_demo_data_leaves_the_summary_triggers_and_every_course_to_be_summed(
    regional_db: Database,
) -> None:
    from soul_desktop.domain.fourr import PROGRAMME, Period
    from soul_desktop.services import fourr
    from soul_desktop.storage import participation

    def triggers() -> list[tuple[str, str]]:
        with regional_db.engine.connect() as conn:
            return list(
                conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
                )
            )

    before = triggers()
    counts = demo.generate(regional_db, participants=60, seed=5)
    assert triggers() == before and len(before) >= 15
    with UnitOfWork(regional_db) as uow:
        assert participation.stale_courses(uow.session) == counts["courses"]
    figures = fourr.figures(regional_db, PROGRAMME, Period())
    assert figures.courses > 0 and figures.r1.attended.total > 0
