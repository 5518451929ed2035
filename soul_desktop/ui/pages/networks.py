"""The networks page: a region's network, its member organisations, board and meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import ids
from soul_desktop.domain import networks as rules
from soul_desktop.domain.enums import CourseKind, Gender, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.networks import (
    BoardSeatRecord,
    MeetingRecord,
    MemberRecord,
    NetworkRecord,
    OrganisationChoice,
    PersonChoice,
)
from soul_desktop.domain.records import RegionChoice
from soul_desktop.services import installation as installation_service
from soul_desktop.services import networks, planning
from soul_desktop.ui import labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.people import gender_name
from soul_desktop.ui.models.planning import date_text, status_name
from soul_desktop.ui.models.record_table import (
    RECORD_ROLE,
    Column,
    RecordTableModel,
    SearchProxyModel,
)
from soul_desktop.ui.pages.common import READABLE_WIDTH, heading, page_layout, paragraph
from soul_desktop.ui.planning_forms import ErrorLabel, OptionalDateEdit, fit_columns, list_view
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView
from soul_desktop.ui.worker import LatestReads

# The two faces of the page: nothing recorded yet, or the list with the chosen network.
PAGE_EMPTY = 0
PAGE_LIST = 1
# The tabs of the chosen network.
TAB_DETAILS = 0
TAB_MEMBERS = 1
TAB_BOARD = 2
TAB_MEETINGS = 3
# Columns of the network list.
COL_REGION = 0
COL_NAME = 1
COL_FORMED = 2
COL_MEMBERS = 3
COL_BOARD = 4
# Columns of the member, board and meeting lists.
MEMBER_NAME = 0
MEMBER_MUNICIPALITY = 1
SEAT_NAME = 0
SEAT_GENDER = 1
SEAT_ROLE = 2
SEAT_PERSON = 3
MEETING_TITLE = 0
MEETING_DATE = 1
MEETING_SESSIONS = 2
MEETING_STATUS = 3

RIGHT = Qt.AlignmentFlag.AlignRight


# -- table models ---------------------------------------------------------------------------
def board_text(record: NetworkRecord) -> str:
    """The board by gender in words: "3 women, 2 men, 1 other, 0 not stated"."""
    counts = record.board_by_gender()
    return ", ".join(
        f"{counts[g]} {name}"
        for g, name in (
            (Gender.WOMAN, QCoreApplication.translate("Networks", "women")),
            (Gender.MAN, QCoreApplication.translate("Networks", "men")),
            (Gender.OTHER, QCoreApplication.translate("Networks", "other")),
            (Gender.NOT_STATED, QCoreApplication.translate("Networks", "not stated")),
        )
    )


def network_model(parent: QObject | None = None) -> RecordTableModel[NetworkRecord]:
    columns: list[Column[Any]] = [
        Column(
            QCoreApplication.translate("Networks", "Region"),
            lambda r: f"{r.region_code} {r.region_name}",
        ),
        # The whole name on hovering, where the column is too narrow for it.
        Column(
            QCoreApplication.translate("Networks", "Name"),
            lambda r: r.name,
            tooltip=lambda r: r.name,
        ),
        Column(
            QCoreApplication.translate("Networks", "Formed"),
            lambda r: (
                date_text(r.formed_on)
                if r.formed_on
                else QCoreApplication.translate("Networks", "not yet")
            ),
            sort_key=lambda r: r.formed_on,
        ),
        Column(
            QCoreApplication.translate("Networks", "Members"),
            lambda r: str(len(r.members)),
            sort_key=lambda r: len(r.members),
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("Networks", "Board seats"),
            lambda r: str(len(r.board)),
            sort_key=lambda r: len(r.board),
            alignment=RIGHT,
            tooltip=board_text,
        ),
    ]
    return RecordTableModel(columns, key=lambda r: r.id, parent=parent)


def member_model(parent: QObject | None = None) -> RecordTableModel[MemberRecord]:
    columns: list[Column[Any]] = [
        Column(
            QCoreApplication.translate("Networks", "Organisation"), lambda r: r.organisation_name
        ),
        Column(
            QCoreApplication.translate("Networks", "Municipality"),
            lambda r: r.municipality_name or "",
        ),
    ]
    return RecordTableModel(columns, key=lambda r: r.organisation_id, parent=parent)


def seat_model(parent: QObject | None = None) -> RecordTableModel[BoardSeatRecord]:
    columns: list[Column[Any]] = [
        Column(QCoreApplication.translate("Networks", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("Networks", "Gender"), lambda r: gender_name(r.gender)),
        Column(
            QCoreApplication.translate("Networks", "Role on the board"),
            lambda r: r.board_role or "",
        ),
        Column(
            QCoreApplication.translate("Networks", "Registered person"),
            lambda r: r.person_name or "",
        ),
    ]
    return RecordTableModel(columns, key=lambda r: r.id, parent=parent)


def meeting_model(parent: QObject | None = None) -> RecordTableModel[MeetingRecord]:
    columns: list[Column[Any]] = [
        Column(QCoreApplication.translate("Networks", "Meeting"), lambda r: r.title),
        Column(
            QCoreApplication.translate("Networks", "First date"),
            lambda r: (
                date_text(r.first_date)
                if r.first_date
                else QCoreApplication.translate("Networks", "no session yet")
            ),
            sort_key=lambda r: r.first_date,
        ),
        Column(
            QCoreApplication.translate("Networks", "Sessions"),
            lambda r: str(r.session_count),
            sort_key=lambda r: r.session_count,
            alignment=RIGHT,
        ),
        Column(QCoreApplication.translate("Networks", "Status"), lambda r: status_name(r.status)),
    ]
    return RecordTableModel(columns, key=lambda r: r.course_id, parent=parent)


# -- small widgets --------------------------------------------------------------------------
def _delete_key(view: QWidget, action: Callable[[], None]) -> None:
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(action)


def _button(text: str, accessible_name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    return button


class _FocusOut(QObject):
    """Calls back when a multi-line text loses the focus: its edit is finished."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class ChoiceField(QComboBox):
    """A choice made by typing part of its text (organisations, persons); empty is none.

    Built on a string-list model so that tens of thousands of persons cost little.
    """

    def __init__(self, accessible_name: str, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.lineEdit().setAccessibleName(accessible_name)
        self.lineEdit().setPlaceholderText(placeholder)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._ids: list[str | None] = [None]
        self._by_text: dict[str, str | None] = {}
        self._model = QStringListModel([""], self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(id, text) pairs; a text shared by several is found by its row only."""
        texts = [""]
        self._ids = [None]
        counted: dict[str, int] = {}
        for choice_id, text in choices:
            texts.append(text)
            self._ids.append(choice_id)
            counted[text.casefold()] = counted.get(text.casefold(), 0) + 1
        self._by_text = {
            text.casefold(): choice_id
            for choice_id, text in choices
            if counted[text.casefold()] == 1
        }
        self._model.setStringList(texts)
        self.setCurrentIndex(0)

    def choice_count(self) -> int:
        return len(self._ids) - 1

    def show_choice(self, choice_id: str | None, text: str = "") -> None:
        try:
            row = self._ids.index(choice_id)
        except ValueError:
            row = -1
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self._model.stringList()[row])
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    def chosen(self) -> tuple[bool, str | None]:
        """(found, id): blank is (True, None); an unknown text is (False, None)."""
        text = " ".join(self.currentText().split())
        if not text:
            return True, None
        row = self.currentIndex()
        if 0 < row < len(self._ids) and self._model.stringList()[row] == self.currentText():
            return True, self._ids[row]
        folded = text.casefold()
        if folded in self._by_text:
            return True, self._by_text[folded]
        return False, None


# -- the page -------------------------------------------------------------------------------
class NetworksPage(QWidget):
    """Record a region's network: name and formed date, member organisations, the board
    (by gender, for 4R) and the network meetings held (courses of kind network meeting).

    Reads go through the worker, every change is an undoable edit. At central the networks
    of every region are listed, with a region filter; a regional installation sees its own.
    Signals tell when loaded data has been shown (for tests), and `courseRequested` asks the
    window to open a network meeting on the courses page.
    """

    networksLoaded = Signal()
    networkShown = Signal(object)  # network id or None
    choicesLoaded = Signal(str)  # region code
    courseRequested = Signal(str)  # course id

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.database
        info = context.installation
        self.central = info.role is InstallationRole.CENTRAL
        self.home_region = info.region_code
        self.network: NetworkRecord | None = None
        self.seat: BoardSeatRecord | None = None
        self.regions: list[RegionChoice] = []
        self._reads = LatestReads(self, context.worker, self._show_message)
        self._organisations: dict[str, list[OrganisationChoice]] = {}
        self._persons: dict[str, list[PersonChoice]] = {}
        self._loaded_once = False
        self._loading_form = False
        self.values: dict[str, Any] = {}
        # The seat's values as last sent: an edit announced twice (Enter, then the focus
        # leaving) is sent once, and the next edit takes it as its "before".
        self.seat_values: dict[str, Any] = {}
        self.setAccessibleName(self.tr("Regional networks"))

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Regional networks"), self))
        intro = paragraph(
            self.tr(
                "Each region records its network of social-economy organisations: when it was "
                "formed, its member organisations, its board (counted by gender in 4R) and the "
                "meetings it has held."
            ),
            self,
        )
        intro.setMaximumWidth(READABLE_WIDTH * 2)
        layout.addWidget(intro)
        layout.addLayout(self._build_bar())
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_list())
        layout.addWidget(self.stack, 1)
        self._set_tab_order()
        self._show_network(None)
        context.edits.finished.connect(self._on_edit_finished)

    # -- building -------------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.region_combo: QComboBox | None = None
        if self.central:
            self.region_combo = QComboBox(self)
            self.region_combo.setAccessibleName(self.tr("Region filter"))
            self.region_combo.addItem(self.tr("All regions"), None)
            region_label = QLabel(self.tr("Re&gion"), self)
            region_label.setBuddy(self.region_combo)
            bar.addWidget(region_label)
            bar.addWidget(self.region_combo)
            self.region_combo.currentIndexChanged.connect(self._on_region_filter)
        else:
            self.region_label = QLabel(
                self.tr("Region: %1").replace("%1", labels.region_text(self.context.installation)),
                self,
            )
            bar.addWidget(self.region_label)
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search networks"))
        self.search_edit.setPlaceholderText(self.tr("Search region, name"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find"), self)
        search_label.setBuddy(self.search_edit)
        self.count_label = QLabel(self)
        self.new_button = _button(self.tr("Ne&w network"), self.tr("New network"), self)
        self.delete_button = _button(
            self.tr("&Delete network"), self.tr("Delete the selected network"), self
        )
        bar.addSpacing(12)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        self.search_edit.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_network)
        self.delete_button.clicked.connect(self.delete_network)
        return bar

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        frame = QFrame(page)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMaximumWidth(READABLE_WIDTH)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(16, 14, 16, 14)
        inner.setSpacing(10)
        self.empty_label = paragraph(
            self.tr(
                "No regional network recorded yet. When the region's network of organisations "
                "has been formed, record it here: its name, the date it was formed, its member "
                "organisations and its board. The “regions with a network” target counts it."
            ),
            frame,
        )
        inner.addWidget(self.empty_label)
        self.empty_new_button = _button(self.tr("New network"), self.tr("New network"), frame)
        row = QHBoxLayout()
        row.addWidget(self.empty_new_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.empty_new_button.clicked.connect(self.new_network)
        return page

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        self.model = network_model(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = list_view("networks/networks", self.tr("Regional networks"), page)
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.view.activated.connect(lambda _i: self._focus_details())
        _delete_key(self.view, self.delete_network)
        # A regional installation sees its own region only: the column would repeat it.
        self.view.setColumnHidden(COL_REGION, not self.central)
        # Region, date and the two counts are short and always shown whole (whatever widths
        # were remembered, e.g. from a list whose Region column was hidden); the name takes
        # the rest and loses its middle when it must, where the names are alike. Sized by
        # the header alone: fitting the columns once would fix the name's width too.
        self.view.setProperty("soulFitted", True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COL_REGION, COL_FORMED, COL_MEMBERS, COL_BOARD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(self.tr("The selected network"))
        self.tabs.addTab(self._scrolled(self._build_details(page), page), self.tr("Details"))
        self.tabs.addTab(self._build_members(page), self.tr("Members"))
        self.tabs.addTab(self._build_board(page), self.tr("Board"))
        self.tabs.addTab(self._build_meetings(page), self.tr("Meetings"))

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The list's columns (the name loses its middle first); the chosen network the rest,
        # no less than the members tab needs.
        splitter.setSizes([720, 560])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    @staticmethod
    def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
        area = QScrollArea(parent)
        area.setAccessibleName(widget.accessibleName())
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _build_details(self, parent: QWidget) -> QWidget:
        form = QWidget(parent)
        form.setAccessibleName(self.tr("Network details"))
        self.errors: dict[str, ErrorLabel] = {}
        self.region_value = QLabel(form)
        self.region_value.setAccessibleName(self.tr("Region of the network"))
        self.name_edit = QLineEdit(form)
        self.name_edit.setAccessibleName(self.tr("Name of the network"))
        self.formed_edit = OptionalDateEdit(self.tr("Date the network was formed"), form)
        self.formed_edit.setPlaceholderText(self.tr("YYYY-MM-DD, empty: not formed yet"))
        self.formed_edit.setMaximumWidth(self.formed_edit.fontMetrics().horizontalAdvance("0") * 34)
        self.notes_edit = QPlainTextEdit(form)
        self.notes_edit.setAccessibleName(self.tr("Notes on the network"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("Region"), self.region_value, None),
            (self.tr("&Name"), self.name_edit, "name"),
            (self.tr("Fo&rmed on"), self.formed_edit, "formed_on"),
            (self.tr("N&otes"), self.notes_edit, "notes"),
        ]
        for row, (text, widget, field) in enumerate(rows):
            caption = QLabel(text, form)
            caption.setBuddy(widget)
            caption.setContentsMargins(0, 4, 0, 0)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if field is None:
                grid.addWidget(widget, row, 1)
                continue
            error = ErrorLabel(form)
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            grid.addLayout(box, row, 1)
        grid.setColumnStretch(1, 1)
        self.general_error = ErrorLabel(form)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.name_edit.editingFinished.connect(self._on_name)
        self.formed_edit.dateEdited.connect(self._on_formed)
        self.formed_edit.refused.connect(lambda text: self.errors["formed_on"].show_text(text))
        self._notes_watch = _FocusOut(self.notes_edit, self._on_notes)
        return form

    def _build_members(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.member_model = member_model(self)
        self.member_view = list_view("networks/members", self.tr("Member organisations"), tab)
        self.member_view.setModel(self.member_model)
        self.member_view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        _delete_key(self.member_view, self.remove_member)
        self.organisation_field = ChoiceField(
            self.tr("Organisation to add"),
            self.tr("Type to find an organisation of the region"),
            tab,
        )
        picker_label = QLabel(self.tr("&Organisation"), tab)
        picker_label.setBuddy(self.organisation_field)
        self.add_member_button = _button(self.tr("&Add member"), self.tr("Add member"), tab)
        self.remove_member_button = _button(
            self.tr("&Remove member"), self.tr("Remove the selected member"), tab
        )
        self.member_error = ErrorLabel(tab)
        row = QHBoxLayout()
        row.addWidget(picker_label)
        row.addWidget(self.organisation_field, 1)
        row.addWidget(self.add_member_button)
        row.addWidget(self.remove_member_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.member_view, 1)
        layout.addLayout(row)
        layout.addWidget(self.member_error)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.organisation_field.lineEdit().returnPressed.connect(self.add_member)
        return tab

    def _build_board(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.board_summary = QLabel(tab)
        self.board_summary.setWordWrap(True)
        self.seat_model = seat_model(self)
        self.seat_view = list_view("networks/board", self.tr("Board seats"), tab)
        self.seat_view.setModel(self.seat_model)
        self.seat_view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.seat_view.selectionModel().currentRowChanged.connect(self._on_seat_row)
        self.seat_view.activated.connect(lambda _i: self.seat_name_edit.setFocus())
        _delete_key(self.seat_view, self.remove_seat)

        self.seat_name_edit = QLineEdit(tab)
        self.seat_name_edit.setAccessibleName(self.tr("Name of the board member"))
        self.seat_gender_combo = QComboBox(tab)
        self.seat_gender_combo.setAccessibleName(self.tr("Gender of the board member"))
        for gender in Gender:
            self.seat_gender_combo.addItem(gender_name(gender), gender.value)
        self.seat_role_edit = QLineEdit(tab)
        self.seat_role_edit.setAccessibleName(self.tr("Role on the board"))
        self.seat_role_edit.setPlaceholderText(self.tr("chair, treasurer, member …"))
        self.seat_person_field = ChoiceField(
            self.tr("Registered person of the seat"),
            self.tr("Optional: type to find a person of the region"),
            tab,
        )
        self.seat_gender_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.seat_errors: dict[str, ErrorLabel] = {}
        self.seat_caption = QLabel(self.tr("The selected board member"), tab)
        font = self.seat_caption.font()
        font.setBold(True)
        self.seat_caption.setFont(font)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, (text, widget, field) in enumerate(
            (
                (self.tr("Na&me"), self.seat_name_edit, "name"),
                (self.tr("G&ender"), self.seat_gender_combo, "gender"),
                (self.tr("Ro&le"), self.seat_role_edit, "board_role"),
                (self.tr("Registered &person"), self.seat_person_field, "person_id"),
            )
        ):
            caption = QLabel(text, tab)
            caption.setBuddy(widget)
            error = ErrorLabel(tab)
            self.seat_errors[field] = error
            grid.addWidget(caption, row * 2, 0)
            alignment = Qt.AlignmentFlag.AlignLeft if widget is self.seat_gender_combo else None
            if alignment is None:
                grid.addWidget(widget, row * 2, 1)
            else:
                grid.addWidget(widget, row * 2, 1, alignment)
            grid.addWidget(error, row * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        self.add_seat_button = _button(
            self.tr("Add &board member"), self.tr("Add board member"), tab
        )
        self.remove_seat_button = _button(
            self.tr("Remo&ve board member"), self.tr("Remove the selected board member"), tab
        )
        self.seat_error = ErrorLabel(tab)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_seat_button)
        buttons.addWidget(self.remove_seat_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.board_summary)
        layout.addWidget(self.seat_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.seat_error)
        layout.addSpacing(6)
        layout.addWidget(self.seat_caption)
        layout.addLayout(grid)
        self.add_seat_button.clicked.connect(self.add_seat)
        self.remove_seat_button.clicked.connect(self.remove_seat)
        self.seat_name_edit.editingFinished.connect(self._on_seat_name)
        self.seat_gender_combo.activated.connect(self._on_seat_gender)
        self.seat_role_edit.editingFinished.connect(self._on_seat_role)
        self.seat_person_field.activated.connect(lambda _i: self._on_seat_person())
        self.seat_person_field.lineEdit().editingFinished.connect(self._on_seat_person)
        return tab

    def _build_meetings(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        self.meetings_help = paragraph(
            self.tr(
                "A network meeting is planned like a course, of the kind “Network meeting”, on "
                "the Courses page: its sessions, who was invited and who came are recorded "
                "there. “New network meeting” adds one for this network; press Enter on a "
                "meeting to open it on the Courses page."
            ),
            tab,
        )
        self.meeting_model = meeting_model(self)
        self.meeting_view = list_view("networks/meetings", self.tr("Network meetings"), tab)
        self.meeting_view.setModel(self.meeting_model)
        self.meeting_view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.meeting_view.activated.connect(self._on_meeting_activated)
        self.new_meeting_button = _button(
            self.tr("New network &meeting"), self.tr("New network meeting"), tab
        )
        self.meeting_error = ErrorLabel(tab)
        row = QHBoxLayout()
        row.addWidget(self.new_meeting_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.meetings_help)
        layout.addWidget(self.meeting_view, 1)
        layout.addLayout(row)
        layout.addWidget(self.meeting_error)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        return tab

    def _set_tab_order(self) -> None:
        """Down the page in reading order: filter, search, buttons, list, then the network."""
        chain: list[QWidget] = []
        if self.region_combo is not None:
            chain.append(self.region_combo)
        chain += [
            self.search_edit,
            self.new_button,
            self.delete_button,
            self.empty_new_button,
            self.view,
            self.tabs,
            self.name_edit,
            self.formed_edit,
            self.notes_edit,
            self.member_view,
            self.organisation_field,
            self.add_member_button,
            self.remove_member_button,
            self.seat_view,
            self.add_seat_button,
            self.remove_seat_button,
            self.seat_name_edit,
            self.seat_gender_combo,
            self.seat_role_edit,
            self.seat_person_field,
            self.meeting_view,
            self.new_meeting_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Organisations and persons may have been registered while the page was away.
        self._organisations.clear()
        self._persons.clear()
        if self._loaded_once:
            if self.network is not None:
                self._load_choices(self.network.region_code)
            return
        self._loaded_once = True
        if self.central:
            self._load(
                "regions", installation_service.region_choices, self.db, done=self._on_regions
            )
        self.reload()

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

    def _show_message(self, exc: Exception) -> None:
        self.message.show_text(refusal_text(exc))

    @Slot()
    def reload(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self._load("networks", networks.list_networks, self.db, done=self._on_networks)

    def _on_networks(self, records: list[NetworkRecord]) -> None:
        keep = self.network.id if self.network else None
        self.model.set_records(records)
        self._after_rows_changed(keep)
        self.networksLoaded.emit()

    def _on_regions(self, regions: list[RegionChoice]) -> None:
        self.regions = regions
        combo = self.region_combo
        assert combo is not None
        combo.blockSignals(True)
        for region in regions:
            combo.addItem(f"{region.code} {region.name}", region.code)
        combo.blockSignals(False)

    def chosen_region(self) -> str | None:
        """The region new networks are for: the filter's at central, else this one's."""
        if not self.central:
            return self.home_region
        assert self.region_combo is not None
        data = self.region_combo.currentData()
        return data if isinstance(data, str) else None

    @Slot(int)
    def _on_region_filter(self, _index: int) -> None:
        region = self.chosen_region()
        self.proxy.set_predicate(None if region is None else (lambda r: r.region_code == region))
        self.message.show_text("")
        self._after_rows_changed(self.network.id if self.network else None)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _after_rows_changed(self, keep: str | None) -> None:
        """Show the list or the empty state, and keep (or choose) the network on screen."""
        self._update_count()
        region = self.chosen_region()
        in_scope = [r for r in self.model.records() if region is None or r.region_code == region]
        self.stack.setCurrentIndex(PAGE_LIST if in_scope else PAGE_EMPTY)
        # One network per region: a region that has one offers no second.
        taken = region is not None and bool(in_scope)
        self.new_button.setEnabled(not taken)
        self.new_button.setToolTip(
            self.tr("The region already has a network; a region records one.") if taken else ""
        )
        if keep is not None and self.select_network(keep):
            return
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._show_network(None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n network(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)

    def _load_choices(self, region: str) -> None:
        if region in self._organisations and region in self._persons:
            self._show_choices(region)
            return
        pending = {"organisations", "persons"}

        def arrived(kind: str, found: list[Any]) -> None:
            (self._organisations if kind == "organisations" else self._persons)[region] = found
            pending.discard(kind)
            if not pending:
                self._show_choices(region)
                self.choicesLoaded.emit(region)

        self._load(
            "organisations",
            networks.organisation_choices,
            self.db,
            region,
            done=lambda found: arrived("organisations", found),
        )
        self._load(
            "persons",
            networks.person_choices,
            self.db,
            region,
            done=lambda found: arrived("persons", found),
        )

    def _show_choices(self, region: str) -> None:
        network = self.network
        if network is None or network.region_code != region:
            return
        members = network.member_ids()
        self.organisation_field.set_choices(
            [
                (c.id, f"{c.name} ({c.municipality_name})" if c.municipality_name else c.name)
                for c in self._organisations.get(region, [])
                if c.id not in members
            ]
        )
        self.seat_person_field.set_choices([(c.id, c.name) for c in self._persons.get(region, [])])
        self._show_seat(self.seat)

    # -- the chosen network ---------------------------------------------------------------
    def select_network(self, network_id: str) -> bool:
        row = self.model.row_of(network_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(RECORD_ROLE) if current.isValid() else None
        if record is not None and self.network is not None and record.id == self.network.id:
            return
        self._show_network(record)

    def _focus_details(self) -> None:
        self.tabs.setCurrentIndex(TAB_DETAILS)
        self.name_edit.setFocus()

    def _show_network(self, record: NetworkRecord | None, refresh: bool = False) -> None:
        """Show a network in the tabs; `refresh` keeps a field the user is busy typing in."""
        same = record is not None and self.network is not None and record.id == self.network.id
        refresh = refresh and same
        self.network = record
        if not refresh:
            for label in (*self.errors.values(), self.general_error, self.member_error):
                label.show_text("")
            self.meeting_error.show_text("")
        self.delete_button.setEnabled(record is not None)
        self.tabs.setEnabled(record is not None)
        self._loading_form = True
        try:
            self.values = (
                {"name": record.name, "formed_on": record.formed_on, "notes": record.notes}
                if record
                else {}
            )
            self.region_value.setText(
                f"{record.region_code} {record.region_name}" if record else ""
            )
            if not (refresh and self.name_edit.hasFocus() and self.name_edit.isModified()):
                self.name_edit.setText(record.name if record else "")
                self.name_edit.setModified(False)
                self.name_edit.setCursorPosition(0)
            if not (refresh and self.formed_edit.hasFocus()):
                self.formed_edit.set_date(record.formed_on if record else None)
            if not (refresh and self.notes_edit.hasFocus()):
                self.notes_edit.setPlainText((record.notes or "") if record else "")
        finally:
            self._loading_form = False
        self.member_model.set_records(record.members if record else ())
        self.meeting_model.set_records(record.meetings if record else ())
        keep_seat = self.seat.id if self.seat is not None and refresh else None
        self.seat_model.set_records(record.board if record else ())
        self.board_summary.setText(
            self.tr("Board by gender: %1").replace("%1", board_text(record)) if record else ""
        )
        self.board_summary.setAccessibleName(self.board_summary.text())
        for view in (self.member_view, self.seat_view, self.meeting_view):
            fit_columns(view)
        self._update_tab_titles()
        self.remove_member_button.setEnabled(bool(record and record.members))
        if keep_seat is not None and self._select_seat(keep_seat):
            pass
        elif record is not None and record.board:
            self.seat_view.setCurrentIndex(self.seat_model.index(0, 0))
        else:
            self._show_seat(None)
        if record is not None:
            self._load_choices(record.region_code)
        if not refresh:
            self.networkShown.emit(record.id if record else None)

    def _update_tab_titles(self) -> None:
        record = self.network
        for tab, text, count in (
            (TAB_MEMBERS, self.tr("Members (%1)"), len(record.members) if record else 0),
            (TAB_BOARD, self.tr("Board (%1)"), len(record.board) if record else 0),
            (TAB_MEETINGS, self.tr("Meetings (%1)"), len(record.meetings) if record else 0),
        ):
            self.tabs.setTabText(tab, text.replace("%1", str(count)))

    def _apply(self, record: NetworkRecord) -> None:
        """Show what a network edit answered: its row, and the tabs when it is on screen."""
        if record.deleted:
            self.model.remove_record(record.id)
            keep = None
            if self.network is not None and self.network.id != record.id:
                keep = self.network.id
            else:
                self.network = None
            self._after_rows_changed(keep)
            return
        self.model.update_record(record)
        if self.network is not None and self.network.id == record.id:
            self._show_network(record, refresh=True)
            self._show_choices(record.region_code)
        self._after_rows_changed(self.network.id if self.network else record.id)

    def _refresh(self, network_id: str) -> None:
        self._load(
            f"network:{network_id}",
            networks.get_network,
            self.db,
            network_id,
            done=self._apply,
            failed=lambda _exc: None,
        )

    @Slot(str)
    def _on_edit_finished(self, _text: str) -> None:
        # A meeting planned or renamed on the courses page changes the list of meetings.
        if self.network is not None and shiboken6.isValid(self) and self._loaded_once:
            self._refresh(self.network.id)

    # -- network edits --------------------------------------------------------------------
    def new_network(self) -> None:
        region = self.chosen_region()
        if region is None:
            self.message.show_text(self.tr("Choose the network's region in the filter first."))
            return
        network_id = ids.new_id()
        first_run = [True]

        def apply(record: NetworkRecord) -> None:
            self._apply(record)
            if first_run[0] and not record.deleted:
                first_run[0] = False
                self.search_edit.clear()
                self.select_network(record.id)
                self.tabs.setCurrentIndex(TAB_DETAILS)
                self.name_edit.setFocus()
                self.name_edit.selectAll()

        self.message.show_text("")
        self.context.edits.perform(
            Edit(
                self.tr("New network"),
                partial(
                    networks.create_network, self.db, network_id, region, self.tr("New network")
                ),
                partial(networks.delete_network, self.db, network_id),
                apply,
            ),
            on_error=self._show_message,
        )

    def delete_network(self) -> None:
        network = self.network
        if network is None:
            return
        self.message.show_text("")
        self.context.edits.perform(
            Edit(
                self.tr("Delete network “%1”").replace("%1", network.name),
                partial(networks.delete_network, self.db, network.id),
                partial(networks.restore_network, self.db, network.id),
                self._apply,
            ),
            on_error=self._show_message,
        )

    def _commit(self, field: str, new: Any) -> None:
        """An edit of a network field, when it differs from the value on record."""
        network = self.network
        self.errors[field].show_text("")
        if network is None or self._loading_form:
            return
        old = self.values.get(field)
        if new == old:
            return
        self.values[field] = new
        network_id = network.id

        def refused(exc: Exception) -> None:
            if self.network is not None and self.network.id == network_id:
                self.values[field] = old
                label = self.errors.get(getattr(exc, "field", None) or "", self.errors[field])
                label.show_text(refusal_text(exc))

        self.context.edits.perform(
            Edit(
                self.tr("Change network “%1”").replace("%1", network.name),
                partial(networks.update_network, self.db, network_id, **{field: new}),
                partial(networks.update_network, self.db, network_id, **{field: old}),
                self._apply,
            ),
            on_error=refused,
        )

    @Slot()
    def _on_name(self) -> None:
        if self._loading_form or self.network is None:
            return
        try:
            name = rules.clean_network_name(self.name_edit.text())
        except ValidationError as exc:
            self.errors["name"].show_text(refusal_text(exc))
            return
        self.name_edit.setModified(False)
        self._commit("name", name)

    @Slot(object)
    def _on_formed(self, value: dt.date | None) -> None:
        if self._loading_form or self.network is None:
            return
        try:
            rules.check_formed_on(value, dt.date.today())
        except ValidationError as exc:
            self.errors["formed_on"].show_text(refusal_text(exc))
            # The field keeps what was typed; the next finished edit is checked again.
            self.formed_edit.set_date(self.values.get("formed_on"))
            self.formed_edit.setText(value.isoformat() if value else "")
            return
        self._commit("formed_on", value)

    def _on_notes(self) -> None:
        if self._loading_form or self.network is None:
            return
        self._commit("notes", rules.clean_notes(self.notes_edit.toPlainText()))

    # -- members --------------------------------------------------------------------------
    @Slot()
    def add_member(self) -> None:
        network = self.network
        if network is None:
            return
        self.member_error.show_text("")
        found, organisation_id = self.organisation_field.chosen()
        if not found:
            text = " ".join(self.organisation_field.currentText().split())
            self.member_error.show_text(
                refusal_text(
                    ValidationError(
                        f"there is no organisation called “{text}”",
                        field="organisation_id",
                        code="organisation.no_such_name",
                        params={"name": text},
                    )
                )
            )
            return
        if organisation_id is None:
            self.member_error.show_text(self.tr("Type or choose the organisation to add."))
            self.organisation_field.setFocus()
            return

        def apply(record: NetworkRecord) -> None:
            self._apply(record)
            if self.network is not None and self.network.id == record.id:
                self.organisation_field.setEditText("")

        self.context.edits.perform(
            Edit(
                self.tr("Add member to “%1”").replace("%1", network.name),
                partial(networks.add_member, self.db, network.id, organisation_id),
                partial(networks.remove_member, self.db, network.id, organisation_id),
                apply,
            ),
            on_error=lambda exc: self.member_error.show_text(refusal_text(exc)),
        )

    @Slot()
    def remove_member(self) -> None:
        network = self.network
        index = self.member_view.currentIndex()
        member = index.data(RECORD_ROLE) if index.isValid() else None
        if network is None or not isinstance(member, MemberRecord):
            self.member_error.show_text(self.tr("Choose the member to remove in the list."))
            return
        self.member_error.show_text("")
        self.context.edits.perform(
            Edit(
                self.tr("Remove member “%1”").replace("%1", member.organisation_name),
                partial(networks.remove_member, self.db, network.id, member.organisation_id),
                partial(networks.add_member, self.db, network.id, member.organisation_id),
                self._apply,
            ),
            on_error=lambda exc: self.member_error.show_text(refusal_text(exc)),
        )

    # -- board seats ----------------------------------------------------------------------
    def _select_seat(self, seat_id: str) -> bool:
        row = self.seat_model.row_of(seat_id)
        if row is None:
            return False
        self.seat_view.setCurrentIndex(self.seat_model.index(row, 0))
        self._show_seat(self.seat_model.record_at(row))
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_seat_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(RECORD_ROLE) if current.isValid() else None
        self._show_seat(record if isinstance(record, BoardSeatRecord) else None)

    def _show_seat(self, seat: BoardSeatRecord | None) -> None:
        changed = seat is None or self.seat is None or seat.id != self.seat.id
        self.seat = seat
        self.seat_values = (
            {
                "name": seat.name,
                "gender": seat.gender,
                "board_role": seat.board_role,
                "person_id": seat.person_id,
            }
            if seat
            else {}
        )
        if changed:
            for label in self.seat_errors.values():
                label.show_text("")
        self._loading_form = True
        try:
            for widget in (
                self.seat_name_edit,
                self.seat_gender_combo,
                self.seat_role_edit,
                self.seat_person_field,
            ):
                widget.setEnabled(seat is not None)
            self.remove_seat_button.setEnabled(seat is not None)
            typing = not changed and self.seat_name_edit.hasFocus()
            if not (typing and self.seat_name_edit.isModified()):
                self.seat_name_edit.setText(seat.name if seat else "")
                self.seat_name_edit.setModified(False)
            self.seat_gender_combo.setCurrentIndex(
                self.seat_gender_combo.findData((seat.gender if seat else Gender.NOT_STATED).value)
            )
            if not (
                not changed and self.seat_role_edit.hasFocus() and self.seat_role_edit.isModified()
            ):
                self.seat_role_edit.setText((seat.board_role or "") if seat else "")
                self.seat_role_edit.setModified(False)
            if changed or not self.seat_person_field.hasFocus():
                self.seat_person_field.show_choice(
                    seat.person_id if seat else None, (seat.person_name or "") if seat else ""
                )
        finally:
            self._loading_form = False

    @Slot()
    def add_seat(self) -> None:
        network = self.network
        if network is None:
            return
        seat_id = ids.new_id()
        first_run = [True]
        self.seat_error.show_text("")

        def apply(record: NetworkRecord) -> None:
            self._apply(record)
            if first_run[0] and self.network is not None and self.network.id == record.id:
                first_run[0] = False
                if self._select_seat(seat_id):
                    self.seat_name_edit.setFocus()
                    self.seat_name_edit.selectAll()

        self.context.edits.perform(
            Edit(
                self.tr("Add board member to “%1”").replace("%1", network.name),
                partial(
                    networks.add_board_seat,
                    self.db,
                    seat_id,
                    network.id,
                    self.tr("New board member"),
                ),
                partial(networks.remove_board_seat, self.db, seat_id),
                apply,
            ),
            on_error=lambda exc: self.seat_error.show_text(refusal_text(exc)),
        )

    @Slot()
    def remove_seat(self) -> None:
        seat = self.seat
        if seat is None:
            return
        self.seat_error.show_text("")
        self.context.edits.perform(
            Edit(
                self.tr("Remove board member “%1”").replace("%1", seat.name),
                partial(networks.remove_board_seat, self.db, seat.id),
                partial(networks.restore_board_seat, self.db, seat.id),
                self._apply,
            ),
            on_error=lambda exc: self.seat_error.show_text(refusal_text(exc)),
        )

    def _commit_seat(self, field: str, new: Any) -> None:
        seat = self.seat
        self.seat_errors[field].show_text("")
        if seat is None or self._loading_form:
            return
        old = self.seat_values.get(field)
        if new == old:
            return
        self.seat_values[field] = new

        def refused(exc: Exception) -> None:
            if self.seat is not None and self.seat.id == seat.id:
                self.seat_values[field] = old
                self.seat_errors[field].show_text(refusal_text(exc))

        self.context.edits.perform(
            Edit(
                self.tr("Change board member “%1”").replace("%1", seat.name),
                partial(networks.update_board_seat, self.db, seat.id, **{field: new}),
                partial(networks.update_board_seat, self.db, seat.id, **{field: old}),
                self._apply,
            ),
            on_error=refused,
        )

    @Slot()
    def _on_seat_name(self) -> None:
        if self._loading_form or self.seat is None:
            return
        try:
            name = rules.clean_seat_name(self.seat_name_edit.text())
        except ValidationError as exc:
            self.seat_errors["name"].show_text(refusal_text(exc))
            return
        self.seat_name_edit.setModified(False)
        self._commit_seat("name", name)

    @Slot(int)
    def _on_seat_gender(self, _index: int) -> None:
        if not self._loading_form:
            self._commit_seat("gender", Gender(self.seat_gender_combo.currentData()))

    @Slot()
    def _on_seat_role(self) -> None:
        if self._loading_form or self.seat is None:
            return
        try:
            role = rules.clean_board_role(self.seat_role_edit.text())
        except ValidationError as exc:
            self.seat_errors["board_role"].show_text(refusal_text(exc))
            return
        self.seat_role_edit.setModified(False)
        self._commit_seat("board_role", role)

    @Slot()
    def _on_seat_person(self) -> None:
        if self._loading_form or self.seat is None:
            return
        found, person_id = self.seat_person_field.chosen()
        if not found:
            self.seat_errors["person_id"].show_text(
                self.tr("Choose a person of the region from the list, or leave it empty.")
            )
            return
        self._commit_seat("person_id", person_id)

    # -- meetings -------------------------------------------------------------------------
    @Slot()
    def new_meeting(self) -> None:
        network = self.network
        if network is None:
            return
        course_id = ids.new_id()
        network_id = network.id
        self.meeting_error.show_text("")
        self.context.edits.perform(
            Edit(
                self.tr("New network meeting"),
                partial(
                    planning.create_course,
                    self.db,
                    course_id,
                    region_code=network.region_code,
                    title=self.tr("Network meeting: %1").replace("%1", network.name),
                    kind=CourseKind.NETWORK_MEETING,
                    network_id=network_id,
                ),
                partial(planning.delete_course, self.db, course_id),
                lambda _course: self._refresh(network_id),
            ),
            on_error=lambda exc: self.meeting_error.show_text(refusal_text(exc)),
        )

    @Slot(QModelIndex)
    def _on_meeting_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, MeetingRecord):
            self.courseRequested.emit(record.course_id)
