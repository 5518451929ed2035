"""The main window: navigation list on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.ui import labels
from soul_desktop.ui.accessibility import name_inner_widgets
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.overview import OverviewPage
from soul_desktop.ui.pages.settings import SettingsPage
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    # An opaque handle from services.setup; the interface only hands it back to services.
    from soul_desktop.services.setup import Database

# Page indexes, in the order of the navigation list and of Ctrl+1 … Ctrl+9.
PAGE_OVERVIEW = 0
PAGE_COURSES = 1
PAGE_PARTICIPANTS = 2
PAGE_ATTENDANCE = 3
PAGE_NETWORKS = 4
PAGE_FOUR_R = 5
PAGE_REPORTS = 6
PAGE_SYNC = 7
PAGE_SETTINGS = 8
PAGE_COUNT = 9

# Long database paths are shortened in the middle in the status bar; the tooltip has all of it.
STATUS_PATH_WIDTH = 360
BACKUP_NOTICE_MS = 60_000
DEFAULT_SIZE = QSize(1240, 720)
NAV_PADDING = 14
NAV_MIN_WIDTH = 170


class LazyPage(QWidget):
    """A place in the page stack whose page is made by `factory` when first needed."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self.layout().addWidget(self._page)
            name_inner_widgets(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """Holds no data itself: pages ask the services, through the worker, for records."""

    def __init__(
        self,
        worker: Worker,
        database: Database,
        installation: InstallationInfo,
        database_text: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.installation = installation
        self.setWindowTitle(installation.name)
        self.setAccessibleName(self.tr("SOUL Desktop main window"))
        self.edits = EditRunner(worker, self)
        self.edits.failed.connect(self._on_edit_failed)
        self.context = PageContext(worker, database, installation, self.edits)
        self._build_menus()

        self.overview = OverviewPage(worker, database, installation, self, edits=self.edits)
        self.settings_page = SettingsPage(
            installation, database_text, settings, self, context=self.context
        )
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview),
            (self.tr("Courses"), LazyPage(self._build_courses, self)),
            (self.tr("Participants"), LazyPage(self._build_participants, self)),
            (self.tr("Attendance"), LazyPage(self._build_attendance, self)),
            (self.tr("Networks"), LazyPage(self._build_networks, self)),
            (self.tr("4R"), LazyPage(self._build_fourr, self)),
            (self.tr("Reports"), LazyPage(self._build_reports, self)),
            (self.tr("Sync"), LazyPage(self._build_sync, self)),
            (self.tr("Settings"), self.settings_page),
        ]
        assert len(pages) == PAGE_COUNT

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setUniformItemSizes(True)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        # Only the padding is styled; colours and selection stay the system style's.
        self.nav.setStyleSheet(f"QListWidget::item {{ padding: 0 {NAV_PADDING}px; }}")
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Page"))
        for number, (title, page) in enumerate(pages, start=1):
            item = QListWidgetItem(title, self.nav)
            shortcut = QKeySequence(f"Ctrl+{number}")
            shortcut_text = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shortcut_text})")
            # Taller rows than the default list: an easier target, and a calmer column.
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 18))
            self.stack.addWidget(page)
            action = QAction(title, self)
            action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, index=number - 1: self.go_to(index))
            self.addAction(action)
        # Moving in the list (arrow keys, mouse) is what changes the page; shortcuts move the list.
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # A screen reader selects an item rather than moving the current row: follow it too.
        self.nav.itemSelectionChanged.connect(self._follow_selected_section)
        self.nav.setCurrentRow(PAGE_OVERVIEW)
        # As wide as the longest title (Swedish ones are longer), never a truncated word.
        widest = max(self.nav.fontMetrics().horizontalAdvance(title) for title, _page in pages)
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, widest + 2 * NAV_PADDING + 24))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        divider = QFrame(central)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(divider)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar(installation, database_text)
        self.nav.setFocus()
        self._fit_to_screen()
        name_inner_widgets(self)

    # The working pages are built the first time they are shown: the window appears sooner.
    def _build_courses(self) -> QWidget:
        from soul_desktop.ui.enrolment_panel import EnrolmentPanel
        from soul_desktop.ui.pages.courses import CoursesPage

        page = CoursesPage(self.context)
        page.add_course_tab(EnrolmentPanel(self.context), self.tr("Participants"))
        return page

    def _build_participants(self) -> QWidget:
        from soul_desktop.ui.pages.participants import ParticipantsPage

        return ParticipantsPage(self.context)

    def _build_attendance(self) -> QWidget:
        from soul_desktop.ui.pages.attendance import AttendancePage

        return AttendancePage(self.context)

    def _build_networks(self) -> QWidget:
        from soul_desktop.ui.pages.networks import NetworksPage

        page = NetworksPage(self.context)
        page.courseRequested.connect(self.show_course)
        return page

    @Slot(str)
    def show_course(self, course_id: str) -> None:
        """Go to the courses page with `course_id` chosen (a network meeting, for one)."""
        from soul_desktop.ui.pages.courses import CoursesPage

        courses = self.page(PAGE_COURSES)
        self.go_to(PAGE_COURSES)
        if not isinstance(courses, CoursesPage) or courses.select_course(course_id):
            return

        # Built just now, or the course is new: choose it once the list has loaded.
        def chosen() -> None:
            courses.coursesLoaded.disconnect(chosen)
            courses.select_course(course_id)

        courses.coursesLoaded.connect(chosen)

    def _build_fourr(self) -> QWidget:
        from soul_desktop.ui.pages.fourr import FourRPage

        return FourRPage(self.context)

    def _build_reports(self) -> QWidget:
        from soul_desktop.ui.pages.reports import ReportsPage

        return ReportsPage(self.context)

    def _build_sync(self) -> QWidget:
        from soul_desktop.ui.pages.sync import SyncPage

        return SyncPage(self.context)

    @Slot()
    def _follow_selected_section(self) -> None:
        selected = self.nav.selectedItems()
        if selected:
            row = self.nav.row(selected[0])
            if row != self.nav.currentRow():
                self.nav.setCurrentRow(row)

    def page(self, index: int) -> QWidget:
        """The page at `index` (see the PAGE_ constants), built now if it was not yet."""
        widget = self.stack.widget(index)
        return widget.ensure() if isinstance(widget, LazyPage) else widget

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("&User guide"))
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.show_guide)
        about_action = help_menu.addAction(self.tr("&About SOUL Desktop"))
        about_action.triggered.connect(self.show_about)
        self.guide_dialog: QWidget | None = None
        self.about_box: QWidget | None = None

    @Slot()
    def show_guide(self) -> None:
        """Open the user guide beside the window (one guide window, raised when open)."""
        from soul_desktop.ui.help import GuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    @Slot()
    def show_about(self) -> None:
        from soul_desktop.ui.help import AboutBox

        self.about_box = AboutBox(self)
        self.about_box.open()

    @Slot(object)
    def _on_edit_failed(self, exc: BaseException) -> None:
        # The change was refused and nothing was written; say why where the user looks.
        message = refusal_text(exc)
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 15_000)
        QMessageBox.warning(self, self.tr("The change was not saved"), message)

    def _fit_to_screen(self) -> None:
        """Start large enough for the figures and status bar, yet inside a 1366×768 laptop."""
        available = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE.width(), int(available.width() * 0.94))
        height = min(DEFAULT_SIZE.height(), int(available.height() * 0.92))
        self.resize(width, height)

    def _build_status_bar(self, installation: InstallationInfo, database_text: str) -> None:
        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status bar"))
        self.status_name = self._status_label(installation.name, self.tr("Installation"))
        self.status_role = self._status_label(labels.role_name(installation.role), self.tr("Role"))
        self.status_region = self._status_label(labels.region_text(installation), self.tr("Region"))
        elided = self.fontMetrics().elidedText(
            database_text, Qt.TextElideMode.ElideMiddle, STATUS_PATH_WIDTH
        )
        self.status_database = self._status_label(elided, self.tr("Database"))
        self.status_database.setToolTip(database_text)
        self.status_database.setAccessibleDescription(database_text)
        for label in (self.status_name, self.status_role, self.status_region, self.status_database):
            bar.addPermanentWidget(label)

    def _status_label(self, text: str, what: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(6, 0, 6, 0)
        label.setAccessibleName(f"{what}: {text}")
        label.setToolTip(what)
        return label

    @Slot(int)
    def go_to(self, index: int) -> None:
        """Show page `index` (see the PAGE_ constants) by selecting it in the list."""
        if 0 <= index < PAGE_COUNT:
            self.nav.setCurrentRow(index)

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def show_backup_notice(self, backup: Path) -> None:
        """Tell the user, for a minute, where the copy taken before the upgrade was put."""
        bar = self.statusBar()
        # The file name fits beside the permanent labels; the copy sits next to the database.
        bar.showMessage(
            self.tr("Database upgraded; the old version is kept as %1").replace("%1", backup.name),
            BACKUP_NOTICE_MS,
        )
        bar.setToolTip(str(backup))
        bar.messageChanged.connect(self._on_status_message_changed)

    @Slot(str)
    def _on_status_message_changed(self, message: str) -> None:
        if not message:
            self.statusBar().setToolTip("")
