"""Course planning records and rules: validation, weekly repetition, double bookings, warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from soul_desktop.domain.enums import AccessibilityNeed, CourseKind, CourseStatus
from soul_desktop.domain.errors import ValidationError

MAX_TITLE_LENGTH = 300
MAX_TEXT_LENGTH = 300  # target group, venue name, address (the column widths)
MAX_WEEKS = 52
# One session is one sitting; several days are planned as one session per day. The bound also
# keeps the double-booking query an index range over start times.
MAX_SESSION_LENGTH = dt.timedelta(hours=24)
DEFAULT_THRESHOLD_PCT = 75

# Regional competence catalogues offered after the national one (project description).
REGION_CATALOGUES: Mapping[str, str] = {"SE11": "stockholm", "SE22": "skane"}
NATIONAL_CATALOGUE = "national"


class VenueFeature(StrEnum):
    """The accessibility register of a venue; each is True, False or None (not checked)."""

    STEP_FREE_ENTRANCE = "step_free_entrance"
    PARKING_WITHIN_25M = "parking_within_25m"
    AUTOMATIC_DOORS = "automatic_doors"
    HEARING_LOOP = "hearing_loop"
    ACCESSIBLE_TOILET = "accessible_toilet"
    REACHABLE_GROUP_ROOMS = "reachable_group_rooms"
    GOOD_LIGHT_ACOUSTICS = "good_light_acoustics"
    ALLERGY_SAFE = "allergy_safe"


# The participant needs a venue can meet, and the feature that meets each.
NEED_FEATURE: Mapping[AccessibilityNeed, VenueFeature] = {
    AccessibilityNeed.STEP_FREE_ACCESS: VenueFeature.STEP_FREE_ENTRANCE,
    AccessibilityNeed.PARKING_NEARBY: VenueFeature.PARKING_WITHIN_25M,
    AccessibilityNeed.HEARING_LOOP: VenueFeature.HEARING_LOOP,
    AccessibilityNeed.ACCESSIBLE_TOILET: VenueFeature.ACCESSIBLE_TOILET,
    AccessibilityNeed.ALLERGY_SAFE: VenueFeature.ALLERGY_SAFE,
}


# -- records ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CourseRecord:
    id: str
    region_code: str
    title: str
    kind: CourseKind
    description: str | None
    target_group: str | None
    capacity: int | None
    budget_sek: int | None
    status: CourseStatus
    completion_threshold_pct: int
    area_codes: tuple[str, ...] = ()
    leader_ids: tuple[str, ...] = ()
    leader_names: tuple[str, ...] = ()
    first_start: dt.datetime | None = None
    last_end: dt.datetime | None = None
    session_count: int = 0
    enrolled_count: int = 0
    waitlisted_count: int = 0
    area_names: tuple[str, ...] = ()
    # The regional network a network meeting belongs to.
    network_id: str | None = None
    # The transnational activity ("3.1.1" …) a study trip, conference or course is part of.
    activity_code: str | None = None
    # True in the answer of a delete: the interface drops the row instead of updating it.
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    course_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_id: str | None = None
    venue_name: str | None = None
    leader_id: str | None = None
    leader_name: str | None = None
    note: str | None = None
    course_title: str = ""
    deleted: bool = False

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class VenueRecord:
    id: str
    region_code: str
    name: str
    address: str | None = None
    municipality_code: str | None = None
    municipality_name: str | None = None
    capacity: int | None = None
    step_free_entrance: bool | None = None
    parking_within_25m: bool | None = None
    automatic_doors: bool | None = None
    hearing_loop: bool | None = None
    accessible_toilet: bool | None = None
    reachable_group_rooms: bool | None = None
    good_light_acoustics: bool | None = None
    allergy_safe: bool | None = None
    accessibility_notes: str | None = None
    deleted: bool = False

    def feature(self, feature: VenueFeature) -> bool | None:
        value: bool | None = getattr(self, feature.value)
        return value


@dataclass(frozen=True, slots=True)
class CourseFilter:
    """What the course list shows; None means "any"."""

    region: str | None = None
    area: str | None = None
    kind: CourseKind | None = None
    status: CourseStatus | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class AreaChoice:
    code: str
    catalogue: str
    name_sv: str
    name_en: str
    parent_code: str | None = None


@dataclass(frozen=True, slots=True)
class ActivityChoice:
    """A transnational activity of the project profile a course can be part of."""

    code: str
    kind: str
    title_sv: str


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class MunicipalityChoice:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class BookedSlot:
    """Another session holding a venue or a leader, for the double-booking check."""

    session_id: str
    course_id: str
    course_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_id: str | None
    venue_name: str | None
    leader_id: str | None
    leader_name: str | None


class WarningKind(StrEnum):
    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    LEADER_DOUBLE_BOOKED = "leader_double_booked"
    OUTSIDE_PERIOD = "outside_period"
    OVER_CAPACITY = "over_capacity"
    NEED_NOT_MET = "need_not_met"
    NEED_NOT_CHECKED = "need_not_checked"


@dataclass(frozen=True, slots=True)
class PlanningWarning:
    """One thing the planner should look at; `message` is English, the fields let the
    interface word it in the user's language."""

    kind: WarningKind
    message: str
    course_id: str
    session_id: str | None = None
    other_session_id: str | None = None
    other_course_id: str | None = None
    other_course_title: str | None = None
    starts_at: dt.datetime | None = None
    venue_name: str | None = None
    leader_name: str | None = None
    need: AccessibilityNeed | None = None
    count: int = 0
    limit: int = 0
    period_start: dt.date | None = None
    period_end: dt.date | None = None


# -- refusals -----------------------------------------------------------------------------
class Problem(StrEnum):
    """Why an input was refused; the interface words each in the user's language."""

    TITLE_REQUIRED = "title_required"
    TOO_LONG = "too_long"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    THRESHOLD_RANGE = "threshold_range"
    END_BEFORE_START = "end_before_start"
    SESSION_TOO_LONG = "session_too_long"
    WEEKS_RANGE = "weeks_range"
    NAME_REQUIRED = "name_required"
    UNKNOWN = "unknown"
    NOT_FOUND = "not_found"
    ALREADY_EXISTS = "already_exists"
    HAS_ATTENDANCE = "has_attendance"
    VENUE_IN_USE = "venue_in_use"
    REGION_REQUIRED = "region_required"
    IDS_MISMATCH = "ids_mismatch"


class PlanningError(ValidationError):
    """A refused planning input: the field, the reason (`problem`) and its details.

    Its code is "planning." and the problem ("planning.too_long"); its params are the details.
    """

    def __init__(
        self, problem: Problem, message: str, field: str | None = None, **details: Any
    ) -> None:
        super().__init__(message, field=field, code=f"planning.{problem.value}", params=details)
        self.problem = problem
        self.details = details


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = text.strip()
    return cleaned or None


def clean_title(title: str | None, field: str = "title") -> str:
    cleaned = " ".join((title or "").split())
    if not cleaned:
        problem = Problem.TITLE_REQUIRED if field == "title" else Problem.NAME_REQUIRED
        raise PlanningError(problem, f"the {field} is required", field=field)
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise PlanningError(
            Problem.TOO_LONG,
            f"the {field} is longer than {MAX_TITLE_LENGTH} characters",
            field=field,
            limit=MAX_TITLE_LENGTH,
        )
    return cleaned


def clean_line(text: str | None, field: str) -> str | None:
    """Optional one-line text: blank becomes None, and it must fit its column."""
    cleaned = _clean(text)
    if cleaned is not None and len(cleaned) > MAX_TEXT_LENGTH:
        raise PlanningError(
            Problem.TOO_LONG,
            f"the {field} is longer than {MAX_TEXT_LENGTH} characters",
            field=field,
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


def clean_text(text: str | None) -> str | None:
    """Optional free text: blank becomes None."""
    return _clean(text)


def check_not_negative(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlanningError(Problem.NOT_A_NUMBER, f"the {field} must be a whole number", field)
    if value < 0:
        raise PlanningError(Problem.NEGATIVE, f"the {field} cannot be negative", field)
    return value


def parse_whole_number(text: str, field: str) -> int | None:
    """A whole number typed by the user ("1 500", "-3"); blank is None. Signs are kept so
    that the range rule, not the parser, says what is wrong with a negative number."""
    cleaned = "".join(text.split()).replace("\u2212", "-")
    if not cleaned:
        return None
    try:
        return int(cleaned)
    except ValueError:
        raise PlanningError(
            Problem.NOT_A_NUMBER, f"the {field} must be a whole number", field
        ) from None


def check_threshold(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlanningError(
            Problem.NOT_A_NUMBER,
            "the completion threshold must be a whole number",
            "completion_threshold_pct",
        )
    if not 0 <= value <= 100:
        raise PlanningError(
            Problem.THRESHOLD_RANGE,
            "the completion threshold must be between 0 and 100 %",
            "completion_threshold_pct",
        )
    return value


def check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if ends_at <= starts_at:
        raise PlanningError(
            Problem.END_BEFORE_START, "the session must end after it starts", "ends_at"
        )
    if ends_at - starts_at > MAX_SESSION_LENGTH:
        raise PlanningError(
            Problem.SESSION_TOO_LONG,
            "a session lasts at most 24 hours; plan one session per day",
            "ends_at",
        )


def check_weeks(weeks: int) -> int:
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise PlanningError(
            Problem.WEEKS_RANGE,
            f"repeat between 1 and {MAX_WEEKS} weeks",
            "weeks",
            limit=MAX_WEEKS,
        )
    return weeks


@dataclass(frozen=True, slots=True)
class CourseFields:
    """The editable fields of a course, checked and cleaned."""

    title: str
    kind: CourseKind
    description: str | None
    target_group: str | None
    capacity: int | None
    budget_sek: int | None
    status: CourseStatus
    completion_threshold_pct: int
    area_codes: tuple[str, ...]
    leader_ids: tuple[str, ...]
    network_id: str | None = None
    activity_code: str | None = None


COURSE_FIELDS = frozenset(CourseFields.__dataclass_fields__)
# The kinds of course that can be part of a transnational activity: the Brussels study trips,
# the research conference, and the union-questions training held as a course, workshop or
# seminar. A network meeting belongs to a network instead.
ACTIVITY_KINDS: frozenset[CourseKind] = frozenset(CourseKind) - {CourseKind.NETWORK_MEETING}


def check_course_links(kind: CourseKind, network_id: str | None, activity_code: str | None) -> None:
    """A network only for a network meeting; an activity only for the kinds that have one."""
    if network_id is not None and kind is not CourseKind.NETWORK_MEETING:
        raise ValidationError(
            "only a network meeting belongs to a network",
            field="network_id",
            code="course.network_wrong_kind",
            params={"kind": kind.value},
        )
    if activity_code is not None and kind not in ACTIVITY_KINDS:
        raise ValidationError(
            "a network meeting is not part of a transnational activity",
            field="activity_code",
            code="course.activity_wrong_kind",
            params={"kind": kind.value},
        )


def check_course(
    *,
    title: str | None,
    kind: CourseKind | str,
    description: str | None,
    target_group: str | None,
    capacity: int | None,
    budget_sek: int | None,
    status: CourseStatus | str,
    completion_threshold_pct: int,
    area_codes: Iterable[str],
    leader_ids: Iterable[str],
    network_id: str | None = None,
    activity_code: str | None = None,
) -> CourseFields:
    """Every course rule at once; the first broken rule is raised with its field."""
    clean = clean_title(title)
    try:
        kind_value = CourseKind(kind)
    except ValueError:
        raise PlanningError(Problem.UNKNOWN, f"unknown course kind {kind!r}", "kind") from None
    try:
        status_value = CourseStatus(status)
    except ValueError:
        raise PlanningError(Problem.UNKNOWN, f"unknown status {status!r}", "status") from None
    network = _clean(network_id)
    activity = _clean(activity_code)
    check_course_links(kind_value, network, activity)
    return CourseFields(
        title=clean,
        kind=kind_value,
        description=clean_text(description),
        target_group=clean_line(target_group, "target_group"),
        capacity=check_not_negative(capacity, "capacity"),
        budget_sek=check_not_negative(budget_sek, "budget_sek"),
        status=status_value,
        completion_threshold_pct=check_threshold(completion_threshold_pct),
        area_codes=tuple(dict.fromkeys(area_codes)),
        leader_ids=tuple(dict.fromkeys(leader_ids)),
        network_id=network,
        activity_code=activity,
    )


VENUE_TEXT_FIELDS = ("address", "accessibility_notes")
VENUE_FIELDS = frozenset(
    {"name", "address", "municipality_code", "capacity", "accessibility_notes"}
    | {f.value for f in VenueFeature}
)


def check_venue(values: Mapping[str, Any]) -> dict[str, Any]:
    """The cleaned venue fields; name required, capacity not negative, features tri-state."""
    unknown = set(values) - VENUE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise PlanningError(Problem.UNKNOWN, f"venues have no field {name!r}", name)
    cleaned: dict[str, Any] = dict(values)
    if "name" in values:
        cleaned["name"] = clean_title(values["name"], field="name")
    if "address" in values:
        cleaned["address"] = clean_line(values["address"], "address")
    if "accessibility_notes" in values:
        cleaned["accessibility_notes"] = clean_text(values["accessibility_notes"])
    if "municipality_code" in values:
        cleaned["municipality_code"] = _clean(values["municipality_code"])
    if "capacity" in values:
        cleaned["capacity"] = check_not_negative(values["capacity"], "capacity")
    for feature in VenueFeature:
        if feature.value in values and values[feature.value] not in (True, False, None):
            raise PlanningError(
                Problem.UNKNOWN, f"{feature.value} is yes, no or not checked", feature.value
            )
    return cleaned


# -- scheduling rules ---------------------------------------------------------------------
def overlaps(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    """Half-open intervals: a session ending at 12:00 does not clash with one starting then."""
    return a_start < b_end and b_start < a_end


def weekly_slots(
    first_start: dt.datetime, first_end: dt.datetime, weeks: int
) -> list[tuple[dt.datetime, dt.datetime]]:
    """`weeks` sessions a week apart, the first at `first_start`, at the same wall-clock time."""
    check_times(first_start, first_end)
    check_weeks(weeks)
    step = dt.timedelta(weeks=1)
    return [(first_start + i * step, first_end + i * step) for i in range(weeks)]


def outside_period(session: SessionRecord, period_start: dt.date, period_end: dt.date) -> bool:
    return session.starts_at.date() < period_start or session.ends_at.date() > period_end


def double_bookings(
    sessions: Sequence[SessionRecord], bookings: Iterable[BookedSlot]
) -> list[PlanningWarning]:
    """A warning for each pair of a course session and another session that overlap in time
    at the same venue or with the same leader. Within one course each pair is said once."""
    by_id = {s.id: s for s in sessions}
    seen: set[tuple[WarningKind, frozenset[str]]] = set()
    warnings: list[PlanningWarning] = []
    bookings = list(bookings)
    for session in sessions:
        for other in bookings:
            if other.session_id == session.id:
                continue
            if not overlaps(session.starts_at, session.ends_at, other.starts_at, other.ends_at):
                continue
            for kind, mine, theirs in (
                (WarningKind.VENUE_DOUBLE_BOOKED, session.venue_id, other.venue_id),
                (WarningKind.LEADER_DOUBLE_BOOKED, session.leader_id, other.leader_id),
            ):
                if mine is None or mine != theirs:
                    continue
                key = (kind, frozenset((session.id, other.session_id)))
                if key in seen:
                    continue
                seen.add(key)
                same_course = other.session_id in by_id
                if kind is WarningKind.VENUE_DOUBLE_BOOKED:
                    what = f"venue {session.venue_name or mine}"
                else:
                    what = f"leader {session.leader_name or mine}"
                where = "another session of this course" if same_course else other.course_title
                warnings.append(
                    PlanningWarning(
                        kind=kind,
                        message=(
                            f"{what} is booked twice on {session.starts_at:%Y-%m-%d %H:%M}: "
                            f"also {where} "
                            f"({other.starts_at:%H:%M}–{other.ends_at:%H:%M})"
                        ),
                        course_id=session.course_id,
                        session_id=session.id,
                        other_session_id=other.session_id,
                        other_course_id=other.course_id,
                        other_course_title=other.course_title,
                        starts_at=session.starts_at,
                        venue_name=session.venue_name,
                        leader_name=session.leader_name,
                    )
                )
    return warnings


def period_warnings(
    sessions: Sequence[SessionRecord], period: tuple[dt.date, dt.date] | None
) -> list[PlanningWarning]:
    if period is None:
        return []
    start, end = period
    return [
        PlanningWarning(
            kind=WarningKind.OUTSIDE_PERIOD,
            message=(
                f"the session on {s.starts_at:%Y-%m-%d} is outside the project period "
                f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"
            ),
            course_id=s.course_id,
            session_id=s.id,
            starts_at=s.starts_at,
            period_start=start,
            period_end=end,
        )
        for s in sessions
        if outside_period(s, start, end)
    ]


def capacity_warning(course: CourseRecord) -> PlanningWarning | None:
    if course.capacity is None or course.enrolled_count <= course.capacity:
        return None
    return PlanningWarning(
        kind=WarningKind.OVER_CAPACITY,
        message=(
            f"{course.enrolled_count} persons are enrolled but the course has room for "
            f"{course.capacity}"
        ),
        course_id=course.id,
        count=course.enrolled_count,
        limit=course.capacity,
    )


def parse_needs(text: str | None) -> set[AccessibilityNeed]:
    """The stored comma-separated needs; unknown words (free text) are ignored."""
    needs: set[AccessibilityNeed] = set()
    for part in (text or "").split(","):
        try:
            needs.add(AccessibilityNeed(part.strip()))
        except ValueError:
            continue
    return needs


def needs_warnings(
    course_id: str,
    sessions: Sequence[SessionRecord],
    venues: Mapping[str, VenueRecord],
    enrolled_needs: Iterable[str | None],
) -> list[PlanningWarning]:
    """Per venue used and per need of the enrolled persons: not met (the venue says no) or
    not checked (the register is empty for that feature). Needs no venue can meet, such as
    an interpreter, are the organiser's to arrange and give no warning here."""
    counts: dict[AccessibilityNeed, int] = {}
    for text in enrolled_needs:
        for need in parse_needs(text):
            if need in NEED_FEATURE:
                counts[need] = counts.get(need, 0) + 1
    if not counts:
        return []
    sessions_at: dict[str, list[SessionRecord]] = {}
    for session in sessions:
        if session.venue_id is not None and session.venue_id in venues:
            sessions_at.setdefault(session.venue_id, []).append(session)
    warnings: list[PlanningWarning] = []
    for venue_id, at_venue in sessions_at.items():
        venue = venues[venue_id]
        first = min(at_venue, key=lambda s: s.starts_at)
        for need in sorted(counts, key=list(AccessibilityNeed).index):
            feature = NEED_FEATURE[need]
            value = venue.feature(feature)
            if value is True:
                continue
            kind = WarningKind.NEED_NOT_MET if value is False else WarningKind.NEED_NOT_CHECKED
            state = "does not have" if value is False else "has not checked"
            warnings.append(
                PlanningWarning(
                    kind=kind,
                    message=(
                        f"{counts[need]} enrolled person(s) need {need.value}; "
                        f"{venue.name} {state} {feature.value} "
                        f"({len(at_venue)} session(s))"
                    ),
                    course_id=course_id,
                    session_id=first.id,
                    starts_at=first.starts_at,
                    venue_name=venue.name,
                    need=need,
                    count=counts[need],
                    limit=len(at_venue),
                )
            )
    return warnings


def course_warnings(
    course: CourseRecord,
    sessions: Sequence[SessionRecord],
    bookings: Iterable[BookedSlot],
    period: tuple[dt.date, dt.date] | None,
    venues: Mapping[str, VenueRecord],
    enrolled_needs: Iterable[str | None],
) -> list[PlanningWarning]:
    """All warnings of a course, the course-wide ones first, then by session time."""
    warnings: list[PlanningWarning] = []
    over = capacity_warning(course)
    if over is not None:
        warnings.append(over)
    per_session = (
        double_bookings(sessions, bookings)
        + period_warnings(sessions, period)
        + needs_warnings(course.id, sessions, venues, enrolled_needs)
    )
    per_session.sort(
        key=lambda w: (w.starts_at or dt.datetime.min, list(WarningKind).index(w.kind))
    )
    return warnings + per_session
