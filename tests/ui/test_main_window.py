"""The main window: every page is reachable by keyboard, and the status bar says where we are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services.setup import Database
from soul_desktop.ui import main_window
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.main_window import MainWindow
from soul_desktop.ui.pages.attendance import AttendancePage
from soul_desktop.ui.pages.courses import CoursesPage
from soul_desktop.ui.pages.fourr import FourRPage
from soul_desktop.ui.pages.networks import NetworksPage
from soul_desktop.ui.pages.overview import OverviewPage
from soul_desktop.ui.pages.participants import ParticipantsPage
from soul_desktop.ui.pages.reports import ReportsPage
from soul_desktop.ui.pages.settings import SettingsPage
from soul_desktop.ui.pages.sync import SyncPage
from soul_desktop.ui.worker import Worker

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


@pytest.fixture
def window(
    qtbot: QtBot, worker: Worker, database: Database, installation_info: InstallationInfo
) -> Iterator[MainWindow]:
    result = MainWindow(worker, database, installation_info, "/data/soul.db")
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    result.activateWindow()
    qtbot.waitUntil(result.isActiveWindow, timeout=5000)
    yield result
    # The pages' loads answer while the window still exists.
    worker.shutdown()


def test_arrow_keys_in_the_list_walk_through_every_page(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setFocus()
    assert window.current_page() == main_window.PAGE_OVERVIEW
    assert isinstance(window.stack.currentWidget(), OverviewPage)
    for expected in range(1, main_window.PAGE_COUNT):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        assert window.current_page() == expected
        assert window.nav.currentRow() == expected
    assert isinstance(window.stack.currentWidget(), SettingsPage)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the last page stays the last
    assert window.current_page() == main_window.PAGE_SETTINGS
    for expected in reversed(range(main_window.PAGE_COUNT - 1)):
        qtbot.keyClick(window.nav, Qt.Key.Key_Up)
        assert window.current_page() == expected


def test_ctrl_and_a_digit_goes_to_that_page(qtbot: QtBot, window: MainWindow) -> None:
    for index in [7, 0, 3, 8, 1, 6, 2, 5, 4, 0]:
        qtbot.keyClick(window.nav, DIGITS[index], Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == index
        assert window.nav.currentRow() == index


def test_every_page_is_built_when_first_shown(window: MainWindow) -> None:
    assert isinstance(window.page(main_window.PAGE_COURSES), CoursesPage)
    assert isinstance(window.page(main_window.PAGE_PARTICIPANTS), ParticipantsPage)
    assert isinstance(window.page(main_window.PAGE_ATTENDANCE), AttendancePage)
    assert isinstance(window.page(main_window.PAGE_SYNC), SyncPage)
    assert isinstance(window.page(main_window.PAGE_FOUR_R), FourRPage)
    assert isinstance(window.page(main_window.PAGE_NETWORKS), NetworksPage)
    assert isinstance(window.page(main_window.PAGE_REPORTS), ReportsPage)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

    for index in range(main_window.PAGE_COUNT):
        window.page(index)

    controls = [
        widget
        for kind in (QAbstractButton, QComboBox, QLineEdit, QListWidget)
        for widget in window.findChildren(kind)
        # Qt's own helpers inside a combo box or scroll area are not ours to name.
        if not widget.objectName().startswith("qt_")
    ]
    assert controls
    assert [w for w in controls if not w.accessibleName()] == []


def test_status_bar_shows_installation_role_region_and_database(window: MainWindow) -> None:
    texts = [window.status_name.text(), window.status_role.text(), window.status_region.text()]
    assert texts == ["Jämtland kontor", "Regional office", "SE32 Mellersta Norrland"]
    assert window.status_database.toolTip() == "/data/soul.db"
    assert "Jämtland kontor" in window.windowTitle()


def test_backup_notice_names_the_copy(window: MainWindow) -> None:
    window.show_backup_notice(Path("/data/soul.db.20260101-120000.bak"))
    assert "soul.db.20260101-120000.bak" in window.statusBar().currentMessage()
    assert window.statusBar().toolTip() == "/data/soul.db.20260101-120000.bak"
    window.statusBar().clearMessage()
    assert window.statusBar().toolTip() == ""


def test_a_refused_edit_is_worded_by_its_code(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )

    def refuse() -> None:
        raise ValidationError(
            "“Bokföring” is cancelled",
            field="course",
            code="enrolment.course_cancelled",
            params={"title": "Bokföring"},
        )

    with qtbot.waitSignal(window.edits.failed):
        window.edits.perform(Edit("Enrol", refuse, refuse, lambda _result: None))
    sentence = "The course “Bokföring” is cancelled; nobody can be enrolled on it."
    assert shown == [sentence]
    assert window.statusBar().currentMessage() == f"Not saved: {sentence}"


def test_a_course_asked_for_by_another_page_is_shown_on_the_courses_page(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from soul_desktop.domain import ids
    from soul_desktop.services import planning

    course_id = ids.new_id()
    planning.create_course(database, course_id, region_code="SE32", title="Nätverksträff")
    courses = window.page(main_window.PAGE_COURSES)
    assert isinstance(courses, CoursesPage)
    with qtbot.waitSignal(
        courses.courseShown, timeout=10_000, check_params_cb=lambda c: c == course_id
    ):
        window.show_course(course_id)
    assert window.current_page() == main_window.PAGE_COURSES


def test_selecting_a_section_as_a_screen_reader_does_changes_the_page(window: MainWindow) -> None:
    item = window.nav.item(main_window.PAGE_SYNC)
    window.nav.clearSelection()
    item.setSelected(True)
    assert window.current_page() == main_window.PAGE_SYNC
