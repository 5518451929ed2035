"""The participant report's figures against the hand-worked dataset, and against `stats`.

tests/fourr_dataset.py, with birth years and education bands set here:
  A woman  1986 ISCED 5–8   C1 S1a+S1b 360, C2 S2a 180 + S2b partial 60, C5 420,
                            C3 120 (her merged duplicate H's attendance)
  C other  1985 ISCED 3–4   C1 S1b 180 + S1c 120
  E woman  —    not stated  C2 S2b 180 (walk-in)
  F man    1986 ISCED 5–8   C3 120
  I man    1955 ISCED 0–2   C1 S1c 120 (present without enrolment)
B (absent only), D (waitlisted), G (course without sessions) and J (deleted course) never
count. First session years: C1, C2, C5, C6 2010; C3, C8 2011. With the period's end open the
age is counted at each course's first session year, so A is 24 (under 25) on C1, C2 and C5
but 25 (25–54) on C3; in a total she is placed by her earliest course (2010: under 25).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from soul_desktop.domain.enums import CourseStatus, EducationBand, InstallationRole
from soul_desktop.domain.fourr import WHOLE_TIME, Period
from soul_desktop.domain.reports import ReportError
from soul_desktop.services import demo, installation, participant_report, setup, stats
from soul_desktop.services.participant_report import Figures, ParticipantReport
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests import fourr_dataset
from tests.fourr_dataset import Dataset

PROFILES = {
    "A": (1986, EducationBand.ISCED_5_8),
    "C": (1985, EducationBand.ISCED_3_4),
    "E": (None, EducationBand.NOT_STATED),
    "F": (1986, EducationBand.ISCED_5_8),
    "I": (1955, EducationBand.ISCED_0_2),
}
ALL_REGIONS = ("SE11", "SE12", "SE21", "SE22", "SE23", "SE31", "SE32", "SE33")


def _central(location: str | Path) -> Database:
    opened = setup.open_application_database(setup.locate(location), create=True)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralt kansli")
    return opened.database


def build(db: Database) -> Dataset:
    """The 4R dataset with the birth years and education bands above."""
    data = fourr_dataset.build(db)
    with UnitOfWork(db) as uow:
        for key, (born, band) in PROFILES.items():
            person = uow.session.get(Person, data.persons[key])
            assert person is not None
            person.birth_year = born
            person.education_band = band
        uow.commit()
    return data


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = _central(tmp_path / "central.db")
    else:
        db = _central(request.getfixturevalue("postgres_url"))
    yield db
    db.dispose()


@pytest.fixture
def world(central: Database) -> tuple[Database, Dataset]:
    return central, build(central)


def figures(
    gender_age: tuple[tuple[int, ...], ...],
    gender_education: tuple[tuple[int, ...], ...],
    minutes_by_gender: tuple[int, ...],
) -> Figures:
    return Figures(
        persons=sum(map(sum, gender_age)),
        minutes=sum(minutes_by_gender),
        gender_age=gender_age,
        gender_education=gender_education,
        minutes_by_gender=minutes_by_gender,
    )


Z = (0, 0, 0, 0)
# Rows: woman, man, other, not stated. Age columns: under 25, 25–54, över 54, unknown.
# Education columns: ISCED 0–2, 3–4, 5–8, not stated.
C1 = figures(
    ((1, 0, 0, 0), (0, 0, 1, 0), (0, 1, 0, 0), Z),
    ((0, 0, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0), Z),
    (360, 120, 300, 0),
)
C5 = figures(((1, 0, 0, 0), Z, Z, Z), ((0, 0, 1, 0), Z, Z, Z), (420, 0, 0, 0))
C2 = figures(((1, 0, 0, 1), Z, Z, Z), ((0, 0, 1, 1), Z, Z, Z), (420, 0, 0, 0))
C3 = figures(
    ((0, 1, 0, 0), (0, 1, 0, 0), Z, Z), ((0, 0, 1, 0), (0, 0, 1, 0), Z, Z), (120, 120, 0, 0)
)
SE11 = figures(
    ((1, 0, 0, 0), (0, 0, 1, 0), (0, 1, 0, 0), Z),
    ((0, 0, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0), Z),
    (780, 120, 300, 0),
)
TOTAL = figures(
    ((1, 0, 0, 1), (0, 1, 1, 0), (0, 1, 0, 0), Z),
    ((0, 0, 1, 1), (1, 0, 1, 0), (0, 1, 0, 0), Z),
    (1320, 240, 300, 0),
)


def _course(report: ParticipantReport, data: Dataset, key: str):
    [row] = [c for c in report.courses if c.course_id == data.courses[key]]
    return row


def test_whole_time_at_central_by_hand(world: tuple[Database, Dataset]) -> None:
    db, data = world
    report = participant_report.report(db, WHOLE_TIME, None)

    # Courses with a live session: by region, then first session. C4 (deleted) and C7 (no
    # sessions) are absent; C6 (cancelled) and C8 have sessions but nobody attended.
    keys = {v: k for k, v in data.courses.items()}
    assert [keys[c.course_id] for c in report.courses] == ["C1", "C5", "C2", "C6", "C3", "C8"]
    c1 = _course(report, data, "C1")
    assert (c1.title, c1.region_code, c1.status) == ("Kurs C1", "SE11", CourseStatus.COMPLETED)
    assert (c1.first_day, c1.last_day, c1.sessions) == (
        dt.date(2010, 3, 1),
        dt.date(2010, 3, 15),
        3,
    )
    assert c1.figures == C1
    assert _course(report, data, "C5").figures == C5
    assert _course(report, data, "C2").figures == C2
    assert _course(report, data, "C3").figures == C3
    assert _course(report, data, "C6").status is CourseStatus.CANCELLED
    assert _course(report, data, "C6").figures == participant_report.EMPTY
    assert _course(report, data, "C8").figures == participant_report.EMPTY

    # Every region, with its courses; A counts once in SE11 though she took C1 and C5.
    assert [r.code for r in report.regions] == list(ALL_REGIONS)
    by_code = {r.code: r for r in report.regions}
    assert by_code["SE11"].figures == SE11
    assert by_code["SE11"].courses == 2
    assert by_code["SE12"].figures == C2 and by_code["SE12"].courses == 2
    assert by_code["SE21"].figures == C3 and by_code["SE21"].courses == 2
    assert by_code["SE12"].name == "Östra Mellansverige"
    for code in ALL_REGIONS[3:]:
        assert by_code[code].figures == participant_report.EMPTY
        assert by_code[code].courses == 0

    # The total: five persons (A once, though in three regions), 31 hours.
    total = report.total
    assert total == TOTAL
    assert total.persons == 5
    assert total.by_gender == (2, 2, 1, 0)
    assert total.by_age == (1, 2, 1, 1)
    assert total.by_education == (1, 1, 2, 1)
    assert total.hours == 31.0
    assert total.hours_by_gender == (22.0, 4.0, 5.0, 0.0)
    assert sum(r.figures.persons for r in report.regions) == 7  # more than the unique 5
    assert not report.empty


def test_a_closed_period_counts_age_at_its_end_year(world: tuple[Database, Dataset]) -> None:
    db, data = world
    report = participant_report.report(db, Period(dt.date(2010, 1, 1), dt.date(2010, 12, 31)), None)
    keys = {v: k for k, v in data.courses.items()}
    assert [keys[c.course_id] for c in report.courses] == ["C1", "C5", "C2", "C6"]
    # A 24, C 25, I 55, E unknown; F's only course (C3) is in 2011.
    assert report.total == figures(
        ((1, 0, 0, 1), (0, 0, 1, 0), (0, 1, 0, 0), Z),
        ((0, 0, 1, 1), (1, 0, 0, 0), (0, 1, 0, 0), Z),
        (1200, 120, 300, 0),
    )
    assert report.total.hours == 27.0

    # 2011 in SE21: A is 25 there now, like F.
    report = participant_report.report(
        db, Period(dt.date(2011, 1, 1), dt.date(2011, 12, 31)), "SE21"
    )
    assert [r.code for r in report.regions] == ["SE21"]
    assert [keys[c.course_id] for c in report.courses] == ["C3", "C8"]
    assert report.total == C3
    assert report.regions[0].figures == C3


def test_the_session_date_decides_not_the_course(world: tuple[Database, Dataset]) -> None:
    db, _ = world
    # 2010-03-05 … 03-31 holds S1b (03-08) and S1c (03-15) of C1, not S1a (03-01).
    report = participant_report.report(db, Period(dt.date(2010, 3, 5), dt.date(2010, 3, 31)), None)
    [c1] = report.courses
    assert (c1.first_day, c1.last_day, c1.sessions) == (
        dt.date(2010, 3, 8),
        dt.date(2010, 3, 15),
        2,
    )
    # A 180 (S1c absent), C 180 + 120, I 120.
    assert c1.figures.by_gender == (1, 1, 1, 0)
    assert c1.figures.minutes_by_gender == (180, 120, 300, 0)
    assert report.total.hours == 10.0


def test_an_empty_period_and_an_unknown_region(world: tuple[Database, Dataset]) -> None:
    db, _ = world
    report = participant_report.report(db, Period(dt.date(2030, 1, 1), dt.date(2030, 12, 31)), None)
    assert report.empty
    assert report.courses == ()
    assert report.total == participant_report.EMPTY
    assert report.total.by_gender == (0, 0, 0, 0)
    assert len(report.regions) == 8
    # A region without any course at all.
    report = participant_report.report(db, WHOLE_TIME, "SE33")
    assert report.empty and report.courses == () and [r.code for r in report.regions] == ["SE33"]
    with pytest.raises(ReportError) as refused:
        participant_report.report(db, WHOLE_TIME, "SE99")
    assert refused.value.code == "report.not_found"


def test_totals_equal_stats_on_a_demo_database(tmp_path: Path) -> None:
    db = _central(tmp_path / "demo.db")
    try:
        demo.generate(db, participants=600, seed=11)
        report = participant_report.report(db, WHOLE_TIME, None)
        figures_now = stats.collect(db)
        genders = ("woman", "man", "other", "not_stated")
        hours = figures_now["attended_hours_by_region_gender"]
        # Attended hours by region × gender are `stats`' figures exactly.
        for region in report.regions:
            expected = tuple(hours.get(region.code, {}).get(g, 0.0) for g in genders)
            assert region.figures.hours_by_gender == pytest.approx(expected, abs=0.005)
        assert report.total.minutes == sum(r.figures.minutes for r in report.regions)
        # Persons by gender: `stats` counts every person, the report those who attended; the
        # attendees are counted here independently, straight from the rows.
        persons = figures_now["persons_by_region_gender"]
        registered = [sum(p.get(g, 0) for p in persons.values()) for g in genders]
        with db.engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT p.gender, COUNT(DISTINCT a.person_id) FROM attendance a "
                    "JOIN course_session s ON s.id = a.session_id AND s.deleted = false "
                    "JOIN course c ON c.id = s.course_id AND c.deleted = false "
                    "JOIN person p ON p.id = a.person_id "
                    "WHERE a.deleted = false AND a.status IN ('present', 'partial') "
                    "GROUP BY p.gender"
                )
            ).all()
        attended = dict(rows)
        assert report.total.by_gender == tuple(attended.get(g, 0) for g in genders)
        assert all(a <= r for a, r in zip(report.total.by_gender, registered, strict=True))
        assert report.total.persons > 400
        # Every breakdown adds up to the unique persons, at every level.
        for row in (report.total, *(r.figures for r in report.regions)):
            assert sum(row.by_gender) == sum(row.by_age) == sum(row.by_education) == row.persons
        assert sum(r.figures.persons for r in report.regions) >= report.total.persons
    finally:
        db.dispose()
