"""The attendance page, driven with the keyboard: grid, partial minutes, walk-ins, today, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain.attendance import AttendanceGrid
from soul_desktop.domain.enums import AttendanceStatus as S
from soul_desktop.domain.enums import Gender
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import attendance
from soul_desktop.storage.database import Database
from soul_desktop.ui.attendance_dialogs import PartialMinutesDialog, WalkInDialog
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.models.attendance import TODAY_STATUS
from soul_desktop.ui.pages.attendance import TAB_TODAY, AttendancePage
from soul_desktop.ui.worker import Worker
from tests.services.test_attendance import FIRST_SESSION, Built, build_course

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def built(database: Database) -> Built:
    return build_course(database)


@pytest.fixture
def edits(worker: Worker) -> Iterator[EditRunner]:
    runner = EditRunner(worker)
    yield runner
    runner.deleteLater()


def _page(
    qtbot: QtBot,
    database: Database,
    info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    now: dt.datetime,
) -> AttendancePage:
    page = AttendancePage(PageContext(worker, database, info, edits), clock=lambda: now)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.choices_loaded):
        page.show()
        qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _open_course(qtbot: QtBot, page: AttendancePage) -> None:
    page.course_box.setFocus()
    with qtbot.waitSignal(page.grid_loaded):
        # The only course: Down in the chooser takes it, as the user would.
        qtbot.keyClick(page.course_box, KEY.Key_Down)
    assert page.table.hasFocus()


def _stored(database: Database, course_id: str) -> AttendanceGrid:
    return attendance.grid(database, course_id)


def _back_on(qtbot: QtBot, page: AttendancePage, widget: QWidget) -> None:
    """After a dialog closes: the page's window active again and the focus back on `widget`."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.waitUntil(widget.hasFocus)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key; QTest only knows ASCII, so å, ä, ö go as plain key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _press(qtbot: QtBot, page: AttendancePage, key: Qt.Key, times: int = 1) -> None:
    """A key that writes: wait until every write it started has come back."""
    for _ in range(times):
        qtbot.keyClick(page.table, key)
    qtbot.waitUntil(lambda: page.context.worker.pending() == 0)


def test_grid_marks_by_keyboard_with_undo_and_redo(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    before_course = FIRST_SESSION - dt.timedelta(days=1)
    page = _page(qtbot, database, installation_info, worker, edits, before_course)
    assert page.course_box.count() == 1
    _open_course(qtbot, page)
    model = page.grid_model
    assert model.rowCount() == 4 and model.columnCount() == 3 + 3
    # The cursor starts on the first person at the next session.
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (0, 0)
    anna, erik, _asa = built.persons
    s0, s1, _s2 = built.sessions

    _press(qtbot, page, KEY.Key_Space)
    assert model.cell(s0, anna).status is S.PRESENT
    assert _stored(database, built.course_id).cell(s0, anna).status is S.PRESENT

    qtbot.keyClick(page.table, KEY.Key_Right)
    _press(qtbot, page, KEY.Key_Space, times=2)
    assert model.cell(s1, anna).status is S.ABSENT
    qtbot.keyClick(page.table, KEY.Key_Down)
    _press(qtbot, page, KEY.Key_Space, times=3)
    assert model.cell(s1, erik).status is S.EXCUSED
    assert _stored(database, built.course_id).cell(s1, erik).status is S.EXCUSED
    assert model.index(model.totals_row, 0).data() == "1/3"

    # Delete clears the cell; undo brings the mark back, redo clears it again.
    _press(qtbot, page, KEY.Key_Delete)
    assert model.cell(s1, erik).status is None
    assert _stored(database, built.course_id).cell(s1, erik).status is None
    with qtbot.waitSignal(edits.finished):
        edits.stack.undo()
    assert model.cell(s1, erik).status is S.EXCUSED
    assert _stored(database, built.course_id).cell(s1, erik).status is S.EXCUSED
    with qtbot.waitSignal(edits.finished):
        edits.stack.redo()
    assert _stored(database, built.course_id).cell(s1, erik).status is None

    # Undo all the way back: every cell blank again, in the grid and in the database.
    while edits.stack.canUndo():
        with qtbot.waitSignal(edits.finished):
            edits.stack.undo()
    assert _stored(database, built.course_id).cells == {}
    assert model.cell(s0, anna).status is None


def test_partial_minutes_through_the_key(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, FIRST_SESSION)
    _open_course(qtbot, page)
    anna = built.persons[0]
    with qtbot.waitSignal(page.partial_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_P)
    dialog: PartialMinutesDialog = opened.args[0]
    qtbot.waitExposed(dialog)
    spin = dialog.minutes
    qtbot.waitUntil(spin.hasFocus)
    # A whole session is not "partly": refused, the dialog stays and says why.
    spin.selectAll()
    qtbot.keyClicks(spin, "180")
    qtbot.keyClick(spin, KEY.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "less than 180" in dialog.error.text()
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(spin, KEY.Key_Return)
    cell = _stored(database, built.course_id).cell(built.sessions[0], anna)
    assert (cell.status, cell.minutes) == (S.PARTIAL, 90)
    assert page.table.currentIndex().data() == "90 min"
    # Escape leaves the cell as it was.
    _back_on(qtbot, page, page.table)
    with qtbot.waitSignal(page.partial_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_Return)
    second: PartialMinutesDialog = opened.args[0]
    assert second.minutes.value() == 90
    qtbot.keyClick(second.minutes, KEY.Key_Escape)
    assert page.grid_model.cell(built.sessions[0], anna).minutes == 90


def test_walk_ins_new_and_existing(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    second_session = FIRST_SESSION + dt.timedelta(days=7, minutes=10)
    page = _page(qtbot, database, installation_info, worker, edits, second_session)
    _open_course(qtbot, page)
    s1 = built.sessions[1]
    assert page.grid_model.session_at(page.table.currentIndex().column()).id == s1

    # A new person: type the name, Enter (nobody found), a gender, Enter.
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_N, CTRL)
    dialog: WalkInDialog = opened.args[0]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    with qtbot.waitSignal(dialog.results_shown):
        _type(qtbot, dialog.find_edit, "lina dörr")
    assert dialog.results.count() == 0
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Lina", "Dörr")
    qtbot.keyClick(dialog.find_edit, KEY.Key_Return)
    assert dialog.gender.hasFocus()
    qtbot.keyClick(dialog.gender, KEY.Key_Down)  # Woman
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(dialog.gender, KEY.Key_Return)
    model = page.grid_model
    assert model.rowCount() == 5
    lina = next(p for p in model.persons if p.last_name == "Dörr")
    assert lina.walk_in and model.cell(s1, lina.id).status is S.PRESENT
    # Not counted absent for the first session, before she came.
    assert model.index(model.row_of(lina.id), 0).data() == "–"
    stored = _stored(database, built.course_id)
    assert stored.cell(s1, lina.id).status is S.PRESENT
    assert page.table.currentIndex() == model.index_of(s1, lina.id)

    # An existing person from the register: a few letters, Enter.
    _back_on(qtbot, page, page.table)
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_N, CTRL)
    dialog = opened.args[0]
    with qtbot.waitSignal(dialog.results_shown):
        qtbot.keyClicks(dialog.find_edit, "oskar")
    assert dialog.results.count() == 1
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(dialog.find_edit, KEY.Key_Return)
    oskar = built.others["stranger"]
    assert model.cell(s1, oskar).status is S.PRESENT
    assert len(_stored(database, built.course_id).persons) == 5

    # Someone already on the list: the walk-in is just their present mark.
    _back_on(qtbot, page, page.table)
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_N, CTRL)
    dialog = opened.args[0]
    with qtbot.waitSignal(dialog.results_shown):
        qtbot.keyClicks(dialog.find_edit, "anna berg")
    assert "already on the list" in dialog.results.item(0).text()
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(dialog.find_edit, KEY.Key_Return)
    assert model.cell(s1, built.persons[0]).status is S.PRESENT
    assert model.rowCount() == 6

    # Undo takes the walk-ins back (rows and rows in the database); redo adds them again.
    for _ in range(3):
        with qtbot.waitSignal(edits.finished):
            edits.stack.undo()
    assert model.rowCount() == 4
    assert [p.id for p in _stored(database, built.course_id).persons] == built.persons
    assert attendance.find_persons(database, "lina") == []
    with qtbot.waitSignal(edits.finished):
        edits.stack.redo()
    assert model.row_of(lina.id) is not None
    assert model.cell(s1, lina.id).status is S.PRESENT
    assert attendance.find_persons(database, "lina")[0].id == lina.id


def test_walk_in_dialog_refuses_a_new_person_without_names(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, FIRST_SESSION)
    _open_course(qtbot, page)
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(page.walk_in_button, KEY.Key_Space)
    dialog: WalkInDialog = opened.args[0]
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    dialog.first_name.setFocus()
    qtbot.keyClicks(dialog.first_name, "Lina")
    qtbot.keyClick(dialog.first_name, KEY.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.last_name.hasFocus()
    # An organisation not in the register is refused too; one from the list is taken.
    qtbot.keyClicks(dialog.last_name, "Dahl")
    qtbot.waitUntil(lambda: dialog.organisation.count() > 1)
    organisation = dialog.organisation.lineEdit()
    dialog.organisation.setFocus()
    _type(qtbot, organisation, "Okänd förening")
    qtbot.keyClick(organisation, KEY.Key_Return)
    assert dialog.isVisible() and "organisation" in dialog.error.text()
    assert edits.stack.count() == 0
    assert len(_stored(database, built.course_id).persons) == 3
    organisation.clear()
    _type(qtbot, organisation, "föreningen bron")
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(organisation, KEY.Key_Return)
    dahl = next(p for p in page.grid_model.persons if p.last_name == "Dahl")
    assert dahl.organisation_name == "Föreningen Bron"


def test_walk_in_dialog_escape_writes_nothing(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, FIRST_SESSION)
    _open_course(qtbot, page)
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(page.table, KEY.Key_N, CTRL)
    dialog: WalkInDialog = opened.args[0]
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    with qtbot.waitSignal(dialog.results_shown):
        qtbot.keyClicks(dialog.find_edit, "berg")
    # One word alone could be a first or a last name: the new-person fields stay empty.
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("", "")
    qtbot.keyClick(dialog.find_edit, KEY.Key_Escape)
    assert not dialog.isVisible()
    assert edits.stack.count() == 0
    assert len(_stored(database, built.course_id).persons) == 3


def test_today_view_marks_by_keystroke(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    during = FIRST_SESSION + dt.timedelta(days=7, minutes=30)
    page = _page(qtbot, database, installation_info, worker, edits, during)
    # With no course chosen, today's session opens its course in the grid as well.
    qtbot.waitUntil(lambda: page.grid_model.course_id == built.course_id)
    page.table.setFocus()
    with qtbot.waitSignal(page.today_loaded):
        qtbot.keyClick(page.table, KEY.Key_T, CTRL)
    assert page.tabs.currentIndex() == TAB_TODAY
    view = page.today_table
    assert view.hasFocus()
    assert page.today is not None and page.today.session.id == built.sessions[1]
    assert page.today_proxy.rowCount() == 3
    s1 = built.sessions[1]
    anna, erik, asa = built.persons

    # Type a few letters of a name: the list narrows; Enter marks present.
    _type(qtbot, view, "öb")
    assert page.today_find.text() == "öb"
    assert page.today_proxy.rowCount() == 1
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(view, KEY.Key_Return)
    assert page.today_find.text() == "" and page.today_proxy.rowCount() == 3
    assert page.today_model.cell(asa).status is S.PRESENT
    assert page.grid_model.cell(s1, asa).status is S.PRESENT

    # Space marks present, Delete absent, on the current row.
    view.setCurrentIndex(page.today_proxy.index(0, 0))
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(view, KEY.Key_Space)
    qtbot.keyClick(view, KEY.Key_Down)
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(view, KEY.Key_Delete)
    stored = _stored(database, built.course_id)
    assert stored.cell(s1, anna).status is S.PRESENT
    assert stored.cell(s1, erik).status is S.ABSENT
    row = page.today_model.row_of(erik)
    assert page.today_model.index(row, TODAY_STATUS).data() == "✗ absent"
    assert page.today_count.text() == "2 of 3 present"

    # The find field itself: Down moves, Enter marks; Escape on the list shows everyone.
    page.today_find.setFocus()
    qtbot.keyClicks(page.today_find, "erik")
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(page.today_find, KEY.Key_Return)
    assert _stored(database, built.course_id).cell(s1, erik).status is S.PRESENT
    qtbot.keyClicks(view, "x")
    assert page.today_proxy.rowCount() == 0
    qtbot.keyClick(view, KEY.Key_Escape)
    assert page.today_proxy.rowCount() == 3

    # A walk-in from the today view lands on today's list and in the grid.
    with qtbot.waitSignal(page.walk_in_dialog_opened) as opened:
        qtbot.keyClick(view, KEY.Key_N, CTRL)
    dialog: WalkInDialog = opened.args[0]
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    with qtbot.waitSignal(dialog.results_shown):
        _type(qtbot, dialog.find_edit, "Lina Dörr")
    qtbot.keyClick(dialog.find_edit, KEY.Key_Return)
    qtbot.waitUntil(dialog.gender.hasFocus)
    qtbot.keyClick(dialog.gender, KEY.Key_Down)
    assert dialog.gender.currentData() == Gender.WOMAN
    with qtbot.waitSignal(edits.finished):
        qtbot.keyClick(dialog.gender, KEY.Key_Return)
    assert page.today_model.rowCount() == 4 and page.grid_model.rowCount() == 5


def test_no_session_today(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, dt.datetime(2011, 1, 1))
    with qtbot.waitSignal(page.today_loaded):
        page.tabs.setCurrentIndex(TAB_TODAY)
    assert page.today is None and "No session today" in page.today_title.text()
    assert not page.walk_in_button.isEnabled()
    assert page.grid_model.course_id is None


def test_an_empty_day_leaves_the_today_columns_to_be_measured(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    empty = _page(qtbot, database, installation_info, worker, edits, dt.datetime(2011, 1, 1))
    with qtbot.waitSignal(empty.today_loaded):
        empty.tabs.setCurrentIndex(TAB_TODAY)
    qtbot.waitUntil(empty.today_table.isVisible)
    empty.resize(1000, 600)  # the last column stretches: not a width the user chose
    assert not empty.today_table.has_saved_layout()

    during = FIRST_SESSION + dt.timedelta(days=7, minutes=30)
    page = _page(qtbot, database, installation_info, worker, edits, during)
    with qtbot.waitSignal(page.today_loaded):
        page.tabs.setCurrentIndex(TAB_TODAY)
    view = page.today_table
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.sizeHintForColumn(0))
    assert view.has_saved_layout()


def test_a_refused_mark_is_put_back(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, FIRST_SESSION)
    _open_course(qtbot, page)
    # Someone else withdraws Anna meanwhile (a stale screen); the write is refused.
    from soul_desktop.storage.models import Enrolment
    from soul_desktop.storage.unit_of_work import UnitOfWork

    with UnitOfWork(database) as uow:
        for row in uow.session.query(Enrolment).filter_by(person_id=built.persons[0]):
            row.deleted = True
        uow.commit()
    # The page shows the refusal itself, so the window's message box stays quiet.
    with qtbot.assertNotEmitted(edits.failed):
        qtbot.keyClick(page.table, KEY.Key_Space)
        qtbot.waitUntil(lambda: page.message.isVisible())
    assert page.grid_model.cell(built.sessions[0], built.persons[0]).status is None
    assert "not enrolled" in page.message.text()
    assert edits.stack.count() == 0


def test_coming_back_reloads_and_copy_gives_text(
    qtbot: QtBot,
    database: Database,
    installation_info: InstallationInfo,
    worker: Worker,
    edits: EditRunner,
    built: Built,
) -> None:
    page = _page(qtbot, database, installation_info, worker, edits, FIRST_SESSION)
    _open_course(qtbot, page)
    qtbot.keyClick(page.table, KEY.Key_Down)
    qtbot.keyClick(page.table, KEY.Key_Right)
    _press(qtbot, page, KEY.Key_Space)
    # Meanwhile another page enrols a walk-in; coming back shows them, cursor kept.
    attendance.add_walk_in(database, built.sessions[0], person_id=built.others["stranger"])
    page.hide()
    with qtbot.waitSignal(page.grid_loaded):
        page.show()
    assert page.grid_model.rowCount() == 5
    index = page.table.currentIndex()
    assert page.grid_model.person_at(index.row()).id == built.persons[1]
    assert page.grid_model.session_at(index.column()).id == built.sessions[1]
    # Ctrl+C: the selected cells as text, with the person and session names.
    page.table.selectionModel().clearSelection()
    page.table.selectionModel().select(index, page.table.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(page.table, KEY.Key_C, CTRL)
    header, row = QApplication.clipboard().text().splitlines()
    assert "13:00" in header
    assert row == "Ek, Erik\t✓"
