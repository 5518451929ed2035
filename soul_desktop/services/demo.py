"""Realistic Swedish demo data, identical for the same seed: organisations to attendance."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faker import Faker
from stdnum import luhn

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    AttendanceStatus,
    CourseKind,
    CourseStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    EnrolmentStatus,
    Gender,
    InstallationRole,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.errors import NotInitialisedError
from soul_desktop.domain.reference import ReferenceData
from soul_desktop.services.setup import reference
from soul_desktop.storage import bulk, installations, participation
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

BATCH = 20_000

# Rough shares of the social economy's workforce per NUTS-2 region.
REGION_WEIGHTS = {
    "SE11": 22,
    "SE12": 17,
    "SE21": 9,
    "SE22": 15,
    "SE23": 20,
    "SE31": 8,
    "SE32": 4,
    "SE33": 5,
}
# Regional competence catalogues named in the project description.
REGION_CATALOGUE = {"SE11": "stockholm", "SE22": "skane"}

GENDERS = (Gender.WOMAN, Gender.MAN, Gender.OTHER, Gender.NOT_STATED)
PARTICIPANT_GENDER_WEIGHTS = (62, 34, 1.5, 2.5)
LEADER_GENDER_WEIGHTS = (55, 43, 1, 1)
ROLE_WEIGHTS = {
    ParticipantRole.EMPLOYEE: 55,
    ParticipantRole.MANAGER: 15,
    ParticipantRole.BOARD_MEMBER: 12,
    ParticipantRole.VOLUNTEER: 15,
    ParticipantRole.OTHER: 3,
}
EMPLOYMENT_WEIGHTS = {
    EmploymentStatus.EMPLOYED: 80,
    EmploymentStatus.SELF_EMPLOYED: 5,
    EmploymentStatus.UNEMPLOYED: 8,
    EmploymentStatus.INACTIVE: 4,
    EmploymentStatus.NOT_STATED: 3,
}
EDUCATION_WEIGHTS = {
    EducationBand.ISCED_0_2: 10,
    EducationBand.ISCED_3_4: 45,
    EducationBand.ISCED_5_8: 40,
    EducationBand.NOT_STATED: 5,
}
KIND_WEIGHTS = {
    CourseKind.COURSE: 55,
    CourseKind.WORKSHOP: 25,
    CourseKind.SEMINAR: 12,
    CourseKind.NETWORK_MEETING: 4,
    CourseKind.STUDY_TRIP: 2,
    CourseKind.CONFERENCE: 2,
}
SESSIONS_BY_KIND = {
    CourseKind.COURSE: (5, 14),
    CourseKind.WORKSHOP: (3, 8),
    CourseKind.SEMINAR: (1, 2),
    CourseKind.NETWORK_MEETING: (2, 4),
    CourseKind.STUDY_TRIP: (2, 3),
    CourseKind.CONFERENCE: (1, 2),
}
# The demo data is Swedish: a course's description names its kind in Swedish, not by the
# vocabulary's English value.
KIND_WORDS = {
    CourseKind.COURSE: "kurs",
    CourseKind.WORKSHOP: "workshop",
    CourseKind.SEMINAR: "seminarium",
    CourseKind.STUDY_TRIP: "studieresa",
    CourseKind.CONFERENCE: "konferens",
    CourseKind.NETWORK_MEETING: "nätverksträff",
}
COURSES_PER_PERSON = ((1, 45), (2, 33), (3, 14), (4, 8))
MEAN_COURSES_PER_PERSON = 1.85  # of the distribution above
# Regions without a regional network in the demo (the target asks for six of eight).
REGIONS_WITHOUT_NETWORK = ("SE21", "SE33")
BOARD_ROLES = ("Ordförande", "Vice ordförande", "Kassör", "Sekreterare", "Ledamot", "Ledamot")
# Transnational activities of the project profile that demo courses of a kind stand for.
ACTIVITY_BY_KIND = {CourseKind.STUDY_TRIP: "3.1.1", CourseKind.CONFERENCE: "3.2.1"}
UNION_TRAINING_ACTIVITY = "3.1.2"
CAPACITIES = (12, 15, 16, 18, 20, 20, 24, 25, 30)
# Organisation kind -> (share, legal forms, org-number prefix per legal form).
ORGANISATION_KINDS = {
    OrganisationKind.SOCIAL_ECONOMY: (
        70,
        ("61", "51", "72", "49"),
    ),
    OrganisationKind.PUBLIC_SECTOR: (12, ("82", "84")),
    OrganisationKind.UNION: (6, ("61",)),
    OrganisationKind.EMPLOYER_ORGANISATION: (4, ("61", "51")),
    OrganisationKind.OTHER: (8, ("63", "61")),
}
ORG_NUMBER_PREFIX = {
    "61": "802",
    "72": "802",
    "63": "802",
    "51": "769",
    "49": "556",
    "82": "212",
    "84": "232",
}
SOCIAL_ECONOMY_NAMES = (
    "Kooperativet {word} ek. för.",
    "Föreningen {word}",
    "{town}s byalag",
    "Stiftelsen {surname}",
    "Sociala företaget {word}",
    "{town} Folkets Hus förening",
    "{town}s fritidsgård",
    "Arbetsintegrerande {word}",
    "{word}kooperativet i {town}",
    "Föräldrakooperativet {word}",
)
WORDS = (
    "Gemenskap",
    "Framtid",
    "Vägen",
    "Kraften",
    "Nyckeln",
    "Bron",
    "Lyftet",
    "Grannskap",
    "Växthuset",
    "Hjärtat",
    "Kompassen",
    "Nästa steg",
    "Drivhuset",
    "Källan",
    "Ljuset",
    "Bryggan",
)
VENUE_NAMES = (
    "{town} Folkets Hus",
    "Medborgarhuset {town}",
    "Föreningsgården {town}",
    "Bygdegården {town}",
    "Studieförbundets lokaler {town}",
    "Coompanion {town}",
)
TITLE_SUFFIXES = (
    "",
    " – grundkurs",
    " – fördjupning",
    " i praktiken",
    " för styrelser",
    " för verksamhetsledare",
    " – workshop",
    " steg 2",
)
TARGET_GROUPS = (
    "Anställda i sociala företag",
    "Styrelseledamöter",
    "Verksamhetsledare",
    "Anställda och volontärer",
    "Nyanställda i ideella föreningar",
)
START_TIMES = ((9, 0), (10, 0), (13, 0), (17, 30), (18, 0))
SESSION_MINUTES = (120, 150, 180, 180, 240)
NEEDS = tuple(AccessibilityNeed)


@dataclass(frozen=True, slots=True)
class _Person:
    id: str
    region: str
    gender: Gender


@dataclass(slots=True)
class _Course:
    id: str
    region: str
    kind: CourseKind
    capacity: int
    sessions: list[tuple[str, dt.datetime, int]]
    status: CourseStatus
    starts: dt.datetime
    enrolled: int = 0


def _weighted(rng: random.Random, weights: dict[Any, float]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Generator:
    def __init__(
        self,
        uow: UnitOfWork,
        data: ReferenceData,
        regions: Sequence[str],
        seed: int,
        progress: Callable[[str], None] | None,
    ) -> None:
        self.uow = uow
        self.data = data
        self.regions = list(regions)
        self.rng = random.Random(seed)
        # A personnummer belongs to one person: numbers already handed out are drawn again.
        self.issued: set[str] = set()
        fake = Faker("sv_SE")
        fake.seed_instance(seed)
        self.fake = fake
        self.progress = progress or (lambda _message: None)
        county_region = {c.code: c.region_code for c in data.counties}
        self.municipalities: dict[str, list[tuple[str, str]]] = {r: [] for r in self.regions}
        for m in data.municipalities:
            region = county_region[m.county_code]
            if region in self.municipalities:
                self.municipalities[region].append((m.code, m.name))
        # Name pools drawn once from Faker: fast, and still deterministic for the seed.
        self.female = [fake.first_name_female() for _ in range(600)]
        self.male = [fake.first_name_male() for _ in range(600)]
        self.surnames = [fake.last_name() for _ in range(1500)]
        self.streets = [fake.street_address() for _ in range(400)]
        self.counts = dict.fromkeys(
            (
                "organisations",
                "persons",
                "venues",
                "courses",
                "sessions",
                "enrolments",
                "attendance",
                "networks",
            ),
            0,
        )
        profile = data.profile
        self.period_start = profile.period_start
        self.period_days = (profile.period_end - profile.period_start).days
        national = [a.code for a in data.competence_areas if a.catalogue == "national"]
        self.national_areas = national

    # -- helpers -----------------------------------------------------------------------
    def _id(self) -> str:
        return ids.new_id(self.rng)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), BATCH):
            bulk.insert_rows(self.uow, table, rows[start : start + BATCH])

    def _org_number(self, legal_form: str) -> str:
        prefix = ORG_NUMBER_PREFIX[legal_form]
        body = prefix + "".join(str(self.rng.randrange(10)) for _ in range(9 - len(prefix)))
        digits = body + luhn.calc_check_digit(body)
        return f"{digits[:6]}-{digits[6:]}"

    def _personnummer(self, birth_year: int, gender: Gender) -> str:
        while True:
            number = self._draw_personnummer(birth_year, gender)
            if number not in self.issued:
                self.issued.add(number)
                return number

    def _draw_personnummer(self, birth_year: int, gender: Gender) -> str:
        birth = dt.date(birth_year, 1, 1) + dt.timedelta(days=self.rng.randrange(365))
        serial = self.rng.randrange(100)
        gender_digit = self.rng.randrange(10)
        if gender is Gender.MAN:
            gender_digit |= 1
        elif gender is Gender.WOMAN:
            gender_digit &= ~1
        body = f"{birth:%y%m%d}{serial:02d}{gender_digit}"
        return f"{birth:%Y%m%d}-{body[6:]}{luhn.calc_check_digit(body)}"

    def _first_name(self, gender: Gender) -> str:
        if gender is Gender.WOMAN:
            return self.rng.choice(self.female)
        if gender is Gender.MAN:
            return self.rng.choice(self.male)
        return self.rng.choice(self.female if self.rng.random() < 0.5 else self.male)

    @staticmethod
    def _ascii(text: str) -> str:
        table = str.maketrans("åäöéüÅÄÖÉÜ ", "aaoeuAAOEU.")
        return text.translate(table).lower()

    # -- generation --------------------------------------------------------------------
    def organisations(self, per_region: dict[str, int]) -> dict[str, list[str]]:
        by_region: dict[str, list[str]] = {}
        rows: list[dict[str, Any]] = []
        kinds = {kind: spec[0] for kind, spec in ORGANISATION_KINDS.items()}
        for region in self.regions:
            by_region[region] = []
            for _ in range(per_region[region]):
                kind = _weighted(self.rng, kinds)
                legal_form = self.rng.choice(ORGANISATION_KINDS[kind][1])
                code, town = self.rng.choice(self.municipalities[region])
                if kind is OrganisationKind.PUBLIC_SECTOR:
                    name = f"{town} kommun" if legal_form == "82" else f"Region {town}"
                elif kind is OrganisationKind.UNION:
                    name = f"{self.rng.choice(('Kommunal', 'Unionen', 'Vision'))} avd {town}"
                elif kind is OrganisationKind.EMPLOYER_ORGANISATION:
                    name = f"{self.rng.choice(('Arbetsgivarföreningen KFO', 'Fremia'))} {town}"
                elif kind is OrganisationKind.OTHER:
                    name = f"{town} {self.rng.choice(('församling', 'studiecirkel', 'IF'))}"
                else:
                    name = self.rng.choice(SOCIAL_ECONOMY_NAMES).format(
                        word=self.rng.choice(WORDS),
                        town=town,
                        surname=self.rng.choice(self.surnames),
                    )
                organisation_id = self._id()
                by_region[region].append(organisation_id)
                rows.append(
                    {
                        "id": organisation_id,
                        "partition": region,
                        "name": name,
                        "org_number": self._org_number(legal_form),
                        "legal_form_code": legal_form,
                        "municipality_code": code,
                        "kind": kind.value,
                    }
                )
        self._insert("organisation", rows)
        self.counts["organisations"] += len(rows)
        return by_region

    def persons(
        self,
        region: str,
        count: int,
        organisations: list[str],
        weights: Sequence[float],
        role: ParticipantRole | None,
    ) -> list[_Person]:
        made: list[_Person] = []
        rows: list[dict[str, Any]] = []
        rng = self.rng
        for _ in range(count):
            gender = rng.choices(GENDERS, weights=weights)[0]
            first, last = self._first_name(gender), rng.choice(self.surnames)
            birth_year = min(1992, max(1935, int(rng.gauss(1968, 11))))
            person_id = self._id()
            education = _weighted(rng, EDUCATION_WEIGHTS)
            needs: list[str] = []
            if rng.random() < 0.08:
                needs = sorted({rng.choice(NEEDS).value for _ in range(rng.randint(1, 2))})
            rows.append(
                {
                    "id": person_id,
                    "partition": region,
                    "first_name": first,
                    "last_name": last,
                    "gender": gender.value,
                    "birth_year": birth_year,
                    "personnummer": self._personnummer(birth_year, gender)
                    if rng.random() < 0.3
                    else None,
                    "email": f"{self._ascii(first)}.{self._ascii(last)}@example.se"
                    if rng.random() < 0.85
                    else None,
                    "phone": f"07{rng.randrange(10)}-{rng.randrange(100, 1000)} "
                    f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}"
                    if rng.random() < 0.7
                    else None,
                    "organisation_id": rng.choice(organisations) if rng.random() < 0.9 else None,
                    "municipality_code": rng.choice(self.municipalities[region])[0],
                    "role": (role or _weighted(rng, ROLE_WEIGHTS)).value,
                    "employment_status": _weighted(rng, EMPLOYMENT_WEIGHTS).value,
                    "education_band": education.value,
                    "accessibility_needs": ",".join(needs),
                    "accessibility_note": None,
                    "disability": rng.choices(
                        (Disability.NOT_STATED, Disability.NO, Disability.YES), (36, 60, 4)
                    )[0].value,
                    "consent_date": self.period_start
                    + dt.timedelta(days=rng.randrange(self.period_days)),
                    "declined_personnummer": False,
                    "declined_education": education is EducationBand.NOT_STATED
                    and rng.random() < 0.5,
                    "declined_employment": False,
                    "declined_disability": rng.random() < 0.05,
                    "declined_accessibility": False,
                    "merged_into_id": None,
                }
            )
            made.append(_Person(person_id, region, gender))
            if len(rows) >= BATCH:
                self._insert("person", rows)
                rows = []
        self._insert("person", rows)
        self.counts["persons"] += len(made)
        return made

    def venues(self, region: str, count: int) -> list[str]:
        rows = []
        rng = self.rng
        for _ in range(count):
            code, town = rng.choice(self.municipalities[region])

            def feature(p: float) -> bool | None:
                return None if rng.random() < 0.1 else rng.random() < p

            rows.append(
                {
                    "id": self._id(),
                    "partition": region,
                    "name": rng.choice(VENUE_NAMES).format(town=town),
                    "address": f"{rng.choice(self.streets)}, {town}",
                    "municipality_code": code,
                    "capacity": rng.choice((20, 30, 40, 60, 80, 120)),
                    "step_free_entrance": feature(0.8),
                    "parking_within_25m": feature(0.6),
                    "automatic_doors": feature(0.5),
                    "hearing_loop": feature(0.4),
                    "accessible_toilet": feature(0.75),
                    "reachable_group_rooms": feature(0.6),
                    "good_light_acoustics": feature(0.7),
                    "allergy_safe": feature(0.5),
                    "accessibility_notes": None,
                }
            )
        self._insert("venue", rows)
        self.counts["venues"] += len(rows)
        return [row["id"] for row in rows]

    def network(self, region: str, organisations: list[str]) -> str | None:
        """The region's regional network with member organisations and a board, or None."""
        if region in REGIONS_WITHOUT_NETWORK:
            return None
        rng = self.rng
        network_id = self._id()
        _code, town = rng.choice(self.municipalities[region])
        formed = self.period_start + dt.timedelta(days=rng.randrange(60, 400))
        self._insert(
            "regional_network",
            [
                {
                    "id": network_id,
                    "partition": region,
                    "region_code": region,
                    "name": f"Nätverket för social ekonomi i {town}",
                    "formed_on": formed,
                    "notes": None,
                }
            ],
        )
        members = rng.sample(organisations, k=min(len(organisations), rng.randint(6, 14)))
        self._insert(
            "network_member",
            [
                {
                    "id": ids.network_member_id(network_id, organisation_id),
                    "partition": region,
                    "network_id": network_id,
                    "organisation_id": organisation_id,
                }
                for organisation_id in members
            ],
        )
        seats = []
        for role in BOARD_ROLES[: rng.randint(4, len(BOARD_ROLES))]:
            gender = rng.choices(GENDERS, weights=LEADER_GENDER_WEIGHTS)[0]
            seats.append(
                {
                    "id": self._id(),
                    "partition": region,
                    "network_id": network_id,
                    "name": f"{self._first_name(gender)} {rng.choice(self.surnames)}",
                    "gender": gender.value,
                    "board_role": role,
                    "person_id": None,
                }
            )
        self._insert("network_board_member", seats)
        self.counts["networks"] += 1
        return network_id

    def courses(
        self,
        region: str,
        count: int,
        venues: list[str],
        leaders: list[_Person],
        network_id: str | None = None,
    ) -> list[_Course]:
        rng = self.rng
        areas = self.national_areas + [
            a.code
            for a in self.data.competence_areas
            if a.catalogue == REGION_CATALOGUE.get(region) and a.parent_code is None
        ]
        area_names = {a.code: a.name_sv for a in self.data.competence_areas}
        course_rows, area_rows, leader_rows, session_rows = [], [], [], []
        made: list[_Course] = []
        for _ in range(count):
            course_id = self._id()
            kind = _weighted(rng, KIND_WEIGHTS)
            course_areas = rng.sample(areas, k=rng.choice((1, 1, 2)))
            course_leaders = rng.sample(leaders, k=min(len(leaders), rng.choice((1, 1, 2))))
            low, high = SESSIONS_BY_KIND[kind]
            n_sessions = rng.randint(low, high)
            # Leave room for the weekly sessions inside the project period.
            first_day = self.period_start + dt.timedelta(
                days=rng.randrange(max(1, self.period_days - 7 * n_sessions))
            )
            first_day += dt.timedelta(
                days=(7 - first_day.weekday()) % 7 if first_day.weekday() > 4 else 0
            )
            full_day = kind in (CourseKind.CONFERENCE, CourseKind.STUDY_TRIP)
            hour, minute = (9, 0) if full_day else rng.choice(START_TIMES)
            length = 420 if full_day else rng.choice(SESSION_MINUTES)
            step = 1 if full_day else 7
            venue = rng.choice(venues)
            status = CourseStatus.CANCELLED if rng.random() < 0.02 else CourseStatus.COMPLETED
            sessions = []
            for index in range(n_sessions):
                day = first_day + dt.timedelta(days=step * index)
                starts = dt.datetime(day.year, day.month, day.day, hour, minute)
                session_id = self._id()
                sessions.append((session_id, starts, length))
                session_rows.append(
                    {
                        "id": session_id,
                        "partition": region,
                        "course_id": course_id,
                        "starts_at": starts,
                        "ends_at": starts + dt.timedelta(minutes=length),
                        "venue_id": venue if rng.random() < 0.9 else rng.choice(venues),
                        "leader_id": rng.choice(course_leaders).id if course_leaders else None,
                        "note": None,
                    }
                )
            title = area_names[course_areas[0]] + rng.choice(TITLE_SUFFIXES)
            activity = ACTIVITY_BY_KIND.get(kind)
            if kind is CourseKind.SEMINAR and rng.random() < 0.1:
                activity = UNION_TRAINING_ACTIVITY
            capacity = rng.choice(CAPACITIES)
            course_rows.append(
                {
                    "id": course_id,
                    "partition": region,
                    "region_code": region,
                    "title": title,
                    "kind": kind.value,
                    "description": f"{KIND_WORDS[kind].capitalize()} om "
                    f"{title[0].lower() + title[1:]}.",
                    "target_group": rng.choice(TARGET_GROUPS),
                    "capacity": capacity,
                    "budget_sek": rng.randrange(5, 151) * 1000,
                    "status": status.value,
                    "completion_threshold_pct": 75,
                    "activity_code": activity,
                    "network_id": network_id if kind is CourseKind.NETWORK_MEETING else None,
                }
            )
            area_rows += [
                {
                    "id": ids.course_area_id(course_id, code),
                    "partition": region,
                    "course_id": course_id,
                    "area_code": code,
                }
                for code in course_areas
            ]
            leader_rows += [
                {
                    "id": ids.course_leader_id(course_id, p.id),
                    "partition": region,
                    "course_id": course_id,
                    "person_id": p.id,
                }
                for p in course_leaders
            ]
            made.append(
                _Course(course_id, region, kind, capacity, sessions, status, sessions[0][1])
            )
        self._insert("course", course_rows)
        self._insert("course_area", area_rows)
        self._insert("course_leader", leader_rows)
        self._insert("course_session", session_rows)
        self.counts["courses"] += len(course_rows)
        self.counts["sessions"] += len(session_rows)
        return made

    def enrol_and_attend(
        self, people: list[_Person], courses: list[_Course], scale: float = 1.0
    ) -> None:
        rng = self.rng
        choices, weights = zip(*COURSES_PER_PERSON, strict=True)
        enrolments, history, attendance = [], [], []
        for person in people:
            drawn = rng.choices(choices, weights=weights)[0]
            if scale != 1.0:
                drawn = max(1, int(drawn * scale + rng.random()))
            wanted = min(len(courses), drawn)
            no_show = rng.random() < 0.08
            for course in rng.sample(courses, k=wanted):
                course.enrolled += 1
                if course.enrolled > course.capacity:
                    status = EnrolmentStatus.WAITLISTED
                elif rng.random() < 0.04:
                    status = EnrolmentStatus.WITHDRAWN
                else:
                    status = EnrolmentStatus.ENROLLED
                enrolled_at = course.starts - dt.timedelta(
                    days=rng.randint(3, 60), hours=rng.randint(0, 8)
                )
                enrolment_id = ids.enrolment_id(course.id, person.id)
                since = (
                    enrolled_at
                    if status is not EnrolmentStatus.WITHDRAWN
                    else (enrolled_at + dt.timedelta(days=1))
                )
                enrolments.append(
                    {
                        "id": enrolment_id,
                        "partition": course.region,
                        "course_id": course.id,
                        "person_id": person.id,
                        "status": status.value,
                        "enrolled_at": enrolled_at,
                        "status_since": since,
                        "walk_in": False,
                    }
                )
                first_status = (
                    EnrolmentStatus.WAITLISTED
                    if status is EnrolmentStatus.WAITLISTED
                    else EnrolmentStatus.ENROLLED
                )
                history.append(
                    {
                        "id": self._id(),
                        "partition": course.region,
                        "enrolment_id": enrolment_id,
                        "status": first_status.value,
                        "changed_at": enrolled_at,
                        "note": None,
                    }
                )
                if status is EnrolmentStatus.WITHDRAWN:
                    history.append(
                        {
                            "id": self._id(),
                            "partition": course.region,
                            "enrolment_id": enrolment_id,
                            "status": status.value,
                            "changed_at": since,
                            "note": None,
                        }
                    )
                if (
                    status is not EnrolmentStatus.ENROLLED
                    or course.status is CourseStatus.CANCELLED
                ):
                    continue
                for session_id, starts, length in course.sessions:
                    roll = rng.random()
                    if no_show or roll < 0.05:
                        mark, minutes = AttendanceStatus.ABSENT, 0
                    elif roll < 0.10:
                        mark, minutes = AttendanceStatus.EXCUSED, 0
                    elif roll < 0.16:
                        mark = AttendanceStatus.PARTIAL
                        minutes = max(15, int(length * rng.uniform(0.3, 0.9)) // 15 * 15)
                    else:
                        mark, minutes = AttendanceStatus.PRESENT, length
                    attendance.append(
                        {
                            "id": ids.attendance_id(session_id, person.id),
                            "partition": course.region,
                            "session_id": session_id,
                            "person_id": person.id,
                            "status": mark.value,
                            "minutes": minutes,
                            "recorded_at": starts + dt.timedelta(minutes=length),
                            "note": None,
                        }
                    )
                if len(attendance) >= BATCH:
                    self._flush_attendance(attendance)
                    attendance = []
        self._insert("enrolment", enrolments)
        self._insert("enrolment_status_change", history)
        self._flush_attendance(attendance)
        self.counts["enrolments"] += len(enrolments)

    def _flush_attendance(self, rows: list[dict[str, Any]]) -> None:
        self._insert("attendance", rows)
        self.counts["attendance"] += len(rows)


def _split(total: int, regions: Sequence[str]) -> dict[str, int]:
    """Share `total` between regions by weight; every region gets at least one."""
    weights = [REGION_WEIGHTS.get(r, 1) for r in regions]
    shares = [max(1, total * w // sum(weights)) for w in weights]
    shares[0] += max(0, total - sum(shares))
    return dict(zip(regions, shares, strict=True))


def generate(
    database: Database,
    *,
    participants: int,
    seed: int,
    courses_per_person: float = MEAN_COURSES_PER_PERSON,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Add demo data for this installation's region (all regions at central), all or nothing.

    `courses_per_person` is the mean number of courses a participant enrols on (the demo's
    own distribution has 1.85); more makes more attendance rows per person (about 16 at 3.0).
    """
    if courses_per_person < 1:
        raise ValueError("courses_per_person must be at least 1")
    scale = courses_per_person / MEAN_COURSES_PER_PERSON
    data = reference()
    with UnitOfWork(database) as uow:
        info = installations.local_installation(uow.session)
        if info is None:
            raise NotInitialisedError(
                "this database has no installation yet; run `soul-desktop init` first"
            )
        regions = (
            [r.code for r in data.regions]
            if info.role is InstallationRole.CENTRAL
            else [info.region_code or ""]
        )
        # Millions of rows at once: the participation summary's triggers would note a course
        # per row; they go for the load and every course is summed at the next read instead.
        connection = uow.session.connection()
        triggers = participation.suspend_triggers(connection, participation.WATCHED_TABLES)
        generator = _Generator(uow, data, regions, seed, progress)
        people_per_region = _split(participants, regions)
        generator.progress("organisations")
        organisations = generator.organisations(
            {r: max(3, n // 8) for r, n in people_per_region.items()}
        )
        for region in regions:
            people = people_per_region[region]
            generator.progress(f"region {region}")
            # About 20 enrolments per course.
            course_count = max(2, int(people * courses_per_person) // 20)
            leaders = generator.persons(
                region,
                max(2, course_count // 6),
                organisations[region],
                LEADER_GENDER_WEIGHTS,
                ParticipantRole.COURSE_LEADER,
            )
            venues = generator.venues(region, max(2, course_count // 8))
            network_id = generator.network(region, organisations[region])
            courses = generator.courses(region, course_count, venues, leaders, network_id)
            participants_here = generator.persons(
                region, people, organisations[region], PARTICIPANT_GENDER_WEIGHTS, None
            )
            generator.enrol_and_attend(participants_here, courses, scale)
        for statement in triggers:
            connection.exec_driver_sql(statement)
        participation.mark_all_stale(connection)
        uow.commit()
    return generator.counts
