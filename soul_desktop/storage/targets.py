"""The programme's targets measured in SQL: persons per region, networks, area coverage.

Persons are read from the participation summary (kept fresh by `storage.participation`);
definitions in docs/fourr-and-targets.md and `domain.targets.Measure`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import CourseKind, MilestoneStatus
from soul_desktop.domain.planning import NATIONAL_CATALOGUE
from soul_desktop.domain.targets import (
    ActivityProgress,
    ActivityRegion,
    CourseBrief,
    Measure,
    MilestoneRecord,
    PersonBrief,
    RegionStanding,
    RegionValue,
    TargetProgress,
    TargetScope,
)
from soul_desktop.storage.models import (
    CompetenceArea,
    Course,
    CourseArea,
    CourseSession,
    CourseSummary,
    Milestone,
    Organisation,
    ParticipantRegion,
    Participation,
    Person,
    ProgrammeRegion,
    Region,
    RegionalNetwork,
    Target,
    TransnationalActivity,
)
from soul_desktop.storage.participation import TRAINING

P = Participation.__table__.c
PR = ParticipantRegion.__table__.c
C = CourseSummary.__table__.c


def programme_regions(session: Session, only: str | None) -> list[tuple[str, str, bool]]:
    """(code, Swedish name, collaborating) of the programme's regions, by code."""
    query = (
        sa.select(Region.code, Region.name_sv, ProgrammeRegion.collaborating)
        .join(ProgrammeRegion, ProgrammeRegion.region_code == Region.code)
        .where(ProgrammeRegion.deleted.is_(False))
        .order_by(Region.code)
    )
    if only is not None:
        query = query.where(Region.code == only)
    return [(code, name, bool(flag)) for code, name, flag in session.execute(query)]


def _person_condition(measure: Measure) -> sa.ColumnElement[bool]:
    if measure is Measure.COMPLETED_ALL_OR_PART:
        return P.completed.is_(True)
    return P.attended_sessions > 0


def _training() -> sa.ColumnElement[bool]:
    return P.kind.in_(TRAINING)


def _region_condition(measure: Measure) -> list[sa.ColumnElement[bool]]:
    # A row means "attended a training course in the region"; `completed` says more.
    return [PR.completed == 1] if measure is Measure.COMPLETED_ALL_OR_PART else []


def persons_per_region(session: Session, measure: Measure) -> dict[str, int]:
    rows = session.execute(
        sa.select(PR.region_code, sa.func.count())
        .where(*_region_condition(measure))
        .group_by(PR.region_code)
    )
    return {code: int(count) for code, count in rows}


def unique_persons(session: Session, measure: Measure, regions: Collection[str]) -> int:
    """Persons counted once however many of `regions` they took part in."""
    if not regions:
        return 0
    persons = (
        sa.select(PR.person_id)
        .where(*_region_condition(measure), PR.region_code.in_(sorted(regions)))
        .group_by(PR.person_id)
        .subquery()
    )
    return int(session.execute(sa.select(sa.func.count()).select_from(persons)).scalar_one())


def networks(session: Session, today: dt.date) -> dict[str, tuple[str, str, dt.date | None]]:
    """Each region's live network (id, name, formed date; None if not formed by `today`)."""
    rows = session.execute(
        sa.select(
            RegionalNetwork.region_code,
            RegionalNetwork.id,
            RegionalNetwork.name,
            RegionalNetwork.formed_on,
        )
        .where(RegionalNetwork.deleted.is_(False))
        .order_by(RegionalNetwork.region_code, RegionalNetwork.formed_on, RegionalNetwork.id)
    )
    found: dict[str, tuple[str, str, dt.date | None]] = {}
    for region, network_id, name, formed_on in rows:
        formed = formed_on if formed_on is not None and formed_on <= today else None
        current = found.get(region)
        # A formed network counts before one still being formed.
        if current is None or (current[2] is None and formed is not None):
            found[region] = (network_id, name, formed)
    return found


def _held_courses() -> sa.Select[tuple[str]]:
    """Live, not cancelled courses with at least one live session (from the course summary)."""
    return sa.select(C.course_id).where(C.course_start.is_not(None), C.cancelled.is_(False))


def national_areas(session: Session) -> list[str]:
    return list(
        session.scalars(
            sa.select(CompetenceArea.code)
            .where(CompetenceArea.catalogue == NATIONAL_CATALOGUE)
            .order_by(CompetenceArea.code)
        )
    )


def areas_covered(session: Session) -> dict[str, set[str]]:
    """National areas each region's held training courses cover."""
    rows = session.execute(
        sa.select(C.region_code, CourseArea.area_code)
        .join(CourseArea, CourseArea.course_id == C.course_id)
        .join(CompetenceArea, CompetenceArea.code == CourseArea.area_code)
        .where(
            CourseArea.deleted.is_(False),
            CompetenceArea.catalogue == NATIONAL_CATALOGUE,
            C.kind.in_(TRAINING),
            C.course_start.is_not(None),
            C.cancelled.is_(False),
        )
        .distinct()
    )
    covered: dict[str, set[str]] = {}
    for region, code in rows:
        covered.setdefault(region, set()).add(code)
    return covered


def standings(
    session: Session, regions: Sequence[tuple[str, str, bool]], today: dt.date
) -> tuple[RegionStanding, ...]:
    completed = persons_per_region(session, Measure.COMPLETED_ALL_OR_PART)
    attended = persons_per_region(session, Measure.ATTENDED)
    nets = networks(session, today)
    covered = areas_covered(session)
    national = national_areas(session)
    result = []
    for code, name, collaborating in regions:
        network = nets.get(code)
        have = covered.get(code, set())
        result.append(
            RegionStanding(
                region_code=code,
                region_name=name,
                collaborating=collaborating,
                completed_persons=completed.get(code, 0),
                attended_persons=attended.get(code, 0),
                network_id=network[0] if network else None,
                network_name=network[1] if network else None,
                network_formed_on=network[2] if network else None,
                areas_covered=tuple(a for a in national if a in have),
                areas_missing=tuple(a for a in national if a not in have),
            )
        )
    return tuple(result)


def _scope_regions(
    scope: str | None, regions: Sequence[tuple[str, str, bool]]
) -> list[tuple[str, str, bool]]:
    if scope == TargetScope.COLLABORATING.value:
        return [r for r in regions if r[2]]
    if scope == TargetScope.OTHER.value:
        return [r for r in regions if not r[2]]
    return list(regions)


def target_progress(
    session: Session,
    regions: Sequence[tuple[str, str, bool]],
    standing: Sequence[RegionStanding],
) -> tuple[TargetProgress, ...]:
    by_code = {s.region_code: s for s in standing}
    rows = session.scalars(
        sa.select(Target).where(Target.deleted.is_(False)).order_by(Target.goal, Target.code)
    )
    result = []
    for target in rows:
        scoped = [code for code, _name, _c in _scope_regions(target.scope, regions)]
        known = target.measure in {m.value for m in Measure}
        values: list[RegionValue] = []
        total = 0
        if known:
            measure = Measure(target.measure)
            for code in scoped:
                s = by_code[code]
                if measure is Measure.COMPLETED_ALL_OR_PART:
                    value = s.completed_persons
                elif measure is Measure.ATTENDED:
                    value = s.attended_persons
                elif measure is Measure.REGIONS_WITH_NETWORK:
                    value = int(s.has_network)
                else:
                    value = int(s.covers_all_areas)
                values.append(RegionValue(code, value, target.per_region_nominal))
            if measure in (Measure.COMPLETED_ALL_OR_PART, Measure.ATTENDED):
                total = unique_persons(session, measure, scoped)
            else:
                total = sum(v.value for v in values)
        result.append(
            TargetProgress(
                id=target.id,
                code=target.code,
                goal=target.goal,
                text_sv=target.text_sv,
                measure=target.measure,
                scope=target.scope,
                target=target.value,
                per_region_nominal=target.per_region_nominal,
                value=total,
                regions=tuple(values),
                known_measure=known,
            )
        )
    return tuple(result)


def milestones(session: Session) -> tuple[MilestoneRecord, ...]:
    rows = session.scalars(
        sa.select(Milestone).where(Milestone.deleted.is_(False)).order_by(Milestone.code)
    )
    return tuple(
        MilestoneRecord(m.id, m.code, m.goal, m.text_sv, MilestoneStatus(m.status), m.evidence_note)
        for m in rows
    )


def activities(session: Session, regions: Collection[str]) -> tuple[ActivityProgress, ...]:
    """Transnational activities: occurrences held and persons who attended, per region."""
    held = dict(
        session.execute(
            sa.select(Course.activity_code, sa.func.count())
            .where(Course.id.in_(_held_courses()), Course.activity_code.is_not(None))
            .group_by(Course.activity_code)
        ).all()
    )
    by_activity: dict[str, dict[str, int]] = {}
    for code in held:
        # Through the activity's courses (the summary's key starts with the course).
        courses = sa.select(Course.id).where(Course.activity_code == code)
        by_activity[code] = {
            region: int(count)
            for region, count in session.execute(
                sa.select(P.region_code, sa.func.count(sa.distinct(P.person_id)))
                .where(P.course_id.in_(courses), P.attended_sessions > 0)
                .group_by(P.region_code)
            )
        }
    rows = session.scalars(
        sa.select(TransnationalActivity)
        .where(TransnationalActivity.deleted.is_(False))
        .order_by(TransnationalActivity.code)
    )
    return tuple(
        ActivityProgress(
            id=a.id,
            code=a.code,
            kind=a.kind,
            title_sv=a.title_sv,
            participants_per_region=a.participants_per_region,
            occurrences_planned=a.occurrences,
            occurrences_held=int(held.get(a.code, 0)),
            regions=tuple(
                ActivityRegion(region, by_activity.get(a.code, {}).get(region, 0))
                for region in sorted(regions)
            ),
        )
        for a in rows
    )


# -- what lies behind a number ----------------------------------------------------------------
def persons_behind(
    session: Session,
    condition: sa.ColumnElement[bool],
    regions: Collection[str],
    limit: int,
) -> tuple[PersonBrief, ...]:
    """Persons with summary rows meeting `condition` in `regions`, by surname."""
    matching = (
        sa.select(
            P.person_id,
            sa.func.count(sa.distinct(P.course_id)).label("courses"),
        )
        .where(condition, P.region_code.in_(sorted(regions)))
        .group_by(P.person_id)
        .subquery("matching")
    )
    rows = session.execute(
        sa.select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Organisation.name,
            matching.c.courses,
        )
        .join(matching, matching.c.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.last_name, Person.first_name, Person.id)
        .limit(limit)
    ).all()
    ids = [row[0] for row in rows]
    where: dict[str, set[str]] = {}
    for start in range(0, len(ids), 500):
        for person_id, region in session.execute(
            sa.select(P.person_id, P.region_code)
            .where(P.person_id.in_(ids[start : start + 500]), condition)
            .where(P.region_code.in_(sorted(regions)))
            .distinct()
        ):
            where.setdefault(person_id, set()).add(region)
    return tuple(
        PersonBrief(
            id=person_id,
            name=f"{first} {last}".strip(),
            organisation_name=organisation,
            region_codes=tuple(sorted(where.get(person_id, ()))),
            courses=int(courses),
        )
        for person_id, first, last, organisation, courses in rows
    )


def target_persons(
    session: Session, measure: Measure, regions: Collection[str], limit: int
) -> tuple[PersonBrief, ...]:
    return persons_behind(session, sa.and_(_training(), _person_condition(measure)), regions, limit)


def activity_persons(
    session: Session, activity_code: str, regions: Collection[str], limit: int
) -> tuple[PersonBrief, ...]:
    courses = sa.select(Course.id).where(Course.activity_code == activity_code)
    return persons_behind(
        session, sa.and_(P.course_id.in_(courses), P.attended_sessions > 0), regions, limit
    )


def courses_behind(
    session: Session,
    regions: Collection[str],
    *,
    national_training: bool = False,
    kind: CourseKind | None = None,
    network_id: str | None = None,
    limit: int = 5000,
) -> tuple[CourseBrief, ...]:
    """Held courses of `regions`: training courses with a national area, or of a kind/network."""
    first = (
        sa.select(CourseSession.course_id, sa.func.min(CourseSession.starts_at).label("first"))
        .where(CourseSession.deleted.is_(False))
        .group_by(CourseSession.course_id)
        .subquery("first")
    )
    query = (
        sa.select(Course.id, Course.title, Course.region_code, Course.kind, first.c.first)
        .join(first, first.c.course_id == Course.id)
        .where(Course.id.in_(_held_courses()), Course.region_code.in_(sorted(regions)))
        .order_by(first.c.first, Course.title)
        .limit(limit)
    )
    if national_training:
        national = sa.select(CourseArea.course_id).join(
            CompetenceArea, CompetenceArea.code == CourseArea.area_code
        )
        query = query.where(
            Course.kind.in_(TRAINING),
            Course.id.in_(
                national.where(
                    CourseArea.deleted.is_(False), CompetenceArea.catalogue == NATIONAL_CATALOGUE
                )
            ),
        )
    if kind is not None:
        query = query.where(Course.kind == kind.value)
    if network_id is not None:
        query = query.where(Course.network_id == network_id)
    rows = session.execute(query).all()
    areas: dict[str, list[str]] = {}
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 500):
        for course_id, code in session.execute(
            sa.select(CourseArea.course_id, CourseArea.area_code)
            .where(
                CourseArea.course_id.in_(ids[start : start + 500]), CourseArea.deleted.is_(False)
            )
            .order_by(CourseArea.area_code)
        ):
            areas.setdefault(course_id, []).append(code)
    return tuple(
        CourseBrief(
            id=course_id,
            title=title,
            region_code=region,
            kind=CourseKind(kind_value),
            first_start=start,
            area_codes=tuple(areas.get(course_id, ())),
        )
        for course_id, title, region, kind_value, start in rows
    )
