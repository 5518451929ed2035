"""All mapped models, one module per aggregate; importing this registers the whole schema."""

from soul_desktop.storage.models.attendance import Attendance
from soul_desktop.storage.models.course import Course, CourseArea, CourseLeader, CourseSession
from soul_desktop.storage.models.enrolment import Enrolment, EnrolmentStatusChange
from soul_desktop.storage.models.erasure import ErasureLog
from soul_desktop.storage.models.fourr import R1Count, R2Resource, R3Analysis, R4Action
from soul_desktop.storage.models.installation import Installation, LocalState, Revocation
from soul_desktop.storage.models.keys import InstallationKey, IssuedEnrolment
from soul_desktop.storage.models.network import NetworkBoardMember, NetworkMember, RegionalNetwork
from soul_desktop.storage.models.organisation import Organisation
from soul_desktop.storage.models.participation import (
    CourseLeading,
    CourseSummary,
    ParticipantRegion,
    ParticipantSummary,
    Participation,
    ParticipationDirty,
    ParticipationDirtyPerson,
)
from soul_desktop.storage.models.person import Person
from soul_desktop.storage.models.programme import (
    Milestone,
    Partner,
    ProgrammeRegion,
    ProjectProfile,
    Target,
    TransnationalActivity,
)
from soul_desktop.storage.models.reference import (
    CompetenceArea,
    County,
    LegalForm,
    Municipality,
    Region,
)
from soul_desktop.storage.models.sync import SyncAck, SyncConflict, SyncImportLog
from soul_desktop.storage.models.venue import Venue

__all__ = [
    "Attendance",
    "CompetenceArea",
    "County",
    "Course",
    "CourseArea",
    "CourseLeader",
    "CourseLeading",
    "CourseSession",
    "CourseSummary",
    "Enrolment",
    "EnrolmentStatusChange",
    "ErasureLog",
    "Installation",
    "InstallationKey",
    "IssuedEnrolment",
    "LegalForm",
    "LocalState",
    "Milestone",
    "Municipality",
    "NetworkBoardMember",
    "NetworkMember",
    "Organisation",
    "ParticipantRegion",
    "ParticipantSummary",
    "Participation",
    "ParticipationDirty",
    "ParticipationDirtyPerson",
    "Partner",
    "Person",
    "ProgrammeRegion",
    "ProjectProfile",
    "R1Count",
    "R2Resource",
    "R3Analysis",
    "R4Action",
    "Region",
    "RegionalNetwork",
    "Revocation",
    "SyncAck",
    "SyncConflict",
    "SyncImportLog",
    "Target",
    "TransnationalActivity",
    "Venue",
]
