"""The course form's network (network meetings) and transnational activity (other kinds)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import networks, planning
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import RegionalNetwork
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.courses import CoursesPage
from soul_desktop.ui.worker import Worker

TIMEOUT = 5000


@pytest.fixture(autouse=True)
def swedish_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


@pytest.fixture
def context(worker: Worker, database: Database, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


def _open(qtbot: QtBot, context: PageContext, course_id: str) -> CoursesPage:
    page = CoursesPage(context)
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    page.resize(1366, 768)
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        page.show()
    page.select_course(course_id)
    _idle(qtbot, context)
    return page


def _idle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)


def _network(database: Database, region: str, name: str) -> str:
    network_id = ids.new_id()
    with UnitOfWork(database) as uow:
        uow.session.add(
            RegionalNetwork(id=network_id, partition=region, region_code=region, name=name)
        )
        uow.commit()
    return network_id


def test_a_network_meeting_chooses_its_network_and_a_new_kind_lets_it_go(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    network_id = ids.new_id()
    networks.create_network(database, network_id, "SE32", "Nätverket", dt.date(2010, 3, 1))
    _network(database, "SE11", "Stockholmsnätverket")
    course_id = ids.new_id()
    planning.create_course(
        database, course_id, region_code="SE32", title="Träff", kind=CourseKind.NETWORK_MEETING
    )
    page = _open(qtbot, context, course_id)
    form, edits = page.form, context.edits
    # The networks of the course's region only, after "no network".
    qtbot.waitUntil(lambda: form.network_combo.count() == 2, timeout=TIMEOUT)
    assert [form.network_combo.itemText(i) for i in range(2)] == ["No network", "Nätverket"]
    assert form.network_combo.isVisibleTo(form)
    assert not form.activity_combo.isVisibleTo(form)
    assert form.network_combo.accessibleName() == "Network of the meeting"

    form.network_combo.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.network_combo, Qt.Key.Key_Down)
    assert planning.get_course(database, course_id).network_id == network_id

    # Another kind takes the network away in the same change; the activity row appears.
    form.kind_combo.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.kind_combo, Qt.Key.Key_Home)
    course = planning.get_course(database, course_id)
    assert (course.kind, course.network_id) == (CourseKind.COURSE, None)
    assert not form.network_combo.isVisibleTo(form)
    assert form.activity_combo.isVisibleTo(form)
    # One undo gives back both the kind and the network.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    course = planning.get_course(database, course_id)
    assert (course.kind, course.network_id) == (CourseKind.NETWORK_MEETING, network_id)
    assert form.network_combo.currentData() == network_id
    assert form.network_combo.isVisibleTo(form)


def test_a_conference_is_part_of_a_transnational_activity(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    course_id = ids.new_id()
    planning.create_course(
        database, course_id, region_code="SE32", title="CIRIEC", kind=CourseKind.CONFERENCE
    )
    page = _open(qtbot, context, course_id)
    form, edits = page.form, context.edits
    qtbot.waitUntil(lambda: form.activity_combo.count() == 5, timeout=TIMEOUT)
    assert form.activity_combo.itemText(0) == "None"
    assert form.activity_combo.itemText(4).startswith("3.2.1  CIRIEC")
    assert form.activity_combo.isVisibleTo(form)
    assert not form.network_combo.isVisibleTo(form)
    form.activity_combo.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.activity_combo, Qt.Key.Key_End)
    assert planning.get_course(database, course_id).activity_code == "3.2.1"
    assert page.course is not None and page.course.activity_code == "3.2.1"

    # A network meeting has no activity: the change of kind clears it, undo restores it.
    form.kind_combo.setFocus()
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.kind_combo, Qt.Key.Key_End)
    course = planning.get_course(database, course_id)
    assert (course.kind, course.activity_code) == (CourseKind.NETWORK_MEETING, None)
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert planning.get_course(database, course_id).activity_code == "3.2.1"
    assert form.activity_combo.currentData() == "3.2.1"


def test_a_refused_network_is_said_beside_the_field(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    network_id = ids.new_id()
    networks.create_network(database, network_id, "SE32", "Nätverket")
    course_id = ids.new_id()
    planning.create_course(
        database, course_id, region_code="SE32", title="Träff", kind=CourseKind.NETWORK_MEETING
    )
    page = _open(qtbot, context, course_id)
    form = page.form
    qtbot.waitUntil(lambda: form.network_combo.count() == 2, timeout=TIMEOUT)
    # The network is deleted elsewhere after the choices were shown.
    networks.delete_network(database, network_id)
    form.network_combo.setFocus()
    qtbot.keyClick(form.network_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: form.error_text("network_id") != "", timeout=TIMEOUT)
    assert form.error_text("network_id") == (
        "The chosen network is no longer there; it may have been deleted."
    )
    assert planning.get_course(database, course_id).network_id is None
