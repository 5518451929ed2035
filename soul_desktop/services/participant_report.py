"""The participant report's data (Deltagarredovisning): persons and hours per course, region and
in total, by gender, age band and education band, each person counted once per row.

What counts is said in `storage.participant_report`; this module turns its grouped rows into
frozen records, in one unit of work per call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from soul_desktop.domain.enums import CourseStatus, EducationBand, Gender
from soul_desktop.domain.fourr import GENDER_ORDER, Period
from soul_desktop.domain.reports import ReportError
from soul_desktop.storage import participant_report as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

GENDERS: tuple[Gender, ...] = GENDER_ORDER
AGE_BANDS: tuple[str, ...] = store.AGE_BANDS
EDUCATION_BANDS: tuple[EducationBand, ...] = (
    EducationBand.ISCED_0_2,
    EducationBand.ISCED_3_4,
    EducationBand.ISCED_5_8,
    EducationBand.NOT_STATED,
)

Matrix = tuple[tuple[int, ...], ...]


def _hours(minutes: int) -> float:
    """Hours to two decimals, as `stats` shows them."""
    return round(minutes / 60, 2)


@dataclass(frozen=True, slots=True)
class Figures:
    """Unique persons and attended minutes of one row (a course, a region or the total).

    `gender_age[g][a]` counts the persons of gender GENDERS[g] in age band AGE_BANDS[a];
    `gender_education[g][e]` likewise by EDUCATION_BANDS[e]. Each person is in one cell of
    each matrix, so either one adds up to `persons`.
    """

    persons: int
    minutes: int
    gender_age: Matrix
    gender_education: Matrix
    minutes_by_gender: tuple[int, ...]

    @property
    def by_gender(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.gender_age)

    @property
    def by_age(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.gender_age, strict=True))

    @property
    def by_education(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.gender_education, strict=True))

    @property
    def hours(self) -> float:
        return _hours(self.minutes)

    @property
    def hours_by_gender(self) -> tuple[float, ...]:
        return tuple(_hours(m) for m in self.minutes_by_gender)


EMPTY = Figures(
    persons=0,
    minutes=0,
    gender_age=tuple((0,) * len(AGE_BANDS) for _ in GENDERS),
    gender_education=tuple((0,) * len(EDUCATION_BANDS) for _ in GENDERS),
    minutes_by_gender=(0,) * len(GENDERS),
)


@dataclass(frozen=True, slots=True)
class CourseRow:
    course_id: str
    title: str
    region_code: str
    status: CourseStatus
    first_day: dt.date  # of the course's sessions in the period
    last_day: dt.date
    sessions: int  # in the period
    figures: Figures


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    name: str
    courses: int  # with a session in the period
    figures: Figures


@dataclass(frozen=True, slots=True)
class ParticipantReport:
    period: Period
    region_code: str | None
    courses: tuple[CourseRow, ...]
    regions: tuple[RegionRow, ...]
    total: Figures

    @property
    def empty(self) -> bool:
        return self.total.persons == 0


def _figures(cells: Iterable[tuple[str, str, str, int, int]]) -> Figures:
    gender_index = {g.value: i for i, g in enumerate(GENDERS)}
    age_index = {a: i for i, a in enumerate(AGE_BANDS)}
    education_index = {e.value: i for i, e in enumerate(EDUCATION_BANDS)}
    ages = [[0] * len(AGE_BANDS) for _ in GENDERS]
    education = [[0] * len(EDUCATION_BANDS) for _ in GENDERS]
    minutes = [0] * len(GENDERS)
    for gender, age, band, persons, spent in cells:
        g = gender_index.get(gender, gender_index[Gender.NOT_STATED.value])
        ages[g][age_index[age]] += persons
        education[g][education_index.get(band, len(EDUCATION_BANDS) - 1)] += persons
        minutes[g] += spent
    return Figures(
        persons=sum(map(sum, ages)),
        minutes=sum(minutes),
        gender_age=tuple(map(tuple, ages)),
        gender_education=tuple(map(tuple, education)),
        minutes_by_gender=tuple(minutes),
    )


def _by_key(
    rows: Iterable[tuple[str, str, str, str, int, int]],
) -> dict[str, Figures]:
    grouped: dict[str, list[tuple[str, str, str, int, int]]] = {}
    for key, *rest in rows:
        grouped.setdefault(key, []).append(tuple(rest))  # type: ignore[arg-type]
    return {key: _figures(cells) for key, cells in grouped.items()}


def report(db: Database, period: Period, region_code: str | None) -> ParticipantReport:
    """The figures for `region_code` (None: every region) in `period`.

    Refuses a region that does not exist (ReportError "report.not_found").
    """
    with UnitOfWork(db) as uow:
        s = uow.session
        if region_code is not None and not store.region_exists(s, region_code):
            raise ReportError(
                f"there is no region {region_code!r}",
                "region",
                code="report.not_found",
                params={"what": "region", "id": region_code},
            )
        course_rows = store.courses(s, period, region_code)
        levels: dict[str, list[tuple[str, str, str, str, int, int]]] = {}
        for level, *rest in store.cells(s, period, region_code):
            levels.setdefault(level, []).append(tuple(rest))  # type: ignore[arg-type]
        per_course = _by_key(levels.get("course", ()))
        per_region = _by_key(levels.get("region", ()))
        total = _by_key(levels.get("total", ())).get("", EMPTY)
        region_rows = store.regions(s, region_code)
    courses_in: dict[str, int] = {}
    for row in course_rows:
        courses_in[row[2]] = courses_in.get(row[2], 0) + 1
    return ParticipantReport(
        period=period,
        region_code=region_code,
        courses=tuple(
            CourseRow(
                course_id=course_id,
                title=title,
                region_code=region,
                status=CourseStatus(status),
                first_day=first.date(),
                last_day=last.date(),
                sessions=sessions,
                figures=per_course.get(course_id, EMPTY),
            )
            for course_id, title, region, status, first, last, sessions in course_rows
        ),
        regions=tuple(
            RegionRow(
                code=code,
                name=name,
                courses=courses_in.get(code, 0),
                figures=per_region.get(code, EMPTY),
            )
            for code, name in region_rows
        ),
        total=total,
    )
