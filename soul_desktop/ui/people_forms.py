"""Forms of the participant register: a person, an organisation, and the dialogs that add them.

The forms have no Save button. Each field is saved when it is left (or its choice made) as one
undoable edit; a refused value stays in the field with the reason next to it, and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import people as rules
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    Disability,
    EducationBand,
    EmploymentStatus,
    Gender,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.people import (
    DECLINED_MARKERS,
    LegalFormChoice,
    MunicipalityChoice,
    OrganisationRecord,
    PersonRecord,
)
from soul_desktop.services import people
from soul_desktop.services.identity_numbers import normalise_org_number, normalise_personnummer
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.people import (
    disability_name,
    education_name,
    employment_name,
    gender_name,
    kind_name,
    need_name,
    role_name,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import SETTINGS_GROUP as TABLE_SETTINGS_GROUP

if TYPE_CHECKING:
    from soul_desktop.ui.context import PageContext

NOT_STATED = "not_stated"
MAX_COLUMN_WIDTH = 180
COLUMN_SLACK = 12
DIALOG_MIN_WIDTH = 460
NEEDS_COLUMNS = 2
# What a declined answer is stored as: the answer "not given".
_NOT_ANSWERED: dict[str, Any] = {
    "personnummer": None,
    "education_band": EducationBand.NOT_STATED,
    "employment_status": EmploymentStatus.NOT_STATED,
    "disability": Disability.NOT_STATED,
    "accessibility_needs": (),
}
_MARKER_OF = {answer: marker for marker, answer in DECLINED_MARKERS.items()}


class ErrorLabel(QLabel):
    """Says why a value was refused: red, but the words carry the meaning, not the colour."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_name = field_name
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_error_colour(self)
        self.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Problem with %1").replace("%1", field_name)
        )
        self.hide()

    def show_message(self, message: str) -> None:
        text = message[:1].upper() + message[1:] if message else ""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class ColumnFitter:
    """Sizes a list's columns to its contents once, when rows first arrive to measure.

    Made before the view gets its model: a list whose layout the user has already shaped
    (kept in QSettings by RecordTableView) is left alone.
    """

    def __init__(self, view: QTableView, state_key: str, widest: int = MAX_COLUMN_WIDTH) -> None:
        self._view = view
        self._widest = widest
        self._pending = not QSettings().contains(f"{TABLE_SETTINGS_GROUP}/{state_key}")

    def rows_arrived(self) -> None:
        model = self._view.model()
        if not self._pending or model is None or model.rowCount() == 0:
            return
        self._pending = False
        self._view.resizeColumnsToContents()
        header = self._view.horizontalHeader()
        for column in range(header.count()):
            # A little room to spare: values measured now may grow (a longer waitlist number).
            width = min(header.sectionSize(column) + COLUMN_SLACK, self._widest)
            header.resizeSection(column, width)


# -- fields with completion -------------------------------------------------------------------


class MunicipalityField(QLineEdit):
    """A municipality typed by name, completed from the 290; an unknown name is refused."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(
            QCoreApplication.translate("PeopleForms", "Type to find a municipality")
        )
        self._codes: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, choices: Sequence[MunicipalityChoice]) -> None:
        self._codes = {choice.name.casefold(): choice.code for choice in choices}
        self._names = {choice.code: choice.name for choice in choices}
        self._model.setStringList([choice.name for choice in choices])

    def choice_count(self) -> int:
        return len(self._codes)

    def name_of(self, code: str | None) -> str:
        return "" if code is None else self._names.get(code, code)

    def code(self) -> str | None:
        """The code of the typed name; None when empty; ValidationError when unknown."""
        text = " ".join(self.text().split())
        if not text:
            return None
        folded = text.casefold()
        code = self._codes.get(folded)
        if code is not None:
            return code
        # The start of just one name is enough ("östersu" is Östersund).
        starting = [c for name, c in self._codes.items() if name.startswith(folded)]
        if len(starting) == 1:
            return starting[0]
        raise ValidationError(
            f"there is no municipality called “{text}”",
            field="municipality_code",
            code="municipality.no_such_name",
            params={"name": text},
        )


class OrganisationField(QComboBox):
    """An organisation chosen by typing part of its name; empty means none."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.lineEdit().setAccessibleName(accessible_name)
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("PeopleForms", "Type to find an organisation")
        )
        self._ids: list[str | None] = []
        self._by_text: dict[str, str] = {}
        self._shown_text = ""
        self._model = QStringListModel(self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, records: Sequence[OrganisationRecord]) -> None:
        texts = [""]
        self._ids = [None]
        self._by_text = {}
        for record in records:
            text = organisation_text(record)
            texts.append(text)
            self._ids.append(record.id)
            self._by_text.setdefault(text.casefold(), record.id)
            # The bare name finds it too, when it is the only one of that name.
            self._by_text.setdefault(record.name.casefold(), record.id)
        self._model.setStringList(texts)

    def show_organisation(self, organisation_id: str | None, name: str | None) -> None:
        if organisation_id is None:
            self.setCurrentIndex(0)
            text = ""
        else:
            try:
                row = self._ids.index(organisation_id)
            except ValueError:
                row = -1
            if row >= 0:
                self.setCurrentIndex(row)
                text = self._model.stringList()[row]
            else:
                text = name or ""
        self._shown_text = text
        self.setEditText(text)

    def organisation_id(self, current: str | None) -> str | None:
        """The id for the typed text; `current` when the text is still the current one's."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        found = self._by_text.get(text.casefold())
        if found is not None:
            return found
        if text == self._shown_text:
            # An organisation of another region, not among the choices, left as it was.
            return current
        raise ValidationError(
            f"there is no organisation called “{text}”; add it under Organisations first",
            field="organisation_id",
            code="organisation.no_such_name",
            params={"name": text},
        )


def organisation_text(record: OrganisationRecord) -> str:
    """How an organisation is named in a choice: with its municipality, to tell twins apart."""
    if record.municipality_name:
        return f"{record.name} ({record.municipality_name})"
    return record.name


def _choices(vocabulary: type[StrEnum], namer: Callable[[Any], str]) -> list[tuple[str, Any]]:
    """The values of a vocabulary with their names; "not stated" first, as a fresh form has it."""
    values = sorted(vocabulary, key=lambda value: value.value != NOT_STATED)
    return [(namer(value), value) for value in values]


def _combo(accessible_name: str, items: Sequence[tuple[str, Any]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _line(accessible_name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    line = QLineEdit(parent)
    line.setAccessibleName(accessible_name)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


# -- the auto-saving form ---------------------------------------------------------------------


class AutoSaveForm(QWidget):
    """Saves each changed field at once as an undoable edit; shows refusals at the field.

    Subclasses name their fields by the service's field names, so a ValidationError's `field`
    finds the label to show it in. `_values` is what the form believes is stored: it moves
    when an edit is sent (a second edit sent before the first returns takes the first one's
    value as its "before"), and follows the record each edit returns.
    """

    saved = Signal(object)  # the record an edit (or its undo or redo) returned

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: Any = None
        self._values: dict[str, Any] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._labels: list[QLabel] = []
        self.general_error = ErrorLabel(QCoreApplication.translate("PeopleForms", "the form"), self)

    # Subclasses provide these.
    def _update_call(self) -> Callable[..., Any]:
        raise NotImplementedError

    def _values_of(self, record: Any) -> dict[str, Any]:
        raise NotImplementedError

    def _show_value(self, key: str, value: Any) -> None:
        raise NotImplementedError

    # -- showing ----------------------------------------------------------------------------
    def record(self) -> Any:
        return self._record

    def set_record(self, record: Any) -> None:
        self._record = record
        self.setEnabled(record is not None)
        self.clear_errors()
        if record is None:
            self._values = {}
            return
        self._values = self._values_of(record)
        for key, value in self._values.items():
            self._show_value(key, value)

    def error_label(self, key: str) -> ErrorLabel:
        return self._errors[key]

    def message_at(self, key: str) -> str:
        label = self._errors.get(key, self.general_error)
        return label.text() if label.isVisible() or label.text() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.show_message("")
        self.general_error.show_message("")

    def show_error(self, key: str | None, message: str) -> None:
        label = self._errors.get(key or "", self.general_error)
        label.show_message(message)

    # -- saving -----------------------------------------------------------------------------
    def commit(self, key: str, changes: dict[str, Any], text: str) -> None:
        """Send `changes` as one edit, unless they are what is stored already."""
        if self._record is None:
            return
        previous = {name: self._values.get(name) for name in changes}
        if previous == changes:
            self.show_error(key, "")
            return
        record_id = self._record.id
        update = self._update_call()
        database = self._context.database
        keys = tuple(changes)
        self._values.update(changes)
        edit = Edit(
            text,
            forward=partial(update, database, record_id, **changes),
            backward=partial(update, database, record_id, **previous),
            apply=partial(self._applied, keys),
        )
        self._context.edits.perform(edit, on_error=partial(self._refused, key, record_id, keys))

    def refuse(self, key: str, exc: ValidationError) -> None:
        """A value refused before it was sent: say why; the stored value stays."""
        self.show_error(self._error_key(exc.field, key), refusal_text(exc))

    def _error_key(self, field: str | None, fallback: str) -> str:
        if field in self._errors:
            return field  # type: ignore[return-value]
        if field in DECLINED_MARKERS and DECLINED_MARKERS[field] in self._errors:
            return DECLINED_MARKERS[field]
        return fallback

    def _applied(self, keys: tuple[str, ...], record: Any) -> None:
        if self._record is not None and record.id == self._record.id:
            self._record = record
            fresh = self._values_of(record)
            for key in keys:
                self._values[key] = fresh[key]
                self._show_value(key, fresh[key])
                if key in self._errors:
                    self._errors[key].show_message("")
        self.saved.emit(record)

    def _refused(self, key: str, record_id: str, keys: tuple[str, ...], exc: Exception) -> None:
        if self._record is None or self._record.id != record_id:
            return
        # The believed values go back to what the record holds; the typed text stays.
        stored = self._values_of(self._record)
        for name in keys:
            self._values[name] = stored[name]
        field = exc.field if isinstance(exc, ValidationError) else None
        self.show_error(self._error_key(field, key), refusal_text(exc))

    # -- layout helpers ---------------------------------------------------------------------
    def _row(
        self,
        form: QFormLayout,
        key: str,
        caption: str,
        widget: QWidget,
        extra: QWidget | None = None,
    ) -> None:
        """A labelled field with its error label underneath (and an optional extra control)."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 1)
        if extra is not None:
            line.addWidget(extra)
        column.addLayout(line)
        error = ErrorLabel(caption.replace("&", ""), holder)
        column.addWidget(error)
        self._errors[key] = error
        label = QLabel(caption, self)
        label.setBuddy(widget)
        form.addRow(label, holder)
        self._labels.append(label)

    def _align_labels(self) -> None:
        """One label width for all the form's groups, so their fields start in one column."""
        widest = max((label.sizeHint().width() for label in self._labels), default=0)
        for label in self._labels:
            label.setMinimumWidth(widest)


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(6)
    return form


# -- a person ---------------------------------------------------------------------------------


class PersonForm(AutoSaveForm):
    """Every field of a person; each is saved as it is changed."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(QCoreApplication.translate("PeopleForms", "Person details"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)

        who = QGroupBox(QCoreApplication.translate("PeopleForms", "Person"), self)
        who.setAccessibleName(QCoreApplication.translate("PeopleForms", "Person"))
        form = _form_layout()
        who.setLayout(form)
        self.first_name = _line(QCoreApplication.translate("PeopleForms", "First name"), self)
        self.last_name = _line(QCoreApplication.translate("PeopleForms", "Last name"), self)
        self.gender = _combo(
            QCoreApplication.translate("PeopleForms", "Gender"), _choices(Gender, gender_name), self
        )
        self.birth_year = _line(
            QCoreApplication.translate("PeopleForms", "Birth year"),
            self,
            QCoreApplication.translate("PeopleForms", "YYYY"),
        )
        self.birth_year.setMaxLength(4)
        self.personnummer = _line(
            QCoreApplication.translate("PeopleForms", "Personnummer"),
            self,
            QCoreApplication.translate("PeopleForms", "YYYYMMDD-NNNN"),
        )
        self.personnummer.setMaxLength(20)
        self.declined_personnummer = QCheckBox(
            QCoreApplication.translate("PeopleForms", "Declined to give"), self
        )
        self.declined_personnummer.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Declined to give a personnummer")
        )
        self._row(
            form,
            "first_name",
            QCoreApplication.translate("PeopleForms", "&First name"),
            self.first_name,
        )
        self._row(
            form,
            "last_name",
            QCoreApplication.translate("PeopleForms", "&Last name"),
            self.last_name,
        )
        self._row(form, "gender", QCoreApplication.translate("PeopleForms", "&Gender"), self.gender)
        self._row(
            form,
            "birth_year",
            QCoreApplication.translate("PeopleForms", "&Birth year"),
            self.birth_year,
        )
        self._row(
            form,
            "personnummer",
            QCoreApplication.translate("PeopleForms", "&Personnummer"),
            self.personnummer,
            self.declined_personnummer,
        )
        outer.addWidget(who)

        contact = QGroupBox(
            QCoreApplication.translate("PeopleForms", "Contact and organisation"), self
        )
        contact.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Contact and organisation")
        )
        form = _form_layout()
        contact.setLayout(form)
        self.email = _line(
            QCoreApplication.translate("PeopleForms", "E-mail"),
            self,
            QCoreApplication.translate("PeopleForms", "name@example.se"),
        )
        self.phone = _line(QCoreApplication.translate("PeopleForms", "Phone"), self)
        self.organisation = OrganisationField(
            QCoreApplication.translate("PeopleForms", "Organisation"), self
        )
        self.municipality = MunicipalityField(
            QCoreApplication.translate("PeopleForms", "Municipality"), self
        )
        self.role = _combo(
            QCoreApplication.translate("PeopleForms", "Role in the organisation"),
            _choices(ParticipantRole, role_name),
            self,
        )
        self._row(form, "email", QCoreApplication.translate("PeopleForms", "&E-mail"), self.email)
        self._row(form, "phone", QCoreApplication.translate("PeopleForms", "P&hone"), self.phone)
        self._row(
            form,
            "organisation_id",
            QCoreApplication.translate("PeopleForms", "&Organisation"),
            self.organisation,
        )
        self._row(
            form,
            "municipality_code",
            QCoreApplication.translate("PeopleForms", "&Municipality"),
            self.municipality,
        )
        self._row(form, "role", QCoreApplication.translate("PeopleForms", "&Role"), self.role)
        outer.addWidget(contact)

        esf = QGroupBox(QCoreApplication.translate("PeopleForms", "Reporting (ESF)"), self)
        esf.setAccessibleName(QCoreApplication.translate("PeopleForms", "Reporting (ESF)"))
        form = _form_layout()
        esf.setLayout(form)
        self.employment_status = _combo(
            QCoreApplication.translate("PeopleForms", "Employment"),
            _choices(EmploymentStatus, employment_name),
            self,
        )
        self.declined_employment = QCheckBox(
            QCoreApplication.translate("PeopleForms", "Declined"), self
        )
        self.declined_employment.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Declined to state employment")
        )
        self.education_band = _combo(
            QCoreApplication.translate("PeopleForms", "Education"),
            _choices(EducationBand, education_name),
            self,
        )
        self.declined_education = QCheckBox(
            QCoreApplication.translate("PeopleForms", "Declined"), self
        )
        self.declined_education.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Declined to state education")
        )
        self.disability = _combo(
            QCoreApplication.translate("PeopleForms", "Disability"),
            _choices(Disability, disability_name),
            self,
        )
        self.declined_disability = QCheckBox(
            QCoreApplication.translate("PeopleForms", "Declined"), self
        )
        self.declined_disability.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Declined to answer about disability")
        )
        self.consent_date = _line(
            QCoreApplication.translate("PeopleForms", "Consent date"),
            self,
            QCoreApplication.translate("PeopleForms", "YYYY-MM-DD"),
        )
        self._row(
            form,
            "employment_status",
            QCoreApplication.translate("PeopleForms", "Em&ployment"),
            self.employment_status,
            self.declined_employment,
        )
        self._row(
            form,
            "education_band",
            QCoreApplication.translate("PeopleForms", "E&ducation"),
            self.education_band,
            self.declined_education,
        )
        self._row(
            form,
            "disability",
            QCoreApplication.translate("PeopleForms", "Disabilit&y"),
            self.disability,
            self.declined_disability,
        )
        self._row(
            form,
            "consent_date",
            QCoreApplication.translate("PeopleForms", "&Consent given"),
            self.consent_date,
        )
        outer.addWidget(esf)

        needs_box = QGroupBox(
            QCoreApplication.translate("PeopleForms", "Accessibility needs"), self
        )
        needs_box.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Accessibility needs")
        )
        needs_layout = QVBoxLayout(needs_box)
        grid = QGridLayout()
        self.needs: dict[AccessibilityNeed, QCheckBox] = {}
        for index, need in enumerate(AccessibilityNeed):
            box = QCheckBox(need_name(need), needs_box)
            box.setAccessibleName(need_name(need))
            box.clicked.connect(self._needs_clicked)
            grid.addWidget(box, index // NEEDS_COLUMNS, index % NEEDS_COLUMNS)
            self.needs[need] = box
        needs_layout.addLayout(grid)
        self.declined_accessibility = QCheckBox(
            QCoreApplication.translate("PeopleForms", "Declined to state needs"), needs_box
        )
        self.declined_accessibility.setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Declined to state accessibility needs")
        )
        needs_layout.addWidget(self.declined_accessibility)
        needs_error = ErrorLabel(
            QCoreApplication.translate("PeopleForms", "Accessibility needs"), needs_box
        )
        self._errors["accessibility_needs"] = needs_error
        needs_layout.addWidget(needs_error)
        form = _form_layout()
        self.accessibility_note = _line(
            QCoreApplication.translate("PeopleForms", "Other needs or note"), self
        )
        self._row(
            form,
            "accessibility_note",
            QCoreApplication.translate("PeopleForms", "Other needs, &note"),
            self.accessibility_note,
        )
        needs_layout.addLayout(form)
        outer.addWidget(needs_box)
        outer.addStretch(1)
        self._align_labels()

        texts = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_year": self.birth_year,
            "personnummer": self.personnummer,
            "email": self.email,
            "phone": self.phone,
            "municipality_code": self.municipality,
            "accessibility_note": self.accessibility_note,
            "consent_date": self.consent_date,
        }
        self._lines = texts
        for key, line in texts.items():
            line.editingFinished.connect(partial(self._line_finished, key))
        self.organisation.lineEdit().editingFinished.connect(self._organisation_entered)
        self.organisation.activated.connect(self._organisation_entered)
        self._combos = {
            "gender": self.gender,
            "role": self.role,
            "employment_status": self.employment_status,
            "education_band": self.education_band,
            "disability": self.disability,
        }
        for key, combo in self._combos.items():
            combo.activated.connect(partial(self._combo_chosen, key))
        self._declined = {
            "declined_personnummer": self.declined_personnummer,
            "declined_employment": self.declined_employment,
            "declined_education": self.declined_education,
            "declined_disability": self.declined_disability,
            "declined_accessibility": self.declined_accessibility,
        }
        for key, box in self._declined.items():
            box.clicked.connect(partial(self._declined_clicked, key))
        self.set_record(None)

    # -- choices ----------------------------------------------------------------------------
    def set_organisations(self, records: Sequence[OrganisationRecord]) -> None:
        self.organisation.set_choices(records)
        if self._record is not None:
            self._show_value("organisation_id", self._values.get("organisation_id"))

    def set_municipalities(self, choices: Sequence[MunicipalityChoice]) -> None:
        self.municipality.set_choices(choices)
        if self._record is not None:
            self._show_value("municipality_code", self._values.get("municipality_code"))

    # -- AutoSaveForm -----------------------------------------------------------------------
    def _update_call(self) -> Callable[..., Any]:
        return people.update_person

    def _values_of(self, record: PersonRecord) -> dict[str, Any]:
        return {name: getattr(record, name) for name in people.PERSON_FIELDS}

    def _show_value(self, key: str, value: Any) -> None:
        record: PersonRecord | None = self._record
        if key in self._lines:
            line = self._lines[key]
            if key == "municipality_code":
                text = self.municipality.name_of(value)
                if not text and record is not None and record.municipality_code == value:
                    text = record.municipality_name or ""
            elif key == "consent_date":
                text = "" if value is None else value.isoformat()
            elif key == "birth_year":
                text = "" if value is None else str(value)
            else:
                text = value or ""
            line.setText(text)
            line.setModified(False)
        elif key == "organisation_id":
            name = record.organisation_name if record is not None else None
            self.organisation.show_organisation(value, name)
        elif key in self._combos:
            combo = self._combos[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        elif key in self._declined:
            self._declined[key].setChecked(bool(value))
        elif key == "accessibility_needs":
            for need, box in self.needs.items():
                box.setChecked(need in value)

    # -- user input -------------------------------------------------------------------------
    def _line_finished(self, key: str) -> None:
        if self._record is None:
            return
        line = self._lines[key]
        today = dt.date.today()
        try:
            if key in ("first_name", "last_name"):
                value: Any = rules.check_name(line.text(), key)
            elif key == "birth_year":
                value = rules.parse_birth_year(line.text(), today)
            elif key == "personnummer":
                text = line.text().strip()
                value = normalise_personnummer(text, today) if text else None
                if value is not None:
                    try:
                        rules.check_birth_year(int(value[:4]), today)
                    except ValidationError as exc:
                        raise exc.at_field(key) from None
            elif key == "email":
                value = rules.check_email(line.text())
            elif key == "phone":
                value = rules.check_phone(line.text())
            elif key == "municipality_code":
                value = self.municipality.code()
            elif key == "consent_date":
                value = rules.check_consent_date(rules.parse_date(line.text(), key), today)
            else:
                value = rules.clean_text(line.text())
        except ValidationError as exc:
            self.refuse(key, exc)
            return
        line.setModified(False)
        changes: dict[str, Any] = {key: value}
        if key == "personnummer":
            changes = self._with_answer(key, value)
            if value is not None:
                # The birth year follows the number. Naming it among the changes keeps the
                # edit's "before" complete, so undo puts the old year back too.
                changes["birth_year"] = int(value[:4])
        self.commit(
            key,
            changes,
            QCoreApplication.translate("PeopleForms", "Change %1").replace(
                "%1", self._field_caption(key)
            ),
        )

    def _organisation_entered(self, *_args: Any) -> None:
        if self._record is None:
            return
        try:
            value = self.organisation.organisation_id(self._values.get("organisation_id"))
        except ValidationError as exc:
            self.refuse("organisation_id", exc)
            return
        self.commit(
            "organisation_id",
            {"organisation_id": value},
            QCoreApplication.translate("PeopleForms", "Change organisation"),
        )

    def _combo_chosen(self, key: str, _index: int) -> None:
        value = self._combos[key].currentData()
        changes = self._with_answer(key, value)
        self.commit(
            key,
            changes,
            QCoreApplication.translate("PeopleForms", "Change %1").replace(
                "%1", self._field_caption(key)
            ),
        )

    def _with_answer(self, key: str, value: Any) -> dict[str, Any]:
        """An answer given clears the "declined" mark of its question in the same edit."""
        changes = {key: value}
        marker = _MARKER_OF.get(key)
        if marker and self._values.get(marker) and value != _NOT_ANSWERED[key]:
            changes[marker] = False
        return changes

    def _declined_clicked(self, marker: str, *_args: Any) -> None:
        # The box's state is read here: PySide does not always pass `checked` to a partial.
        checked = self._declined[marker].isChecked()
        answer = DECLINED_MARKERS[marker]
        changes: dict[str, Any] = {marker: checked}
        if checked:
            # Declining clears the answer in the same edit; undo brings both back.
            changes[answer] = _NOT_ANSWERED[answer]
        self.commit(
            answer, changes, QCoreApplication.translate("PeopleForms", "Change “declined” mark")
        )

    def _needs_clicked(self, *_args: Any) -> None:
        needs = tuple(need for need, box in self.needs.items() if box.isChecked())
        changes = self._with_answer("accessibility_needs", needs)
        self.commit(
            "accessibility_needs",
            changes,
            QCoreApplication.translate("PeopleForms", "Change accessibility needs"),
        )

    def _field_caption(self, key: str) -> str:
        captions = {
            "first_name": QCoreApplication.translate("PeopleForms", "first name"),
            "last_name": QCoreApplication.translate("PeopleForms", "last name"),
            "gender": QCoreApplication.translate("PeopleForms", "gender"),
            "birth_year": QCoreApplication.translate("PeopleForms", "birth year"),
            "personnummer": QCoreApplication.translate("PeopleForms", "personnummer"),
            "email": QCoreApplication.translate("PeopleForms", "e-mail"),
            "phone": QCoreApplication.translate("PeopleForms", "phone"),
            "municipality_code": QCoreApplication.translate("PeopleForms", "municipality"),
            "role": QCoreApplication.translate("PeopleForms", "role"),
            "employment_status": QCoreApplication.translate("PeopleForms", "employment"),
            "education_band": QCoreApplication.translate("PeopleForms", "education"),
            "disability": QCoreApplication.translate("PeopleForms", "disability"),
            "consent_date": QCoreApplication.translate("PeopleForms", "consent date"),
            "accessibility_note": QCoreApplication.translate("PeopleForms", "accessibility note"),
        }
        return captions.get(key, key)


# -- an organisation --------------------------------------------------------------------------


class OrganisationForm(AutoSaveForm):
    """Name, org number, SCB legal form, municipality and kind; each saved as it is changed."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(QCoreApplication.translate("PeopleForms", "Organisation details"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        box = QGroupBox(QCoreApplication.translate("PeopleForms", "Organisation"), self)
        box.setAccessibleName(QCoreApplication.translate("PeopleForms", "Organisation"))
        form = _form_layout()
        box.setLayout(form)
        self.name = _line(
            QCoreApplication.translate("PeopleForms", "Name of the organisation"), self
        )
        self.org_number = _line(
            QCoreApplication.translate("PeopleForms", "Org number"),
            self,
            QCoreApplication.translate("PeopleForms", "NNNNNN-NNNN"),
        )
        self.org_number.setMaxLength(20)
        self.legal_form = _combo(
            QCoreApplication.translate("PeopleForms", "Legal form"),
            [(QCoreApplication.translate("PeopleForms", "Not stated"), None)],
            self,
        )
        self.municipality = MunicipalityField(
            QCoreApplication.translate("PeopleForms", "Municipality of the organisation"), self
        )
        self.kind = _combo(
            QCoreApplication.translate("PeopleForms", "Kind"),
            [(kind_name(k), k) for k in OrganisationKind],
            self,
        )
        self._row(form, "name", QCoreApplication.translate("PeopleForms", "&Name"), self.name)
        self._row(
            form,
            "org_number",
            QCoreApplication.translate("PeopleForms", "Org n&umber"),
            self.org_number,
        )
        self._row(
            form,
            "legal_form_code",
            QCoreApplication.translate("PeopleForms", "Le&gal form"),
            self.legal_form,
        )
        self._row(
            form,
            "municipality_code",
            QCoreApplication.translate("PeopleForms", "&Municipality"),
            self.municipality,
        )
        self._row(form, "kind", QCoreApplication.translate("PeopleForms", "&Kind"), self.kind)
        outer.addWidget(box)
        outer.addStretch(1)
        self.name.editingFinished.connect(self._name_finished)
        self.org_number.editingFinished.connect(self._number_finished)
        self.municipality.editingFinished.connect(self._municipality_finished)
        self.legal_form.activated.connect(self._legal_form_chosen)
        self.kind.activated.connect(self._kind_chosen)
        self.set_record(None)

    def set_legal_forms(self, choices: Sequence[LegalFormChoice]) -> None:
        self.legal_form.clear()
        self.legal_form.addItem(QCoreApplication.translate("PeopleForms", "Not stated"), None)
        for choice in choices:
            self.legal_form.addItem(f"{choice.code} {choice.name}", choice.code)
        if self._record is not None:
            self._show_value("legal_form_code", self._values.get("legal_form_code"))

    def set_municipalities(self, choices: Sequence[MunicipalityChoice]) -> None:
        self.municipality.set_choices(choices)
        if self._record is not None:
            self._show_value("municipality_code", self._values.get("municipality_code"))

    def _update_call(self) -> Callable[..., Any]:
        return people.update_organisation

    def _values_of(self, record: OrganisationRecord) -> dict[str, Any]:
        return {name: getattr(record, name) for name in people.ORGANISATION_FIELDS}

    def _show_value(self, key: str, value: Any) -> None:
        record: OrganisationRecord | None = self._record
        if key == "name":
            self.name.setText(value or "")
            self.name.setModified(False)
        elif key == "org_number":
            self.org_number.setText(value or "")
            self.org_number.setModified(False)
        elif key == "municipality_code":
            text = self.municipality.name_of(value)
            if not text and record is not None and record.municipality_code == value:
                text = record.municipality_name or ""
            self.municipality.setText(text)
            self.municipality.setModified(False)
        elif key == "legal_form_code":
            self.legal_form.setCurrentIndex(max(0, self.legal_form.findData(value)))
        elif key == "kind":
            self.kind.setCurrentIndex(max(0, self.kind.findData(value)))

    def _name_finished(self) -> None:
        if self._record is None:
            return
        try:
            value = rules.check_organisation_name(self.name.text())
        except ValidationError as exc:
            self.refuse("name", exc)
            return
        self.commit(
            "name",
            {"name": value},
            QCoreApplication.translate("PeopleForms", "Rename organisation"),
        )

    def _number_finished(self) -> None:
        if self._record is None:
            return
        text = self.org_number.text().strip()
        try:
            value = normalise_org_number(text) if text else None
        except ValidationError as exc:
            self.refuse("org_number", exc)
            return
        self.commit(
            "org_number",
            {"org_number": value},
            QCoreApplication.translate("PeopleForms", "Change org number"),
        )

    def _municipality_finished(self) -> None:
        if self._record is None:
            return
        try:
            value = self.municipality.code()
        except ValidationError as exc:
            self.refuse("municipality_code", exc)
            return
        self.commit(
            "municipality_code",
            {"municipality_code": value},
            QCoreApplication.translate("PeopleForms", "Change municipality"),
        )

    def _legal_form_chosen(self, _index: int) -> None:
        self.commit(
            "legal_form_code",
            {"legal_form_code": self.legal_form.currentData()},
            QCoreApplication.translate("PeopleForms", "Change legal form"),
        )

    def _kind_chosen(self, _index: int) -> None:
        self.commit(
            "kind",
            {"kind": self.kind.currentData()},
            QCoreApplication.translate("PeopleForms", "Change kind"),
        )


# -- dialogs that add ---------------------------------------------------------------------------


class NewPersonDialog(QDialog):
    """Asks for the two names a person needs; the rest is filled in on the form afterwards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PeopleForms", "New person"))
        self.setAccessibleName(QCoreApplication.translate("PeopleForms", "New person"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        layout = QVBoxLayout(self)
        form = _form_layout()
        self.first_name = _line(QCoreApplication.translate("PeopleForms", "First name"), self)
        self.last_name = _line(QCoreApplication.translate("PeopleForms", "Last name"), self)
        self.first_error = ErrorLabel(QCoreApplication.translate("PeopleForms", "First name"), self)
        self.last_error = ErrorLabel(QCoreApplication.translate("PeopleForms", "Last name"), self)
        first_label = QLabel(QCoreApplication.translate("PeopleForms", "&First name"), self)
        first_label.setBuddy(self.first_name)
        last_label = QLabel(QCoreApplication.translate("PeopleForms", "&Last name"), self)
        last_label.setBuddy(self.last_name)
        form.addRow(first_label, self.first_name)
        form.addRow("", self.first_error)
        form.addRow(last_label, self.last_name)
        form.addRow("", self.last_error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("PeopleForms", "Add person"))
        ok.setAccessibleName(QCoreApplication.translate("PeopleForms", "Add person"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("PeopleForms", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first_name.setFocus()
        self.names: tuple[str, str] | None = None

    def accept(self) -> None:
        problems = False
        checked = []
        for line, error, key in (
            (self.first_name, self.first_error, "first_name"),
            (self.last_name, self.last_error, "last_name"),
        ):
            try:
                checked.append(rules.check_name(line.text(), key))
                error.show_message("")
            except ValidationError as exc:
                error.show_message(refusal_text(exc))
                if not problems:
                    line.setFocus()
                problems = True
        if problems:
            return
        self.names = (checked[0], checked[1])
        super().accept()


class NewOrganisationDialog(QDialog):
    """Asks for an organisation's name (and its org number, if known)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PeopleForms", "New organisation"))
        self.setAccessibleName(QCoreApplication.translate("PeopleForms", "New organisation"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        layout = QVBoxLayout(self)
        form = _form_layout()
        self.name = _line(
            QCoreApplication.translate("PeopleForms", "Name of the organisation"), self
        )
        self.org_number = _line(
            QCoreApplication.translate("PeopleForms", "Org number"),
            self,
            QCoreApplication.translate("PeopleForms", "NNNNNN-NNNN"),
        )
        self.name_error = ErrorLabel(QCoreApplication.translate("PeopleForms", "Name"), self)
        self.number_error = ErrorLabel(
            QCoreApplication.translate("PeopleForms", "Org number"), self
        )
        name_label = QLabel(QCoreApplication.translate("PeopleForms", "&Name"), self)
        name_label.setBuddy(self.name)
        number_label = QLabel(QCoreApplication.translate("PeopleForms", "Org n&umber"), self)
        number_label.setBuddy(self.org_number)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_error)
        form.addRow(number_label, self.org_number)
        form.addRow("", self.number_error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("PeopleForms", "Add organisation"))
        ok.setAccessibleName(QCoreApplication.translate("PeopleForms", "Add organisation"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("PeopleForms", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.values: tuple[str, str | None] | None = None

    def accept(self) -> None:
        try:
            name = rules.check_organisation_name(self.name.text())
            self.name_error.show_message("")
        except ValidationError as exc:
            self.name_error.show_message(refusal_text(exc))
            self.name.setFocus()
            return
        text = self.org_number.text().strip()
        try:
            number = normalise_org_number(text) if text else None
            self.number_error.show_message("")
        except ValidationError as exc:
            self.number_error.show_message(refusal_text(exc))
            self.org_number.setFocus()
            return
        self.values = (name, number)
        super().accept()
