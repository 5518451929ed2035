"""The courses page: course list and planning, venues with accessibility, and a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind, CourseStatus, InstallationRole
from soul_desktop.domain.networks import NetworkChoice
from soul_desktop.domain.planning import (
    ACTIVITY_KINDS,
    AreaChoice,
    CourseFilter,
    CourseRecord,
    PersonChoice,
    PlanningWarning,
    SessionRecord,
    VenueRecord,
)
from soul_desktop.domain.records import RegionChoice
from soul_desktop.services import installation as installation_service
from soul_desktop.services import networks, planning
from soul_desktop.ui import labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.planning import (
    CourseTableModel,
    VenueTableModel,
    kind_name,
    status_name,
    warning_text,
)
from soul_desktop.ui.models.record_table import RECORD_ROLE, SearchProxyModel
from soul_desktop.ui.pages.common import heading, page_layout
from soul_desktop.ui.planning_forms import (
    CourseForm,
    ErrorLabel,
    OptionalDateEdit,
    SessionPanel,
    VenueForm,
    fit_columns,
    list_view,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView
from soul_desktop.ui.widgets.session_calendar import SessionCalendar
from soul_desktop.ui.worker import LatestReads

DEFAULT_SESSION_START = dt.time(9, 0)
DEFAULT_SESSION_END = dt.time(12, 0)
TAB_DETAILS = 0
TAB_SESSIONS = 1
TAB_WARNINGS = 2
PAGE_COURSES = 0
PAGE_VENUES = 1
PAGE_CALENDAR = 2


class CourseTab(Protocol):
    """A panel another part of the application adds under a course (enrolment)."""

    def set_course(self, course_id: str | None) -> None: ...


def _delete_key(view: QWidget, action: Callable[[], None]) -> None:
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(action)


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class CoursesPage(QWidget):
    """Plan courses and their sessions, keep the venue register, and see the calendar.

    Everything is read through the worker; every change is an undoable edit. Signals tell
    when loaded data has been shown, for tests and for views that follow this page.
    """

    coursesLoaded = Signal()
    courseShown = Signal(object)  # course id or None
    sessionsLoaded = Signal(str)
    warningsLoaded = Signal(str)
    venuesLoaded = Signal()
    calendarLoaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.database
        info = context.installation
        self.central = info.role is InstallationRole.CENTRAL
        self.home_region = info.region_code
        self.course: CourseRecord | None = None
        self.warnings: list[PlanningWarning] = []
        self._course_tabs: list[CourseTab] = []
        self._areas: dict[str | None, list[AreaChoice]] = {}
        self._venues: dict[str | None, list[VenueRecord]] = {}
        self._reads = LatestReads(self, context.worker, self._show_load_error)
        self._calendar_dirty = True
        self._calendar_course: str | None = None
        self.regions: list[RegionChoice] = []
        self.setAccessibleName(self.tr("Courses"))

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Courses"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Courses, venues and calendar"))
        self.tabs.addTab(self._build_courses(), self.tr("Courses"))
        self.tabs.addTab(self._build_venues(), self.tr("Venues"))
        self.tabs.addTab(self._build_calendar(), self.tr("Calendar"))
        self.tabs.currentChanged.connect(self._on_page_tab)
        layout.addWidget(self.tabs, 1)

        # Lists load when the page is first shown, not at start-up: the window appears first.
        self._loaded_once = False
        # Edits made elsewhere (enrolments in an added tab, attendance) change the figures
        # and warnings of the course on screen.
        context.edits.finished.connect(self._on_edit_finished)

    # -- building -------------------------------------------------------------------------
    def _region_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("All regions"), None)
        return combo

    def _build_courses(self) -> QWidget:
        tab = QWidget(self)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        self.region_combo: QComboBox | None = None
        column = 0
        if self.central:
            self.region_combo = self._region_combo(self.tr("Region filter"))
            region_label = QLabel(self.tr("Re&gion"), tab)
            region_label.setBuddy(self.region_combo)
            filters.addWidget(region_label, 0, column)
            filters.addWidget(self.region_combo, 1, column)
            column += 1
        self.area_filter = QComboBox(tab)
        self.area_filter.setAccessibleName(self.tr("Competence area filter"))
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_filter.setMinimumContentsLength(16)
        self.area_filter.addItem(self.tr("All areas"), None)
        self.kind_filter = QComboBox(tab)
        self.kind_filter.setAccessibleName(self.tr("Kind filter"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in CourseKind:
            self.kind_filter.addItem(kind_name(kind), kind.value)
        self.status_filter = QComboBox(tab)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CourseStatus:
            self.status_filter.addItem(status_name(status), status.value)
        self.from_filter = OptionalDateEdit(self.tr("Sessions from (date filter)"), tab)
        self.to_filter = OptionalDateEdit(self.tr("Sessions until (date filter)"), tab)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), tab)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        for caption, widget in (
            (self.tr("Competence area"), self.area_filter),
            (self.tr("Kind"), self.kind_filter),
            (self.tr("Status"), self.status_filter),
            (self.tr("Sessions from"), self.from_filter),
            (self.tr("until"), self.to_filter),
        ):
            label = QLabel(caption, tab)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
            column += 1
        filters.addWidget(self.clear_filters_button, 1, column)
        filters.setColumnStretch(column + 1, 1)
        if not self.central:
            region_text = labels.region_text(self.context.installation)
            self.region_label = QLabel(self.tr("Region: %1").replace("%1", region_text), tab)
            filters.addWidget(self.region_label, 1, column + 2)

        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search title, area, leader, target group"))
        self.search_edit.setAccessibleName(self.tr("Search courses"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find"), tab)
        search_label.setBuddy(self.search_edit)
        self.new_course_button = QPushButton(self.tr("&New course"), tab)
        self.new_course_button.setAccessibleName(self.tr("New course"))
        self.delete_course_button = QPushButton(self.tr("Delete c&ourse"), tab)
        self.delete_course_button.setAccessibleName(self.tr("Delete the selected course"))
        self.delete_course_button.setEnabled(False)
        self.count_label = QLabel(tab)
        actions = QHBoxLayout()
        actions.addWidget(search_label)
        actions.addWidget(self.search_edit, 1)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.new_course_button)
        actions.addWidget(self.delete_course_button)
        self.message = ErrorLabel(tab)

        self.course_model = CourseTableModel(self)
        self.course_proxy = SearchProxyModel(self)
        self.course_proxy.setSourceModel(self.course_model)
        self.course_view = list_view("planning/courses", self.tr("Courses"), tab)
        self.course_view.setModel(self.course_proxy)
        self.course_view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)

        self.detail_tabs = QTabWidget(tab)
        self.detail_tabs.setAccessibleName(self.tr("The selected course"))
        self.form = CourseForm(tab)
        self.detail_tabs.addTab(_scrolled(self.form, tab), self.tr("Details"))
        self.sessions = SessionPanel(tab)
        self.detail_tabs.addTab(self.sessions, self.tr("Sessions"))
        self.warning_list = QListWidget(tab)
        self.warning_list.setAccessibleName(self.tr("Warnings for the course"))
        self.warning_list.setWordWrap(True)
        self.warning_list.setSpacing(3)
        self.warning_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.detail_tabs.addTab(self.warning_list, self.tr("Warnings"))

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.course_view)
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # The list shows title, status, first session and enrolment; the course gets the rest.
        splitter.setSizes([460, 690])
        self.course_splitter = splitter

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        if self.region_combo is not None:
            self.region_combo.currentIndexChanged.connect(self._on_region_filter)
        for combo in (self.area_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.reload_courses)
        for edit in (self.from_filter, self.to_filter):
            edit.dateEdited.connect(lambda _date: self.reload_courses())
            edit.refused.connect(self.message.show_text)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.search_edit.textChanged.connect(self.course_proxy.set_search)
        self.search_edit.textChanged.connect(lambda _t: self._update_count())
        self.new_course_button.clicked.connect(self.new_course)
        self.delete_course_button.clicked.connect(self.delete_course)
        self.course_view.selectionModel().currentRowChanged.connect(self._on_course_row)
        # Enter in the list goes to the course's fields; Delete removes it (undoably).
        self.course_view.activated.connect(lambda _index: self._focus_course_details())
        _delete_key(self.course_view, self.delete_course)
        self.form.changeRequested.connect(self._change_course)
        self.sessions.addRequested.connect(self.add_session)
        self.sessions.deleteRequested.connect(self.delete_sessions)
        self.sessions.repeatRequested.connect(self.repeat_session)
        self.sessions.sessionChangeRequested.connect(self._change_session)
        self.warning_list.itemActivated.connect(self._on_warning_activated)
        self.sessions.warnings_list.itemActivated.connect(self._on_warning_activated)
        return tab

    def _build_venues(self) -> QWidget:
        tab = QWidget(self)
        self.venue_search = QLineEdit(tab)
        self.venue_search.setPlaceholderText(self.tr("Search name, municipality, address"))
        self.venue_search.setAccessibleName(self.tr("Search venues"))
        self.venue_search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find"), tab)
        search_label.setBuddy(self.venue_search)
        self.venue_region_combo: QComboBox | None = None
        self.new_venue_button = QPushButton(self.tr("New &venue"), tab)
        self.new_venue_button.setAccessibleName(self.tr("New venue"))
        self.delete_venue_button = QPushButton(self.tr("Delete venu&e"), tab)
        self.delete_venue_button.setAccessibleName(self.tr("Delete the selected venue"))
        self.delete_venue_button.setEnabled(False)
        bar = QHBoxLayout()
        if self.central:
            self.venue_region_combo = self._region_combo(self.tr("Region of the venues"))
            bar.addWidget(self.venue_region_combo)
        bar.addWidget(search_label)
        bar.addWidget(self.venue_search, 1)
        bar.addWidget(self.new_venue_button)
        bar.addWidget(self.delete_venue_button)
        self.venue_message = ErrorLabel(tab)

        self.venue_model = VenueTableModel(self)
        self.venue_proxy = SearchProxyModel(self)
        self.venue_proxy.setSourceModel(self.venue_model)
        self.venue_view = list_view("planning/venues", self.tr("Venues"), tab)
        self.venue_view.setModel(self.venue_proxy)
        self.venue_view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.venue_form = VenueForm(tab)

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.venue_view)
        splitter.addWidget(_scrolled(self.venue_form, tab))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.venue_message)
        layout.addWidget(splitter, 1)

        if self.venue_region_combo is not None:
            self.venue_region_combo.currentIndexChanged.connect(lambda _i: self.reload_venues())
        self.venue_search.textChanged.connect(self.venue_proxy.set_search)
        self.new_venue_button.clicked.connect(self.new_venue)
        self.delete_venue_button.clicked.connect(self.delete_venue)
        self.venue_view.selectionModel().currentRowChanged.connect(self._on_venue_row)
        self.venue_view.activated.connect(lambda _index: self.venue_form.name_edit.setFocus())
        _delete_key(self.venue_view, self.delete_venue)
        self.venue_form.changeRequested.connect(self._change_venue)
        return tab

    def _build_calendar(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        self.calendar_region_combo: QComboBox | None = None
        if self.central:
            self.calendar_region_combo = self._region_combo(self.tr("Region of the calendar"))
            row = QHBoxLayout()
            label = QLabel(self.tr("Re&gion"), tab)
            label.setBuddy(self.calendar_region_combo)
            row.addWidget(label)
            row.addWidget(self.calendar_region_combo)
            row.addStretch(1)
            layout.addLayout(row)
            self.calendar_region_combo.currentIndexChanged.connect(
                lambda _i: self.reload_calendar()
            )
        self.calendar = SessionCalendar(tab)
        layout.addWidget(self.calendar, 1)
        self.calendar.rangeChanged.connect(lambda _a, _b: self.reload_calendar())
        self.calendar.sessionActivated.connect(self.open_session)
        return tab

    # -- the enrolment hook ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            return
        self._loaded_once = True
        if self.central:
            self._load(
                "regions", installation_service.region_choices, self.db, done=self._on_regions
            )
        self._load_areas(self._filter_region())
        self._load(
            "activities", planning.activity_choices, self.db, done=self.form.set_activity_choices
        )
        self.reload_courses()
        self.reload_venues()

    def add_course_tab(self, widget: QWidget, title: str) -> None:
        """Add another part's panel (with `set_course(course_id)`) under the course."""
        self.detail_tabs.addTab(widget, title)
        tab: Any = widget
        self._course_tabs.append(tab)
        tab.set_course(self.course.id if self.course else None)

    # -- loading --------------------------------------------------------------------------
    def _load(
        self,
        key: str,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a read on the worker; only the newest answer for `key` is shown."""
        self._reads.load(key, function, *args, done=done, failed=failed)

    def _show_load_error(self, exc: Exception) -> None:
        self.message.show_text(refusal_text(exc))

    def _filter_region(self) -> str | None:
        if not self.central:
            return self.home_region
        assert self.region_combo is not None
        region = self.region_combo.currentData()
        return region if isinstance(region, str) else None

    def _venue_region(self) -> str | None:
        if not self.central:
            return self.home_region
        assert self.venue_region_combo is not None
        region = self.venue_region_combo.currentData()
        return region if isinstance(region, str) else None

    def _calendar_region(self) -> str | None:
        if not self.central:
            return self.home_region
        assert self.calendar_region_combo is not None
        region = self.calendar_region_combo.currentData()
        return region if isinstance(region, str) else None

    def current_filter(self) -> CourseFilter:
        def value(combo: QComboBox, kind: Callable[[str], Any]) -> Any:
            data = combo.currentData()
            return kind(data) if isinstance(data, str) else None

        return CourseFilter(
            region=self._filter_region(),
            area=value(self.area_filter, str),
            kind=value(self.kind_filter, CourseKind),
            status=value(self.status_filter, CourseStatus),
            period_from=self.from_filter.date(),
            period_to=self.to_filter.date(),
        )

    @Slot()
    def reload_courses(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self._load(
            "courses", planning.list_courses, self.db, self.current_filter(), done=self._on_courses
        )

    def _on_courses(self, records: list[CourseRecord]) -> None:
        keep = self.course.id if self.course else None
        self.course_model.set_records(records)
        fit_columns(self.course_view)
        self._update_count()
        if keep is not None and self.course_model.row_of(keep) is not None:
            self.select_course(keep)
        elif self.course_proxy.rowCount():
            self.course_view.setCurrentIndex(self.course_proxy.index(0, 0))
        else:
            self._show_course(None)
        self.coursesLoaded.emit()

    def _update_count(self) -> None:
        shown = self.course_proxy.rowCount()
        total = self.course_model.rowCount()
        text = self.tr("%n course(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)

    def _on_regions(self, regions: list[RegionChoice]) -> None:
        self.regions = regions
        for combo in (self.region_combo, self.venue_region_combo, self.calendar_region_combo):
            if combo is None:
                continue
            combo.blockSignals(True)
            for region in regions:
                combo.addItem(f"{region.code} {region.name}", region.code)
            combo.blockSignals(False)

    @Slot(int)
    def _on_region_filter(self, _index: int) -> None:
        self._load_areas(self._filter_region())
        self.reload_courses()

    def _load_areas(self, region: str | None) -> None:
        if region in self._areas:
            self._on_areas(region, self._areas[region])
            return
        self._load(
            f"areas:{region}",
            planning.area_choices,
            self.db,
            region,
            done=lambda found: self._on_areas(region, found),
        )

    def _on_areas(self, region: str | None, found: list[AreaChoice]) -> None:
        self._areas[region] = found
        if region == self._filter_region():
            combo = self.area_filter
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All areas"), None)
            for area in found:
                combo.addItem(f"{area.code} {area.name_sv}", area.code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        if self.course is not None and self.course.region_code == region:
            self.form.set_area_choices(found)

    def clear_filters(self) -> None:
        for combo in (self.area_filter, self.kind_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.from_filter, self.to_filter):
            edit.set_date(None)
        self.message.show_text("")
        self.search_edit.clear()
        self.reload_courses()

    # -- the selected course --------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_course_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(RECORD_ROLE) if current.isValid() else None
        if record is not None and self.course is not None and record.id == self.course.id:
            return
        self._show_course(record)

    def _focus_course_details(self) -> None:
        if self.detail_tabs.currentIndex() == TAB_SESSIONS:
            self.sessions.table.setFocus()
        elif self.detail_tabs.currentIndex() == TAB_WARNINGS:
            self.warning_list.setFocus()
        else:
            self.detail_tabs.setCurrentIndex(TAB_DETAILS)
            self.form.title_edit.setFocus()

    def select_course(self, course_id: str) -> bool:
        row = self.course_model.row_of(course_id)
        if row is None:
            return False
        index = self.course_proxy.mapFromSource(self.course_model.index(row, 0))
        if not index.isValid():
            return False
        self.course_view.setCurrentIndex(index)
        self.course_view.scrollTo(index)
        return True

    def _show_course(self, record: CourseRecord | None) -> None:
        self.course = record
        self.message.show_text("")
        self.delete_course_button.setEnabled(record is not None)
        self.form.set_course(record)
        self.sessions.set_sessions([])
        self._show_warnings([])
        self.detail_tabs.setEnabled(record is not None)
        for tab in self._course_tabs:
            tab.set_course(record.id if record else None)
        if record is not None:
            region = record.region_code
            if region in self._areas:
                self.form.set_area_choices(self._areas[region])
            else:
                self._load_areas(region)
            self._load_venue_choices(region)
            self._load_network_choices(region)
            self._load(
                "leaders",
                planning.leader_choices,
                self.db,
                region,
                record.id,
                done=self._on_leaders,
            )
            self._load_sessions(record.id)
            self._load_warnings(record.id)
        self.courseShown.emit(record.id if record else None)

    def _load_network_choices(self, region: str) -> None:
        # Not cached: networks are recorded on another page while this one stays open.
        def done(found: list[NetworkChoice]) -> None:
            if self.course is not None and self.course.region_code == region:
                self.form.set_network_choices(found)

        self._load("networks", networks.network_choices, self.db, region, done=done)

    def _on_leaders(self, leaders: list[PersonChoice]) -> None:
        self.form.set_leader_choices(leaders)
        self.sessions.set_leaders(leaders)

    def _load_venue_choices(self, region: str | None) -> None:
        if region in self._venues:
            self.sessions.set_venues(self._venues[region])
            return
        self._load(
            f"venue-choices:{region}",
            planning.list_venues,
            self.db,
            region,
            done=lambda found: self._on_venue_choices(region, found),
        )

    def _on_venue_choices(self, region: str | None, found: list[VenueRecord]) -> None:
        self._venues[region] = found
        if self.course is not None and self.course.region_code == region:
            self.sessions.set_venues(found)

    def _load_sessions(self, course_id: str) -> None:
        self._load(
            "sessions",
            planning.list_sessions,
            self.db,
            course_id,
            done=lambda found: self._on_sessions(course_id, found),
        )

    def _on_sessions(self, course_id: str, found: list[SessionRecord]) -> None:
        if self.course is None or self.course.id != course_id:
            return
        self.sessions.set_sessions(found)
        self.sessions.set_warnings(self.warnings)
        self.sessionsLoaded.emit(course_id)

    def _load_warnings(self, course_id: str) -> None:
        self._load(
            "warnings",
            planning.warnings_for_course,
            self.db,
            course_id,
            done=lambda found: self._on_warnings(course_id, found),
        )

    def _on_warnings(self, course_id: str, found: list[PlanningWarning]) -> None:
        if self.course is None or self.course.id != course_id:
            return
        self._show_warnings(found)
        self.warningsLoaded.emit(course_id)

    def _show_warnings(self, warnings: Sequence[PlanningWarning]) -> None:
        self.warnings = list(warnings)
        self.sessions.set_warnings(warnings)
        self.warning_list.clear()
        for w in warnings:
            text = warning_text(w)
            item = QListWidgetItem(f"⚠ {text}", self.warning_list)
            item.setData(Qt.ItemDataRole.UserRole, w)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if not warnings:
            item = QListWidgetItem(self.tr("No warnings for this course."), self.warning_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        count = len(warnings)
        title = self.tr("Warnings (%1)").replace("%1", str(count)) if count else self.tr("Warnings")
        self.detail_tabs.setTabText(TAB_WARNINGS, title)

    def warning_texts(self) -> list[str]:
        return [warning_text(w) for w in self.warnings]

    @Slot(QListWidgetItem)
    def _on_warning_activated(self, item: QListWidgetItem) -> None:
        warning = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(warning, PlanningWarning) and warning.session_id:
            self.detail_tabs.setCurrentIndex(TAB_SESSIONS)
            self.sessions.select_session(warning.session_id)
            self.sessions.table.setFocus()

    @Slot(str)
    def _on_edit_finished(self, _text: str) -> None:
        if self.course is not None and shiboken6.isValid(self):
            self._refresh_course(self.course.id)
            # A capacity change may have offered places: the added tabs show them.
            for tab in self._course_tabs:
                tab.set_course(self.course.id)

    def _refresh_course(self, course_id: str) -> None:
        """Fetch a course's figures again after its sessions changed."""
        self._load(
            f"course:{course_id}",
            planning.get_course,
            self.db,
            course_id,
            done=self._apply_course,
            failed=lambda _exc: None,
        )

    # -- course edits ---------------------------------------------------------------------
    def _apply_course(self, record: CourseRecord) -> None:
        self._calendar_dirty = True
        if record.deleted:
            self.course_model.remove_record(record.id)
            self._update_count()
            if self.course is not None and self.course.id == record.id:
                index = self.course_view.currentIndex()
                self._show_course(index.data(RECORD_ROLE) if index.isValid() else None)
            return
        self.course_model.update_record(record)
        self._update_count()
        if self.course is not None and self.course.id == record.id:
            self.course = record
            self.form.set_course(record, refresh=True)
            self._load_warnings(record.id)

    def new_course(self) -> None:
        region = self._filter_region()
        if region is None:
            self.message.show_text(self.tr("Choose a region in the filter first."))
            return
        course_id = ids.new_id()
        first_run = [True]

        def apply(record: CourseRecord) -> None:
            self._apply_course(record)
            if first_run[0] and not record.deleted:
                first_run[0] = False
                self.search_edit.clear()
                self.select_course(record.id)
                self.detail_tabs.setCurrentIndex(TAB_DETAILS)
                self.form.title_edit.setFocus()
                self.form.title_edit.selectAll()

        self.context.edits.perform(
            Edit(
                self.tr("New course"),
                partial(
                    planning.create_course,
                    self.db,
                    course_id,
                    region_code=region,
                    title=self.tr("New course"),
                ),
                partial(planning.delete_course, self.db, course_id),
                apply,
            ),
            on_error=self._show_load_error,
        )

    def delete_course(self) -> None:
        course = self.course
        if course is None:
            return
        self.context.edits.perform(
            Edit(
                self.tr("Delete course “%1”").replace("%1", course.title),
                partial(planning.delete_course, self.db, course.id),
                partial(planning.restore_course, self.db, course.id),
                self._apply_course,
            ),
            on_error=self._show_load_error,
        )

    @Slot(str, object, object)
    def _change_course(self, field: str, new: Any, old: Any) -> None:
        course = self.course
        if course is None:
            return
        course_id = course.id

        def refused(exc: Exception) -> None:
            if self.course is not None and self.course.id == course_id:
                self.form.values[field] = old
                self.form.show_refusal(exc)

        forward: dict[str, Any] = {field: new}
        backward: dict[str, Any] = {field: old}
        if field == "kind":
            # A kind that has no network (or no activity) takes the course's away in the same
            # change, and undo gives it back.
            if course.network_id is not None and new is not CourseKind.NETWORK_MEETING:
                forward["network_id"], backward["network_id"] = None, course.network_id
            if course.activity_code is not None and new not in ACTIVITY_KINDS:
                forward["activity_code"], backward["activity_code"] = None, course.activity_code
        self.context.edits.perform(
            Edit(
                self.tr("Change course “%1”").replace("%1", course.title),
                partial(planning.update_course, self.db, course_id, **forward),
                partial(planning.update_course, self.db, course_id, **backward),
                self._apply_course,
            ),
            on_error=refused,
        )

    # -- session edits --------------------------------------------------------------------
    def _apply_sessions(self, result: SessionRecord | list[SessionRecord]) -> None:
        records = result if isinstance(result, list) else [result]
        self._calendar_dirty = True
        course_ids = {r.course_id for r in records}
        if self.course is not None and self.course.id in course_ids:
            self.sessions.apply_records(records)
        for course_id in course_ids:
            self._refresh_course(course_id)

    def _next_slot(self) -> tuple[dt.datetime, dt.datetime, str | None, str | None]:
        """A week after the last session, like it; or tomorrow morning for a first one."""
        existing = self.sessions.model.records()
        if existing:
            last = max(existing, key=lambda s: s.starts_at)
            week = dt.timedelta(weeks=1)
            return last.starts_at + week, last.ends_at + week, last.venue_id, last.leader_id
        day = dt.date.today() + dt.timedelta(days=1)
        leader = self.course.leader_ids[0] if self.course and self.course.leader_ids else None
        return (
            dt.datetime.combine(day, DEFAULT_SESSION_START),
            dt.datetime.combine(day, DEFAULT_SESSION_END),
            None,
            leader,
        )

    @Slot()
    def add_session(self) -> None:
        course = self.course
        if course is None:
            return
        session_id = ids.new_id()
        starts_at, ends_at, venue_id, leader_id = self._next_slot()
        first_run = [True]

        def apply(result: SessionRecord) -> None:
            self._apply_sessions(result)
            if first_run[0] and not result.deleted:
                first_run[0] = False
                self.sessions.select_session(result.id)
                # As if tabbed into: the year is selected, ready to be typed over.
                self.sessions.date_edit.setFocus(Qt.FocusReason.TabFocusReason)

        self.context.edits.perform(
            Edit(
                self.tr("Add session"),
                partial(
                    planning.add_session,
                    self.db,
                    session_id,
                    course.id,
                    starts_at,
                    ends_at,
                    venue_id,
                    leader_id,
                ),
                partial(planning.delete_session, self.db, session_id),
                apply,
            ),
            on_error=self.sessions.show_refusal,
        )

    @Slot(list)
    def delete_sessions(self, records: list[SessionRecord]) -> None:
        session_ids = [r.id for r in records]
        self.context.edits.perform(
            Edit(
                self.tr("Remove %n session(s)", "", len(session_ids)),
                partial(planning.delete_sessions, self.db, session_ids),
                partial(planning.restore_sessions, self.db, session_ids),
                self._apply_sessions,
            ),
            on_error=self.sessions.show_refusal,
        )

    @Slot(object, int)
    def repeat_session(self, record: SessionRecord, weeks: int) -> None:
        session_ids = [ids.new_id() for _ in range(weeks)]
        week = dt.timedelta(weeks=1)
        self.context.edits.perform(
            Edit(
                self.tr("Repeat session weekly × %1").replace("%1", str(weeks)),
                partial(
                    planning.add_weekly_sessions,
                    self.db,
                    record.course_id,
                    record.starts_at + week,
                    record.ends_at + week,
                    weeks,
                    record.venue_id,
                    record.leader_id,
                    session_ids,
                ),
                partial(planning.delete_sessions, self.db, session_ids),
                self._apply_sessions,
            ),
            on_error=self.sessions.show_refusal,
        )

    @Slot(object, dict, dict)
    def _change_session(self, record: SessionRecord, new: dict, old: dict) -> None:
        def refused(exc: Exception) -> None:
            row = self.sessions.model.row_of(record.id)
            current = self.sessions.current
            if row is not None and current is not None and current.id == record.id:
                self.sessions.show_session(self.sessions.model.record_at(row))
            self.sessions.show_refusal(exc)

        self.context.edits.perform(
            Edit(
                self.tr("Change session"),
                partial(planning.update_session, self.db, record.id, **new),
                partial(planning.update_session, self.db, record.id, **old),
                self._apply_sessions,
            ),
            on_error=refused,
        )

    # -- venues ---------------------------------------------------------------------------
    @Slot()
    def reload_venues(self) -> None:
        region = self._venue_region()
        self._load("venues", planning.list_venues, self.db, region, done=self._on_venues)
        self._load(
            "municipalities",
            planning.municipality_choices,
            self.db,
            region,
            done=self.venue_form.set_municipalities,
        )

    def _on_venues(self, records: list[VenueRecord]) -> None:
        keep = self.venue_form.record.id if self.venue_form.record else None
        self.venue_model.set_records(records)
        fit_columns(self.venue_view)
        if keep is not None and self.select_venue(keep):
            pass
        elif self.venue_proxy.rowCount():
            self.venue_view.setCurrentIndex(self.venue_proxy.index(0, 0))
        else:
            self._show_venue(None)
        self.venuesLoaded.emit()

    def select_venue(self, venue_id: str) -> bool:
        row = self.venue_model.row_of(venue_id)
        if row is None:
            return False
        index = self.venue_proxy.mapFromSource(self.venue_model.index(row, 0))
        if not index.isValid():
            return False
        self.venue_view.setCurrentIndex(index)
        self.venue_view.scrollTo(index)
        self._show_venue(self.venue_model.record_at(row))
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_venue_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(RECORD_ROLE) if current.isValid() else None
        shown = self.venue_form.record
        if record is not None and shown is not None and record.id == shown.id:
            return
        self._show_venue(record)

    def _show_venue(self, record: VenueRecord | None) -> None:
        self.venue_message.show_text("")
        self.venue_form.set_venue(record)
        self.delete_venue_button.setEnabled(record is not None)

    def _apply_venue(self, record: VenueRecord) -> None:
        # The session editor's venue choices and the warnings follow the register.
        self._venues.pop(record.region_code, None)
        self._venues.pop(None, None)
        if record.deleted:
            self.venue_model.remove_record(record.id)
            if self.venue_form.record is not None and self.venue_form.record.id == record.id:
                index = self.venue_view.currentIndex()
                self._show_venue(index.data(RECORD_ROLE) if index.isValid() else None)
        else:
            self.venue_model.update_record(record)
            if self.venue_form.record is not None and self.venue_form.record.id == record.id:
                self.venue_form.set_venue(record, refresh=True)
        if self.course is not None:
            self._load_venue_choices(self.course.region_code)
            self._load_sessions(self.course.id)
            self._load_warnings(self.course.id)

    def new_venue(self) -> None:
        region = self._venue_region()
        if region is None:
            self.venue_message.show_text(self.tr("Choose the venue's region first."))
            return
        venue_id = ids.new_id()
        first_run = [True]

        def apply(record: VenueRecord) -> None:
            self._apply_venue(record)
            if first_run[0] and not record.deleted:
                first_run[0] = False
                self.venue_search.clear()
                self.select_venue(record.id)
                self.venue_form.name_edit.setFocus()
                self.venue_form.name_edit.selectAll()

        self.context.edits.perform(
            Edit(
                self.tr("New venue"),
                partial(
                    planning.create_venue, self.db, venue_id, region, name=self.tr("New venue")
                ),
                partial(planning.delete_venue, self.db, venue_id),
                apply,
            ),
            on_error=lambda exc: self.venue_message.show_text(refusal_text(exc)),
        )

    def delete_venue(self) -> None:
        venue = self.venue_form.record
        if venue is None:
            return
        self.context.edits.perform(
            Edit(
                self.tr("Delete venue “%1”").replace("%1", venue.name),
                partial(planning.delete_venue, self.db, venue.id),
                partial(planning.restore_venue, self.db, venue.id),
                self._apply_venue,
            ),
            on_error=lambda exc: self.venue_message.show_text(refusal_text(exc)),
        )

    @Slot(str, object, object)
    def _change_venue(self, field: str, new: Any, old: Any) -> None:
        venue = self.venue_form.record
        if venue is None:
            return
        venue_id = venue.id

        def refused(exc: Exception) -> None:
            if self.venue_form.record is not None and self.venue_form.record.id == venue_id:
                self.venue_form.values[field] = old
                self.venue_form.show_refusal(exc)

        self.context.edits.perform(
            Edit(
                self.tr("Change venue “%1”").replace("%1", venue.name),
                partial(planning.update_venue, self.db, venue_id, **{field: new}),
                partial(planning.update_venue, self.db, venue_id, **{field: old}),
                self._apply_venue,
            ),
            on_error=refused,
        )

    # -- calendar -------------------------------------------------------------------------
    @Slot(int)
    def _on_page_tab(self, index: int) -> None:
        if index != PAGE_CALENDAR:
            return
        course = self.course
        if course is not None and course.id != self._calendar_course and course.first_start:
            # Open the calendar where the course chosen in the list takes place.
            self._calendar_course = course.id
            self.calendar.go_to(course.first_start.date())
        elif self._calendar_dirty:
            self.reload_calendar()

    @Slot()
    def reload_calendar(self) -> None:
        first, last = self.calendar.range()
        self._calendar_dirty = False
        self._load(
            "calendar",
            planning.calendar_sessions,
            self.db,
            self._calendar_region(),
            first,
            last,
            done=self._on_calendar,
        )

    def _on_calendar(self, sessions: list[SessionRecord]) -> None:
        self.calendar.set_sessions(sessions)
        self.calendarLoaded.emit()

    @Slot(object)
    def open_session(self, session: SessionRecord) -> None:
        """From the calendar to the session in its course."""
        if not self.select_course(session.course_id):
            self.search_edit.clear()
            if not self.select_course(session.course_id):
                return
        self.tabs.setCurrentIndex(PAGE_COURSES)
        self.detail_tabs.setCurrentIndex(TAB_SESSIONS)
        if self.sessions.model.row_of(session.id) is not None:
            self.sessions.select_session(session.id)
            self.sessions.table.setFocus()
            return

        def show(course_id: str) -> None:
            if course_id == session.course_id:
                self.sessions.select_session(session.id)
                self.sessions.table.setFocus()
                self.sessionsLoaded.disconnect(show)

        self.sessionsLoaded.connect(show)
