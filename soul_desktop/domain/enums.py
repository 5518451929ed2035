"""Closed vocabularies of the data model, stored in the database by their string values."""

from __future__ import annotations

from enum import StrEnum

NATIONAL_PARTITION = "national"


class InstallationRole(StrEnum):
    CENTRAL = "central"
    REGIONAL = "regional"
    LEADER = "leader"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    NOT_STATED = "not_stated"


class OrganisationKind(StrEnum):
    SOCIAL_ECONOMY = "social_economy"
    PUBLIC_SECTOR = "public_sector"
    UNION = "union"
    EMPLOYER_ORGANISATION = "employer_organisation"
    OTHER = "other"


class ParticipantRole(StrEnum):
    """A person's role in their organisation, counted by gender in 4R R1."""

    BOARD_MEMBER = "board_member"
    MANAGER = "manager"
    EMPLOYEE = "employee"
    VOLUNTEER = "volunteer"
    COURSE_LEADER = "course_leader"
    OTHER = "other"
    NOT_STATED = "not_stated"


class EmploymentStatus(StrEnum):
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    INACTIVE = "inactive"
    NOT_STATED = "not_stated"


class EducationBand(StrEnum):
    """ISCED bands as ESF participant reporting groups them."""

    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"
    NOT_STATED = "not_stated"


class Disability(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_STATED = "not_stated"


class AccessibilityNeed(StrEnum):
    """Participant needs; the first five are met by a venue feature of the same meaning."""

    STEP_FREE_ACCESS = "step_free_access"
    PARKING_NEARBY = "parking_nearby"
    HEARING_LOOP = "hearing_loop"
    ACCESSIBLE_TOILET = "accessible_toilet"
    ALLERGY_SAFE = "allergy_safe"
    SIGN_LANGUAGE_INTERPRETER = "sign_language_interpreter"
    AUDIO_DESCRIPTION = "audio_description"
    SPECIAL_DIET = "special_diet"
    ALTERNATIVE_FORMATS = "alternative_formats"
    BREAKS = "breaks"


class CourseKind(StrEnum):
    COURSE = "course"
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    STUDY_TRIP = "study_trip"
    CONFERENCE = "conference"
    NETWORK_MEETING = "network_meeting"


class CourseStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    OFFERED = "offered"
    WITHDRAWN = "withdrawn"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    PARTIAL = "partial"


class FourRUnitKind(StrEnum):
    PROGRAMME = "programme"
    REGION = "region"
    COURSE = "course"
    COMPETENCE_AREA = "competence_area"


class OutsideBody(StrEnum):
    """Bodies outside the system whose members are counted by hand for 4R R1."""

    STEERING_GROUP = "steering_group"
    PARTNER_BOARD = "partner_board"
    NETWORK_BOARD = "network_board"
    OTHER = "other"


class ResourceKind(StrEnum):
    MONEY = "money"
    TIME = "time"
    SPACE = "space"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MilestoneStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
