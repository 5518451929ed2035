"""The participants page, driven from the keyboard: register, validate, search, undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, EducationBand, Gender
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import enrolment, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Course, CourseSession
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.participants import ParticipantsPage
from soul_desktop.ui.worker import Worker


@pytest.fixture
def context(database: Database, worker: Worker, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


def _settle(qtbot: QtBot, context: PageContext) -> None:
    """Wait until the worker has answered everything (answers may ask for more)."""
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=10_000)


@pytest.fixture
def page(qtbot: QtBot, context: PageContext) -> Iterator[ParticipantsPage]:
    widget = ParticipantsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 740)
    with qtbot.waitSignal(widget.personsLoaded, timeout=10_000):
        widget.show()
    _reactivate(qtbot, widget)
    _settle(qtbot, context)
    yield widget
    _settle(qtbot, context)


def _type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Replace a field's text by typing, then press Return to leave it."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _register(qtbot: QtBot, page: ParticipantsPage, first: str, last: str) -> None:
    page.persons.new_button.setFocus()
    qtbot.keyClick(page.persons.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.first_name, first)
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.last_name, last)
    with qtbot.waitSignal(page._context.edits.finished, timeout=10_000):
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    _settle(qtbot, page._context)
    _reactivate(qtbot, page)


def _reactivate(qtbot: QtBot, page: ParticipantsPage) -> None:
    # The offscreen platform does not hand activation back when a dialog closes.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def _stored(page: ParticipantsPage):  # type: ignore[no-untyped-def]
    record = page.person_form.record()
    return people.get_person(page._context.database, record.id)


def test_register_a_person_by_typing(qtbot: QtBot, page: ParticipantsPage) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    assert form.record().full_name == "Anna Ek"
    assert page.person_title.text() == "Anna Ek"
    assert page.person_model.rowCount() == 1
    qtbot.waitUntil(form.gender.hasFocus)  # ready for the next field
    qtbot.keyClick(form.gender, Qt.Key.Key_Down)  # Not stated → … the next gender
    _settle(qtbot, page._context)
    assert _stored(page).gender is not Gender.NOT_STATED
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.personnummer, "880320-0016")
    assert form.personnummer.text() == "19880320-0016"
    assert form.birth_year.text() == "1988"
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.email, "anna.ek@example.se")
    with qtbot.waitSignal(form.saved):
        # Typed in lower case (QTest types ASCII only); the field completes the spelling.
        _type_into(qtbot, form.municipality, "krokom")
    assert form.municipality.text() == "Krokom"
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.consent_date, "2026-01-15")
    form.needs[list(form.needs)[2]].setFocus()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.needs[list(form.needs)[2]], Qt.Key.Key_Space)
    stored = _stored(page)
    assert stored.personnummer == "19880320-0016" and stored.birth_year == 1988
    assert stored.email == "anna.ek@example.se"
    assert stored.municipality_name == "Krokom"
    assert stored.consent_date == dt.date(2026, 1, 15)
    assert len(stored.accessibility_needs) == 1
    # The list row follows the form.
    row = page.person_model.row_of(stored.id)
    assert row is not None and page.person_model.record_at(row).email == "anna.ek@example.se"


def test_new_person_needs_both_names(qtbot: QtBot, page: ParticipantsPage) -> None:
    page.persons.new_button.setFocus()
    qtbot.keyClick(page.persons.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.first_name.hasFocus()
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "last name is required" in dialog.last_error.text()
    assert dialog.last_name.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _settle(qtbot, page._context)
    assert page.person_model.rowCount() == 0
    assert page._context.edits.stack.count() == 0


def test_invalid_personnummer_is_refused_with_the_reason(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    stack = page._context.edits.stack
    before = stack.count()
    _type_into(qtbot, form.personnummer, "19880320-0018")
    _settle(qtbot, page._context)
    assert "check digit" in form.message_at("personnummer")
    assert form.error_label("personnummer").isVisible()
    _type_into(qtbot, form.personnummer, "19881320-0016")
    assert "1988-13-20 does not exist" in form.message_at("personnummer")
    assert stack.count() == before and _stored(page).personnummer is None
    assert form.personnummer.text() == "19881320-0016"  # left for the user to correct
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.personnummer, "198803200016")
    assert form.message_at("personnummer") == ""
    assert not form.error_label("personnummer").isVisible()


@pytest.mark.parametrize(
    ("field", "text", "reason"),
    [
        ("email", "anna@", "name@example.se"),
        ("birth_year", "75", "four digits"),
        ("birth_year", "1850", "not plausible"),
        ("municipality", "Atlantis", "no municipality called"),
        ("consent_date", "15/1 2026", "YYYY-MM-DD"),
        ("first_name", "   ", "first name is required"),
    ],
)
def test_bad_input_shows_why_and_writes_nothing(
    qtbot: QtBot, page: ParticipantsPage, field: str, text: str, reason: str
) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    before = _stored(page)
    count = page._context.edits.stack.count()
    _type_into(qtbot, getattr(form, field), text)
    _settle(qtbot, page._context)
    key = {"municipality": "municipality_code"}.get(field, field)
    assert reason in form.message_at(key)
    assert _stored(page) == before
    assert page._context.edits.stack.count() == count


def test_a_duplicate_personnummer_is_refused_by_the_service(
    qtbot: QtBot, context: PageContext, page: ParticipantsPage
) -> None:
    people.create_person(context.database, ids.new_id(), "Bo", "Berg", personnummer="8803200016")
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    _type_into(qtbot, form.personnummer, "19880320-0016")
    _settle(qtbot, page._context)
    assert "already belongs to Bo Berg" in form.message_at("personnummer")
    assert _stored(page).personnummer is None


def test_declining_clears_the_answer_in_one_undoable_edit(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    form.education_band.setFocus()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.education_band, Qt.Key.Key_Down)  # Not stated → ISCED 0–2
    assert _stored(page).education_band is EducationBand.ISCED_0_2
    form.declined_education.setFocus()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.declined_education, Qt.Key.Key_Space)
    stored = _stored(page)
    assert stored.declined_education and stored.education_band is EducationBand.NOT_STATED
    assert form.education_band.currentData() == EducationBand.NOT_STATED
    with qtbot.waitSignal(page._context.edits.finished):
        page._context.edits.stack.undo()
    stored = _stored(page)
    assert not stored.declined_education and stored.education_band is EducationBand.ISCED_0_2
    assert not form.declined_education.isChecked()


def test_search_narrows_the_list_as_you_type(
    qtbot: QtBot, context: PageContext, page: ParticipantsPage
) -> None:
    for first, last, email in [
        ("Anna", "Ek", "anna@example.se"),
        ("Annika", "Berg", None),
        ("Hanna", "Lund", None),
        ("Bo", "Annersten", None),
        ("Per", "Holm", "per@banan.se"),
    ]:
        people.create_person(context.database, ids.new_id(), first, last, email=email)
    with qtbot.waitSignal(page.personsLoaded):
        page.refresh()
    _settle(qtbot, context)
    search = page.persons.search
    search.setFocus()
    counts = []
    for key in "anna":
        qtbot.keyClick(search, key)
        counts.append(page.persons.proxy.rowCount())
    assert counts == [5, 5, 4, 2]  # a, an, ann, anna
    shown = {page.persons.proxy.record_at(r).first_name for r in range(2)}
    assert shown == {"Anna", "Hanna"}
    assert page.persons.count_label.text() == "2 of 5 shown"
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert page.persons.proxy.rowCount() == 4
    # Down goes from the search box into the list; Return from the list into the form.
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert page.persons.view.hasFocus()
    _settle(qtbot, context)
    qtbot.keyClick(page.persons.view, Qt.Key.Key_Return)
    assert page.person_form.first_name.hasFocus()


def test_edits_undo_and_redo(qtbot: QtBot, page: ParticipantsPage) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    stack = page._context.edits.stack
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.email, "anna@example.se")
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.personnummer, "19880320-0016")
    with qtbot.waitSignal(page._context.edits.finished):
        stack.undo()
    assert form.personnummer.text() == "" and form.birth_year.text() == ""
    assert _stored(page).personnummer is None and _stored(page).birth_year is None
    with qtbot.waitSignal(page._context.edits.finished):
        stack.undo()
    assert form.email.text() == "" and _stored(page).email is None
    with qtbot.waitSignal(page._context.edits.finished):
        stack.redo()
    assert form.email.text() == "anna@example.se"
    with qtbot.waitSignal(page._context.edits.finished):
        stack.redo()
    assert form.birth_year.text() == "1988"
    # Undoing the registration itself removes the person; redo brings the same one back.
    person_id = form.record().id
    with qtbot.waitSignal(page._context.edits.finished):
        stack.undo()
    with qtbot.waitSignal(page._context.edits.finished):
        stack.undo()
    with qtbot.waitSignal(page._context.edits.finished):
        stack.undo()
    assert page.person_model.row_of(person_id) is None
    with qtbot.waitSignal(page._context.edits.finished):
        stack.redo()
    assert page.person_model.row_of(person_id) is not None


def test_delete_and_undo(qtbot: QtBot, page: ParticipantsPage) -> None:
    _register(qtbot, page, "Anna", "Ek")
    person_id = page.person_form.record().id
    page.persons.delete_button.setFocus()
    with qtbot.waitSignal(page._context.edits.finished):
        qtbot.keyClick(page.persons.delete_button, Qt.Key.Key_Space)
    assert page.person_model.row_of(person_id) is None
    assert people.list_persons(page._context.database) == []
    with qtbot.waitSignal(page._context.edits.finished):
        page._context.edits.stack.undo()
    assert page.person_model.row_of(person_id) is not None


def _course_with_attendance(database: Database, person_id: str) -> None:
    course_id = ids.new_id()
    session_id = ids.new_id()
    starts = dt.datetime(2026, 3, 2, 9, 0)
    with UnitOfWork(database) as uow:
        uow.session.add(
            Course(
                id=course_id,
                partition="SE32",
                region_code="SE32",
                title="Styrelsearbete",
                capacity=10,
            )
        )
        uow.session.add(
            CourseSession(
                id=session_id,
                partition="SE32",
                course_id=course_id,
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=3),
            )
        )
        uow.commit()
    enrolment.enrol(database, course_id, [person_id])
    with UnitOfWork(database) as uow:
        uow.session.add(
            Attendance(
                id=ids.attendance_id(session_id, person_id),
                partition="SE32",
                session_id=session_id,
                person_id=person_id,
                status=AttendanceStatus.PARTIAL,
                minutes=150,
                recorded_at=starts,
            )
        )
        uow.commit()


def test_the_persons_page_shows_courses_and_hours(
    qtbot: QtBot, context: PageContext, page: ParticipantsPage
) -> None:
    person_id = ids.new_id()
    people.create_person(context.database, person_id, "Anna", "Ek")
    _course_with_attendance(context.database, person_id)
    with qtbot.waitSignal(page.summaryLoaded, timeout=10_000):
        page.refresh()
    assert page.courses_model.rowCount() == 1
    assert page.courses_model.record_at(0).course_title == "Styrelsearbete"
    assert "2.5 hours attended" in page.person_summary_label.text()
    assert "(1)" in page.person_tabs.tabText(1)
    # A person with courses cannot be deleted; the page says why.
    page.persons.delete_button.setFocus()
    qtbot.keyClick(page.persons.delete_button, Qt.Key.Key_Space)
    _settle(qtbot, context)
    assert "withdraw them before deleting" in page.persons.message.text()
    assert page.person_model.row_of(person_id) is not None


def test_organisations_tab(qtbot: QtBot, context: PageContext, page: ParticipantsPage) -> None:
    page.tabs.setCurrentIndex(1)
    tab = page.organisations
    tab.new_button.setFocus()
    qtbot.keyClick(tab.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Kooperativet Ugglan")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.org_number, "556036-0794")
    qtbot.keyClick(dialog.org_number, Qt.Key.Key_Return)
    assert "check digit" in dialog.number_error.text() and dialog.isVisible()
    dialog.org_number.selectAll()
    qtbot.keyClicks(dialog.org_number, "5560360793")
    with qtbot.waitSignal(context.edits.finished):
        qtbot.keyClick(dialog.org_number, Qt.Key.Key_Return)
    _settle(qtbot, context)
    form = page.organisation_form
    assert form.record().org_number == "556036-0793"
    assert tab.model.rowCount() == 1
    _type_into(qtbot, form.org_number, "123")
    assert "has 3" in form.message_at("org_number")
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.municipality, "Krokom")
    form.legal_form.setFocus()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.legal_form, Qt.Key.Key_Down)
    stored = people.get_organisation(context.database, form.record().id)
    assert stored.municipality_name == "Krokom" and stored.legal_form_code is not None
    assert stored.org_number == "556036-0793"
    # The person form offers the new organisation by typing part of its name.
    page.tabs.setCurrentIndex(0)
    _register(qtbot, page, "Anna", "Ek")
    combo = page.person_form.organisation
    combo.lineEdit().setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Kooperativet Ugglan (Krokom)")
    with qtbot.waitSignal(page.person_form.saved):
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    _settle(qtbot, context)
    assert _stored(page).organisation_name == "Kooperativet Ugglan"
    assert tab.model.record_at(0).person_count == 1


def test_every_control_has_an_accessible_name(page: ParticipantsPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    missing = [
        widget.objectName() or type(widget).__name__
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QTableView)
        and not widget.accessibleName()
        and not (isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox))
        and widget.isVisibleTo(page)
    ]
    assert missing == []


def test_the_start_of_one_municipality_is_enough_and_delete_key_deletes(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    _register(qtbot, page, "Anna", "Ek")
    form = page.person_form
    with qtbot.waitSignal(form.saved):
        _type_into(qtbot, form.municipality, "krok")
    assert form.municipality.text() == "Krokom"
    _type_into(qtbot, form.municipality, "s")  # Sala, Sandviken, … : not one
    assert "no municipality called" in form.message_at("municipality_code")
    person_id = form.record().id
    page.persons.view.setFocus()
    with qtbot.waitSignal(page._context.edits.finished):
        qtbot.keyClick(page.persons.view, Qt.Key.Key_Delete)
    assert page.person_model.row_of(person_id) is None
