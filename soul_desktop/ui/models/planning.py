"""Table models for courses, sessions and venues, and the words the planning screens use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from soul_desktop.domain.enums import AccessibilityNeed, CourseKind, CourseStatus
from soul_desktop.domain.planning import (
    CourseRecord,
    PlanningError,
    PlanningWarning,
    Problem,
    SessionRecord,
    VenueFeature,
    VenueRecord,
    WarningKind,
)
from soul_desktop.ui.models.record_table import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight

# Course list columns.
COURSE_TITLE = 0
COURSE_STATUS = 1
COURSE_START = 2
COURSE_ENROLLED = 3
COURSE_SESSIONS = 4
COURSE_KIND = 5
COURSE_AREAS = 6
COURSE_LEADERS = 7

# Session list columns.
SESSION_DATE = 0
SESSION_TIME = 1
SESSION_VENUE = 2
SESSION_WARNINGS = 3
SESSION_LEADER = 4
SESSION_NOTE = 5

# Venue list columns.
VENUE_NAME = 0
VENUE_MUNICIPALITY = 1
VENUE_CAPACITY = 2
VENUE_ACCESSIBILITY = 3
VENUE_ADDRESS = 4


# -- words --------------------------------------------------------------------------------
def kind_name(kind: CourseKind) -> str:
    return {
        CourseKind.COURSE: QCoreApplication.translate("Planning", "Course"),
        CourseKind.WORKSHOP: QCoreApplication.translate("Planning", "Workshop"),
        CourseKind.SEMINAR: QCoreApplication.translate("Planning", "Seminar"),
        CourseKind.STUDY_TRIP: QCoreApplication.translate("Planning", "Study trip"),
        CourseKind.CONFERENCE: QCoreApplication.translate("Planning", "Conference"),
        CourseKind.NETWORK_MEETING: QCoreApplication.translate("Planning", "Network meeting"),
    }[kind]


def status_name(status: CourseStatus) -> str:
    return {
        CourseStatus.PLANNED: QCoreApplication.translate("Planning", "Planned"),
        CourseStatus.OPEN: QCoreApplication.translate("Planning", "Open for enrolment"),
        CourseStatus.RUNNING: QCoreApplication.translate("Planning", "Running"),
        CourseStatus.COMPLETED: QCoreApplication.translate("Planning", "Completed"),
        CourseStatus.CANCELLED: QCoreApplication.translate("Planning", "Cancelled"),
    }[status]


def feature_name(feature: VenueFeature) -> str:
    return {
        VenueFeature.STEP_FREE_ENTRANCE: QCoreApplication.translate(
            "Planning", "Step-free shared entrance"
        ),
        VenueFeature.PARKING_WITHIN_25M: QCoreApplication.translate(
            "Planning", "Drop-off and disabled parking within 25 m"
        ),
        VenueFeature.AUTOMATIC_DOORS: QCoreApplication.translate("Planning", "Automatic doors"),
        VenueFeature.HEARING_LOOP: QCoreApplication.translate(
            "Planning", "Hearing loop with signage"
        ),
        VenueFeature.ACCESSIBLE_TOILET: QCoreApplication.translate("Planning", "Accessible toilet"),
        VenueFeature.REACHABLE_GROUP_ROOMS: QCoreApplication.translate(
            "Planning", "Reachable group rooms"
        ),
        VenueFeature.GOOD_LIGHT_ACOUSTICS: QCoreApplication.translate(
            "Planning", "Good light and acoustics"
        ),
        VenueFeature.ALLERGY_SAFE: QCoreApplication.translate("Planning", "Allergy-safe"),
    }[feature]


def need_phrase(need: AccessibilityNeed) -> str:
    """What a person needs, as it reads after "need": "a hearing loop"."""
    return {
        AccessibilityNeed.STEP_FREE_ACCESS: QCoreApplication.translate(
            "Planning", "step-free access"
        ),
        AccessibilityNeed.PARKING_NEARBY: QCoreApplication.translate(
            "Planning", "parking close by"
        ),
        AccessibilityNeed.HEARING_LOOP: QCoreApplication.translate("Planning", "a hearing loop"),
        AccessibilityNeed.ACCESSIBLE_TOILET: QCoreApplication.translate(
            "Planning", "an accessible toilet"
        ),
        AccessibilityNeed.ALLERGY_SAFE: QCoreApplication.translate(
            "Planning", "an allergy-safe room"
        ),
        AccessibilityNeed.SIGN_LANGUAGE_INTERPRETER: QCoreApplication.translate(
            "Planning", "a sign-language interpreter"
        ),
        AccessibilityNeed.AUDIO_DESCRIPTION: QCoreApplication.translate(
            "Planning", "audio description"
        ),
        AccessibilityNeed.SPECIAL_DIET: QCoreApplication.translate("Planning", "a special diet"),
        AccessibilityNeed.ALTERNATIVE_FORMATS: QCoreApplication.translate(
            "Planning", "alternative formats"
        ),
        AccessibilityNeed.BREAKS: QCoreApplication.translate("Planning", "breaks"),
    }[need]


def tri_state_text(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Planning", "not checked")
    return (
        QCoreApplication.translate("Planning", "yes")
        if value
        else QCoreApplication.translate("Planning", "no")
    )


def date_text(moment: dt.date | dt.datetime) -> str:
    """2010-03-01 in Swedish; the short date of the chosen language otherwise."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "yyyy-MM-dd")


def weekday_date_text(moment: dt.date | dt.datetime) -> str:
    """ "mån 2010-03-01": the weekday helps when planning a weekly series."""
    date = QDate(moment.year, moment.month, moment.day)
    return (
        f"{QLocale().dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat)} {date_text(moment)}"
    )


def time_range_text(starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    end = f"{ends_at:%H:%M}"
    if ends_at.date() != starts_at.date():
        end = f"{date_text(ends_at)} {end}"
    return f"{starts_at:%H:%M}–{end}"


def number_text(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


# -- refusals and warnings ----------------------------------------------------------------
def problem_text(exc: PlanningError) -> str:
    """Why a planning input was refused, in the user's language, by its `problem`.

    The interface calls `ui.refusals.refusal_text`, which hands planning refusals to this.
    """
    field = exc.field or ""
    p = exc.problem
    texts: dict[Problem, str] = {
        Problem.TITLE_REQUIRED: QCoreApplication.translate("Planning", "Write a title."),
        Problem.NAME_REQUIRED: QCoreApplication.translate("Planning", "Write a name."),
        Problem.TOO_LONG: QCoreApplication.translate(
            "Planning", "Too long: at most %1 characters."
        ).replace("%1", str(exc.details.get("limit", ""))),
        Problem.NOT_A_NUMBER: QCoreApplication.translate(
            "Planning", "Write a whole number, such as 12."
        ),
        Problem.NEGATIVE: QCoreApplication.translate("Planning", "Cannot be negative."),
        Problem.THRESHOLD_RANGE: QCoreApplication.translate(
            "Planning", "Write a percentage from 0 to 100."
        ),
        Problem.END_BEFORE_START: QCoreApplication.translate(
            "Planning", "The session must end after it starts."
        ),
        Problem.SESSION_TOO_LONG: QCoreApplication.translate(
            "Planning", "A session lasts at most 24 hours; plan one per day."
        ),
        Problem.WEEKS_RANGE: QCoreApplication.translate(
            "Planning", "Repeat from 1 to %1 weeks."
        ).replace("%1", str(exc.details.get("limit", ""))),
        Problem.NOT_FOUND: QCoreApplication.translate(
            "Planning", "It is no longer there; it may have been removed."
        ),
        Problem.ALREADY_EXISTS: QCoreApplication.translate("Planning", "It already exists."),
        Problem.REGION_REQUIRED: QCoreApplication.translate("Planning", "Choose a region first."),
        Problem.IDS_MISMATCH: QCoreApplication.translate(
            "Planning", "Internal error: one new id per week is needed."
        ),
    }
    if p is Problem.UNKNOWN:
        if field == "area_codes":
            return QCoreApplication.translate("Planning", "Unknown competence area.")
        if field in ("leader_ids", "leader_id"):
            return QCoreApplication.translate(
                "Planning", "The chosen leader is no longer in the register."
            )
        if field == "venue_id":
            return QCoreApplication.translate(
                "Planning", "The chosen venue is no longer in the register."
            )
        if field == "municipality_code":
            return QCoreApplication.translate("Planning", "Choose a municipality from the list.")
        return QCoreApplication.translate("Planning", "Unknown value.")
    if p is Problem.HAS_ATTENDANCE:
        if field == "session":
            return QCoreApplication.translate(
                "Planning", "Attendance has been recorded for this session; it cannot be removed."
            )
        return QCoreApplication.translate(
            "Planning",
            "Attendance has been recorded for this course; set its status to Cancelled instead.",
        )
    if p is Problem.VENUE_IN_USE:
        # Singular and plural as two messages: lupdate cannot mark translate() as numerus.
        count = int(exc.details.get("count", 0))
        if count == 1:
            return QCoreApplication.translate(
                "Planning", "One session is planned at this venue; move it first."
            )
        return QCoreApplication.translate(
            "Planning", "%1 sessions are planned at this venue; move them first."
        ).replace("%1", str(count))
    return texts.get(p, str(exc))


def warning_text(w: PlanningWarning) -> str:
    """One warning as a sentence for the planner."""
    when = ""
    if w.starts_at is not None:
        when = f"{weekday_date_text(w.starts_at)} {w.starts_at:%H:%M}"
    if w.kind in (WarningKind.VENUE_DOUBLE_BOOKED, WarningKind.LEADER_DOUBLE_BOOKED):
        same_course = w.other_course_id == w.course_id
        other = (
            QCoreApplication.translate("Planning", "another session of this course")
            if same_course
            else f"“{w.other_course_title or ''}”"
        )
        if w.kind is WarningKind.VENUE_DOUBLE_BOOKED:
            text = QCoreApplication.translate(
                "Planning", "Venue booked twice: %1 on %2 is also booked for %3."
            )
            name = w.venue_name or ""
        else:
            text = QCoreApplication.translate(
                "Planning", "Leader booked twice: %1 on %2 also leads %3."
            )
            name = w.leader_name or ""
        return text.replace("%1", name).replace("%2", when).replace("%3", other)
    if w.kind is WarningKind.OUTSIDE_PERIOD:
        start = date_text(w.period_start) if w.period_start else ""
        end = date_text(w.period_end) if w.period_end else ""
        return (
            QCoreApplication.translate(
                "Planning", "The session on %1 is outside the project period (%2 – %3)."
            )
            .replace("%1", when)
            .replace("%2", start)
            .replace("%3", end)
        )
    if w.kind is WarningKind.OVER_CAPACITY:
        return (
            QCoreApplication.translate("Planning", "Over capacity: %1 enrolled, room for %2.")
            .replace("%1", str(w.count))
            .replace("%2", str(w.limit))
        )
    need = need_phrase(w.need) if w.need is not None else ""
    # Singular and plural as separate messages, as for VENUE_IN_USE above.
    if w.kind is WarningKind.NEED_NOT_MET:
        if w.count == 1:
            text = QCoreApplication.translate(
                "Planning", "One enrolled person needs %1, which %2 does not have."
            )
        else:
            text = QCoreApplication.translate(
                "Planning", "%3 enrolled persons need %1, which %2 does not have."
            )
    elif w.count == 1:
        text = QCoreApplication.translate(
            "Planning", "One enrolled person needs %1; %2 has not checked this."
        )
    else:
        text = QCoreApplication.translate(
            "Planning", "%3 enrolled persons need %1; %2 has not checked this."
        )
    return text.replace("%1", need).replace("%2", w.venue_name or "").replace("%3", str(w.count))


def warning_symbol(w: PlanningWarning) -> str:
    """A short word for a column, so that the kind is not told by colour alone."""
    return {
        WarningKind.VENUE_DOUBLE_BOOKED: QCoreApplication.translate(
            "Planning", "venue booked twice"
        ),
        WarningKind.LEADER_DOUBLE_BOOKED: QCoreApplication.translate(
            "Planning", "leader booked twice"
        ),
        WarningKind.OUTSIDE_PERIOD: QCoreApplication.translate("Planning", "outside period"),
        WarningKind.OVER_CAPACITY: QCoreApplication.translate("Planning", "over capacity"),
        WarningKind.NEED_NOT_MET: QCoreApplication.translate("Planning", "need not met"),
        WarningKind.NEED_NOT_CHECKED: QCoreApplication.translate("Planning", "need not checked"),
    }[w.kind]


# -- models -------------------------------------------------------------------------------
def _enrolled_text(r: CourseRecord) -> str:
    text = str(r.enrolled_count)
    if r.capacity is not None:
        text += f" / {r.capacity}"
    if r.waitlisted_count:
        text += " " + QCoreApplication.translate("Planning", "(+%1 waiting)").replace(
            "%1", str(r.waitlisted_count)
        )
    return text


class CourseTableModel(RecordTableModel[CourseRecord]):
    """Courses: title, status, first session, enrolled, sessions, kind, areas, leaders."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("Planning", "Title"),
                lambda r: r.title,
                tooltip=lambda r: r.description,
            ),
            Column(
                QCoreApplication.translate("Planning", "Status"), lambda r: status_name(r.status)
            ),
            Column(
                QCoreApplication.translate("Planning", "First session"),
                lambda r: date_text(r.first_start) if r.first_start else "",
                sort_key=lambda r: r.first_start,
            ),
            Column(
                QCoreApplication.translate("Planning", "Enrolled"),
                _enrolled_text,
                sort_key=lambda r: r.enrolled_count,
                tooltip=lambda r: QCoreApplication.translate(
                    "Planning", "Enrolled / capacity (waiting)"
                ),
            ),
            Column(
                QCoreApplication.translate("Planning", "Sessions"),
                lambda r: str(r.session_count),
                lambda r: r.session_count,
                RIGHT,
            ),
            Column(QCoreApplication.translate("Planning", "Kind"), lambda r: kind_name(r.kind)),
            Column(
                QCoreApplication.translate("Planning", "Competence areas"),
                lambda r: ", ".join(r.area_codes),
                tooltip=lambda r: "\n".join(r.area_names) or None,
            ),
            Column(
                QCoreApplication.translate("Planning", "Leaders"),
                lambda r: ", ".join(r.leader_names),
            ),
        ]
        super().__init__(
            columns,
            key=lambda r: r.id,
            search_text=lambda r: " ".join(
                (r.title, *r.area_codes, *r.area_names, *r.leader_names, r.target_group or "")
            ),
            parent=parent,
        )


class SessionTableModel(RecordTableModel[SessionRecord]):
    """A course's sessions: date, time, venue, warnings, leader and note."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("Planning", "Date"),
                lambda r: weekday_date_text(r.starts_at),
                sort_key=lambda r: r.starts_at,
            ),
            Column(
                QCoreApplication.translate("Planning", "Time"),
                lambda r: time_range_text(r.starts_at, r.ends_at),
                sort_key=lambda r: (r.starts_at.time(), r.ends_at.time()),
            ),
            Column(QCoreApplication.translate("Planning", "Venue"), lambda r: r.venue_name or ""),
            Column(
                QCoreApplication.translate("Planning", "Warnings"),
                self._warning_cell,
                sort_key=lambda r: len(self._warnings.get(r.id, ())),
                tooltip=lambda r: (
                    "\n".join(warning_text(w) for w in self._warnings.get(r.id, ())) or None
                ),
            ),
            Column(QCoreApplication.translate("Planning", "Leader"), lambda r: r.leader_name or ""),
            Column(QCoreApplication.translate("Planning", "Note"), lambda r: r.note or ""),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)
        self._warnings: dict[str, list[PlanningWarning]] = {}

    def _warning_cell(self, record: SessionRecord) -> str:
        found = self._warnings.get(record.id, ())
        if not found:
            return ""
        words = list(dict.fromkeys(warning_symbol(w) for w in found))
        return "⚠ " + ", ".join(words)

    def set_warnings(self, warnings: Sequence[PlanningWarning]) -> None:
        """Show the warnings by session; only the warnings column is repainted."""
        by_session: dict[str, list[PlanningWarning]] = {}
        for w in warnings:
            if w.session_id is not None:
                by_session.setdefault(w.session_id, []).append(w)
            if w.other_session_id is not None and w.other_course_id == w.course_id:
                by_session.setdefault(w.other_session_id, []).append(w)
        self._warnings = by_session
        # The search text does not include warnings, so no search keys change.
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, SESSION_WARNINGS), self.index(self.rowCount() - 1, SESSION_WARNINGS)
            )

    def warnings_of(self, session_id: str) -> list[PlanningWarning]:
        return list(self._warnings.get(session_id, ()))


def accessibility_summary(record: VenueRecord) -> str:
    values = [record.feature(f) for f in VenueFeature]
    yes = sum(v is True for v in values)
    no = sum(v is False for v in values)
    unknown = sum(v is None for v in values)
    return (
        QCoreApplication.translate("Planning", "%1 yes, %2 no, %3 not checked")
        .replace("%1", str(yes))
        .replace("%2", str(no))
        .replace("%3", str(unknown))
    )


def accessibility_details(record: VenueRecord) -> str:
    lines = [f"{feature_name(f)}: {tri_state_text(record.feature(f))}" for f in VenueFeature]
    if record.accessibility_notes:
        lines.append(record.accessibility_notes)
    return "\n".join(lines)


class VenueTableModel(RecordTableModel[VenueRecord]):
    """Venues: name, municipality, capacity, accessibility in brief, address."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("Planning", "Name"), lambda r: r.name),
            Column(
                QCoreApplication.translate("Planning", "Municipality"),
                lambda r: r.municipality_name or "",
            ),
            Column(
                QCoreApplication.translate("Planning", "Capacity"),
                lambda r: number_text(r.capacity),
                lambda r: r.capacity,
                RIGHT,
            ),
            Column(
                QCoreApplication.translate("Planning", "Accessibility"),
                accessibility_summary,
                sort_key=lambda r: sum(r.feature(f) is True for f in VenueFeature),
                tooltip=accessibility_details,
            ),
            Column(QCoreApplication.translate("Planning", "Address"), lambda r: r.address or ""),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)
