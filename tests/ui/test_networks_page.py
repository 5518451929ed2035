"""The networks page driven from the keyboard: record a network, its members, board, meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind, Gender, InstallationRole
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, networks, people, planning, setup
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.networks import (
    PAGE_EMPTY,
    PAGE_LIST,
    TAB_BOARD,
    TAB_MEETINGS,
    TAB_MEMBERS,
    NetworksPage,
)
from soul_desktop.ui.worker import Worker

ENTER = Qt.Key.Key_Return
TIMEOUT = 5000
OSTERSUND = "2380"


@pytest.fixture(autouse=True)
def swedish_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


@pytest.fixture
def context(worker: Worker, database: Database, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


@pytest.fixture
def central(empty_db_path: Path) -> Iterator[tuple[Database, InstallationInfo]]:
    opened = setup.open_application_database(setup.locate(empty_db_path), create=False)
    info = installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralen")
    yield opened.database, info
    opened.database.dispose()


def _open(qtbot: QtBot, context: PageContext) -> NetworksPage:
    page = NetworksPage(context)
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    page.resize(1366, 768)
    with qtbot.waitSignal(page.networksLoaded, timeout=TIMEOUT):
        page.show()
    _idle(qtbot, context)
    return page


def _idle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)


def _press(qtbot: QtBot, button: QWidget) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus a field, replace what it holds, and finish with Enter."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _write(qtbot, widget, text)
    qtbot.keyClick(widget, ENTER)


def _write(qtbot: QtBot, widget: QWidget, text: str) -> None:
    # QTest types ASCII only; å, ä and ö go in as the input method would put them.
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.insertPlainText(text)


def _network(database: Database, region: str = "SE32", name: str = "Nätverket") -> str:
    network_id = ids.new_id()
    networks.create_network(database, network_id, region, name, dt.date(2010, 3, 1))
    return network_id


def test_from_the_empty_state_to_a_recorded_network_with_undo(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    page = _open(qtbot, context)
    edits = context.edits
    assert page.stack.currentIndex() == PAGE_EMPTY
    assert page.empty_label.text().startswith("No regional network recorded yet.")
    assert page.empty_new_button.isVisible()

    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.empty_new_button)
    assert page.stack.currentIndex() == PAGE_LIST
    assert page.name_edit.hasFocus() and page.name_edit.selectedText() == "New network"
    # One network per region: no second one is offered.
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip()
    _write(qtbot, page.name_edit, "Sociala ekonomins nätverk")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.name_edit, ENTER)
    assert page.network is not None
    network_id = page.network.id
    assert networks.get_network(database, network_id).name == "Sociala ekonomins nätverk"
    assert page.model.record_at(0).name == "Sociala ekonomins nätverk"

    # Tab goes down the form: name, formed date, notes.
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    assert page.formed_edit.hasFocus()
    steps = edits.stack.count()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _type_into(qtbot, page.formed_edit, tomorrow.isoformat())
    assert page.errors["formed_on"].accessibleName() == (
        f"The formed date {tomorrow.isoformat()} is in the future; "
        "record it once the network is formed."
    )
    assert edits.stack.count() == steps
    assert networks.get_network(database, network_id).formed_on is None
    _type_into(qtbot, page.formed_edit, "1999-12-31")
    assert "too early" in page.errors["formed_on"].accessibleName()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _type_into(qtbot, page.formed_edit, "20100301")
    assert page.errors["formed_on"].accessibleName() == ""
    assert networks.get_network(database, network_id).formed_on == dt.date(2010, 3, 1)
    assert page.model.data(page.model.index(0, 2)) == "2010-03-01"
    qtbot.keyClick(page.formed_edit, Qt.Key.Key_Tab)
    assert page.notes_edit.hasFocus()
    _write(qtbot, page.notes_edit, "Bildat på Folkets Hus.")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.notes_edit, Qt.Key.Key_Tab)
    assert networks.get_network(database, network_id).notes == "Bildat på Folkets Hus."

    # An empty name is refused beside the field.
    steps = edits.stack.count()
    _type_into(qtbot, page.name_edit, "  ")
    assert page.errors["name"].accessibleName() == "The network needs a name."
    assert edits.stack.count() == steps

    # Undo takes back the notes, then the date; redo puts the date back.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert networks.get_network(database, network_id).formed_on is None
    assert page.formed_edit.text() == ""
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.redo()
    assert page.formed_edit.date() == dt.date(2010, 3, 1)

    # Delete from the list with the Delete key; undo brings it back.
    page.view.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.stack.currentIndex() == PAGE_EMPTY
    assert networks.list_networks(database) == []
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert page.stack.currentIndex() == PAGE_LIST
    assert page.network is not None and page.network.id == network_id


def test_member_organisations_are_added_from_the_region_and_removed(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    network_id = _network(database)
    ugglan, bron = ids.new_id(), ids.new_id()
    people.create_organisation(database, ugglan, "Kooperativet Ugglan", municipality_code=OSTERSUND)
    people.create_organisation(database, bron, "Föreningen Bron")
    page = _open(qtbot, context)
    edits = context.edits
    page.tabs.setCurrentIndex(TAB_MEMBERS)
    field = page.organisation_field
    qtbot.waitUntil(lambda: field.choice_count() == 2, timeout=TIMEOUT)

    # An unknown name is refused beside the picker.
    _type_into(qtbot, field.lineEdit(), "Ingen sadan")
    assert page.member_error.accessibleName() == (
        "There is no organisation called “Ingen sadan”; add it under Organisations first."
    )
    field.lineEdit().clear()
    _write(qtbot, field.lineEdit(), "Kooperativet Ugglan (Östersund)")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(field.lineEdit(), ENTER)
    assert [m.organisation_id for m in networks.get_network(database, network_id).members] == [
        ugglan
    ]
    assert page.member_model.rowCount() == 1
    assert page.tabs.tabText(TAB_MEMBERS) == "Members (1)"
    # A member is offered no more.
    assert field.choice_count() == 1
    assert field.currentText() == ""
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        field.lineEdit().setFocus()
        _write(qtbot, field.lineEdit(), "Föreningen Bron")
        _press(qtbot, page.add_member_button)
    assert page.member_model.rowCount() == 2

    page.member_view.setFocus()
    page.member_view.setCurrentIndex(page.member_model.index(0, 0))
    removed = page.member_model.record_at(0).organisation_id
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.member_view, Qt.Key.Key_Delete)
    assert page.member_model.rowCount() == 1
    assert removed not in networks.get_network(database, network_id).member_ids()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert networks.get_network(database, network_id).member_ids() == {ugglan, bron}


def test_the_board_by_gender_with_a_linked_person(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    network_id = _network(database)
    person = ids.new_id()
    with UnitOfWork(database) as uow:
        uow.session.add(Person(id=person, partition="SE32", first_name="Karin", last_name="Lund"))
        uow.commit()
    page = _open(qtbot, context)
    edits = context.edits
    page.tabs.setCurrentIndex(TAB_BOARD)
    qtbot.waitUntil(lambda: page.seat_person_field.choice_count() == 1, timeout=TIMEOUT)
    assert page.board_summary.text() == ("Board by gender: 0 women, 0 men, 0 other, 0 not stated")

    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.add_seat_button)
    assert page.seat_name_edit.hasFocus()
    assert page.seat_name_edit.selectedText() == "New board member"
    qtbot.keyClicks(page.seat_name_edit, "Karin Lund")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.seat_name_edit, ENTER)
    # Gender with the keyboard: Home chooses the first, woman.
    page.seat_gender_combo.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.seat_gender_combo, Qt.Key.Key_Home)
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _type_into(qtbot, page.seat_role_edit, "ordförande")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _type_into(qtbot, page.seat_person_field.lineEdit(), "Karin Lund")
    [seat] = networks.get_network(database, network_id).board
    assert (seat.name, seat.gender, seat.board_role, seat.person_id) == (
        "Karin Lund",
        Gender.WOMAN,
        "ordförande",
        person,
    )
    assert page.board_summary.text() == ("Board by gender: 1 women, 0 men, 0 other, 0 not stated")
    assert page.seat_model.data(page.seat_model.index(0, 3)) == "Karin Lund"

    # An unknown person is refused beside the field, nothing is written.
    steps = edits.stack.count()
    _type_into(qtbot, page.seat_person_field.lineEdit(), "Ingen Alls")
    assert page.seat_errors["person_id"].isVisibleTo(page)
    assert edits.stack.count() == steps
    _type_into(qtbot, page.seat_name_edit, " ")
    assert page.seat_errors["name"].accessibleName() == "The board member needs a name."

    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.remove_seat_button)
    assert networks.get_network(database, network_id).board == ()
    assert page.tabs.tabText(TAB_BOARD) == "Board (0)"
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert page.seat_model.rowCount() == 1


def test_a_network_meeting_is_made_here_and_opened_on_the_courses_page(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    network_id = _network(database)
    page = _open(qtbot, context)
    edits = context.edits
    page.tabs.setCurrentIndex(TAB_MEETINGS)
    assert "Courses page" in page.meetings_help.text()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.new_meeting_button)
    qtbot.waitUntil(lambda: page.meeting_model.rowCount() == 1, timeout=TIMEOUT)
    [meeting] = networks.get_network(database, network_id).meetings
    course = planning.get_course(database, meeting.course_id)
    assert (course.kind, course.network_id, course.title) == (
        CourseKind.NETWORK_MEETING,
        network_id,
        "Network meeting: Nätverket",
    )
    assert page.tabs.tabText(TAB_MEETINGS) == "Meetings (1)"
    page.meeting_view.setFocus()
    page.meeting_view.setCurrentIndex(page.meeting_model.index(0, 0))
    with qtbot.waitSignal(page.courseRequested, timeout=TIMEOUT) as asked:
        qtbot.keyClick(page.meeting_view, ENTER)
    assert asked.args == [meeting.course_id]
    # A network with meetings is not deleted; the refusal says why.
    _press(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=TIMEOUT)
    assert page.message.accessibleName() == (
        "A network meeting belongs to this network; delete it, or set it to no network, "
        "before deleting the network."
    )
    # Undo of the new meeting deletes the course.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    qtbot.waitUntil(lambda: page.meeting_model.rowCount() == 0, timeout=TIMEOUT)


def test_central_lists_every_region_and_makes_one_for_the_chosen_region(
    qtbot: QtBot, worker: Worker, central: tuple[Database, InstallationInfo]
) -> None:
    database, info = central
    _network(database, "SE11", "Stockholmsnätverket")
    _network(database, "SE32", "Norrlandsnätverket")
    context = PageContext(worker, database, info, EditRunner(worker))
    page = _open(qtbot, context)
    qtbot.waitUntil(lambda: page.region_combo is not None and page.region_combo.count() > 1)
    assert page.region_combo is not None
    assert page.model.rowCount() == 2
    assert not page.view.isColumnHidden(0)
    assert page.count_label.text() == "2 network(s)"
    # With every region shown, a new network asks for its region first.
    page.new_network()
    assert page.message.accessibleName() == "Choose the network's region in the filter first."
    page.region_combo.setCurrentIndex(page.region_combo.findData("SE33"))
    assert page.stack.currentIndex() == PAGE_EMPTY
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.empty_new_button)
    assert [r.region_code for r in networks.list_networks(database)] == ["SE11", "SE32", "SE33"]
    assert page.proxy.rowCount() == 1
    page.region_combo.setCurrentIndex(page.region_combo.findData("SE32"))
    assert page.network is not None and page.network.name == "Norrlandsnätverket"


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    _network(database)
    page = _open(qtbot, context)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in page.findChildren(QWidget)
        # Popups (completions, combo lists) are Qt's own; the tab bar speaks its tabs.
        if w.window() is page
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and type(w).__name__ != "QTabBar"
    ]
    assert unnamed == []
    buttons = [b for b in page.findChildren(QAbstractButton) if not b.accessibleName()]
    assert [b.text() for b in buttons if b.text()] == []
