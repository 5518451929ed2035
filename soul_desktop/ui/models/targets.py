"""Table models of the targets section: regions' standing, milestones, transnational activities,
and the persons or courses behind a number.

Besides RecordTableModel's roles, every model answers Qt's AccessibleTextRole with the cell
read as a phrase ("Stockholm: 12 of 30 persons completed"), so a screen reader never meets a
bare number without its meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from soul_desktop.domain.enums import MilestoneStatus
from soul_desktop.domain.targets import (
    NATIONAL_AREA_COUNT,
    ActivityProgress,
    CourseBrief,
    DrillDown,
    Measure,
    MilestoneRecord,
    PersonBrief,
    RegionStanding,
    TargetProgress,
    TargetScope,
    TargetsOverview,
)
from soul_desktop.ui.labels import date_text
from soul_desktop.ui.models.planning import kind_name
from soul_desktop.ui.models.record_table import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight

# Columns of RegionStandingModel.
REGION_NAME = 0
REGION_ROLE = 1
REGION_COMPLETED = 2
REGION_ATTENDED = 3
REGION_NETWORK = 4
REGION_AREAS = 5

# Columns of MilestoneModel.
MILESTONE_GOAL = 0
MILESTONE_TEXT = 1
MILESTONE_STATUS = 2
MILESTONE_EVIDENCE = 3

# Columns of ActivityModel.
ACTIVITY_TITLE = 0
ACTIVITY_QUOTA = 1
ACTIVITY_HELD = 2
ACTIVITY_PARTICIPANTS = 3
ACTIVITY_REGIONS = 4

# Columns of PersonBriefModel.
PERSON_NAME = 0
PERSON_ORGANISATION = 1
PERSON_REGIONS = 2
PERSON_COURSES = 3

# Columns of CourseBriefModel.
COURSE_TITLE = 0
COURSE_REGION = 1
COURSE_KIND = 2
COURSE_START = 3
COURSE_AREAS = 4

# The numbers of the region table that open the list behind them.
REGION_DRILLS: dict[int, DrillDown] = {
    REGION_COMPLETED: DrillDown.COMPLETED_PERSONS,
    REGION_ATTENDED: DrillDown.ATTENDED_PERSONS,
    REGION_NETWORK: DrillDown.NETWORK,
    REGION_AREAS: DrillDown.AREA_COURSES,
}
ACTIVITY_DRILLS: dict[int, DrillDown] = {
    ACTIVITY_PARTICIPANTS: DrillDown.ACTIVITY_PERSONS,
    ACTIVITY_REGIONS: DrillDown.ACTIVITY_PERSONS,
}


def _fill(text: str, *values: object) -> str:
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", _number(values[number - 1]))
    return text


def _number(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


# -- words --------------------------------------------------------------------------------
def of_text(value: int, total: int) -> str:
    """“123 of 170”."""
    return _fill(QCoreApplication.translate("Targets", "%1 of %2"), value, total)


def region_label(code: str, name: str | None) -> str:
    return f"{code} {name}" if name else code


def role_text(collaborating: bool) -> str:
    return (
        QCoreApplication.translate("Targets", "Collaborating")
        if collaborating
        else QCoreApplication.translate("Targets", "Other")
    )


def milestone_status_name(status: MilestoneStatus) -> str:
    return {
        MilestoneStatus.NOT_STARTED: QCoreApplication.translate("Targets", "Not started"),
        MilestoneStatus.IN_PROGRESS: QCoreApplication.translate("Targets", "In progress"),
        MilestoneStatus.ACHIEVED: QCoreApplication.translate("Targets", "Achieved"),
    }[status]


def goal_text(goal: int) -> str:
    return _fill(QCoreApplication.translate("Targets", "Goal %1"), goal)


def area_names_text(codes: Sequence[str], names: Mapping[str, str]) -> str:
    return ", ".join(f"{code} {names[code]}" if code in names else code for code in codes)


def target_value_text(target: TargetProgress) -> str:
    """The number of a target: “123 of 170”, or a dash for a measure this version cannot count."""
    if not target.known_measure:
        return _fill(QCoreApplication.translate("Targets", "– of %1"), target.target)
    return of_text(target.value, target.target)


def target_state_text(target: TargetProgress) -> str:
    """Reached or not, in words (never by colour alone)."""
    if not target.known_measure:
        return QCoreApplication.translate("Targets", "Not counted by this version")
    if target.reached:
        return QCoreApplication.translate("Targets", "Reached")
    return _fill(
        QCoreApplication.translate("Targets", "Not reached: %1 to go"), target.target - target.value
    )


def target_unit(target: TargetProgress) -> str:
    """What a target's number counts, for phrases read aloud."""
    measure = target.measure
    if measure == Measure.COMPLETED_ALL_OR_PART:
        return QCoreApplication.translate("Targets", "persons completed")
    if measure == Measure.ATTENDED:
        return QCoreApplication.translate("Targets", "persons attended")
    if measure == Measure.REGIONS_WITH_NETWORK:
        return QCoreApplication.translate("Targets", "regions with a network formed")
    if measure == Measure.REGIONS_COVERING_AREAS:
        return QCoreApplication.translate(
            "Targets", "regions covering every national competence area"
        )
    return ""


def target_phrase(target: TargetProgress) -> str:
    """“Goal 1: 123 of 170 persons completed; not reached: 47 to go”."""
    return " ".join(
        part
        for part in (
            f"{goal_text(target.goal)}: {target_value_text(target)}",
            target_unit(target) + ";",
            target_state_text(target),
        )
        if part.strip(";")
    )


def target_applies(target: TargetProgress, overview: TargetsOverview) -> bool:
    """Whether a target counts this office's region (always, at central): the target for the
    other regions does not count a collaborating one, nor the other way round."""
    if overview.region_code is None or target.scope not in (
        TargetScope.COLLABORATING,
        TargetScope.OTHER,
    ):
        return True
    own = next((r for r in overview.regions if r.region_code == overview.region_code), None)
    if own is None:
        return True
    return own.collaborating == (target.scope == TargetScope.COLLABORATING)


def not_applicable_text(target: TargetProgress) -> str:
    if target.scope == TargetScope.OTHER:
        return QCoreApplication.translate(
            "Targets", "Counts the other regions; this region is a collaborating one"
        )
    return QCoreApplication.translate(
        "Targets", "Counts the collaborating regions; this region is one of the others"
    )


def completed_nominals(overview: TargetsOverview) -> dict[str, int]:
    """Each region's nominal share of the completed-persons target (collaborating regions)."""
    result: dict[str, int] = {}
    for target in overview.targets:
        if target.measure != Measure.COMPLETED_ALL_OR_PART:
            continue
        for region in target.regions:
            if region.nominal is not None:
                result.setdefault(region.region_code, region.nominal)
        if target.per_region_nominal is not None:
            for standing in overview.regions:
                if standing.collaborating:
                    result.setdefault(standing.region_code, target.per_region_nominal)
    return result


def drill_subject(what: DrillDown, where: str | None = None, scope: str | None = None) -> str:
    """What a list behind a number holds, for the dialog's title: “Persons who completed:
    SE11 Stockholm”, “Persons who attended (the other regions)”."""
    subject = {
        DrillDown.COMPLETED_PERSONS: QCoreApplication.translate(
            "Targets", "Persons who completed all or part"
        ),
        DrillDown.ATTENDED_PERSONS: QCoreApplication.translate("Targets", "Persons who attended"),
        DrillDown.AREA_COURSES: QCoreApplication.translate(
            "Targets", "Training courses in national competence areas"
        ),
        DrillDown.NETWORK: QCoreApplication.translate(
            "Targets", "Meetings of the regional network"
        ),
        DrillDown.ACTIVITY_PERSONS: QCoreApplication.translate("Targets", "Participants"),
    }[what]
    if where:
        return f"{subject}: {where}"
    if scope == TargetScope.COLLABORATING:
        return subject + " " + QCoreApplication.translate("Targets", "(the collaborating regions)")
    if scope == TargetScope.OTHER:
        return subject + " " + QCoreApplication.translate("Targets", "(the other regions)")
    return subject


class PhraseTableModel(RecordTableModel[Any]):
    """A RecordTableModel whose cells are also read as phrases (AccessibleTextRole)."""

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        phrases: Mapping[int, Callable[[Any], str]],
        key: Callable[[Any], str],
        search_text: Callable[[Any], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, key=key, search_text=search_text, parent=parent)
        self._phrases = dict(phrases)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            phrase = self._phrases.get(index.column())
            if phrase is not None:
                return phrase(self.record_at(index.row()))
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def phrase(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column), Qt.ItemDataRole.AccessibleTextRole) or "")


# -- regions ------------------------------------------------------------------------------
class RegionStandingModel(PhraseTableModel):
    """Where each region stands: role, completed against nominal, attended, network, areas."""

    def __init__(self, parent: Any = None) -> None:
        self._nominals: dict[str, int] = {}
        self._area_names: dict[str, str] = {}
        columns = [
            Column(
                QCoreApplication.translate("Targets", "Region"),
                lambda r: region_label(r.region_code, r.region_name),
            ),
            Column(
                QCoreApplication.translate("Targets", "Role"), lambda r: role_text(r.collaborating)
            ),
            Column(
                QCoreApplication.translate("Targets", "Completed"),
                self._completed_text,
                sort_key=lambda r: r.completed_persons,
                alignment=RIGHT,
                tooltip=lambda r: QCoreApplication.translate(
                    "Targets", "Persons who completed all or part of the programme"
                ),
            ),
            Column(
                QCoreApplication.translate("Targets", "Attended"),
                lambda r: _number(r.attended_persons),
                sort_key=lambda r: r.attended_persons,
                alignment=RIGHT,
                tooltip=lambda r: QCoreApplication.translate(
                    "Targets", "Persons who attended at least one session"
                ),
            ),
            Column(
                QCoreApplication.translate("Targets", "Network formed"),
                _network_text,
                sort_key=lambda r: r.network_formed_on,
                tooltip=lambda r: r.network_name,
            ),
            Column(
                QCoreApplication.translate("Targets", "Competence areas"),
                lambda r: of_text(len(r.areas_covered), _area_total(r)),
                sort_key=lambda r: len(r.areas_covered),
                tooltip=self._areas_tooltip,
            ),
        ]
        phrases = {
            REGION_NAME: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1, %2 region"),
                region_label(r.region_code, r.region_name),
                role_text(r.collaborating).lower(),
            ),
            REGION_ROLE: lambda r: f"{r.region_name}: {role_text(r.collaborating).lower()}",
            REGION_COMPLETED: lambda r: (
                f"{r.region_name}: {self._completed_text(r)} "
                + QCoreApplication.translate("Targets", "persons completed")
            ),
            REGION_ATTENDED: lambda r: (
                f"{r.region_name}: {_number(r.attended_persons)} "
                + QCoreApplication.translate("Targets", "persons attended")
            ),
            REGION_NETWORK: self._network_phrase,
            REGION_AREAS: self._areas_phrase,
        }
        super().__init__(columns, phrases, key=lambda r: r.region_code, parent=parent)

    def set_overview(
        self, overview: TargetsOverview, area_names: Mapping[str, str] | None = None
    ) -> None:
        self._nominals = completed_nominals(overview)
        self._area_names = dict(area_names or {})
        regions = overview.regions
        if overview.region_code is not None:
            # A regional installation counts its own region only.
            regions = tuple(r for r in regions if r.region_code == overview.region_code)
        self.set_records(regions)

    def nominal(self, region_code: str) -> int | None:
        return self._nominals.get(region_code)

    def _completed_text(self, r: RegionStanding) -> str:
        nominal = self._nominals.get(r.region_code)
        if nominal is None:
            return _number(r.completed_persons)
        return of_text(r.completed_persons, nominal)

    def _network_phrase(self, r: RegionStanding) -> str:
        if r.network_formed_on is None:
            return _fill(
                QCoreApplication.translate("Targets", "%1: no regional network formed"),
                r.region_name,
            )
        return _fill(
            QCoreApplication.translate("Targets", "%1: regional network formed on %2"),
            r.region_name,
            date_text(r.network_formed_on),
        )

    def missing_text(self, r: RegionStanding) -> str:
        return area_names_text(r.areas_missing, self._area_names)

    def _areas_tooltip(self, r: RegionStanding) -> str:
        if not r.areas_missing:
            return QCoreApplication.translate(
                "Targets", "Every national competence area is covered."
            )
        return _fill(QCoreApplication.translate("Targets", "Missing: %1"), self.missing_text(r))

    def _areas_phrase(self, r: RegionStanding) -> str:
        text = _fill(
            QCoreApplication.translate("Targets", "%1: %2 competence areas covered"),
            r.region_name,
            of_text(len(r.areas_covered), _area_total(r)),
        )
        if r.areas_missing:
            text += "; " + _fill(
                QCoreApplication.translate("Targets", "missing: %1"), self.missing_text(r)
            )
        return text


def _area_total(r: RegionStanding) -> int:
    return len(r.areas_covered) + len(r.areas_missing) or NATIONAL_AREA_COUNT


def _network_text(r: RegionStanding) -> str:
    if r.network_formed_on is None:
        return QCoreApplication.translate("Targets", "No")
    return date_text(r.network_formed_on)


# -- milestones ---------------------------------------------------------------------------
class MilestoneModel(PhraseTableModel):
    """Milestones of Goals 2 and 3: goal, text, status and evidence note."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("Targets", "Goal"),
                lambda r: goal_text(r.goal),
                sort_key=lambda r: r.goal,
            ),
            Column(
                QCoreApplication.translate("Targets", "Milestone"),
                lambda r: r.text_sv,
                tooltip=lambda r: r.text_sv,
            ),
            Column(
                QCoreApplication.translate("Targets", "Status"),
                lambda r: milestone_status_name(r.status),
                sort_key=lambda r: list(MilestoneStatus).index(r.status),
            ),
            Column(
                QCoreApplication.translate("Targets", "Evidence"),
                lambda r: (r.evidence_note or "").replace("\n", " "),
                tooltip=lambda r: r.evidence_note,
            ),
        ]
        phrases = {
            MILESTONE_STATUS: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1: %2"),
                r.text_sv,
                milestone_status_name(r.status),
            ),
            MILESTONE_EVIDENCE: lambda r: _fill(
                QCoreApplication.translate("Targets", "Evidence: %1"),
                r.evidence_note or QCoreApplication.translate("Targets", "none"),
            ),
        }
        super().__init__(columns, phrases, key=lambda r: r.id, parent=parent)


def milestone_of(model: MilestoneModel, row: int) -> MilestoneRecord:
    record = model.record_at(row)
    assert isinstance(record, MilestoneRecord)
    return record


# -- transnational activities ---------------------------------------------------------------
def held_text(a: ActivityProgress) -> str:
    if a.occurrences_planned is None:
        return _number(a.occurrences_held)
    return of_text(a.occurrences_held, a.occurrences_planned)


def activity_total(a: ActivityProgress) -> int:
    return sum(region.participants for region in a.regions)


def activity_regions_text(a: ActivityProgress) -> str:
    """“SE11 2 of 2 · SE12 0 of 2 …”: each region's participants against the quota."""
    return " · ".join(
        f"{r.region_code} {of_text(r.participants, a.participants_per_region)}" for r in a.regions
    )


class ActivityModel(PhraseTableModel):
    """Transnational activities: title, quota per region, held, participants, per region."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("Targets", "Activity"),
                lambda r: f"{r.code} {r.title_sv}",
                sort_key=lambda r: r.code,
                tooltip=lambda r: r.title_sv,
            ),
            Column(
                QCoreApplication.translate("Targets", "Quota per region"),
                lambda r: _number(r.participants_per_region),
                sort_key=lambda r: r.participants_per_region,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("Targets", "Held"),
                held_text,
                sort_key=lambda r: r.occurrences_held,
            ),
            Column(
                QCoreApplication.translate("Targets", "Participants"),
                lambda r: _number(activity_total(r)),
                sort_key=activity_total,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("Targets", "Per region (of quota)"),
                activity_regions_text,
                tooltip=lambda r: "\n".join(
                    f"{x.region_code}: {of_text(x.participants, r.participants_per_region)}"
                    for x in r.regions
                ),
            ),
        ]
        phrases = {
            ACTIVITY_QUOTA: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1: quota %2 persons per region"),
                r.code,
                r.participants_per_region,
            ),
            ACTIVITY_HELD: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1: held %2 times"), r.code, held_text(r)
            ),
            ACTIVITY_PARTICIPANTS: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1: %2 participants in all"),
                r.code,
                activity_total(r),
            ),
            ACTIVITY_REGIONS: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1 participants per region: %2"),
                r.code,
                ", ".join(
                    f"{x.region_code} {of_text(x.participants, r.participants_per_region)}"
                    for x in r.regions
                )
                or QCoreApplication.translate("Targets", "none"),
            ),
        }
        super().__init__(columns, phrases, key=lambda r: r.id, parent=parent)


# -- what lies behind a number ----------------------------------------------------------------
class PersonBriefModel(PhraseTableModel):
    """Persons behind a number: name, organisation, regions, number of courses."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("Targets", "Name"), lambda r: r.name),
            Column(
                QCoreApplication.translate("Targets", "Organisation"),
                lambda r: r.organisation_name or "",
            ),
            Column(
                QCoreApplication.translate("Targets", "Regions"),
                lambda r: ", ".join(r.region_codes),
            ),
            Column(
                QCoreApplication.translate("Targets", "Courses"),
                lambda r: _number(r.courses),
                sort_key=lambda r: r.courses,
                alignment=RIGHT,
            ),
        ]
        phrases = {
            PERSON_COURSES: lambda r: _fill(
                QCoreApplication.translate("Targets", "%1: %2 courses"), r.name, r.courses
            ),
        }
        super().__init__(columns, phrases, key=lambda r: r.id, parent=parent)


class CourseBriefModel(PhraseTableModel):
    """Courses behind a number: title, region, kind, first session, competence areas."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(QCoreApplication.translate("Targets", "Title"), lambda r: r.title),
            Column(QCoreApplication.translate("Targets", "Region"), lambda r: r.region_code),
            Column(QCoreApplication.translate("Targets", "Kind"), lambda r: kind_name(r.kind)),
            Column(
                QCoreApplication.translate("Targets", "First session"),
                lambda r: date_text(r.first_start) if r.first_start else "",
                sort_key=lambda r: r.first_start,
            ),
            Column(
                QCoreApplication.translate("Targets", "Competence areas"),
                lambda r: ", ".join(r.area_codes),
            ),
        ]
        super().__init__(columns, {}, key=lambda r: r.id, parent=parent)


def lists_courses(what: DrillDown, records: Sequence[PersonBrief | CourseBrief]) -> bool:
    """Whether the list behind a number is of courses (else of persons)."""
    if records:
        return isinstance(records[0], CourseBrief)
    return what in (DrillDown.AREA_COURSES, DrillDown.NETWORK)
