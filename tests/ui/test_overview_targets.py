"""The overview's targets section: the numbers in words, the lists behind them, and the edits
central makes to the profile (undoable); a regional office sees its own region, read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind, InstallationRole, MilestoneStatus
from soul_desktop.domain.errors import SoulError
from soul_desktop.domain.profile import ProfileSettings, ProgrammeRegionRecord, TargetRecord
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.domain.targets import (
    ActivityProgress,
    ActivityRegion,
    CourseBrief,
    DrillDown,
    Measure,
    MilestoneRecord,
    PersonBrief,
    RegionStanding,
    RegionValue,
    TargetProgress,
    TargetsOverview,
)
from soul_desktop.services import installation, profile, targets
from soul_desktop.services.setup import Database
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.models import targets as models
from soul_desktop.ui.pages.overview import OverviewPage, TargetsSection, target_drill
from soul_desktop.ui.profile_dialogs import MilestoneDialog, TargetsDialog
from soul_desktop.ui.target_details import TargetDetailsDialog
from soul_desktop.ui.worker import Worker

COUNTED = dt.datetime(2026, 11, 27, 14, 5)
AREAS = {f"NAT-{n}": f"Område {n}" for n in range(1, 8)}
PARTICIPANTS = ids.derived_id("target", "M1-collaborating-participants")
METHOD = ids.derived_id("milestone", "M2-method")


@pytest.fixture(autouse=True)
def swedish_dates() -> None:
    """Dates as a Swedish user sees them (2010-03-01); conftest puts the locale back."""
    QLocale.setDefault(QLocale("sv_SE"))


# -- records made by hand -------------------------------------------------------------------
def _target(
    code: str,
    measure: str,
    value: int,
    target: int,
    *,
    scope: str | None = None,
    nominal: int | None = None,
    regions: tuple[RegionValue, ...] = (),
    known: bool = True,
) -> TargetProgress:
    return TargetProgress(
        id=f"t-{code}",
        code=code,
        goal=1,
        text_sv=f"Mål {code}",
        measure=measure,
        scope=scope,
        target=target,
        per_region_nominal=nominal,
        value=value,
        regions=regions,
        known_measure=known,
    )


def _standing(
    code: str,
    name: str,
    collaborating: bool,
    completed: int,
    attended: int,
    *,
    formed: dt.date | None = None,
    missing: tuple[str, ...] = (),
) -> RegionStanding:
    covered = tuple(a for a in AREAS if a not in missing)
    return RegionStanding(
        region_code=code,
        region_name=name,
        collaborating=collaborating,
        completed_persons=completed,
        attended_persons=attended,
        network_id=f"net-{code}" if formed else None,
        network_name=f"Nätverk {name}" if formed else None,
        network_formed_on=formed,
        areas_covered=covered,
        areas_missing=missing,
    )


STOCKHOLM = _standing("SE11", "Stockholm", True, 12, 20, formed=dt.date(2010, 3, 1))
JAMTLAND = _standing("SE32", "Mellersta Norrland", True, 31, 40, missing=("NAT-3", "NAT-7"))
SMALAND = _standing("SE21", "Småland med öarna", False, 5, 9)
COMPLETED = _target(
    "M1-collaborating-participants",
    Measure.COMPLETED_ALL_OR_PART,
    43,
    170,
    scope="collaborating",
    nominal=30,
    regions=(RegionValue("SE11", 12, 30), RegionValue("SE32", 31, 30)),
)
ATTENDED = _target("M1-other-participants", Measure.ATTENDED, 70, 70, scope="other")
NETWORKS = _target("M1-networks", Measure.REGIONS_WITH_NETWORK, 1, 6)
UNKNOWN = _target("M9-new", "a_measure_of_the_future", 0, 5, known=False)
MILESTONE = MilestoneRecord(
    METHOD, "M2-method", 2, "En metod finns", MilestoneStatus.IN_PROGRESS, "Utkast\nklart"
)
TRIP = ActivityProgress(
    id="a1",
    code="3.1.1",
    kind="study_trip",
    title_sv="Studiebesök i Bryssel",
    participants_per_region=2,
    occurrences_planned=2,
    occurrences_held=1,
    regions=(ActivityRegion("SE11", 2), ActivityRegion("SE32", 1)),
)
CONFERENCE = ActivityProgress(
    id="a2",
    code="3.2.1",
    kind="conference",
    title_sv="Forskarkonferens",
    participants_per_region=1,
    occurrences_planned=None,
    occurrences_held=0,
    regions=(),
)


def _overview(region_code: str | None = None) -> TargetsOverview:
    return TargetsOverview(
        targets=(COMPLETED, ATTENDED, NETWORKS, UNKNOWN),
        regions=(STOCKHOLM, SMALAND, JAMTLAND),
        milestones=(MILESTONE,),
        activities=(TRIP, CONFERENCE),
        counted_at=COUNTED,
        region_code=region_code,
    )


PERSONS = (
    PersonBrief("p1", "Anna Ek", "Kooperativet", ("SE11",), 2),
    PersonBrief("p2", "Erik Berg", None, ("SE11", "SE32"), 1),
)
COURSES = (
    CourseBrief(
        "c1", "Kvalitet", "SE32", CourseKind.COURSE, dt.datetime(2010, 2, 1, 9), ("NAT-2",)
    ),
)


# -- the models, without a window -------------------------------------------------------------
def test_targets_in_words() -> None:
    assert models.target_value_text(COMPLETED) == "43 of 170"
    assert models.target_state_text(COMPLETED) == "Not reached: 127 to go"
    assert models.target_state_text(ATTENDED) == "Reached"
    assert models.target_phrase(COMPLETED) == (
        "Goal 1: 43 of 170 persons completed; Not reached: 127 to go"
    )
    assert models.target_phrase(NETWORKS).startswith("Goal 1: 1 of 6 regions with a network")
    # A measure this version cannot count is never shown as 0 reached.
    assert models.target_value_text(UNKNOWN) == "– of 5"
    assert models.target_state_text(UNKNOWN) == "Not counted by this version"


def test_the_region_table_reads_each_number_as_a_phrase() -> None:
    model = models.RegionStandingModel()
    model.set_overview(_overview(), AREAS)
    assert model.rowCount() == 3
    texts = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(3)
    ]
    assert texts[0] == ["SE11 Stockholm", "Collaborating", "12 of 30", "20", "2010-03-01", "7 of 7"]
    # The other regions have no nominal share: the count stands alone.
    assert texts[1] == ["SE21 Småland med öarna", "Other", "5", "9", "No", "7 of 7"]
    assert texts[2][2] == "31 of 30"
    assert texts[2][5] == "5 of 7"
    assert model.phrase(0, models.REGION_COMPLETED) == "Stockholm: 12 of 30 persons completed"
    assert model.phrase(1, models.REGION_ATTENDED) == "Småland med öarna: 9 persons attended"
    assert model.phrase(1, models.REGION_NETWORK) == "Småland med öarna: no regional network formed"
    assert model.phrase(0, models.REGION_NETWORK) == (
        "Stockholm: regional network formed on 2010-03-01"
    )
    assert model.phrase(2, models.REGION_AREAS) == (
        "Mellersta Norrland: 5 of 7 competence areas covered; "
        "missing: NAT-3 Område 3, NAT-7 Område 7"
    )
    tooltip = model.index(2, models.REGION_AREAS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Missing: NAT-3 Område 3, NAT-7 Område 7"
    assert model.index(0, models.REGION_NETWORK).data(Qt.ItemDataRole.ToolTipRole) == (
        "Nätverk Stockholm"
    )
    # Numbers sort as numbers.
    model.sort(models.REGION_COMPLETED, Qt.SortOrder.DescendingOrder)
    assert [r.region_code for r in model.records()] == ["SE32", "SE11", "SE21"]


def test_a_regional_office_sees_its_own_region_only() -> None:
    model = models.RegionStandingModel()
    model.set_overview(_overview("SE32"), AREAS)
    assert [r.region_code for r in model.records()] == ["SE32"]


def test_milestones_and_activities_in_words() -> None:
    milestones = models.MilestoneModel()
    milestones.set_records([MILESTONE])
    row = [milestones.index(0, c).data() for c in range(milestones.columnCount())]
    assert row == ["Goal 2", "En metod finns", "In progress", "Utkast klart"]
    assert milestones.phrase(0, models.MILESTONE_STATUS) == "En metod finns: In progress"
    assert milestones.phrase(0, models.MILESTONE_EVIDENCE) == "Evidence: Utkast\nklart"

    activities = models.ActivityModel()
    activities.set_records([TRIP, CONFERENCE])
    row = [activities.index(0, c).data() for c in range(activities.columnCount())]
    assert row == ["3.1.1 Studiebesök i Bryssel", "2", "1 of 2", "3", "SE11 2 of 2 · SE32 1 of 2"]
    assert activities.index(1, models.ACTIVITY_HELD).data() == "0"
    assert activities.phrase(0, models.ACTIVITY_REGIONS) == (
        "3.1.1 participants per region: SE11 2 of 2, SE32 1 of 2"
    )
    assert activities.phrase(1, models.ACTIVITY_REGIONS) == ("3.2.1 participants per region: none")
    assert activities.phrase(0, models.ACTIVITY_PARTICIPANTS) == "3.1.1: 3 participants in all"


def test_the_lists_behind_the_numbers() -> None:
    persons = models.PersonBriefModel()
    persons.set_records(PERSONS)
    assert [persons.index(1, c).data() for c in range(4)] == ["Erik Berg", "", "SE11, SE32", "1"]
    courses = models.CourseBriefModel()
    courses.set_records(COURSES)
    assert [courses.index(0, c).data() for c in range(5)] == [
        "Kvalitet",
        "SE32",
        "Course",
        "2010-02-01",
        "NAT-2",
    ]
    assert models.lists_courses(DrillDown.AREA_COURSES, ())
    assert not models.lists_courses(DrillDown.AREA_COURSES, PERSONS)
    assert not models.lists_courses(DrillDown.ATTENDED_PERSONS, ())
    assert models.drill_subject(DrillDown.ATTENDED_PERSONS, scope="other") == (
        "Persons who attended (the other regions)"
    )
    assert models.drill_subject(DrillDown.COMPLETED_PERSONS, "SE11 Stockholm") == (
        "Persons who completed all or part: SE11 Stockholm"
    )


def test_what_lies_behind_a_target() -> None:
    assert target_drill(COMPLETED, None) == (
        DrillDown.COMPLETED_PERSONS,
        None,
        "collaborating",
    )
    assert target_drill(ATTENDED, "SE32") == (DrillDown.ATTENDED_PERSONS, "SE32", "other")
    assert target_drill(UNKNOWN, None) is None
    # The networks behind their target are the region table's network column.
    assert target_drill(NETWORKS, None) is None


# -- the page ------------------------------------------------------------------------------------
@pytest.fixture
def fake_service(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """targets.overview and drill_down answer with the records above; the calls are kept."""
    calls: list[tuple[Any, ...]] = []

    def overview(_db: Database, *, today: dt.date | None = None) -> TargetsOverview:
        info = installation.current(_db)
        return _overview(info.region_code if info else None)

    def drill_down(
        _db: Database, what: DrillDown, region: str | None, key: str | None = None
    ) -> tuple[Any, ...]:
        calls.append((what, region, key))
        return COURSES if what is DrillDown.AREA_COURSES else PERSONS

    monkeypatch.setattr(targets, "overview", overview)
    monkeypatch.setattr(targets, "drill_down", drill_down)
    return calls


@pytest.fixture
def central(fresh_database: Database) -> Database:
    installation.initialise(fresh_database, InstallationRole.CENTRAL, None, "Centralt kansli")
    return fresh_database


def _page(qtbot: QtBot, worker: Worker, db: Database, edits: EditRunner | None) -> OverviewPage:
    info = installation.current(db)
    assert info is not None
    page = OverviewPage(worker, db, info, edits=edits)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.targets.targetsLoaded, timeout=10_000):
        page.refresh()
    return page


@pytest.fixture
def edits(worker: Worker) -> Iterator[EditRunner]:
    runner = EditRunner(worker)
    yield runner
    runner.deleteLater()


def _details(qtbot: QtBot, section: TargetsSection, open_it: Any) -> TargetDetailsDialog:
    with qtbot.waitSignal(section.detailsOpened, timeout=5000) as opened:
        open_it()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    return dialog


def test_the_real_service_on_an_empty_region(
    qtbot: QtBot, worker: Worker, database: Database
) -> None:
    page = _page(qtbot, worker, database, None)
    section = page.targets
    assert section.overview is not None and section.overview.region_code == "SE32"
    assert [r.region_code for r in section.regions_model.records()] == ["SE32"]
    assert section.regions_model.index(0, models.REGION_COMPLETED).data() == "0 of 30"
    assert section.milestones_model.rowCount() == 5
    assert section.activities_model.rowCount() == 4
    assert section.status_label.text().startswith("Counted at ")
    # The figures above are still counted and shown.
    assert page.tiles["persons"].value.text() == QLocale().toString(0)


def test_a_regional_office_reads_its_own_region_and_cannot_edit(
    qtbot: QtBot, worker: Worker, database: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, database, None)
    section = page.targets
    assert not section.central
    assert section.edit_targets_button.isHidden()
    assert section.edit_milestone_button is None
    assert section.edit_milestone(0) is None
    texts = [label.text() for label in section.findChildren(type(section.status_label))]
    assert any("counts its own region only (SE32 Mellersta Norrland)" in t for t in texts)
    assert any("central office sets the milestones" in t for t in texts)
    assert [r.region_code for r in section.regions_model.records()] == ["SE32"]


def test_each_target_shows_its_progress_and_whether_it_is_reached(
    qtbot: QtBot, worker: Worker, central: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, central, None)
    section = page.targets
    assert list(section.target_rows) == [t.id for t in _overview().targets]
    row = section.target_rows[COMPLETED.id]
    assert row.bar.text() == "43 of 170"
    assert (row.bar.minimum(), row.bar.maximum(), row.bar.value()) == (0, 170, 43)
    assert row.bar.accessibleName() == models.target_phrase(COMPLETED)
    assert row.state.text() == "Not reached: 127 to go"
    reached = section.target_rows[ATTENDED.id]
    # In words, with a mark beside them; colour is never the only sign.
    assert reached.state.text() == "✓ Reached"
    assert reached.state.accessibleName() == "Reached"
    assert section.target_rows[UNKNOWN.id].bar.text() == "– of 5"
    assert section.target_rows[UNKNOWN.id].bar.value() == 0
    # Counting again keeps the same rows (and whatever has the focus).
    bar = row.bar
    with qtbot.waitSignal(section.targetsLoaded, timeout=10_000):
        section.refresh()
    assert section.target_rows[COMPLETED.id].bar is bar


def test_a_click_on_a_target_opens_the_persons_behind_it(
    qtbot: QtBot, worker: Worker, database: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, database, None)
    section = page.targets
    bar = section.target_rows[COMPLETED.id].bar
    dialog = _details(qtbot, section, lambda: qtbot.mouseClick(bar, Qt.MouseButton.LeftButton))
    qtbot.addWidget(dialog)
    # A regional office's lists are of its own region.
    assert fake_service == [(DrillDown.COMPLETED_PERSONS, "SE32", "collaborating")]
    assert dialog.windowTitle() == (
        "Persons who completed all or part: SE32 Mellersta Norrland (2)"
    )
    assert dialog.status_label.text() == "2 persons."
    assert dialog.model.rowCount() == 2
    assert dialog.copy_button.isEnabled()
    dialog.copy_all()
    assert QApplication.clipboard().text().splitlines() == [
        "Name\tOrganisation\tRegions\tCourses",
        "Anna Ek\tKooperativet\tSE11\t2",
        "Erik Berg\t\tSE11, SE32\t1",
    ]
    dialog.search.setText("berg")
    assert dialog.proxy.rowCount() == 1
    dialog.close()


def test_enter_on_a_target_opens_it_too(
    qtbot: QtBot, worker: Worker, central: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, central, None)
    section = page.targets
    bar = section.target_rows[ATTENDED.id].bar
    dialog = _details(qtbot, section, lambda: qtbot.keyClick(bar, Qt.Key.Key_Return))
    qtbot.addWidget(dialog)
    # At central a target's list covers every region of its scope.
    assert fake_service == [(DrillDown.ATTENDED_PERSONS, None, "other")]
    assert dialog.windowTitle() == "Persons who attended (the other regions) (2)"
    dialog.close()


def test_a_target_of_the_other_regions_says_it_does_not_count_this_one(
    qtbot: QtBot, worker: Worker, database: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, database, None)
    section = page.targets
    # Mellersta Norrland collaborates: the target for the other three does not count it.
    row = section.target_rows[ATTENDED.id]
    reason = "Counts the other regions; this region is a collaborating one"
    assert row.state.text() == reason
    assert row.bar.text() == "–" and not row.bar.isEnabled()
    assert row.bar.accessibleName() == f"Goal 1: {reason}"
    assert section.open_target(ATTENDED.id) is None
    assert fake_service == []
    assert models.target_applies(COMPLETED, section.overview)  # type: ignore[arg-type]
    assert models.target_applies(ATTENDED, _overview())


def test_the_networks_target_leads_to_the_regions_networks(
    qtbot: QtBot, worker: Worker, database: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, database, None)
    page.show()
    qtbot.waitExposed(page)
    section = page.targets
    assert section.open_target(NETWORKS.id) is None
    assert section.regions_view.currentIndex().column() == models.REGION_NETWORK
    assert fake_service == []


def test_numbers_in_the_tables_open_by_click_or_enter(
    qtbot: QtBot, worker: Worker, central: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, central, None)
    page.show()
    qtbot.waitExposed(page)
    section = page.targets
    view = section.regions_view
    # Stockholm's attended persons, by mouse.
    rect = view.visualRect(section.regions_model.index(0, models.REGION_ATTENDED))
    dialog = _details(
        qtbot,
        section,
        lambda: qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()),
    )
    assert fake_service[-1] == (DrillDown.ATTENDED_PERSONS, "SE11", None)
    assert dialog.windowTitle() == "Persons who attended: SE11 Stockholm (2)"
    dialog.close()
    # Mellersta Norrland's competence areas, by keyboard: the list is of courses.
    view.setCurrentIndex(section.regions_model.index(2, models.REGION_AREAS))
    dialog = _details(qtbot, section, lambda: qtbot.keyClick(view, Qt.Key.Key_Return))
    assert fake_service[-1] == (DrillDown.AREA_COURSES, "SE32", None)
    assert dialog.courses and dialog.status_label.text() == "One course."
    dialog.close()
    # Stockholm's network: its meetings, by the network's id.
    dialog = section.open_region_number(0, models.REGION_NETWORK)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    assert fake_service[-1] == (DrillDown.NETWORK, "SE11", "net-SE11")
    dialog.close()
    # Småland has no network: said so, nothing opened.
    assert section.open_region_number(1, models.REGION_NETWORK) is None
    assert section.status_label.text() == "SE21 Småland med öarna has no regional network recorded."
    # The region's name is not a number: a click there opens nothing.
    rect = view.visualRect(section.regions_model.index(0, models.REGION_NAME))
    with qtbot.assertNotEmitted(section.detailsOpened):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # An activity's participants, all regions at central, by the activity's code.
    dialog = section.open_activity_number(0, models.ACTIVITY_PARTICIPANTS)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    assert fake_service[-1] == (DrillDown.ACTIVITY_PERSONS, None, "3.1.1")
    dialog.close()


def test_a_list_that_cannot_be_loaded_says_why(
    qtbot: QtBot, worker: Worker, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> tuple[PersonBrief, ...]:
        raise SoulError("the database is locked")

    monkeypatch.setattr(targets, "drill_down", broken)
    dialog = TargetDetailsDialog(
        worker, database, DrillDown.ATTENDED_PERSONS, "SE32", None, "Persons who attended"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loadFailed, timeout=10_000):
        pass
    assert dialog.status_label.text() == ("The list could not be loaded: The database is locked.")
    assert not dialog.copy_button.isEnabled()


def test_a_cut_list_says_so(
    qtbot: QtBot, worker: Worker, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets, "DRILL_DOWN_LIMIT", 2)
    monkeypatch.setattr(targets, "drill_down", lambda *_args: PERSONS)
    dialog = TargetDetailsDialog(
        worker, database, DrillDown.ATTENDED_PERSONS, None, None, "Persons", expected=9
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.windowTitle() == "Persons (9)"
    assert dialog.status_label.text() == "The first 2 of 9 are shown, by surname."


def test_a_failure_to_count_is_shown(
    qtbot: QtBot,
    worker: Worker,
    database: Database,
    installation_info: InstallationInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_db: Database, *, today: dt.date | None = None) -> TargetsOverview:
        raise SoulError("the database is locked")

    monkeypatch.setattr(targets, "overview", broken)
    page = OverviewPage(worker, database, installation_info)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.targets.targetsFailed, timeout=10_000):
        page.refresh()
    assert page.targets.status_label.text() == (
        "The targets could not be counted: The database is locked."
    )
    assert not page.targets.is_loading()


# -- editing at central --------------------------------------------------------------------------
def test_central_edits_a_milestone_and_undoes_it(
    qtbot: QtBot, worker: Worker, central: Database, edits: EditRunner
) -> None:
    page = _page(qtbot, worker, central, edits)
    section = page.targets
    assert section.central and section.edit_milestone_button is not None
    row = next(
        r
        for r in range(section.milestones_model.rowCount())
        if models.milestone_of(section.milestones_model, r).id == METHOD
    )
    section.milestones_view.setCurrentIndex(section.milestones_model.index(row, 0))
    assert section.edit_milestone_button.isEnabled()
    with qtbot.waitSignal(section.editorOpened, timeout=5000) as opened:
        section.edit_milestone_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, MilestoneDialog)
    dialog.status.setCurrentIndex(list(MilestoneStatus).index(MilestoneStatus.ACHIEVED))
    dialog.note.setPlainText("Metodbok antagen 2011-05-02")
    with qtbot.waitSignal(edits.finished, timeout=10_000):
        dialog.accept()
    shown = models.milestone_of(section.milestones_model, row)
    assert (shown.status, shown.evidence_note) == (
        MilestoneStatus.ACHIEVED,
        "Metodbok antagen 2011-05-02",
    )
    assert section.milestones_model.index(row, models.MILESTONE_STATUS).data() == "Achieved"
    stored = next(m for m in profile.milestones(central) if m.id == METHOD)
    assert stored == shown
    with qtbot.waitSignal(edits.finished, timeout=10_000):
        edits.stack.undo()
    shown = models.milestone_of(section.milestones_model, row)
    assert (shown.status, shown.evidence_note) == (MilestoneStatus.NOT_STARTED, None)
    assert next(m for m in profile.milestones(central) if m.id == METHOD) == shown


def test_a_too_long_evidence_note_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = MilestoneDialog(MILESTONE)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("x" * 4001)
    dialog.accept()
    assert dialog.values is None
    limit = QLocale().toString(4000)
    assert dialog.error.text() == f"The evidence note can be at most {limit} characters long."
    assert dialog.result() == 0


def test_central_edits_targets_and_regions_and_undoes_it(
    qtbot: QtBot, worker: Worker, central: Database, edits: EditRunner
) -> None:
    page = _page(qtbot, worker, central, edits)
    section = page.targets
    assert section.edit_targets_button.isVisible() or not section.isVisible()
    with qtbot.waitSignal(section.editorOpened, timeout=10_000) as opened:
        section.edit_targets_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, TargetsDialog)
    dialog.values[PARTICIPANTS].setValue(150)
    dialog.nominals[PARTICIPANTS].setValue(25)
    dialog.regions["SE21"].setChecked(True)
    with qtbot.waitSignal(section.targetsLoaded, timeout=10_000):
        dialog.accept()
    after = profile.settings(central)
    target = next(t for t in after.targets if t.id == PARTICIPANTS)
    assert (target.value, target.per_region_nominal) == (150, 25)
    assert after.collaborating()["SE21"] is True
    # The page counted again with the new target.
    shown = next(t for t in section.overview.targets if t.id == PARTICIPANTS)  # type: ignore[union-attr]
    assert shown.target == 150
    assert section.target_rows[PARTICIPANTS].bar.text() == "0 of 150"
    with qtbot.waitSignal(section.targetsLoaded, timeout=10_000):
        edits.stack.undo()
    before = profile.settings(central)
    target = next(t for t in before.targets if t.id == PARTICIPANTS)
    assert (target.value, target.per_region_nominal) == (170, 30)
    assert before.collaborating()["SE21"] is False


def _settings() -> ProfileSettings:
    return ProfileSettings(
        targets=(
            TargetRecord(
                PARTICIPANTS, "M1-c", 1, "Minst 170", Measure.COMPLETED_ALL_OR_PART, None, 170, 30
            ),
            TargetRecord("net", "M1-n", 1, "Nätverk", Measure.REGIONS_WITH_NETWORK, None, 6, None),
        ),
        regions=(
            ProgrammeRegionRecord("SE11", "Stockholm", True),
            ProgrammeRegionRecord("SE21", "Småland med öarna", False),
        ),
    )


def test_the_targets_dialog_refuses_bad_values_and_reports_only_changes(qtbot: QtBot) -> None:
    dialog = TargetsDialog(_settings())
    qtbot.addWidget(dialog)
    # The networks target counts regions: no share per region to edit.
    assert set(dialog.nominals) == {PARTICIPANTS}
    assert dialog.values["net"].accessibleName() == "Target value: Nätverk"
    dialog.nominals[PARTICIPANTS].setValue(200)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == (
        "Minst 170: The share per region (200) cannot be larger than the target (170)."
    )
    dialog.values["net"].setValue(0)
    dialog.nominals[PARTICIPANTS].setValue(0)  # shown as "none"
    dialog.accept()
    assert dialog.error.text() == "Nätverk: The target must be larger than 0."
    dialog.values["net"].setValue(7)
    dialog.regions["SE21"].setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    changes = dialog.target_changes()
    assert [(c.target_id, c.value, c.per_region_nominal) for c in changes] == [
        (PARTICIPANTS, 170, None),
        ("net", 7, None),
    ]
    assert [(c.target_id, c.value, c.per_region_nominal) for c in dialog.previous_targets()] == [
        (PARTICIPANTS, 170, 30),
        ("net", 6, None),
    ]
    assert dialog.region_changes() == {"SE21": True}
    assert dialog.previous_regions() == {"SE21": False}


def test_tab_goes_through_the_targets_in_reading_order(
    qtbot: QtBot, worker: Worker, central: Database, fake_service: list[tuple[Any, ...]]
) -> None:
    page = _page(qtbot, worker, central, None)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    section = page.targets
    section.edit_targets_button.setFocus()
    qtbot.waitUntil(section.edit_targets_button.hasFocus)
    expected = [
        *(row.bar for row in section.target_rows.values()),
        section.regions_view,
        section.milestones_view,
        section.edit_milestone_button,
        section.activities_view,
    ]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    # Every control of the section has a name a screen reader can say.
    for widget in (section.edit_targets_button, *expected):
        assert widget is not None and widget.accessibleName()
