"""The participants page: the person register and the organisations, searched as you type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import ids
from soul_desktop.domain.gdpr import ErasureResult
from soul_desktop.domain.people import (
    LegalFormChoice,
    MunicipalityChoice,
    OrganisationRecord,
    PersonRecord,
    PersonSummary,
)
from soul_desktop.services import people
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.gdpr_actions import PersonRightsBar
from soul_desktop.ui.models.people import (
    OrganisationTableModel,
    PersonCourseTableModel,
    PersonTableModel,
    hours_text,
)
from soul_desktop.ui.models.record_table import RecordTableModel, SearchProxyModel
from soul_desktop.ui.pages.common import heading, page_layout
from soul_desktop.ui.people_forms import (
    ColumnFitter,
    ErrorLabel,
    NewOrganisationDialog,
    NewPersonDialog,
    OrganisationForm,
    PersonForm,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView

TAB_PERSONS = 0
TAB_ORGANISATIONS = 1
DETAIL_TAB_FORM = 0
DETAIL_TAB_COURSES = 1
LIST_SHARE = 55  # per cent of the width the list takes next to the details


@dataclass(frozen=True, slots=True)
class RegisterChange:
    """What an add, delete or restore returned, and whether the row is now live."""

    record: Any
    live: bool


# Complete service calls for the edits; each says whether its record is live afterwards.
def _create_person(database: Any, person_id: str, first: str, last: str) -> RegisterChange:
    return RegisterChange(people.create_person(database, person_id, first, last), True)


def _delete_person(database: Any, person_id: str) -> RegisterChange:
    return RegisterChange(people.delete_person(database, person_id), False)


def _restore_person(database: Any, person_id: str) -> RegisterChange:
    return RegisterChange(people.restore_person(database, person_id), True)


def _create_organisation(
    database: Any, organisation_id: str, name: str, number: str | None
) -> RegisterChange:
    record = people.create_organisation(database, organisation_id, name, org_number=number)
    return RegisterChange(record, True)


def _delete_organisation(database: Any, organisation_id: str) -> RegisterChange:
    return RegisterChange(people.delete_organisation(database, organisation_id), False)


def _restore_organisation(database: Any, organisation_id: str) -> RegisterChange:
    return RegisterChange(people.restore_organisation(database, organisation_id), True)


class _SearchKeys(QObject):
    """Down in the search box moves into the list, so the keyboard can go on from typing."""

    def __init__(self, view: RecordTableView, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._view.model().rowCount() > 0
        ):
            self._view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self._view.currentIndex().isValid():
                self._view.setCurrentIndex(self._view.model().index(0, 0))
            return True
        return False


class _ListKeys(QObject):
    """Return in the list moves into the details form."""

    def __init__(self, target: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


class RegisterTab(QWidget):
    """A searchable list on the left and the chosen record's details on the right."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        state_key: str,
        list_name: str,
        search_hint: str,
        noun_counts: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.state_key = state_key
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(model)
        self._counts_text = noun_counts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"), self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(list_name + " – " + self.tr("search"))
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        self.message = ErrorLabel(list_name, self)
        layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = RecordTableView(state_key, list_name, self.splitter)
        self.fitter = ColumnFitter(self.view, state_key)
        self.view.setModel(self.proxy)
        self.details = QWidget(self.splitter)
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(12, 0, 0, 0)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, LIST_SHARE)
        self.splitter.setStretchFactor(1, 100 - LIST_SHARE)
        self.splitter.setSizes([LIST_SHARE * 10, (100 - LIST_SHARE) * 10])
        layout.addWidget(self.splitter, 1)

        # Delete in the list does what the delete button does (and can be undone).
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_button.click)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(_SearchKeys(self.view, self))
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._show_count)
        self._show_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _show_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = QLocale()
        one, many = self._counts_text
        if shown == total:
            text = (one if total == 1 else many).replace("%1", locale.toString(total))
        else:
            text = self.tr("%1 of %2 shown").replace("%1", locale.toString(shown))
            text = text.replace("%2", locale.toString(total))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def current_record(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.record_at(index.row())

    def select_key(self, key: str) -> bool:
        """Make the record with `key` current, clearing the search if it hides the record."""
        row = self.model.row_of(key)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.search.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(proxy_index)
        return True


class ParticipantsPage(QWidget):
    """Persons and organisations: search, list, details saved as they are changed, undoable."""

    personsLoaded = Signal(int)
    organisationsLoaded = Signal(int)
    choicesLoaded = Signal()
    summaryLoaded = Signal(object)  # PersonSummary
    personErased = Signal(object)  # the erased person's PersonRecord, reloaded
    loadFailed = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded_once = False
        self._summary_for: str | None = None
        self.dialog: QDialog | None = None  # the open "new …" dialog, if any
        self.setAccessibleName(self.tr("Participants"))
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Participants"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Participant register"))
        layout.addWidget(self.tabs, 1)
        self._build_persons()
        self._build_organisations()
        self.tabs.addTab(self.persons, self.tr("&Persons"))
        self.tabs.addTab(self.organisations, self.tr("O&rganisations"))

    # -- building ---------------------------------------------------------------------------
    def _build_persons(self) -> None:
        self.person_model = PersonTableModel(self)
        tab = RegisterTab(
            self.person_model,
            "participants/persons",
            self.tr("Persons"),
            self.tr("Name, organisation, municipality or e-mail"),
            (self.tr("%1 person"), self.tr("%1 persons")),
            self,
        )
        self.persons = tab
        tab.new_button.setText(self.tr("&New person…"))
        tab.new_button.setAccessibleName(self.tr("New person"))
        tab.delete_button.setText(self.tr("&Delete person"))
        tab.delete_button.setAccessibleName(self.tr("Delete person"))
        tab.new_button.clicked.connect(self.new_person)
        tab.delete_button.clicked.connect(self.delete_person)

        self.person_title = QLabel(self.tr("No person chosen"), tab.details)
        font = self.person_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.person_title.setFont(font)
        self.person_title.setTextFormat(Qt.TextFormat.PlainText)
        self.person_summary_label = QLabel(tab.details)
        self.person_summary_label.setWordWrap(True)
        self.person_summary_label.setTextFormat(Qt.TextFormat.PlainText)
        tab.details_layout.addWidget(self.person_title)
        tab.details_layout.addWidget(self.person_summary_label)
        # GDPR: the register extract and erasure (ui/gdpr_actions.py).
        self.rights = PersonRightsBar(self._context, tab.details)
        self.rights.erased.connect(self._person_erased)
        tab.details_layout.addWidget(self.rights)

        self.person_tabs = QTabWidget(tab.details)
        self.person_tabs.setAccessibleName(self.tr("About the person"))
        self.person_form = PersonForm(self._context, self)
        scroll = QScrollArea(self.person_tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.person_form)
        self.person_tabs.addTab(scroll, self.tr("De&tails"))
        courses = QWidget(self.person_tabs)
        courses_layout = QVBoxLayout(courses)
        self.courses_model = PersonCourseTableModel(self)
        self.courses_view = RecordTableView(
            "participants/person_courses", self.tr("The person's courses"), courses
        )
        self.courses_fitter = ColumnFitter(self.courses_view, "participants/person_courses")
        self.courses_view.setModel(self.courses_model)
        courses_layout.addWidget(self.courses_view)
        self.person_tabs.addTab(courses, self.tr("&Courses and hours"))
        tab.details_layout.addWidget(self.person_tabs, 1)

        tab.view.selectionModel().currentRowChanged.connect(self._person_chosen)
        tab.view.installEventFilter(_ListKeys(self.person_form.first_name, self))
        self.person_form.saved.connect(self._person_saved)
        self._show_person(None)

    def _build_organisations(self) -> None:
        self.organisation_model = OrganisationTableModel(self)
        tab = RegisterTab(
            self.organisation_model,
            "participants/organisations",
            self.tr("Organisations"),
            self.tr("Name, org number or municipality"),
            (self.tr("%1 organisation"), self.tr("%1 organisations")),
            self,
        )
        self.organisations = tab
        tab.new_button.setText(self.tr("New or&ganisation…"))
        tab.new_button.setAccessibleName(self.tr("New organisation"))
        tab.delete_button.setText(self.tr("D&elete organisation"))
        tab.delete_button.setAccessibleName(self.tr("Delete organisation"))
        tab.new_button.clicked.connect(self.new_organisation)
        tab.delete_button.clicked.connect(self.delete_organisation)
        self.organisation_form = OrganisationForm(self._context, tab.details)
        self.members_label = QLabel(tab.details)
        self.members_label.setTextFormat(Qt.TextFormat.PlainText)
        self.members_label.setWordWrap(True)
        tab.details_layout.addWidget(self.organisation_form)
        tab.details_layout.addWidget(self.members_label)
        tab.details_layout.addStretch(1)
        tab.view.selectionModel().currentRowChanged.connect(self._organisation_chosen)
        tab.view.installEventFilter(_ListKeys(self.organisation_form.name, self))
        self.organisation_form.saved.connect(self._organisation_saved)
        tab.delete_button.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        """Load the lists and the choices on the worker; the page stays usable meanwhile."""
        self._loaded_once = True
        worker, database = self._context.worker, self._context.database
        self.persons.count_label.setText(self.tr("Loading…"))
        job = worker.submit(people.municipality_choices, database)
        job.succeeded.connect(self._municipalities_loaded)
        job.failed.connect(self._load_failed)
        job = worker.submit(people.legal_form_choices, database)
        job.succeeded.connect(self._legal_forms_loaded)
        job.failed.connect(self._load_failed)
        self._load_organisations()
        job = worker.submit(people.list_persons, database)
        job.succeeded.connect(self._persons_loaded)
        job.failed.connect(self._load_failed)

    def _load_organisations(self) -> None:
        job = self._context.worker.submit(people.list_organisations, self._context.database)
        job.succeeded.connect(self._organisations_loaded)
        job.failed.connect(self._load_failed)

    def _municipalities_loaded(self, choices: list[MunicipalityChoice]) -> None:
        self.person_form.set_municipalities(choices)
        self.organisation_form.set_municipalities(choices)

    def _legal_forms_loaded(self, choices: list[LegalFormChoice]) -> None:
        self.organisation_form.set_legal_forms(choices)
        self.choicesLoaded.emit()

    def _organisations_loaded(self, records: list[OrganisationRecord]) -> None:
        current = self.organisations.current_record()
        self.organisation_model.set_records(records)
        self.organisations.fitter.rows_arrived()
        self.person_form.set_organisations(records)
        if current is not None:
            self.organisations.select_key(current.id)
        self.organisationsLoaded.emit(len(records))

    def _persons_loaded(self, records: list[PersonRecord]) -> None:
        current = self.persons.current_record()
        self.person_model.set_records(records)
        self.persons.fitter.rows_arrived()
        if current is not None and self.persons.select_key(current.id):
            pass
        elif self.persons.proxy.rowCount() > 0:
            self.persons.view.setCurrentIndex(self.persons.proxy.index(0, 0))
        self.personsLoaded.emit(len(records))

    def _load_failed(self, exc: Exception) -> None:
        message = self.tr("The register could not be loaded: %1").replace("%1", refusal_text(exc))
        self.persons.message.show_message(message)
        self.loadFailed.emit(message)

    # -- persons ----------------------------------------------------------------------------
    def _person_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.persons.proxy.record_at(current.row()) if current.isValid() else None
        self._show_person(record)

    def _show_person(self, record: PersonRecord | None) -> None:
        self.person_form.set_record(record)
        # An erased person's fields stay blank (they would be blanked again on every import).
        self.person_form.setEnabled(record is None or record.erased_at is None)
        self.rights.set_person(record)
        self.persons.delete_button.setEnabled(record is not None)
        self.courses_model.set_records([])
        if record is None:
            self.person_title.setText(self.tr("No person chosen"))
            self.person_summary_label.setText("")
            self._summary_for = None
            return
        self.person_title.setText(record.full_name)
        self.person_title.setAccessibleName(record.full_name)
        self.person_summary_label.setText(self.tr("Counting courses and hours…"))
        self._summary_for = record.id
        job = self._context.worker.submit(
            people.get_person_summary, self._context.database, record.id
        )
        job.succeeded.connect(self._summary_loaded)
        job.failed.connect(partial(self._summary_failed, record.id))

    def _summary_loaded(self, summary: PersonSummary) -> None:
        if summary.person.id != self._summary_for:
            return  # the user has moved on to someone else
        self.courses_model.set_records(summary.courses)
        self.courses_fitter.rows_arrived()
        courses = len(summary.courses)
        text = self.tr("%1 hours attended in all, on %2 course(s).")
        text = text.replace("%1", hours_text(summary.attended_minutes))
        text = text.replace("%2", QLocale().toString(courses))
        self.person_summary_label.setText(text)
        self.person_summary_label.setAccessibleName(text)
        self.person_tabs.setTabText(
            DETAIL_TAB_COURSES,
            self.tr("&Courses and hours (%1)").replace("%1", QLocale().toString(courses)),
        )
        self.summaryLoaded.emit(summary)

    def _summary_failed(self, person_id: str, exc: Exception) -> None:
        if person_id == self._summary_for:
            self.person_summary_label.setText(refusal_text(exc))

    def _person_saved(self, record: PersonRecord) -> None:
        row = self.person_model.row_of(record.id)
        before = self.person_model.record_at(row) if row is not None else None
        self.person_model.update_record(record)
        if record.id == self._summary_for:
            self.person_title.setText(record.full_name)
        if before is None or before.organisation_id != record.organisation_id:
            self._load_organisations()  # the person counts changed

    def _person_erased(self, result: ErasureResult) -> None:
        job = self._context.worker.submit(
            people.get_person, self._context.database, result.person_id
        )
        job.succeeded.connect(self._erased_person_loaded)
        job.failed.connect(self._load_failed)

    def _erased_person_loaded(self, record: PersonRecord) -> None:
        self.person_model.update_record(record)
        if record.id == self._summary_for:
            self.person_title.setText(record.full_name)
            self.person_title.setAccessibleName(record.full_name)
            self.person_form.set_record(record)
            self.person_form.setEnabled(False)
            self.rights.set_person(record, keep_status=True)
        self._load_organisations()  # the person left their organisation's count
        self.personErased.emit(record)

    def new_person(self) -> None:
        """Ask for the names in a dialog; the person is added when it is accepted."""
        dialog = NewPersonDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_person(*(dialog.names or ("", ""))))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _add_person(self, first: str, last: str) -> None:
        person_id = ids.new_id()
        database = self._context.database
        first_time = [True]

        def applied(change: RegisterChange) -> None:
            self._register_change(self.persons, change)
            if change.live and first_time[0]:
                first_time[0] = False
                self.person_tabs.setCurrentIndex(DETAIL_TAB_FORM)
                self.person_form.gender.setFocus(Qt.FocusReason.OtherFocusReason)

        edit = Edit(
            self.tr("Add person %1").replace("%1", f"{first} {last}"),
            forward=partial(_create_person, database, person_id, first, last),
            backward=partial(_delete_person, database, person_id),
            apply=applied,
        )
        self.persons.message.show_message("")
        self._context.edits.perform(edit, on_error=self._person_action_failed)

    def delete_person(self) -> None:
        record: PersonRecord | None = self.persons.current_record()
        if record is None:
            return
        database = self._context.database
        edit = Edit(
            self.tr("Delete person %1").replace("%1", record.full_name),
            forward=partial(_delete_person, database, record.id),
            backward=partial(_restore_person, database, record.id),
            apply=partial(self._register_change, self.persons),
        )
        self.persons.message.show_message("")
        self._context.edits.perform(edit, on_error=self._person_action_failed)

    def _person_action_failed(self, exc: Exception) -> None:
        self.persons.message.show_message(refusal_text(exc))

    def _register_change(self, tab: RegisterTab, change: RegisterChange) -> None:
        """Show an add, delete or restore in the list (and select what came back)."""
        if change.live:
            tab.model.update_record(change.record)
            tab.select_key(change.record.id)
        else:
            tab.model.remove_record(change.record.id)
        if tab is self.persons:
            if change.record.organisation_id is not None:
                self._load_organisations()
        else:
            self.person_form.set_organisations(self.organisation_model.records())

    # -- organisations ----------------------------------------------------------------------
    def _organisation_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        proxy = self.organisations.proxy
        record = proxy.record_at(current.row()) if current.isValid() else None
        self.organisation_form.set_record(record)
        self.organisations.delete_button.setEnabled(record is not None)
        self._show_members(record)

    def _show_members(self, record: OrganisationRecord | None) -> None:
        if record is None:
            text = ""
        elif record.person_count == 1:
            text = self.tr("One person in the register belongs to this organisation.")
        else:
            text = self.tr("%1 persons in the register belong to this organisation.").replace(
                "%1", QLocale().toString(record.person_count)
            )
        self.members_label.setText(text)
        self.members_label.setAccessibleName(text)

    def _organisation_saved(self, record: OrganisationRecord) -> None:
        self.organisation_model.update_record(record)
        self.person_form.set_organisations(self.organisation_model.records())
        if self.organisation_form.record() is not None:
            self._show_members(self.organisation_form.record())
        # Persons show the organisation's name; a new name reaches them on the next load.

    def new_organisation(self) -> None:
        dialog = NewOrganisationDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_organisation(*(dialog.values or ("", None))))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _add_organisation(self, name: str, number: str | None) -> None:
        organisation_id = ids.new_id()
        database = self._context.database
        edit = Edit(
            self.tr("Add organisation %1").replace("%1", name),
            forward=partial(_create_organisation, database, organisation_id, name, number),
            backward=partial(_delete_organisation, database, organisation_id),
            apply=partial(self._register_change, self.organisations),
        )
        self.organisations.message.show_message("")
        self._context.edits.perform(edit, on_error=self._organisation_action_failed)

    def delete_organisation(self) -> None:
        record: OrganisationRecord | None = self.organisations.current_record()
        if record is None:
            return
        database = self._context.database
        edit = Edit(
            self.tr("Delete organisation %1").replace("%1", record.name),
            forward=partial(_delete_organisation, database, record.id),
            backward=partial(_restore_organisation, database, record.id),
            apply=partial(self._register_change, self.organisations),
        )
        self.organisations.message.show_message("")
        self._context.edits.perform(edit, on_error=self._organisation_action_failed)

    def _organisation_action_failed(self, exc: Exception) -> None:
        self.organisations.message.show_message(refusal_text(exc))
