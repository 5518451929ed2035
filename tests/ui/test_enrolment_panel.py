"""The enrolment panel, driven from the keyboard: enrol several, waitlist, offers, undo/redo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import EnrolmentStatus
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import enrolment, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.enrolment_panel import EnrolDialog, EnrolmentPanel
from soul_desktop.ui.worker import Worker

NAMES = [("Anna", "Ek"), ("Bo", "Berg"), ("Cia", "Holm"), ("Dan", "Lund")]


@pytest.fixture
def context(database: Database, worker: Worker, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


@pytest.fixture
def course_id(database: Database) -> str:
    """A course with two places, and four persons who want them."""
    course = ids.new_id()
    with UnitOfWork(database) as uow:
        uow.session.add(
            Course(
                id=course,
                partition="SE32",
                region_code="SE32",
                title="Styrelsearbete",
                capacity=2,
            )
        )
        uow.commit()
    for first, last in NAMES:
        people.create_person(database, ids.new_id(), first, last)
    return course


def _settle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=10_000)


@pytest.fixture
def panel(qtbot: QtBot, context: PageContext, course_id: str) -> Iterator[EnrolmentPanel]:
    widget = EnrolmentPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    with qtbot.waitSignal(widget.loaded):
        widget.set_course(course_id)
    yield widget
    _settle(qtbot, context)


def _statuses(panel: EnrolmentPanel) -> dict[str, str]:
    model = panel.model
    return {
        model.record_at(r).person_name: model.index(r, 2).data() for r in range(model.rowCount())
    }


def _open_dialog(qtbot: QtBot, panel: EnrolmentPanel) -> EnrolDialog:
    panel.enrol_button.setFocus()
    qtbot.keyClick(panel.enrol_button, Qt.Key.Key_Space)
    dialog = panel.enrol_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _enrol_all(qtbot: QtBot, context: PageContext, panel: EnrolmentPanel) -> None:
    dialog = _open_dialog(qtbot, panel)
    assert dialog.search.hasFocus()  # ready to type a name
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.view.hasFocus()
    # Shift+Down three times chooses all four, in list order (Ek, Berg, Holm, Lund by name).
    for _ in range(3):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.chosen_ids()) == 4
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    _settle(qtbot, context)


def test_enrol_several_on_a_small_course_puts_the_rest_on_the_waitlist(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    assert "2 places: 0 enrolled" in panel.places_label.text()
    _enrol_all(qtbot, context, panel)
    statuses = _statuses(panel)
    assert sorted(statuses.values()) == [
        "Enrolled",
        "Enrolled",
        "Waiting, number 1",
        "Waiting, number 2",
    ]
    assert "The course is full: 2 put on the waitlist" in panel.message.text()
    assert "2 places: 2 enrolled, 0 offered a place, 2 waiting" in panel.places_label.text()
    assert context.edits.stack.count() == 1


def test_withdrawing_offers_the_place_to_the_first_waiting_and_undo_redo(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    _enrol_all(qtbot, context, panel)
    records = {r.person_name: r for r in panel.model.records()}
    enrolled = [n for n, r in records.items() if r.status is EnrolmentStatus.ENROLLED]
    waiting = sorted(
        (r for r in records.values() if r.status is EnrolmentStatus.WAITLISTED),
        key=lambda r: r.status_since,
    )
    first_waiting = waiting[0].person_name
    # Choose the first enrolled person in the list with the keyboard and withdraw them.
    panel.view.setFocus()
    panel.select(records[enrolled[0]].id)
    assert panel.withdraw_button.isEnabled() and not panel.accept_button.isEnabled()
    panel.withdraw_button.setFocus()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(panel.withdraw_button, Qt.Key.Key_Space)
    _settle(qtbot, context)
    statuses = _statuses(panel)
    assert statuses[enrolled[0]] == "Withdrawn"
    assert statuses[first_waiting] == "Offered a place"
    assert f"Offered the free place: {first_waiting}." in panel.message.text()
    # The history of the withdrawn enrolment is shown.
    assert panel.current_record().person_name == enrolled[0]
    qtbot.waitUntil(lambda: panel.history_model.rowCount() == 2)
    assert panel.history_view.model().index(1, 0).data() == "Withdrawn"

    stack = context.edits.stack
    with qtbot.waitSignal(panel.loaded):
        stack.undo()
    _settle(qtbot, context)
    statuses = _statuses(panel)
    assert statuses[enrolled[0]] == "Enrolled"
    assert statuses[first_waiting] == "Waiting, number 1"
    with qtbot.waitSignal(panel.loaded):
        stack.redo()
    _settle(qtbot, context)
    assert _statuses(panel)[first_waiting] == "Offered a place"


def test_accept_and_decline_offers(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    _enrol_all(qtbot, context, panel)
    records = list(panel.model.records())
    withdrawn = next(r for r in records if r.status is EnrolmentStatus.ENROLLED)
    enrolment.withdraw(context.database, withdrawn.id)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    offered = next(r for r in panel.model.records() if r.status is EnrolmentStatus.OFFERED)
    panel.select(offered.id)
    assert panel.accept_button.isEnabled() and panel.decline_button.isEnabled()
    panel.decline_button.setFocus()
    with qtbot.waitSignal(panel.loaded):
        qtbot.keyClick(panel.decline_button, Qt.Key.Key_Space)
    _settle(qtbot, context)
    statuses = _statuses(panel)
    assert statuses[offered.person_name] == "Withdrawn"
    next_offered = next(r for r in panel.model.records() if r.status is EnrolmentStatus.OFFERED)
    panel.select(next_offered.id)
    panel.accept_button.setFocus()
    with qtbot.waitSignal(panel.loaded):
        qtbot.keyClick(panel.accept_button, Qt.Key.Key_Space)
    _settle(qtbot, context)
    assert _statuses(panel)[next_offered.person_name] == "Enrolled"
    assert "has taken the place" in panel.message.text()
    # Undo both: the second offer is open again, then the first person holds theirs again.
    with qtbot.waitSignal(panel.loaded):
        context.edits.stack.undo()
    _settle(qtbot, context)
    assert _statuses(panel)[next_offered.person_name] == "Offered a place"
    with qtbot.waitSignal(panel.loaded):
        context.edits.stack.undo()
    _settle(qtbot, context)
    statuses = _statuses(panel)
    assert statuses[offered.person_name] == "Offered a place"
    assert statuses[next_offered.person_name] == "Waiting, number 1"


def test_undo_of_enrol_takes_everyone_off_and_redo_puts_them_back(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    _enrol_all(qtbot, context, panel)
    with qtbot.waitSignal(panel.loaded):
        context.edits.stack.undo()
    _settle(qtbot, context)
    assert panel.model.rowCount() == 0
    assert enrolment.list_enrolments(context.database, panel.course_id() or "") == []
    with qtbot.waitSignal(panel.loaded):
        context.edits.stack.redo()
    _settle(qtbot, context)
    assert panel.model.rowCount() == 4


def test_the_dialog_lists_only_persons_not_on_the_course_and_needs_a_choice(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    _enrol_all(qtbot, context, panel)
    people.create_person(context.database, ids.new_id(), "Eva", "Strand")
    dialog = _open_dialog(qtbot, panel)
    assert dialog.proxy.rowCount() == 1
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "zz")
    assert dialog.proxy.rowCount() == 0
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Choose at least one" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _settle(qtbot, context)
    assert context.edits.stack.count() == 1


def test_no_course_means_nothing_to_do(qtbot: QtBot, panel: EnrolmentPanel) -> None:
    panel.set_course(None)
    assert not panel.enrol_button.isEnabled() and not panel.withdraw_button.isEnabled()
    assert panel.model.rowCount() == 0


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, context: PageContext, panel: EnrolmentPanel
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView, QWidget

    def missing(root: QWidget) -> list[str]:
        return [
            type(widget).__name__
            for widget in root.findChildren(QWidget)
            if isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QTableView)
            and not widget.accessibleName()
            and widget.isVisibleTo(root)
        ]

    assert missing(panel) == []
    dialog = _open_dialog(qtbot, panel)
    assert missing(dialog) == []
    dialog.reject()
