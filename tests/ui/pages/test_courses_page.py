"""The courses page driven from the keyboard: plan a course, its sessions, venues, calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind, InstallationRole
from soul_desktop.domain.planning import VenueFeature
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, planning
from soul_desktop.storage.database import Database
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.courses import (
    PAGE_CALENDAR,
    PAGE_VENUES,
    TAB_SESSIONS,
    TAB_WARNINGS,
    CoursesPage,
)
from soul_desktop.ui.widgets.session_calendar import CalendarMode
from soul_desktop.ui.worker import Worker

D = dt.datetime
ENTER = Qt.Key.Key_Return
TIMEOUT = 5000


@pytest.fixture(autouse=True)
def swedish_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


@pytest.fixture
def context(worker: Worker, database: Database, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


def _open(qtbot: QtBot, context: PageContext) -> CoursesPage:
    page = CoursesPage(context)
    # Nothing may still be on its way to the page when it closes.
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)
    return page


def _idle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)


def _type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus a field, replace what it holds by typing, and finish with Enter."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, ENTER)


def _tab_into(widget: QWidget) -> None:
    """Give the focus as Tab does: a date or time field then selects its first part."""
    widget.clearFocus()
    widget.setFocus(Qt.FocusReason.TabFocusReason)


def _press(qtbot: QtBot, button: QWidget) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_plan_a_course_with_weekly_sessions_and_see_the_double_booking(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    venue = ids.new_id()
    planning.create_venue(database, venue, "SE32", name="Folkets Hus", hearing_loop=False)
    other = ids.new_id()
    planning.create_course(database, other, region_code="SE32", title="Ekonomi för lekmän")
    planning.add_session(
        database, ids.new_id(), other, D(2010, 3, 15, 19), D(2010, 3, 15, 21), venue
    )
    page = _open(qtbot, context)
    edits = context.edits
    assert page.course_model.rowCount() == 1

    # New course: the title field takes the focus with its placeholder title selected.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.new_course_button)
    assert page.form.title_edit.hasFocus()
    assert page.form.title_edit.selectedText() == "New course"
    qtbot.keyClicks(page.form.title_edit, "Styrelsearbete i praktiken")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.form.title_edit, ENTER)
    course_id = page.course.id if page.course else ""
    assert planning.get_course(database, course_id).title == "Styrelsearbete i praktiken"
    assert page.course_model.rowCount() == 2

    # A negative capacity is refused beside the field and nothing is written.
    steps = edits.stack.count()
    _type_into(qtbot, page.form.capacity_edit, "-3")
    assert page.form.error_text("capacity") == "Cannot be negative."
    assert page.form.errors["capacity"].isVisible()
    assert edits.stack.count() == steps
    assert planning.get_course(database, course_id).capacity is None
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _type_into(qtbot, page.form.capacity_edit, "12")
    assert page.form.error_text("capacity") == ""
    assert planning.get_course(database, course_id).capacity == 12

    # To the sessions with Ctrl+Tab, then add the first session.
    qtbot.keyClick(page.form.capacity_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.detail_tabs.currentIndex() == TAB_SESSIONS
    _idle(qtbot, context)
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.sessions.add_button)
    assert page.sessions.model.rowCount() == 1
    assert page.sessions.date_edit.hasFocus()
    panel = page.sessions
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _tab_into(panel.date_edit)
        qtbot.keyClicks(panel.date_edit, "20100308")
        qtbot.keyClick(panel.date_edit, ENTER)
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _tab_into(panel.start_edit)
        qtbot.keyClicks(panel.start_edit, "1800")
        qtbot.keyClick(panel.start_edit, ENTER)
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _tab_into(panel.end_edit)
        qtbot.keyClicks(panel.end_edit, "2000")
        qtbot.keyClick(panel.end_edit, ENTER)
    # An end before the start is refused where the end is typed.
    steps = edits.stack.count()
    _tab_into(panel.end_edit)
    qtbot.keyClicks(panel.end_edit, "1700")
    qtbot.keyClick(panel.end_edit, ENTER)
    assert panel.error_text("ends_at") == "The session must end after it starts."
    assert edits.stack.count() == steps
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        panel.venue_combo.setFocus()
        qtbot.keyClick(panel.venue_combo, Qt.Key.Key_Down)
    (session,) = planning.list_sessions(database, course_id)
    assert (session.starts_at, session.ends_at, session.venue_name) == (
        D(2010, 3, 8, 18),
        D(2010, 3, 8, 20),
        "Folkets Hus",
    )

    # Repeat weekly × 3: the third week clashes with "Ekonomi för lekmän" at the venue.
    _type_into(qtbot, panel.weeks_spin, "3")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, panel.repeat_button)
    assert [s.starts_at for s in planning.list_sessions(database, course_id)] == [
        D(2010, 3, 8, 18),
        D(2010, 3, 15, 18),
        D(2010, 3, 22, 18),
        D(2010, 3, 29, 18),
    ]
    qtbot.waitUntil(lambda: len(page.warnings) == 1, timeout=TIMEOUT)
    assert page.detail_tabs.tabText(TAB_WARNINGS) == "Warnings (1)"
    (text,) = page.warning_texts()
    assert text.startswith("Venue booked twice: Folkets Hus on mån 2010-03-15 18:00")
    assert "“Ekonomi för lekmän”" in text
    assert panel.warnings_list.count() == 1
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 4, timeout=TIMEOUT)
    _idle(qtbot, context)
    row = page.sessions.model.row_of(planning.list_sessions(database, course_id)[1].id)
    assert row is not None
    assert page.sessions.model.index(row, 3).data() == "⚠ venue booked twice"
    assert page.course_model.records()[page.course_model.row_of(course_id)].session_count == 4

    # Undo takes the three repeats away (and the warning with them); redo brings both back.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert len(planning.list_sessions(database, course_id)) == 1
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.warnings == [], timeout=TIMEOUT)
    assert page.detail_tabs.tabText(TAB_WARNINGS) == "Warnings"
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.redo()
    assert len(planning.list_sessions(database, course_id)) == 4
    qtbot.waitUntil(lambda: len(page.warnings) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 4, timeout=TIMEOUT)

    # Undo all the way: the new course goes; redo all the way: it is back as planned.
    steps = edits.stack.count()
    for _ in range(steps):
        with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
            edits.stack.undo()
    assert [c.id for c in planning.list_courses(database)] == [other]
    qtbot.waitUntil(lambda: page.course_model.rowCount() == 1, timeout=TIMEOUT)
    for _ in range(steps):
        with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
            edits.stack.redo()
    course = planning.get_course(database, course_id)
    assert (course.title, course.capacity, course.session_count) == (
        "Styrelsearbete i praktiken",
        12,
        4,
    )


def test_course_fields_checklists_and_delete(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    course_id = ids.new_id()
    planning.create_course(database, course_id, region_code="SE32", title="Kvalitet")
    page = _open(qtbot, context)
    assert page.course is not None and page.course.id == course_id
    form = page.form
    assert form.areas_list.count() == 7
    assert form.areas_list.item(0).text().startswith("NAT-1")
    # Space ticks the current area.
    form.areas_list.setFocus()
    form.areas_list.setCurrentRow(1)
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.areas_list, Qt.Key.Key_Space)
    assert planning.get_course(database, course_id).area_codes == ("NAT-2",)
    # A kind chosen with the arrow keys is kept at once.
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        form.kind_combo.setFocus()
        qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)
    assert planning.get_course(database, course_id).kind is CourseKind.WORKSHOP
    # Bad numbers are refused with the reason beside the field.
    _type_into(qtbot, form.threshold_edit, "120")
    assert form.error_text("completion_threshold_pct") == "Write a percentage from 0 to 100."
    _type_into(qtbot, form.budget_edit, "tio tusen")
    assert form.error_text("budget_sek") == "Write a whole number, such as 12."
    _type_into(qtbot, form.title_edit, "   ")
    assert form.error_text("title") == "Write a title."
    assert planning.get_course(database, course_id).title == "Kvalitet"
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        _type_into(qtbot, form.budget_edit, "15 000")
    assert planning.get_course(database, course_id).budget_sek == 15000
    qtbot.waitUntil(lambda: form.budget_edit.text() == "15000", timeout=TIMEOUT)

    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.delete_course_button)
    assert planning.list_courses(database) == []
    qtbot.waitUntil(lambda: page.course is None, timeout=TIMEOUT)
    assert not form.isEnabled()
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        context.edits.stack.undo()
    assert [c.id for c in planning.list_courses(database)] == [course_id]
    qtbot.waitUntil(lambda: page.course_model.rowCount() == 1, timeout=TIMEOUT)


def test_filters_and_search(qtbot: QtBot, context: PageContext, database: Database) -> None:
    for title, kind, day in (
        ("Ekonomi", CourseKind.COURSE, 1),
        ("Styrelse", CourseKind.SEMINAR, 20),
    ):
        course_id = ids.new_id()
        planning.create_course(database, course_id, region_code="SE32", title=title, kind=kind)
        planning.add_session(
            database, ids.new_id(), course_id, D(2010, 3, day, 9), D(2010, 3, day, 12)
        )
    page = _open(qtbot, context)
    assert page.course_model.rowCount() == 2
    assert page.count_label.text() == "2 course(s)"
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "styr")
    assert page.course_proxy.rowCount() == 1
    assert page.count_label.text() == "1 of 2 course(s)"
    page.search_edit.clear()
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData(CourseKind.SEMINAR.value))
    assert [r.title for r in page.course_model.records()] == ["Styrelse"]
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        _press(qtbot, page.clear_filters_button)
    assert page.course_model.rowCount() == 2
    # Courses with a session from the 10th of March on.
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        _type_into(qtbot, page.from_filter, "20100310")
    assert page.from_filter.text() == "2010-03-10"
    assert [r.title for r in page.course_model.records()] == ["Styrelse"]
    # A date that does not exist is refused with the reason.
    _type_into(qtbot, page.to_filter, "2010-02-30")
    assert page.message.accessibleName() == "Write a date as YYYY-MM-DD, such as 2010-03-01."
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        _press(qtbot, page.clear_filters_button)
    assert page.from_filter.text() == "" and page.message.accessibleName() == ""
    assert page.course_model.rowCount() == 2


def test_delete_key_removes_sessions_undoably(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    course_id = ids.new_id()
    planning.create_course(database, course_id, region_code="SE32", title="Ekonomi")
    session_ids = [ids.new_id() for _ in range(3)]
    planning.add_weekly_sessions(
        database, course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12), 3, None, None, session_ids
    )
    page = _open(qtbot, context)
    page.detail_tabs.setCurrentIndex(TAB_SESSIONS)
    table = page.sessions.table
    assert page.sessions.model.rowCount() == 3
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [r.id for r in page.sessions.selected_records()] == session_ids[1:]
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.id for s in planning.list_sessions(database, course_id)] == session_ids[:1]
    assert page.sessions.model.rowCount() == 1
    assert context.edits.stack.undoText() == "Remove 2 session(s)"
    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        context.edits.stack.undo()
    assert len(planning.list_sessions(database, course_id)) == 3
    assert page.sessions.model.rowCount() == 3


class _EnrolmentPanel(QLabel):
    def __init__(self) -> None:
        super().__init__("enrolment")
        self.shown: list[str | None] = []

    def set_course(self, course_id: str | None) -> None:
        self.shown.append(course_id)


def test_another_slice_can_add_a_tab_under_the_course(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    first, second = ids.new_id(), ids.new_id()
    planning.create_course(database, first, region_code="SE32", title="A")
    planning.create_course(database, second, region_code="SE32", title="B")
    page = _open(qtbot, context)
    panel = _EnrolmentPanel()
    page.add_course_tab(panel, "Deltagare")
    assert page.detail_tabs.tabText(page.detail_tabs.count() - 1) == "Deltagare"
    shown = page.course.id if page.course else None
    assert panel.shown == [shown]
    other = second if shown == first else first
    page.select_course(other)
    assert panel.shown[-1] == other


def test_venues_with_the_accessibility_register(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    page = _open(qtbot, context)
    page.tabs.setCurrentIndex(PAGE_VENUES)
    edits = context.edits
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, page.new_venue_button)
    form = page.venue_form
    assert form.name_edit.hasFocus()
    qtbot.keyClicks(form.name_edit, "Bygdegården Hede")
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(form.name_edit, ENTER)
    venue_id = form.record.id if form.record else ""
    loop = form.feature_boxes[VenueFeature.HEARING_LOOP]
    assert loop.text() == "Hearing loop with signage: not checked"
    # Space cycles: not checked → yes.
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        _press(qtbot, loop)
    assert planning.get_venue(database, venue_id).hearing_loop is True
    assert loop.text() == "Hearing loop with signage: yes"
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        qtbot.keyClick(loop, Qt.Key.Key_Space)
    assert planning.get_venue(database, venue_id).hearing_loop is False
    _type_into(qtbot, form.capacity_edit, "-1")
    assert form.error_text("capacity") == "Cannot be negative."
    assert planning.get_venue(database, venue_id).capacity is None
    form.municipality_combo.setFocus()
    form.municipality_combo.lineEdit().selectAll()
    qtbot.keyClicks(form.municipality_combo, "Atlantis")
    qtbot.keyClick(form.municipality_combo, ENTER)
    assert form.error_text("municipality_code") == "Choose a municipality from the list."
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        form.municipality_combo.lineEdit().selectAll()
        # QTest types ASCII only; Berg is a municipality in Jämtland.
        qtbot.keyClicks(form.municipality_combo, "Berg")
        qtbot.keyClick(form.municipality_combo, ENTER)
    assert planning.get_venue(database, venue_id).municipality_code == "2326"
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert planning.get_venue(database, venue_id).municipality_code is None
    with qtbot.waitSignal(edits.finished, timeout=TIMEOUT):
        edits.stack.undo()
    assert planning.get_venue(database, venue_id).hearing_loop is True
    qtbot.waitUntil(lambda: loop.text() == "Hearing loop with signage: yes", timeout=TIMEOUT)
    assert page.venue_model.rowCount() == 1


def test_calendar_week_and_month_from_the_keyboard(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    course_id = ids.new_id()
    planning.create_course(database, course_id, region_code="SE32", title="Ekonomi")
    planning.add_weekly_sessions(
        database,
        course_id,
        D(2010, 3, 3, 9),
        D(2010, 3, 3, 12),
        3,
        None,
        None,
        [ids.new_id() for _ in range(3)],
    )
    page = _open(qtbot, context)
    calendar = page.calendar
    with qtbot.waitSignal(page.calendarLoaded, timeout=TIMEOUT):
        page.tabs.setCurrentIndex(PAGE_CALENDAR)
    # The calendar opens where the selected course takes place.
    assert calendar.range() == (dt.date(2010, 3, 1), dt.date(2010, 3, 7))
    assert calendar.title_label.text() == "Week 9: 2010-03-01 – 2010-03-07"
    assert len(calendar.model.sessions_on(dt.date(2010, 3, 3))) == 1
    calendar.grid.setFocus()
    with qtbot.waitSignal(page.calendarLoaded, timeout=TIMEOUT):
        qtbot.keyClick(calendar.grid, Qt.Key.Key_PageDown)
    assert calendar.range()[0] == dt.date(2010, 3, 8)
    assert calendar.selected == dt.date(2010, 3, 10)
    assert calendar.day_list.count() == 1
    with qtbot.waitSignal(page.calendarLoaded, timeout=TIMEOUT):
        calendar.set_mode(CalendarMode.MONTH)
    assert calendar.model.rowCount() == 6
    assert calendar.title_label.text() == "Mars 2010"
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Right)
    assert calendar.selected == dt.date(2010, 3, 11)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Left)
    # Enter on a day with one session opens it in its course.
    qtbot.keyClick(calendar.grid, ENTER)
    assert page.tabs.currentIndex() == 0
    assert page.detail_tabs.currentIndex() == TAB_SESSIONS
    qtbot.waitUntil(
        lambda: (
            page.sessions.current is not None
            and page.sessions.current.starts_at == D(2010, 3, 10, 9)
        ),
        timeout=TIMEOUT,
    )


def test_a_central_installation_filters_by_region(
    qtbot: QtBot, worker: Worker, fresh_database: Database
) -> None:
    installation.initialise(fresh_database, InstallationRole.CENTRAL, None, "Kansliet")
    info = installation.current(fresh_database)
    assert info is not None
    planning.create_course(fresh_database, ids.new_id(), region_code="SE32", title="Jämtland")
    planning.create_course(fresh_database, ids.new_id(), region_code="SE11", title="Stockholm")
    context = PageContext(worker, fresh_database, info, EditRunner(worker))
    page = _open(qtbot, context)
    assert page.region_combo is not None and page.region_combo.count() == 9
    assert page.course_model.rowCount() == 2
    # With every region shown there is no region for a new course: say so.
    _press(qtbot, page.new_course_button)
    assert page.message.accessibleName() == "Choose a region in the filter first."
    with qtbot.waitSignal(page.coursesLoaded, timeout=TIMEOUT):
        page.region_combo.setCurrentIndex(page.region_combo.findData("SE11"))
    assert [r.title for r in page.course_model.records()] == ["Stockholm"]
    _idle(qtbot, context)
    # Stockholm's own catalogue follows the national one.
    codes = [page.area_filter.itemData(i) for i in range(page.area_filter.count())]
    assert codes[1] == "NAT-1" and "STO-1" in codes


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    planning.create_course(database, ids.new_id(), region_code="SE32", title="Kvalitet")
    page = _open(qtbot, context)
    kinds = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractItemView,
    )
    controls = [
        widget
        for kind in kinds
        for widget in page.findChildren(kind)
        # Qt's own helpers (the line inside a combo box or a date field, the
        # buttons of a scroll bar or tab bar) are not ours to name.
        if not widget.objectName().startswith("qt_")
        and not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
        and not isinstance(widget, QHeaderView)
        # Pop-up lists of combo boxes and date fields are windows of their own.
        and widget.window() is page
        and type(widget).__name__ != "QToolButton"
    ]
    assert len(controls) > 40
    assert [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in controls
        if not w.accessibleName()
    ] == []


def test_an_edit_made_elsewhere_refreshes_the_course_and_its_warnings(
    qtbot: QtBot, context: PageContext, database: Database
) -> None:
    from soul_desktop.domain.enums import EnrolmentStatus
    from soul_desktop.storage.models import Enrolment, Person
    from soul_desktop.storage.unit_of_work import UnitOfWork
    from soul_desktop.ui.edits import Edit

    course_id = ids.new_id()
    planning.create_course(database, course_id, region_code="SE32", title="Ekonomi", capacity=1)
    page = _open(qtbot, context)
    assert page.warnings == []

    def enrol_two() -> None:
        # Stands in for the enrolment panel another part adds under the course.
        now = D(2010, 1, 1, 12)
        with UnitOfWork(database) as uow:
            for name in ("Anna", "Bo"):
                person = ids.new_id()
                uow.session.add(
                    Person(id=person, partition="SE32", first_name=name, last_name="Ek")
                )
                uow.session.flush()
                uow.session.add(
                    Enrolment(
                        id=ids.enrolment_id(course_id, person),
                        partition="SE32",
                        course_id=course_id,
                        person_id=person,
                        status=EnrolmentStatus.ENROLLED,
                        enrolled_at=now,
                        status_since=now,
                    )
                )
            uow.commit()

    with qtbot.waitSignal(context.edits.finished, timeout=TIMEOUT):
        context.edits.perform(Edit("Enrol", enrol_two, lambda: None, lambda _r: None))
    qtbot.waitUntil(lambda: len(page.warnings) == 1, timeout=TIMEOUT)
    assert page.warning_texts() == ["Over capacity: 2 enrolled, room for 1."]
    assert page.course is not None and page.course.enrolled_count == 2
