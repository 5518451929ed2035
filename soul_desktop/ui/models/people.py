"""Table models of the participant register and enrolment, and the names of their values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from soul_desktop.domain.enrolment import EnrolmentChange, EnrolmentRecord, waitlist_positions
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    CourseStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    EnrolmentStatus,
    Gender,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.people import OrganisationRecord, PersonCourse, PersonRecord
from soul_desktop.ui import labels
from soul_desktop.ui.models.record_table import Column, RecordTableModel

# Person list columns.
PERSON_LAST_NAME = 0
PERSON_FIRST_NAME = 1
PERSON_ORGANISATION = 2
PERSON_MUNICIPALITY = 3
PERSON_BIRTH_YEAR = 4
PERSON_GENDER = 5
PERSON_EMAIL = 6

# Organisation list columns.
ORG_NAME = 0
ORG_NUMBER = 1
ORG_LEGAL_FORM = 2
ORG_MUNICIPALITY = 3
ORG_KIND = 4
ORG_PERSONS = 5

# Enrolment list columns.
ENROLMENT_NAME = 0
ENROLMENT_ORGANISATION = 1
ENROLMENT_STATUS = 2
ENROLMENT_ENROLLED_AT = 3
ENROLMENT_STATUS_SINCE = 4
ENROLMENT_WALK_IN = 5

# A person's courses.
COURSE_TITLE = 0
COURSE_ENROLMENT_STATUS = 1
COURSE_ATTENDED = 2
COURSE_PLANNED = 3
COURSE_DATES = 4

# An enrolment's history.
HISTORY_STATUS = 0
HISTORY_WHEN = 1
HISTORY_NOTE = 2

RIGHT = Qt.AlignmentFlag.AlignRight


# -- names of values --------------------------------------------------------------------------


def gender_name(value: Gender) -> str:
    return {
        Gender.WOMAN: QCoreApplication.translate("People", "Woman"),
        Gender.MAN: QCoreApplication.translate("People", "Man"),
        Gender.OTHER: QCoreApplication.translate("People", "Other"),
        Gender.NOT_STATED: QCoreApplication.translate("People", "Not stated"),
    }[value]


def role_name(value: ParticipantRole) -> str:
    return {
        ParticipantRole.BOARD_MEMBER: QCoreApplication.translate("People", "Board member"),
        ParticipantRole.MANAGER: QCoreApplication.translate("People", "Manager"),
        ParticipantRole.EMPLOYEE: QCoreApplication.translate("People", "Employee"),
        ParticipantRole.VOLUNTEER: QCoreApplication.translate("People", "Volunteer"),
        ParticipantRole.COURSE_LEADER: QCoreApplication.translate("People", "Course leader"),
        ParticipantRole.OTHER: QCoreApplication.translate("People", "Other"),
        ParticipantRole.NOT_STATED: QCoreApplication.translate("People", "Not stated"),
    }[value]


def employment_name(value: EmploymentStatus) -> str:
    return {
        EmploymentStatus.EMPLOYED: QCoreApplication.translate("People", "Employed"),
        EmploymentStatus.SELF_EMPLOYED: QCoreApplication.translate("People", "Self-employed"),
        EmploymentStatus.UNEMPLOYED: QCoreApplication.translate("People", "Unemployed"),
        EmploymentStatus.INACTIVE: QCoreApplication.translate("People", "Not in the labour force"),
        EmploymentStatus.NOT_STATED: QCoreApplication.translate("People", "Not stated"),
    }[value]


def education_name(value: EducationBand) -> str:
    return {
        EducationBand.ISCED_0_2: QCoreApplication.translate(
            "People", "Compulsory school or less (ISCED 0–2)"
        ),
        EducationBand.ISCED_3_4: QCoreApplication.translate(
            "People", "Upper secondary (ISCED 3–4)"
        ),
        EducationBand.ISCED_5_8: QCoreApplication.translate("People", "Post-secondary (ISCED 5–8)"),
        EducationBand.NOT_STATED: QCoreApplication.translate("People", "Not stated"),
    }[value]


def disability_name(value: Disability) -> str:
    return {
        Disability.YES: QCoreApplication.translate("People", "Yes"),
        Disability.NO: QCoreApplication.translate("People", "No"),
        Disability.NOT_STATED: QCoreApplication.translate("People", "Not stated"),
    }[value]


def need_name(value: AccessibilityNeed) -> str:
    return {
        AccessibilityNeed.STEP_FREE_ACCESS: QCoreApplication.translate(
            "People", "Step-free access"
        ),
        AccessibilityNeed.PARKING_NEARBY: QCoreApplication.translate("People", "Parking nearby"),
        AccessibilityNeed.HEARING_LOOP: QCoreApplication.translate("People", "Hearing loop"),
        AccessibilityNeed.ACCESSIBLE_TOILET: QCoreApplication.translate(
            "People", "Accessible toilet"
        ),
        AccessibilityNeed.ALLERGY_SAFE: QCoreApplication.translate("People", "Allergy-safe room"),
        AccessibilityNeed.SIGN_LANGUAGE_INTERPRETER: QCoreApplication.translate(
            "People", "Sign-language interpreter"
        ),
        AccessibilityNeed.AUDIO_DESCRIPTION: QCoreApplication.translate(
            "People", "Audio description"
        ),
        AccessibilityNeed.SPECIAL_DIET: QCoreApplication.translate("People", "Special diet"),
        AccessibilityNeed.ALTERNATIVE_FORMATS: QCoreApplication.translate(
            "People", "Alternative formats"
        ),
        AccessibilityNeed.BREAKS: QCoreApplication.translate("People", "Breaks"),
    }[value]


def kind_name(value: OrganisationKind) -> str:
    return {
        OrganisationKind.SOCIAL_ECONOMY: QCoreApplication.translate("People", "Social economy"),
        OrganisationKind.PUBLIC_SECTOR: QCoreApplication.translate("People", "Public sector"),
        OrganisationKind.UNION: QCoreApplication.translate("People", "Trade union"),
        OrganisationKind.EMPLOYER_ORGANISATION: QCoreApplication.translate(
            "People", "Employers' organisation"
        ),
        OrganisationKind.OTHER: QCoreApplication.translate("People", "Other"),
    }[value]


def enrolment_status_name(value: EnrolmentStatus) -> str:
    return {
        EnrolmentStatus.ENROLLED: QCoreApplication.translate("People", "Enrolled"),
        EnrolmentStatus.WAITLISTED: QCoreApplication.translate("People", "Waiting"),
        EnrolmentStatus.OFFERED: QCoreApplication.translate("People", "Offered a place"),
        EnrolmentStatus.WITHDRAWN: QCoreApplication.translate("People", "Withdrawn"),
    }[value]


def course_status_name(value: CourseStatus) -> str:
    return {
        CourseStatus.PLANNED: QCoreApplication.translate("People", "Planned"),
        CourseStatus.OPEN: QCoreApplication.translate("People", "Open"),
        CourseStatus.RUNNING: QCoreApplication.translate("People", "Running"),
        CourseStatus.COMPLETED: QCoreApplication.translate("People", "Completed"),
        CourseStatus.CANCELLED: QCoreApplication.translate("People", "Cancelled"),
    }[value]


def datetime_text(moment: dt.datetime | None) -> str:
    """Date and time in the language's short format (2026-03-15 09:00 in Swedish)."""
    if moment is None:
        return ""
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def hours_text(minutes: int) -> str:
    return QLocale().toString(minutes / 60, "f", 1)


def _text(value: str | None) -> str:
    return value or ""


# -- persons ----------------------------------------------------------------------------------


def person_search_text(record: PersonRecord) -> str:
    """Searched as the user types: name, organisation, municipality and e-mail."""
    return " ".join(
        (
            record.first_name,
            record.last_name,
            record.organisation_name or "",
            record.municipality_name or "",
            record.email or "",
        )
    )


class PersonTableModel(RecordTableModel[PersonRecord]):
    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("People", "Last name"), lambda r: r.last_name),
            Column(QCoreApplication.translate("People", "First name"), lambda r: r.first_name),
            Column(
                QCoreApplication.translate("People", "Organisation"),
                lambda r: _text(r.organisation_name),
            ),
            Column(
                QCoreApplication.translate("People", "Municipality"),
                lambda r: _text(r.municipality_name),
            ),
            Column(
                QCoreApplication.translate("People", "Born"),
                lambda r: "" if r.birth_year is None else str(r.birth_year),
                sort_key=lambda r: r.birth_year,
                alignment=RIGHT,
            ),
            Column(QCoreApplication.translate("People", "Gender"), lambda r: gender_name(r.gender)),
            # Last, so that it takes the width left over.
            Column(QCoreApplication.translate("People", "E-mail"), lambda r: _text(r.email)),
        ]
        super().__init__(columns, key=lambda r: r.id, search_text=person_search_text, parent=parent)


# -- organisations ----------------------------------------------------------------------------


def organisation_search_text(record: OrganisationRecord) -> str:
    return " ".join((record.name, record.org_number or "", record.municipality_name or ""))


class OrganisationTableModel(RecordTableModel[OrganisationRecord]):
    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("People", "Name"), lambda r: r.name),
            Column(
                QCoreApplication.translate("People", "Org number"), lambda r: _text(r.org_number)
            ),
            Column(
                QCoreApplication.translate("People", "Legal form"),
                lambda r: _text(r.legal_form_name),
            ),
            Column(
                QCoreApplication.translate("People", "Municipality"),
                lambda r: _text(r.municipality_name),
            ),
            Column(QCoreApplication.translate("People", "Kind"), lambda r: kind_name(r.kind)),
            Column(
                QCoreApplication.translate("People", "Persons"),
                lambda r: QLocale().toString(r.person_count),
                sort_key=lambda r: r.person_count,
                alignment=RIGHT,
            ),
        ]
        super().__init__(
            columns, key=lambda r: r.id, search_text=organisation_search_text, parent=parent
        )


# -- enrolments -------------------------------------------------------------------------------

_STATUS_RANK = {
    EnrolmentStatus.ENROLLED: 0,
    EnrolmentStatus.OFFERED: 1,
    EnrolmentStatus.WAITLISTED: 2,
    EnrolmentStatus.WITHDRAWN: 3,
}


class EnrolmentTableModel(RecordTableModel[EnrolmentRecord]):
    """A course's enrolments; the status column says the waitlist position in words."""

    def __init__(self, parent: Any = None) -> None:
        self._positions: dict[str, int] = {}
        columns = [
            Column(QCoreApplication.translate("People", "Name"), lambda r: r.person_name),
            Column(
                QCoreApplication.translate("People", "Organisation"),
                lambda r: _text(r.organisation_name),
            ),
            Column(
                QCoreApplication.translate("People", "Status"),
                self.status_text,
                sort_key=self._status_order,
            ),
            Column(
                QCoreApplication.translate("People", "Enrolled"),
                lambda r: datetime_text(r.enrolled_at),
                sort_key=lambda r: r.enrolled_at,
            ),
            Column(
                QCoreApplication.translate("People", "Status since"),
                lambda r: datetime_text(r.status_since),
                sort_key=lambda r: r.status_since,
            ),
            Column(
                QCoreApplication.translate("People", "Walk-in"),
                lambda r: QCoreApplication.translate("People", "Walk-in") if r.walk_in else "",
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)

    def set_records(self, records: Iterable[EnrolmentRecord]) -> None:
        records = list(records)
        self._positions = waitlist_positions(records)
        super().set_records(records)

    def waitlist_position(self, enrolment_id: str) -> int | None:
        return self._positions.get(enrolment_id)

    def status_text(self, record: EnrolmentRecord) -> str:
        position = self._positions.get(record.id)
        if position is not None:
            return QCoreApplication.translate("People", "Waiting, number %1").replace(
                "%1", str(position)
            )
        return enrolment_status_name(record.status)

    def _status_order(self, record: EnrolmentRecord) -> tuple[int, int]:
        return (_STATUS_RANK[record.status], self._positions.get(record.id, 0))


class PersonCourseTableModel(RecordTableModel[PersonCourse]):
    """The courses on a person's page, with hours attended of hours planned."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("People", "Course"), lambda r: r.course_title),
            Column(
                QCoreApplication.translate("People", "Enrolment"),
                lambda r: enrolment_status_name(r.status),
            ),
            Column(
                QCoreApplication.translate("People", "Hours attended"),
                lambda r: hours_text(r.attended_minutes),
                sort_key=lambda r: r.attended_minutes,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("People", "Hours planned"),
                lambda r: hours_text(r.planned_minutes),
                sort_key=lambda r: r.planned_minutes,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("People", "Dates"),
                _course_dates,
                sort_key=lambda r: r.first_session,
            ),
        ]
        super().__init__(columns, key=lambda r: r.enrolment_id, parent=parent)


def _course_dates(record: PersonCourse) -> str:
    if record.first_session is None or record.last_session is None:
        return QCoreApplication.translate("People", "No sessions yet")
    first = labels.date_text(record.first_session)
    last = labels.date_text(record.last_session)
    return first if first == last else f"{first} – {last}"


class EnrolmentHistoryModel(RecordTableModel[EnrolmentChange]):
    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("People", "Status"),
                lambda r: enrolment_status_name(r.status),
            ),
            Column(
                QCoreApplication.translate("People", "When"),
                lambda r: datetime_text(r.changed_at),
                sort_key=lambda r: r.changed_at,
            ),
            Column(QCoreApplication.translate("People", "Note"), lambda r: _note_text(r.note)),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)


def _note_text(note: str | None) -> str:
    # Notes the services write are known phrases; anything else is shown as written.
    known = {
        "a place became free": QCoreApplication.translate("People", "A place became free"),
        "offer declined": QCoreApplication.translate("People", "Offer declined"),
        "walk-in": QCoreApplication.translate("People", "Walk-in"),
    }
    return known.get(note or "", note or "")
