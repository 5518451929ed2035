"""The first-run dialog that sets up a new database's installation: role, region and name.

For an unencrypted SQLite database it also asks for the passphrase that encrypts it (twice):
every installation set up in the interface is encrypted (issue #5). Throw-away and demo
databases are made unencrypted with `soul-desktop init --unencrypted` instead.

An enrolment file (from central, or from the coordinator for a leader laptop) sets the role,
region and name, with the one-time code that came with it by another way; only an enrolled
installation's bundles are accepted by others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.records import InstallationInfo, RegionChoice
from soul_desktop.services import encryption, installation, keyring_store
from soul_desktop.sync import enrolment as enrolling
from soul_desktop.ui import labels
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.pages.common import READABLE_WIDTH, heading, paragraph
from soul_desktop.ui.passphrase import PassphraseFields, no_recovery_text, passphrase_problem_text
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    # An opaque handle from services.setup; the interface only hands it back to services.
    from soul_desktop.services.setup import Database

# Error texts are red for the palette (accessibility.error_colour); the words say why.
PATH_WIDTH = 440
ROLE_ORDER = (InstallationRole.REGIONAL, InstallationRole.LEADER, InstallationRole.CENTRAL)


class FirstRunDialog(QDialog):
    """Asks who uses this database; stays open until the answers are valid or it is cancelled.

    Checking happens before anything is written, and the one write (the installation itself)
    runs on the worker like every other database call of the interface.
    """

    installationCreated = Signal(object)  # InstallationInfo
    # field ("name", "region", "passphrase", "repeat" or ""), message shown
    validationFailed = Signal(str, str)

    def __init__(
        self,
        worker: Worker,
        database: Database,
        regions: list[RegionChoice],
        database_text: str,
        parent: QWidget | None = None,
        *,
        ask_passphrase: bool = False,
        keyring_available: bool = False,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._database = database
        self._busy = False
        self._last_region_index = -1
        self.created: InstallationInfo | None = None
        # The enrolment file chosen (and what it says), if any.
        self.enrolment: enrolling.EnrolmentPreview | None = None
        self._enrolment_path: str | None = None
        # Qt appends " — SOUL Desktop" to the title, so the title need not name it again.
        self.setWindowTitle(self.tr("First start"))
        self.setAccessibleName(self.tr("First start"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Welcome to SOUL Desktop"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "This database is new. Tell SOUL Desktop who will use it. The answers are "
                    "set once and travel with everything this installation records."
                ),
                self,
            )
        )
        # A long path has no spaces to wrap at: shorten it in the middle, whole in the tooltip.
        shown_path = self.fontMetrics().elidedText(
            database_text, Qt.TextElideMode.ElideMiddle, PATH_WIDTH
        )
        where = paragraph(self.tr("Database: %1").replace("%1", shown_path), self)
        where.setToolTip(database_text)
        where.setAccessibleDescription(database_text)
        layout.addWidget(where)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_enrolment_rows(form)

        role_box = QWidget(self)
        role_layout = QVBoxLayout(role_box)
        role_layout.setContentsMargins(0, 0, 0, 0)
        role_layout.setSpacing(4)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[InstallationRole, QRadioButton] = {}
        role_texts = {
            InstallationRole.REGIONAL: self.tr("&Regional office – plans the region's courses"),
            InstallationRole.LEADER: self.tr("&Workshop leader – takes attendance in the room"),
            InstallationRole.CENTRAL: self.tr("&Central office – gathers all regions"),
        }
        for index, role in enumerate(ROLE_ORDER):
            button = QRadioButton(role_texts[role], role_box)
            button.setAccessibleName(labels.role_name(role))
            self.role_group.addButton(button, index)
            self.role_buttons[role] = button
            role_layout.addWidget(button)
        self.role_buttons[InstallationRole.REGIONAL].setChecked(True)
        self.role_group.idToggled.connect(self._on_role_toggled)
        role_label = QLabel(self.tr("Role:"), self)
        form.addRow(role_label, role_box)

        self.region_combo = QComboBox(self)
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setPlaceholderText(self.tr("Choose a region…"))
        for choice in regions:
            self.region_combo.addItem(f"{choice.code} {choice.name}", choice.code)
        self.region_combo.setCurrentIndex(-1)
        self.region_error = _error_label(self)
        region_label = QLabel(self.tr("R&egion:"), self)
        region_label.setBuddy(self.region_combo)
        form.addRow(region_label, _with_error(self.region_combo, self.region_error, self))

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the installation"))
        self.name_edit.setPlaceholderText(self.tr("for example “Jämtland regional office”"))
        self.name_edit.setMaxLength(installation.MAX_NAME_LENGTH)
        self.name_error = _error_label(self)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, _with_error(self.name_edit, self.name_error, self))
        # The passphrase that encrypts the database, when it is not encrypted yet.
        self.passphrase: PassphraseFields | None = None
        if ask_passphrase:
            note = paragraph(
                self.tr(
                    "The database is encrypted with a passphrase you choose; it is asked for "
                    "when SOUL Desktop starts, unless this computer remembers it."
                )
                + " "
                + no_recovery_text(),
                self,
            )
            form.addRow(note)
            self.passphrase = PassphraseFields(self, keyring_available=keyring_available)
            self.passphrase.add_to(form, self)
        layout.addLayout(form)

        self.general_error = _error_label(self)
        self.general_error.setMaximumWidth(READABLE_WIDTH)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("&Set up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("Set up"))
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # Editing a field clears its complaint, so an old reason never sits next to a new value.
        self.name_edit.textEdited.connect(lambda _text: self._clear_error(self.name_error))
        self.region_combo.activated.connect(lambda _index: self._clear_error(self.region_error))
        self.code_edit.textEdited.connect(lambda _text: self._clear_error(self.code_error))
        self.name_edit.setFocus()
        self.setMinimumWidth(560)

    # --- the enrolment file --------------------------------------------------------------

    def _add_enrolment_rows(self, form: QFormLayout) -> None:
        form.addRow(
            paragraph(
                self.tr(
                    "If central (or your coordinator, for a workshop leader's laptop) gave you "
                    "an enrolment file, choose it: it sets the role, region and name, and other "
                    "installations accept this one's bundles only when it is enrolled."
                ),
                self,
            )
        )
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.enrolment_edit = QLineEdit(self)
        self.enrolment_edit.setReadOnly(True)
        self.enrolment_edit.setAccessibleName(self.tr("Enrolment file"))
        self.enrolment_edit.setPlaceholderText(self.tr("none: answer below instead"))
        self.enrolment_button = QPushButton(self.tr("C&hoose…"), self)
        self.enrolment_button.setAccessibleName(self.tr("Choose an enrolment file"))
        self.enrolment_button.clicked.connect(self._on_choose_enrolment)
        self.enrolment_clear = QPushButton(self.tr("No file"), self)
        self.enrolment_clear.setAccessibleName(self.tr("Set up without an enrolment file"))
        self.enrolment_clear.clicked.connect(self.clear_enrolment)
        self.enrolment_clear.setEnabled(False)
        row.addWidget(self.enrolment_edit, 1)
        row.addWidget(self.enrolment_button)
        row.addWidget(self.enrolment_clear)
        self.enrolment_error = _error_label(self)
        label = QLabel(self.tr("Enrolment &file:"), self)
        label.setBuddy(self.enrolment_button)
        form.addRow(label, _with_error(box, self.enrolment_error, self))
        self.enrolment_summary = paragraph("", self)
        self.enrolment_summary.setVisible(False)
        form.addRow(self.enrolment_summary)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("One-time code of the enrolment file"))
        self.code_edit.setPlaceholderText(self.tr("for example ABCDE-FGHJK-LMNPQ-RSTUV"))
        self.code_error = _error_label(self)
        self.code_label = QLabel(self.tr("One-time &code:"), self)
        self.code_label.setBuddy(self.code_edit)
        self.code_box = _with_error(self.code_edit, self.code_error, self)
        form.addRow(self.code_label, self.code_box)
        self.code_label.setVisible(False)
        self.code_box.setVisible(False)

    def choose_enrolment_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Enrolment file"),
            "",
            self.tr("Enrolment files (*.enrol *.json);;All files (*)"),
        )
        return path

    @Slot()
    def _on_choose_enrolment(self) -> None:
        path = self.choose_enrolment_file()
        if path:
            self.use_enrolment(path)

    def use_enrolment(self, path: str) -> bool:
        """Read an enrolment file and fill the answers from it; False (with the reason shown)
        when it is not a valid one. Reading it changes nothing: its secret stays sealed."""
        self._clear_error(self.enrolment_error)
        try:
            preview = enrolling.read_enrolment(path)
        except ValidationError as exc:
            self.clear_enrolment()
            self._show_error(self.enrolment_error, "enrolment", refusal_text(exc))
            return False
        self.enrolment, self._enrolment_path = preview, path
        self.enrolment_edit.setText(path)
        self.enrolment_edit.setToolTip(path)
        self.role_buttons[preview.role].setChecked(True)
        self.region_combo.setCurrentIndex(self.region_combo.findData(preview.region_code))
        self.name_edit.setText(preview.name)
        where = f" {preview.region_code}" if preview.region_code else ""
        self.enrolment_summary.setText(
            self.tr(
                "%1, %2%3, enrolled by %4. Central's key fingerprint: %5; compare it with the "
                "one central gives you."
            )
            .replace("%1", preview.name)
            .replace("%2", labels.role_name(preview.role))
            .replace("%3", where)
            .replace("%4", preview.issuer_name)
            .replace("%5", preview.central_fingerprint)
        )
        self._show_enrolment(True)
        self.code_edit.setFocus()
        return True

    @Slot()
    def clear_enrolment(self) -> None:
        """Back to answering by hand."""
        self.enrolment, self._enrolment_path = None, None
        self.enrolment_edit.clear()
        self.enrolment_edit.setToolTip("")
        self.code_edit.clear()
        self._clear_error(self.code_error)
        self._show_enrolment(False)

    def _show_enrolment(self, chosen: bool) -> None:
        self.enrolment_summary.setVisible(chosen)
        self.code_label.setVisible(chosen)
        self.code_box.setVisible(chosen)
        self.enrolment_clear.setEnabled(chosen)
        self._set_busy(self._busy)

    # --- answers -------------------------------------------------------------------------

    def role(self) -> InstallationRole:
        return ROLE_ORDER[self.role_group.checkedId()]

    def region_code(self) -> str | None:
        code = self.region_combo.currentData()
        return code if isinstance(code, str) and self.region_combo.isEnabled() else None

    def name(self) -> str:
        return self.name_edit.text()

    @Slot(int, bool)
    def _on_role_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        central = ROLE_ORDER[button_id] is InstallationRole.CENTRAL
        if central and self.region_combo.isEnabled():
            # Central has no region; remember the choice in case the user changes their mind.
            self._last_region_index = self.region_combo.currentIndex()
            self.region_combo.setCurrentIndex(-1)
            self._clear_error(self.region_error)
        elif not central and not self.region_combo.isEnabled():
            self.region_combo.setCurrentIndex(self._last_region_index)
        self.region_combo.setEnabled(not central)

    # --- submitting ----------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Check the answers; when they hold, create the installation on the worker."""
        if self._busy:
            return
        for label in (
            self.name_error,
            self.region_error,
            self.general_error,
            self.code_error,
            self.enrolment_error,
        ):
            self._clear_error(label)
        if self.passphrase is not None:
            self.passphrase.clear_errors()
        if self._enrolment_path is not None:
            self._submit_enrolment(self._enrolment_path)
            return
        role, region, name = self.role(), self.region_code(), self.name()
        problems = _problems(role, region, name)
        if self.passphrase is not None:
            problems = self.passphrase.problems() + problems
        if problems:
            # Bottom up: the passphrase first, then the name, the region (above it in the form)
            # last: each complaint moves the focus, so it ends on the topmost field that needs
            # attention.
            for problem in problems:
                self._show_validation_error(problem)
            return
        self._set_busy(True)
        if self.passphrase is None:
            job = self._worker.submit(_set_up, self._database, role, region, name)
        else:
            job = self._worker.submit(
                _set_up,
                self._database,
                role,
                region,
                name,
                self.passphrase.passphrase(),
                self.passphrase.repeated(),
            )
        job.succeeded.connect(self._on_created)
        job.failed.connect(self._on_failed)

    def _submit_enrolment(self, path: str) -> None:
        code = self.code_edit.text().strip()
        problems: list[ValidationError] = []
        if self.passphrase is not None:
            problems = self.passphrase.problems()
        if not code:
            problems.append(
                ValidationError(
                    "type the one-time code that came with the enrolment file",
                    field="code",
                    code="enrolment_file.code_required",
                )
            )
        if problems:
            for problem in problems:
                self._show_validation_error(problem)
            return
        self._set_busy(True)
        job = self._worker.submit(
            enrolling.initialise_from_enrolment,
            self._database,
            path,
            code,
            passphrase=None if self.passphrase is None else self.passphrase.passphrase(),
            repeated=None if self.passphrase is None else self.passphrase.repeated(),
        )
        job.succeeded.connect(self._on_created)
        job.failed.connect(self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # An enrolment file sets role, region and name: they are shown, not asked.
        by_hand = not busy and self.enrolment is None
        self.ok_button.setEnabled(not busy)
        for widget in (self.name_edit, *self.role_buttons.values()):
            widget.setEnabled(by_hand)
        self.region_combo.setEnabled(by_hand and self.role() is not InstallationRole.CENTRAL)
        for widget in (self.enrolment_button, self.code_edit):
            widget.setEnabled(not busy)
        self.enrolment_clear.setEnabled(not busy and self.enrolment is not None)
        if self.passphrase is not None:
            self.passphrase.set_enabled(not busy)

    @Slot(object)
    def _on_created(self, info: InstallationInfo) -> None:
        self.created = info
        if self.passphrase is not None and self.passphrase.remember():
            # Set up and encrypted: now the keyring, whose refusal changes nothing of that.
            job = self._worker.submit(
                keyring_store.remember, self._database, self.passphrase.passphrase()
            )
            job.succeeded.connect(lambda _result: self._finish())
            job.failed.connect(self._on_keyring_failed)
            return
        self._finish()

    @Slot(object)
    def _on_keyring_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not remembered"),
            self.tr(
                "The installation is set up and its database encrypted, but the passphrase "
                "could not be remembered: %1 It will be asked for at the next start."
            ).replace("%1", passphrase_problem_text(exc)),
        )
        self._finish()

    def _finish(self) -> None:
        self._set_busy(False)
        assert self.created is not None
        self.installationCreated.emit(self.created)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self._show_validation_error(exc)
            return
        message = self.tr("Nothing was saved: %1").replace("%1", passphrase_problem_text(exc))
        self._show_error(self.general_error, "", message)

    def _show_validation_error(self, exc: ValidationError) -> None:
        """Put the reason, in the interface language, next to its field."""
        if self.passphrase is not None and self.passphrase.show_problem(exc):
            self.validationFailed.emit(exc.field or "", passphrase_problem_text(exc))
            return
        message = refusal_text(exc)
        if exc.field == "code" or exc.code == "enrolment_file.wrong_code":
            self._show_error(self.code_error, "code", message)
            self.code_edit.setFocus()
        elif exc.code is not None and exc.code.startswith("enrolment_file."):
            self._show_error(self.enrolment_error, "enrolment", message)
            self.enrolment_button.setFocus()
        elif exc.field == "name":
            self._show_error(self.name_error, "name", message)
            self.name_edit.setFocus()
        elif exc.field == "region":
            self._show_error(self.region_error, "region", message)
            self.region_combo.setFocus()
        else:
            self._show_error(self.general_error, "", message)

    def _show_error(self, label: QLabel, field: str, message: str) -> None:
        label.setText(message)
        label.setAccessibleName(message)
        label.setVisible(True)
        # A screen reader announces the description along with the focused field.
        if field == "name":
            self.name_edit.setAccessibleDescription(message)
        elif field == "region":
            self.region_combo.setAccessibleDescription(message)
        elif field == "code":
            self.code_edit.setAccessibleDescription(message)
        self.validationFailed.emit(field, message)

    def _clear_error(self, label: QLabel) -> None:
        label.clear()
        label.setVisible(False)
        if label is self.name_error:
            self.name_edit.setAccessibleDescription("")
        elif label is self.region_error:
            self.region_combo.setAccessibleDescription("")
        elif label is self.code_error:
            self.code_edit.setAccessibleDescription("")

    @Slot()
    def reject(self) -> None:
        # While the installation is being written, closing would leave its outcome unknown.
        if not self._busy:
            super().reject()


def _set_up(
    database: Database,
    role: InstallationRole,
    region: str | None,
    name: str,
    passphrase: str | None = None,
    repeated: str | None = None,
) -> InstallationInfo:
    """Set up by hand (encrypting first when a passphrase is given), then the installation's
    key pairs (a central one becomes the programme's root of trust). Runs on the worker."""
    if passphrase is None:
        info = installation.initialise(database, role, region, name)
    else:
        info = encryption.initialise_installation(
            database, role, region, name, passphrase, repeated
        )
    enrolling.ensure_identity(database)
    return info


def _problems(role: InstallationRole, region: str | None, name: str) -> list[ValidationError]:
    """Every complaint the service has about the answers, so all of them show at once."""
    try:
        installation.validate(role, region, name)
    except ValidationError as exc:
        if exc.field != "name":
            return [exc]
        problems = [exc]
    else:
        return []
    # The service stops at the first bad field, and checks the name first: ask again with a
    # stand-in name to hear about the region too.
    try:
        installation.validate(role, region, "stand-in")
    except ValidationError as exc:
        problems.append(exc)
    return problems


def _with_error(field: QWidget, error: QLabel, parent: QWidget) -> QWidget:
    """The field with its complaint right below; a hidden complaint takes no room."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    set_error_colour(label)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setVisible(False)
    return label
