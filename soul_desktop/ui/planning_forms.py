"""The planning editors: the course form, the session panel and the venue form.

They hold no data access. Each edit the user finishes is announced as a signal carrying the
new and the earlier value; the page turns it into an undoable service call, and shows a
refusal next to the field with `show_error`. Input that breaks a rule the interface can check
on its own (a negative capacity, an end before the start) is refused here at once, with the
same rules the services apply.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import planning as rules
from soul_desktop.domain.enums import CourseKind, CourseStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.networks import NetworkChoice
from soul_desktop.domain.planning import (
    ACTIVITY_KINDS,
    ActivityChoice,
    AreaChoice,
    CourseRecord,
    MunicipalityChoice,
    PersonChoice,
    PlanningError,
    PlanningWarning,
    SessionRecord,
    VenueFeature,
    VenueRecord,
)
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.models.planning import (
    SessionTableModel,
    feature_name,
    kind_name,
    number_text,
    status_name,
    tri_state_text,
    warning_text,
)
from soul_desktop.ui.models.record_table import RECORD_ROLE, SearchProxyModel
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import SETTINGS_GROUP, RecordTableView

LIST_ROWS = 6
# A column sized to its contents on first use is never wider than this.
FITTED_COLUMN_PADDING = 6
FITTED_COLUMN_LIMIT = 260
SESSION_DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "HH:mm"


class ErrorLabel(QLabel):
    """Why a field's input was refused: a warning sign and words, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_error_colour(self)
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.setText(f"⚠ {text}" if text else "")
        self.setAccessibleName(text)
        self.setVisible(bool(text))


def list_view(state_key: str, accessible_name: str, parent: QWidget) -> RecordTableView:
    """A RecordTableView that sizes its columns to the first rows it shows, unless the
    user's widths are remembered already."""
    view = RecordTableView(state_key, accessible_name, parent)
    remembered = view.settings().contains(f"{SETTINGS_GROUP}/{state_key}")
    view.setProperty("soulFitted", remembered)
    if not remembered:
        view.installEventFilter(_FitOnShow(view))
    return view


class _FitOnShow(QObject):
    """Rows that arrived while their list was hidden are measured when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, RecordTableView):
            fit_columns(watched)
        return False


def fit_columns(view: RecordTableView) -> None:
    """Size the columns to their contents once, when the list first shows rows."""
    model = view.model()
    if view.property("soulFitted") or model is None or model.rowCount() == 0:
        return
    if not view.isVisible():
        # A hidden view measures only its header; wait until it is shown.
        return
    view.setProperty("soulFitted", True)
    header = view.horizontalHeader()
    columns = range(model.columnCount())
    if header.stretchLastSection():
        # The last column fills what is left; sizing it by hand would stop that.
        columns = range(model.columnCount() - 1)
    for column in columns:
        view.resizeColumnToContents(column)
        # A few pixels to spare, so a name exactly as wide as its column keeps its last glyph.
        width = view.columnWidth(column) + FITTED_COLUMN_PADDING
        view.setColumnWidth(column, min(width, FITTED_COLUMN_LIMIT))


def parse_date(text: str) -> dt.date | None:
    """A date typed as 2010-03-01, 2010-3-1 or 20100301; blank is None, nonsense ValueError."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned.isdigit() and len(cleaned) == 8:
        return dt.date(int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]))
    parts = cleaned.replace("/", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(cleaned)
    return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))


class OptionalDateEdit(QLineEdit):
    """A date that may be left empty ("any"), typed as YYYY-MM-DD. `dateEdited` fires with
    the new date (or None) when an edit is finished; a date that does not exist is refused
    with `refused(text)` and the field keeps what was typed."""

    dateEdited = Signal(object)  # dt.date | None
    refused = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        self.editingFinished.connect(self._on_finished)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        self._date = value
        self.setText("" if value is None else value.isoformat())
        self.setAccessibleDescription("")

    @Slot()
    def _on_finished(self) -> None:
        try:
            value = parse_date(self.text())
        except ValueError:
            text = self.tr("Write a date as YYYY-MM-DD, such as 2010-03-01.")
            self.setAccessibleDescription(text)
            self.refused.emit(text)
            return
        self.setAccessibleDescription("")
        self.setText("" if value is None else value.isoformat())
        if value != self._date:
            self._date = value
            self.dateEdited.emit(value)


def _with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class _FocusOut(QObject):
    """Calls back when a widget (a multi-line text) loses the focus: its edit is finished."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class _Fields(QWidget):
    """Shared machinery: error labels per field, the last known value per field."""

    changeRequested = Signal(str, object, object)  # field, new value, earlier value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.values: dict[str, Any] = {}
        self.general_error = ErrorLabel(self)

    def _error(self, field: str) -> ErrorLabel:
        label = ErrorLabel(self)
        self.errors[field] = label
        return label

    def show_error(self, field: str | None, text: str) -> None:
        label = self.errors.get(field or "", self.general_error)
        label.show_text(text)

    def show_refusal(self, exc: BaseException) -> None:
        field = exc.field if isinstance(exc, ValidationError) else None
        self.show_error(field, refusal_text(exc))

    def error_text(self, field: str) -> str:
        label = self.errors.get(field, self.general_error)
        return label.accessibleName()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_text("")

    def _commit(self, field: str, new: Any) -> None:
        """Announce a finished edit when the value differs from the one on record."""
        self.show_error(field, "")
        old = self.values.get(field)
        if new == old:
            return
        # The next edit of the same field takes this value as its "before", even while the
        # service call is still running.
        self.values[field] = new
        self.changeRequested.emit(field, new, old)

    def _refuse(self, field: str, exc: PlanningError) -> None:
        self.show_error(field, refusal_text(exc))


def _checklist(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Long area names wrap instead of hiding behind a sideways scroll bar.
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    row = widget.fontMetrics().height() + 6
    widget.setMinimumHeight(row * 4)
    widget.setMaximumHeight(row * LIST_ROWS + 6)
    return widget


def _set_line(edit: QLineEdit, text: str, refresh: bool) -> None:
    # While the user is typing in a field, a refresh from another edit leaves it alone.
    if refresh and edit.hasFocus() and edit.isModified():
        return
    edit.setText(text)
    edit.setModified(False)
    edit.setCursorPosition(0)


class CourseForm(_Fields):
    """A course's fields; each edit is committed as soon as it is finished."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Course details"))
        self.record: CourseRecord | None = None
        self._loading = False
        self._area_choices: list[AreaChoice] = []
        self._leader_choices: list[PersonChoice] = []
        self._network_choices: list[NetworkChoice] = []
        self._activity_choices: list[ActivityChoice] = []

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in CourseKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in CourseStatus:
            self.status_combo.addItem(status_name(status), status.value)
        self.target_edit = QLineEdit(self)
        self.target_edit.setAccessibleName(self.tr("Target group"))
        self.capacity_edit = self._number_edit(self.tr("Capacity (places)"))
        self.budget_edit = self._number_edit(self.tr("Budget in SEK"))
        self.threshold_edit = self._number_edit(self.tr("Completion threshold in per cent"))
        # Shown for a network meeting: the regional network it belongs to.
        self.network_combo = QComboBox(self)
        self.network_combo.setAccessibleName(self.tr("Network of the meeting"))
        self.network_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.network_combo.setMinimumContentsLength(22)
        # Shown for every kind but a network meeting: the transnational activity it is part of.
        self.activity_combo = QComboBox(self)
        self.activity_combo.setAccessibleName(self.tr("Transnational activity"))
        self.activity_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity_combo.setMinimumContentsLength(22)
        self.areas_list = _checklist(self, self.tr("Competence areas"))
        self.leaders_list = _checklist(self, self.tr("Leaders"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)

        # Short fields on the left, the two checklists on the right, title and description
        # across; the left captions share one width so that every field starts in line.
        captions: list[QLabel] = []

        def caption_for(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setContentsMargins(0, 4, 0, 0)
            # Never narrower than the caption: when space is short the field gives way.
            label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            captions.append(label)
            return label

        top = QGridLayout()
        top.setHorizontalSpacing(12)
        top.addWidget(
            caption_for(self.tr("&Title"), self.title_edit), 0, 0, Qt.AlignmentFlag.AlignTop
        )
        top.addWidget(_with_error(self.title_edit, self._error("title")), 0, 1)
        top.setColumnStretch(1, 1)
        left = QGridLayout()
        left.setHorizontalSpacing(12)
        left.setVerticalSpacing(6)
        self._link_rows: dict[str, tuple[QLabel, QWidget]] = {}
        for row, (text, widget, field) in enumerate(
            (
                (self.tr("&Kind"), self.kind_combo, "kind"),
                (self.tr("&Status"), self.status_combo, "status"),
                (self.tr("Ta&rget group"), self.target_edit, "target_group"),
                (self.tr("&Capacity"), self.capacity_edit, "capacity"),
                (self.tr("&Budget (SEK)"), self.budget_edit, "budget_sek"),
                (
                    self.tr("Completion t&hreshold (%)"),
                    self.threshold_edit,
                    "completion_threshold_pct",
                ),
                (self.tr("Net&work"), self.network_combo, "network_id"),
                (self.tr("Transnational acti&vity"), self.activity_combo, "activity_code"),
            )
        ):
            caption = caption_for(text, widget)
            box = _with_error(widget, self._error(field))
            left.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            left.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            if field in ("network_id", "activity_code"):
                self._link_rows[field] = (caption, box)
        left.setRowStretch(8, 1)
        left.setColumnStretch(1, 1)
        right = QVBoxLayout()
        right.setSpacing(2)
        for text, widget, field in (
            (self.tr("Competence &areas"), self.areas_list, "area_codes"),
            (self.tr("&Leaders"), self.leaders_list, "leader_ids"),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            right.addWidget(label)
            right.addWidget(_with_error(widget, self._error(field)))
            right.addSpacing(6)
        right.addStretch(1)
        # A few pixels to spare: a caption exactly as wide as its text loses its last glyph's
        # edge to antialiasing.
        width = max(label.sizeHint().width() for label in captions) + 4
        for label in captions:
            label.setMinimumWidth(width)

        description_label = QLabel(self.tr("&Description"), self)
        description_label.setBuddy(self.description_edit)
        self.description_error = self._error("description")
        columns = QHBoxLayout()
        columns.setSpacing(18)
        # Half each: the Swedish captions on the left ("Transnationell aktivitet") and the
        # network and activity names need the room more than the lists on the right.
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(description_label)
        layout.addWidget(self.description_edit)
        layout.addWidget(self.description_error)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.title_edit.editingFinished.connect(self._on_title)
        self.target_edit.editingFinished.connect(
            lambda: self._text_field("target_group", self.target_edit)
        )
        self.capacity_edit.editingFinished.connect(
            lambda: self._number_field("capacity", self.capacity_edit)
        )
        self.budget_edit.editingFinished.connect(
            lambda: self._number_field("budget_sek", self.budget_edit)
        )
        self.threshold_edit.editingFinished.connect(self._on_threshold)
        self.kind_combo.activated.connect(
            lambda _i: self._commit("kind", CourseKind(self.kind_combo.currentData()))
        )
        self.status_combo.activated.connect(
            lambda _i: self._commit("status", CourseStatus(self.status_combo.currentData()))
        )
        self.kind_combo.activated.connect(lambda _i: self._show_link_rows())
        self.network_combo.activated.connect(
            lambda _i: self._commit("network_id", self.network_combo.currentData())
        )
        self.activity_combo.activated.connect(
            lambda _i: self._commit("activity_code", self.activity_combo.currentData())
        )
        self.areas_list.itemChanged.connect(self._on_areas)
        self.leaders_list.itemChanged.connect(self._on_leaders)
        self._description_watch = _FocusOut(self.description_edit, self._on_description)
        self._show_link_rows()
        self.setEnabled(False)

    def _number_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14)
        return edit

    # -- filling --------------------------------------------------------------------------
    def set_area_choices(self, choices: Sequence[AreaChoice]) -> None:
        self._area_choices = list(choices)
        self._fill_areas()

    def set_leader_choices(self, choices: Sequence[PersonChoice]) -> None:
        self._leader_choices = list(choices)
        self._fill_leaders()

    def set_network_choices(self, choices: Sequence[NetworkChoice]) -> None:
        """The live networks of the course's region."""
        self._network_choices = list(choices)
        self._fill_links()

    def set_activity_choices(self, choices: Sequence[ActivityChoice]) -> None:
        self._activity_choices = list(choices)
        self._fill_links()

    def _fill_links(self) -> None:
        """Fill the network and activity choices, "none" first, the course's own selected
        (also when it is no longer offered: a network deleted since stays visible)."""
        network = self.values.get("network_id")
        items = [(self.tr("No network"), None)]
        items += [(c.name, c.id) for c in self._network_choices]
        if network is not None and network not in {c.id for c in self._network_choices}:
            items.append((self.tr("A network no longer recorded"), network))
        _fill_combo(self.network_combo, items, network)
        activity = self.values.get("activity_code")
        items = [(self.tr("None"), None)]
        items += [(f"{c.code}  {c.title_sv}", c.code) for c in self._activity_choices]
        if activity is not None and activity not in {c.code for c in self._activity_choices}:
            items.append((activity, activity))
        _fill_combo(self.activity_combo, items, activity)
        for combo in (self.network_combo, self.activity_combo):
            combo.setToolTip(combo.currentText())

    def _show_link_rows(self) -> None:
        """The network row for a network meeting, the activity row for the kinds that can be
        part of a transnational activity; a value already set stays visible to be cleared."""
        kind = CourseKind(self.kind_combo.currentData())
        wanted = {
            "network_id": kind is CourseKind.NETWORK_MEETING,
            "activity_code": kind in ACTIVITY_KINDS,
        }
        for field, (caption, box) in self._link_rows.items():
            visible = wanted[field] or self.values.get(field) is not None
            caption.setVisible(visible)
            box.setVisible(visible)

    def set_course(self, record: CourseRecord | None, refresh: bool = False) -> None:
        """Show a course; `refresh` keeps a field the user is busy typing in."""
        same = record is not None and self.record is not None and record.id == self.record.id
        refresh = refresh and same
        if not refresh:
            self.clear_errors()
        self.record = record
        self.setEnabled(record is not None)
        self._loading = True
        try:
            if record is None:
                self.values = {}
                for edit in (
                    self.title_edit,
                    self.target_edit,
                    self.capacity_edit,
                    self.budget_edit,
                    self.threshold_edit,
                ):
                    edit.clear()
                self.description_edit.clear()
                self.areas_list.clear()
                self.leaders_list.clear()
                self._fill_links()
                return
            self.values = {
                "title": record.title,
                "kind": record.kind,
                "status": record.status,
                "target_group": record.target_group,
                "capacity": record.capacity,
                "budget_sek": record.budget_sek,
                "completion_threshold_pct": record.completion_threshold_pct,
                "description": record.description,
                "area_codes": record.area_codes,
                "leader_ids": record.leader_ids,
                "network_id": record.network_id,
                "activity_code": record.activity_code,
            }
            _set_line(self.title_edit, record.title, refresh)
            _set_line(self.target_edit, record.target_group or "", refresh)
            _set_line(self.capacity_edit, _plain(record.capacity), refresh)
            _set_line(self.budget_edit, _plain(record.budget_sek), refresh)
            _set_line(self.threshold_edit, str(record.completion_threshold_pct), refresh)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind.value))
            self.status_combo.setCurrentIndex(self.status_combo.findData(record.status.value))
            if not (refresh and self.description_edit.hasFocus()):
                self.description_edit.setPlainText(record.description or "")
            self._fill_areas()
            self._fill_leaders()
            self._fill_links()
            self._show_link_rows()
        finally:
            self._loading = False

    def _fill_areas(self) -> None:
        chosen = set(self.values.get("area_codes", ()))
        choices = list(self._area_choices)
        known = {c.code for c in choices}
        names = (
            dict(zip(self.record.area_codes, self.record.area_names, strict=False))
            if (self.record)
            else {}
        )
        # Areas already on the course stay visible even outside the offered catalogues.
        for code in sorted(chosen - known):
            choices.append(AreaChoice(code, "", names.get(code, code), names.get(code, code)))
        english = QLocale().language() != QLocale.Language.Swedish
        items = [
            (c.code, f"{c.code}  {c.name_en if english else c.name_sv}", c.parent_code)
            for c in choices
        ]
        self._fill_checklist(self.areas_list, items, chosen)

    def _fill_leaders(self) -> None:
        chosen = set(self.values.get("leader_ids", ()))
        choices = {c.id: c.name for c in self._leader_choices}
        if self.record is not None:
            for pid, name in zip(self.record.leader_ids, self.record.leader_names, strict=False):
                choices.setdefault(pid, name)
        items = [(pid, name, None) for pid, name in choices.items()]
        self._fill_checklist(self.leaders_list, items, chosen)

    def _fill_checklist(
        self, widget: QListWidget, items: Sequence[tuple[str, str, str | None]], chosen: set[str]
    ) -> None:
        was_loading = self._loading
        self._loading = True
        current = widget.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current else None
        widget.blockSignals(True)
        try:
            widget.clear()
            if self.record is None:
                return
            for key, text, parent in items:
                item = QListWidgetItem(("    " if parent else "") + text, widget)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
                if key == current_key:
                    widget.setCurrentItem(item)
            # The ticked entries are what the user wants to see first.
            ticked = [widget.item(i) for i in range(widget.count())]
            ticked = [i for i in ticked if i.checkState() == Qt.CheckState.Checked]
            if widget.currentItem() is None and ticked:
                widget.scrollToItem(ticked[0], QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            widget.blockSignals(False)
            self._loading = was_loading

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    # -- committing -----------------------------------------------------------------------
    @Slot()
    def _on_title(self) -> None:
        if self._loading or self.record is None:
            return
        try:
            title = rules.clean_title(self.title_edit.text())
        except PlanningError as exc:
            self._refuse("title", exc)
            return
        self.title_edit.setModified(False)
        self._commit("title", title)

    def _text_field(self, field: str, edit: QLineEdit) -> None:
        if self._loading or self.record is None:
            return
        try:
            value = rules.clean_line(edit.text(), field)
        except PlanningError as exc:
            self._refuse(field, exc)
            return
        edit.setModified(False)
        self._commit(field, value)

    def _number_field(self, field: str, edit: QLineEdit) -> None:
        if self._loading or self.record is None:
            return
        try:
            value = rules.check_not_negative(rules.parse_whole_number(edit.text(), field), field)
        except PlanningError as exc:
            self._refuse(field, exc)
            return
        edit.setModified(False)
        self._commit(field, value)

    @Slot()
    def _on_threshold(self) -> None:
        if self._loading or self.record is None:
            return
        field = "completion_threshold_pct"
        try:
            value = rules.parse_whole_number(self.threshold_edit.text(), field)
            value = rules.check_threshold(rules.DEFAULT_THRESHOLD_PCT if value is None else value)
        except PlanningError as exc:
            self._refuse(field, exc)
            return
        self.threshold_edit.setModified(False)
        self._commit(field, value)

    def _on_description(self) -> None:
        if self._loading or self.record is None:
            return
        self._commit("description", rules.clean_text(self.description_edit.toPlainText()))

    @Slot(QListWidgetItem)
    def _on_areas(self, _item: QListWidgetItem) -> None:
        if not self._loading and self.record is not None:
            self._commit("area_codes", self._checked(self.areas_list))

    @Slot(QListWidgetItem)
    def _on_leaders(self, _item: QListWidgetItem) -> None:
        if not self._loading and self.record is not None:
            self._commit("leader_ids", self._checked(self.leaders_list))

    def field_widget(self, field: str) -> QWidget:
        return {
            "title": self.title_edit,
            "kind": self.kind_combo,
            "status": self.status_combo,
            "target_group": self.target_edit,
            "capacity": self.capacity_edit,
            "budget_sek": self.budget_edit,
            "completion_threshold_pct": self.threshold_edit,
            "area_codes": self.areas_list,
            "leader_ids": self.leaders_list,
            "network_id": self.network_combo,
            "activity_code": self.activity_combo,
            "description": self.description_edit,
        }.get(field, self.title_edit)


def _fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, str | None]], chosen: str | None
) -> None:
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    finally:
        combo.blockSignals(False)


def _plain(value: int | None) -> str:
    return "" if value is None else str(value)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: dt.datetime) -> QTime:
    return QTime(moment.hour, moment.minute)


def _py_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _py_time(time: QTime) -> dt.time:
    return dt.time(time.hour(), time.minute())


class SessionPanel(_Fields):
    """A course's sessions: the list with its warnings beside it, and the chosen session's
    editor below. Signals ask the page to add, delete, repeat or change sessions."""

    addRequested = Signal()
    deleteRequested = Signal(list)  # SessionRecords
    repeatRequested = Signal(object, int)  # SessionRecord, weeks
    sessionChangeRequested = Signal(object, dict, dict)  # record, new values, earlier values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sessions"))
        self.current: SessionRecord | None = None
        self._loading = False
        self._venues: list[VenueRecord] = []
        self._leaders: list[PersonChoice] = []

        self.add_button = QPushButton(self.tr("&Add session"), self)
        self.add_button.setAccessibleName(self.tr("Add session"))
        self.delete_button = QPushButton(self.tr("&Remove session"), self)
        self.delete_button.setAccessibleName(self.tr("Remove the selected sessions"))
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setRange(1, rules.MAX_WEEKS)
        self.weeks_spin.setValue(3)
        self.weeks_spin.setAccessibleName(self.tr("Number of weekly repeats"))
        weeks_label = QLabel(self.tr("Repeat &weekly ×"), self)
        weeks_label.setBuddy(self.weeks_spin)
        self.repeat_button = QPushButton(self.tr("Add re&peats"), self)
        self.repeat_button.setAccessibleName(self.tr("Add weekly repeats of the selected session"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(16)
        buttons.addWidget(weeks_label)
        buttons.addWidget(self.weeks_spin)
        buttons.addWidget(self.repeat_button)
        buttons.addStretch(1)

        self.model = SessionTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_view("planning/sessions", self.tr("Sessions of the course"), self)
        self.table.setModel(self.proxy)

        self.warnings_label = QLabel(self.tr("No warnings"), self)
        self.warnings_label.setWordWrap(True)
        self.warnings_list = QListWidget(self)
        self.warnings_list.setAccessibleName(self.tr("Warnings for the sessions"))
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setSpacing(2)
        self.warnings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped items are measured again when the list changes width.
        self.warnings_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.warnings_label.setBuddy(self.warnings_list)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.warnings_label)
        side_layout.addWidget(self.warnings_list, 1)
        # The warnings sit right under the list, where the planner is looking.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([240, 90])

        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat(SESSION_DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date of the session"))
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat(TIME_FORMAT)
        self.start_edit.setAccessibleName(self.tr("Starts at"))
        self.end_edit = QTimeEdit(self)
        self.end_edit.setDisplayFormat(TIME_FORMAT)
        self.end_edit.setAccessibleName(self.tr("Ends at"))
        self.venue_combo = QComboBox(self)
        self.venue_combo.setAccessibleName(self.tr("Venue of the session"))
        self.venue_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.venue_combo.setMinimumContentsLength(18)
        self.leader_combo = QComboBox(self)
        self.leader_combo.setAccessibleName(self.tr("Leader of the session"))
        self.leader_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.leader_combo.setMinimumContentsLength(14)
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note on the session"))
        # Room for a few words even when longer captions (Swedish) narrow its column.
        self.note_edit.setMinimumWidth(self.note_edit.fontMetrics().averageCharWidth() * 12)

        editor = QGroupBox(self.tr("Selected session"), self)
        editor.setAccessibleName(self.tr("Selected session"))
        self.editor = editor
        grid = QGridLayout(editor)
        grid.setHorizontalSpacing(10)
        cells: list[tuple[str, QWidget, str, int, int]] = [
            (self.tr("Dat&e"), self.date_edit, "starts_at", 0, 0),
            (self.tr("Start&s"), self.start_edit, "start_time", 0, 2),
            (self.tr("E&nds"), self.end_edit, "ends_at", 0, 4),
            (self.tr("&Venue"), self.venue_combo, "venue_id", 1, 0),
            (self.tr("Lea&der"), self.leader_combo, "leader_id", 1, 2),
            (self.tr("N&ote"), self.note_edit, "note", 1, 4),
        ]
        for caption, widget, field, row, column in cells:
            label = QLabel(caption, editor)
            label.setBuddy(widget)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(widget, row * 2, column + 1)
            grid.addWidget(self._error(field), row * 2 + 1, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(editor)
        layout.addWidget(self.general_error)

        self.add_button.clicked.connect(self.addRequested)
        self.delete_button.clicked.connect(self._on_delete)
        self.repeat_button.clicked.connect(self._on_repeat)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete)
        self.date_edit.editingFinished.connect(self._on_date)
        self.start_edit.editingFinished.connect(self._on_start)
        self.end_edit.editingFinished.connect(self._on_end)
        self.venue_combo.activated.connect(self._on_venue)
        self.leader_combo.activated.connect(self._on_leader)
        self.note_edit.editingFinished.connect(self._on_note)
        self._update_enabled()

    # -- filling --------------------------------------------------------------------------
    def set_sessions(self, records: Sequence[SessionRecord]) -> None:
        self.model.set_records(records)
        fit_columns(self.table)
        if self.current is not None and self.model.row_of(self.current.id) is not None:
            self.select_session(self.current.id)
        elif self.model.rowCount():
            self.select_session(self.model.record_at(0).id)
        else:
            self.show_session(None)

    def apply_records(self, records: Sequence[SessionRecord]) -> None:
        """Updated or removed sessions from an edit (or its undo)."""
        for record in records:
            if record.deleted:
                self.model.remove_record(record.id)
            else:
                self.model.update_record(record)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            # New rows are added at the end; keep the order the user chose.
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        current = self.current
        if current is not None:
            row = self.model.row_of(current.id)
            if row is None:
                self.show_session(self._record_at_current_row())
            else:
                self.show_session(self.model.record_at(row), refresh=True)
        elif self.model.rowCount():
            self.show_session(self._record_at_current_row())
        self._update_enabled()

    def _record_at_current_row(self) -> SessionRecord | None:
        index = self.table.currentIndex()
        if index.isValid():
            return index.data(RECORD_ROLE)
        return None

    def select_session(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.show_session(self.model.record_at(row))

    def set_venues(self, venues: Sequence[VenueRecord]) -> None:
        self._venues = list(venues)
        self._fill_combo(
            self.venue_combo,
            [(v.id, v.name) for v in self._venues],
            self.tr("(no venue)"),
            self.current.venue_id if self.current else None,
            self.current.venue_name if self.current else None,
        )

    def set_leaders(self, leaders: Sequence[PersonChoice]) -> None:
        self._leaders = list(leaders)
        self._fill_combo(
            self.leader_combo,
            [(p.id, p.name) for p in self._leaders],
            self.tr("(no leader)"),
            self.current.leader_id if self.current else None,
            self.current.leader_name if self.current else None,
        )

    def _fill_combo(
        self,
        combo: QComboBox,
        items: Sequence[tuple[str, str]],
        none_text: str,
        chosen: str | None,
        chosen_name: str | None,
    ) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(none_text, None)
            for key, name in items:
                combo.addItem(name, key)
            if chosen is not None and combo.findData(chosen) < 0:
                combo.addItem(chosen_name or chosen, chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        finally:
            combo.blockSignals(False)

    def set_warnings(self, warnings: Sequence[PlanningWarning]) -> None:
        self.model.set_warnings(warnings)
        self.warnings_list.clear()
        for w in warnings:
            text = warning_text(w)
            item = QListWidgetItem(f"⚠ {text}", self.warnings_list)
            item.setData(Qt.ItemDataRole.UserRole, w)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        count = len(warnings)
        self.warnings_label.setText(
            self.tr("%n &warning(s)", "", count) if count else self.tr("No &warnings")
        )

    def selected_records(self) -> list[SessionRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.record_at(r) for r in rows]

    # -- the editor -----------------------------------------------------------------------
    @Slot()
    def _on_current_row(self) -> None:
        if not self._loading:
            self.show_session(self._record_at_current_row())

    def show_session(self, record: SessionRecord | None, refresh: bool = False) -> None:
        same = record is not None and self.current is not None and record.id == self.current.id
        refresh = refresh and same
        if not refresh:
            self.clear_errors()
        self.current = record
        self._loading = True
        try:
            if record is not None:
                keep = self.focusWidget() if refresh else None
                if keep is not self.date_edit:
                    self.date_edit.setDate(_qdate(record.starts_at.date()))
                if keep is not self.start_edit:
                    self.start_edit.setTime(_qtime(record.starts_at))
                if keep is not self.end_edit:
                    self.end_edit.setTime(_qtime(record.ends_at))
                if keep is not self.note_edit or not self.note_edit.isModified():
                    _set_line(self.note_edit, record.note or "", False)
                self.set_venues(self._venues)
                self.set_leaders(self._leaders)
            else:
                self.note_edit.clear()
        finally:
            self._loading = False
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.current is not None
        self.editor.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.repeat_button.setEnabled(has)
        self.weeks_spin.setEnabled(has)

    def _change(self, new: dict[str, Any]) -> None:
        record = self.current
        if record is None:
            return
        old = {name: getattr(record, name) for name in new}
        if new == old:
            return
        self.clear_errors()
        # Later edits of this session start from the values just asked for.
        self.current = dataclasses.replace(record, **new)
        self.sessionChangeRequested.emit(record, new, old)

    @Slot()
    def _on_date(self) -> None:
        record = self.current
        if self._loading or record is None:
            return
        days = (_py_date(self.date_edit.date()) - record.starts_at.date()).days
        if days:
            shift = dt.timedelta(days=days)
            self._change({"starts_at": record.starts_at + shift, "ends_at": record.ends_at + shift})

    @Slot()
    def _on_start(self) -> None:
        record = self.current
        if self._loading or record is None:
            return
        # Moving the start keeps the session's length, as calendars do.
        starts_at = dt.datetime.combine(record.starts_at.date(), _py_time(self.start_edit.time()))
        ends_at = starts_at + (record.ends_at - record.starts_at)
        if starts_at != record.starts_at:
            self._change({"starts_at": starts_at, "ends_at": ends_at})
            self._loading = True
            self.end_edit.setTime(_qtime(ends_at))
            self._loading = False

    @Slot()
    def _on_end(self) -> None:
        record = self.current
        if self._loading or record is None:
            return
        ends_at = dt.datetime.combine(record.starts_at.date(), _py_time(self.end_edit.time()))
        if ends_at == record.ends_at:
            return
        try:
            rules.check_times(record.starts_at, ends_at)
        except PlanningError as exc:
            self._refuse("ends_at", exc)
            return
        self._change({"ends_at": ends_at})

    @Slot(int)
    def _on_venue(self, _index: int) -> None:
        if not self._loading and self.current is not None:
            self._change({"venue_id": self.venue_combo.currentData()})

    @Slot(int)
    def _on_leader(self, _index: int) -> None:
        if not self._loading and self.current is not None:
            self._change({"leader_id": self.leader_combo.currentData()})

    @Slot()
    def _on_note(self) -> None:
        if self._loading or self.current is None:
            return
        self.note_edit.setModified(False)
        self._change({"note": rules.clean_text(self.note_edit.text())})

    @Slot()
    def _on_delete(self) -> None:
        records = self.selected_records()
        if records:
            self.deleteRequested.emit(records)

    @Slot()
    def _on_repeat(self) -> None:
        if self.current is not None:
            self.repeatRequested.emit(self.current, self.weeks_spin.value())


class VenueForm(_Fields):
    """A venue's fields and its accessibility register; each feature is yes, no or not
    checked (a three-state box whose text says which)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Venue details"))
        self.record: VenueRecord | None = None
        self._loading = False
        self._municipalities: list[MunicipalityChoice] = []

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the venue"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.municipality_combo = QComboBox(self)
        self.municipality_combo.setEditable(True)
        self.municipality_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipality_combo.setAccessibleName(self.tr("Municipality"))
        completer = self.municipality_combo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.capacity_edit = QLineEdit(self)
        self.capacity_edit.setAccessibleName(self.tr("Capacity of the venue"))
        self.capacity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.capacity_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Accessibility notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget, field in (
            (self.tr("&Name"), self.name_edit, "name"),
            (self.tr("A&ddress"), self.address_edit, "address"),
            (self.tr("&Municipality"), self.municipality_combo, "municipality_code"),
            (self.tr("&Capacity"), self.capacity_edit, "capacity"),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addRow(label, _with_error(widget, self._error(field)))

        register = QGroupBox(self.tr("Accessibility register"), self)
        register.setAccessibleName(self.tr("Accessibility register"))
        register_layout = QVBoxLayout(register)
        hint = QLabel(self.tr("Space cycles: no → not checked → yes."), register)
        hint.setWordWrap(True)
        register_layout.addWidget(hint)
        self.feature_boxes: dict[VenueFeature, QCheckBox] = {}
        for feature in VenueFeature:
            box = QCheckBox(register)
            box.setTristate(True)
            box.clicked.connect(lambda _checked=False, f=feature: self._on_feature(f))
            self.feature_boxes[feature] = box
            register_layout.addWidget(box)
            register_layout.addWidget(self._error(feature.value))
        notes_label = QLabel(self.tr("Accessibility n&otes"), register)
        notes_label.setBuddy(self.notes_edit)
        register_layout.addWidget(notes_label)
        register_layout.addWidget(self.notes_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(register)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.name_edit.editingFinished.connect(self._on_name)
        self.address_edit.editingFinished.connect(self._on_address)
        self.capacity_edit.editingFinished.connect(self._on_capacity)
        self.municipality_combo.activated.connect(lambda _i: self._on_municipality())
        line = self.municipality_combo.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._on_municipality)
        self._notes_watch = _FocusOut(self.notes_edit, self._on_notes)
        for feature in VenueFeature:
            self._set_feature(feature, None)
        self.setEnabled(False)

    def set_municipalities(self, choices: Sequence[MunicipalityChoice]) -> None:
        self._municipalities = list(choices)
        combo = self.municipality_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for m in choices:
            combo.addItem(m.name, m.code)
        combo.blockSignals(False)
        self._show_municipality()

    def _show_municipality(self) -> None:
        combo = self.municipality_combo
        combo.blockSignals(True)
        code = self.record.municipality_code if self.record else None
        index = combo.findData(code) if code else 0
        if index < 0 and self.record is not None:
            combo.addItem(self.record.municipality_name or code or "", code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_venue(self, record: VenueRecord | None, refresh: bool = False) -> None:
        same = record is not None and self.record is not None and record.id == self.record.id
        refresh = refresh and same
        if not refresh:
            self.clear_errors()
        self.record = record
        self.setEnabled(record is not None)
        self._loading = True
        try:
            if record is None:
                self.values = {}
                for edit in (self.name_edit, self.address_edit, self.capacity_edit):
                    edit.clear()
                self.notes_edit.clear()
                for feature in VenueFeature:
                    self._set_feature(feature, None)
                self._show_municipality()
                return
            self.values = {
                "name": record.name,
                "address": record.address,
                "municipality_code": record.municipality_code,
                "capacity": record.capacity,
                "accessibility_notes": record.accessibility_notes,
                **{f.value: record.feature(f) for f in VenueFeature},
            }
            _set_line(self.name_edit, record.name, refresh)
            _set_line(self.address_edit, record.address or "", refresh)
            _set_line(self.capacity_edit, _plain(record.capacity), refresh)
            if not (refresh and self.notes_edit.hasFocus()):
                self.notes_edit.setPlainText(record.accessibility_notes or "")
            for feature in VenueFeature:
                self._set_feature(feature, record.feature(feature))
            if not (refresh and self.municipality_combo.hasFocus()):
                self._show_municipality()
        finally:
            self._loading = False

    def _set_feature(self, feature: VenueFeature, value: bool | None) -> None:
        box = self.feature_boxes[feature]
        state = {
            True: Qt.CheckState.Checked,
            False: Qt.CheckState.Unchecked,
            None: Qt.CheckState.PartiallyChecked,
        }[value]
        box.setCheckState(state)
        self._label_feature(feature, value)

    def _label_feature(self, feature: VenueFeature, value: bool | None) -> None:
        text = f"{feature_name(feature)}: {tri_state_text(value)}"
        box = self.feature_boxes[feature]
        box.setText(text)
        box.setAccessibleName(feature_name(feature))
        box.setAccessibleDescription(tri_state_text(value))

    def feature_value(self, feature: VenueFeature) -> bool | None:
        state = self.feature_boxes[feature].checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def _on_feature(self, feature: VenueFeature) -> None:
        if self._loading or self.record is None:
            return
        value = self.feature_value(feature)
        self._label_feature(feature, value)
        self._commit(feature.value, value)

    @Slot()
    def _on_name(self) -> None:
        if self._loading or self.record is None:
            return
        try:
            name = rules.clean_title(self.name_edit.text(), field="name")
        except PlanningError as exc:
            self._refuse("name", exc)
            return
        self.name_edit.setModified(False)
        self._commit("name", name)

    @Slot()
    def _on_address(self) -> None:
        if self._loading or self.record is None:
            return
        try:
            address = rules.clean_line(self.address_edit.text(), "address")
        except PlanningError as exc:
            self._refuse("address", exc)
            return
        self.address_edit.setModified(False)
        self._commit("address", address)

    @Slot()
    def _on_capacity(self) -> None:
        if self._loading or self.record is None:
            return
        try:
            value = rules.check_not_negative(
                rules.parse_whole_number(self.capacity_edit.text(), "capacity"), "capacity"
            )
        except PlanningError as exc:
            self._refuse("capacity", exc)
            return
        self.capacity_edit.setModified(False)
        self._commit("capacity", value)

    def _on_municipality(self) -> None:
        if self._loading or self.record is None:
            return
        typed = self.municipality_combo.currentText().strip()
        if not typed:
            self._commit("municipality_code", None)
            return
        matches = [m for m in self._municipalities if m.name.casefold() == typed.casefold()]
        if not matches:
            self.show_error("municipality_code", self.tr("Choose a municipality from the list."))
            return
        self._commit("municipality_code", matches[0].code)

    def _on_notes(self) -> None:
        if self._loading or self.record is None:
            return
        self._commit("accessibility_notes", rules.clean_text(self.notes_edit.toPlainText()))


def separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return line


def bold_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


__all__ = [
    "CourseForm",
    "ErrorLabel",
    "SessionPanel",
    "VenueForm",
    "bold_label",
    "number_text",
    "separator",
]
