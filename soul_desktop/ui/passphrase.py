"""Passphrases in the interface: the fields for a new one, their wording, the unlock dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.encryption import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from soul_desktop.domain.errors import SoulError, ValidationError, WrongPassphraseError
from soul_desktop.services import keyring_store, setup
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.pages.common import READABLE_WIDTH, heading, paragraph
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    # Opaque handles from services.setup; the interface only hands them back to services.
    from soul_desktop.services.setup import DatabaseLocation, OpenedDatabase

# Dark red reads on the light system palettes; the text itself, not only the colour, says why.
PATH_WIDTH = 440


def passphrase_problem_text(exc: BaseException) -> str:
    """A refusal about a passphrase or an encrypted database, in the interface language."""
    code = getattr(exc, "code", None)
    if code == "passphrase.empty":
        return QCoreApplication.translate("Passphrase", "Type a passphrase.")
    if code == "passphrase.too_short":
        return QCoreApplication.translate(
            "Passphrase", "The passphrase must be at least %1 characters long."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    if code == "passphrase.control_character":
        return QCoreApplication.translate(
            "Passphrase", "The passphrase cannot hold tabs or line breaks."
        )
    if code == "passphrase.mismatch":
        return QCoreApplication.translate(
            "Passphrase", "The two passphrases differ. Type the same passphrase twice."
        )
    if code == "passphrase.unchanged":
        return QCoreApplication.translate(
            "Passphrase", "The new passphrase is the same as the current one."
        )
    if code == "database.wrong_passphrase":
        return QCoreApplication.translate(
            "Passphrase", "That passphrase does not open this database. Try again."
        )
    if code == "database.in_use":
        return QCoreApplication.translate(
            "Passphrase",
            "The database is open in another program (another SOUL Desktop window?). "
            "Close it and try again. Nothing was changed.",
        )
    if code == "keyring.failed":
        return QCoreApplication.translate(
            "Passphrase", "This computer's keyring could not store the passphrase."
        )
    return refusal_text(exc)


def no_recovery_text() -> str:
    """The warning every place that sets a passphrase shows, in the same words."""
    return QCoreApplication.translate(
        "Passphrase",
        "Nobody can recover a forgotten passphrase, not even SOUL's staff: without it, the "
        "data in this database is lost for good. Write it down and keep it somewhere safe.",
    )


def error_label(parent: QWidget) -> QLabel:
    """A hidden complaint label: bold dark red, wrapped, announced by its text."""
    label = QLabel(parent)
    set_error_colour(label)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setVisible(False)
    return label


def with_error(field: QWidget, error: QLabel, parent: QWidget) -> QWidget:
    """The field with its complaint right below; a hidden complaint takes no room."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def password_edit(accessible_name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    # No input method suggestions or predictive text for a secret.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


def remember_checkbox(keyring_available: bool, parent: QWidget) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("Passphrase", "&Remember on this computer"), parent)
    box.setAccessibleName(QCoreApplication.translate("Passphrase", "Remember on this computer"))
    if keyring_available:
        box.setToolTip(
            QCoreApplication.translate(
                "Passphrase",
                "Kept in this computer's keyring; SOUL Desktop then opens without asking. "
                "Anyone who can log in as you can then open the data.",
            )
        )
    else:
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                "Passphrase", "This computer has no keyring to keep the passphrase in."
            )
        )
    box.setAccessibleDescription(box.toolTip())
    return box


class PassphraseFields(QObject):
    """A new passphrase typed twice, with the rule and the warning, and why it is refused.

    The fields are laid out in the caller's form (`add_to`), so they line up with its other
    fields; `problems()` checks them with the same rule the services apply.
    """

    def __init__(self, parent: QWidget, *, keyring_available: bool = False) -> None:
        # Not a widget: the fields belong to the caller's form, so they line up with its own.
        super().__init__(parent)
        self._keyring_available = keyring_available
        self.passphrase_edit = password_edit(self.tr("New passphrase"), parent)
        self.passphrase_edit.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        self.passphrase_error = error_label(parent)
        self.repeat_edit = password_edit(self.tr("Repeat the new passphrase"), parent)
        self.repeat_error = error_label(parent)
        self.show_box = QCheckBox(self.tr("S&how the characters"), parent)
        self.show_box.setAccessibleName(self.tr("Show the characters of the passphrase"))
        self.show_box.toggled.connect(self._on_show_toggled)
        self.remember_box = remember_checkbox(keyring_available, parent)
        self.passphrase_edit.textEdited.connect(lambda _t: self.clear_errors())
        self.repeat_edit.textEdited.connect(lambda _t: self._clear(self.repeat_error))

    def add_to(self, form: QFormLayout, parent: QWidget, *, replacing: bool = False) -> None:
        """The rows of the fields; `replacing` labels them as the new passphrase."""
        text = self.tr("&New passphrase:") if replacing else self.tr("&Passphrase:")
        label = QLabel(text, parent)
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, with_error(self.passphrase_edit, self.passphrase_error, parent))
        label = QLabel(self.tr("Rep&eat it:"), parent)
        label.setBuddy(self.repeat_edit)
        form.addRow(label, with_error(self.repeat_edit, self.repeat_error, parent))
        form.addRow("", self.show_box)
        form.addRow("", self.remember_box)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def repeated(self) -> str:
        return self.repeat_edit.text()

    def remember(self) -> bool:
        return self._keyring_available and self.remember_box.isChecked()

    def problems(self, current: str | None = None) -> list[ValidationError]:
        try:
            check_new_passphrase(self.passphrase(), self.repeated(), current=current)
        except ValidationError as exc:
            return [exc]
        return []

    def show_problem(self, exc: ValidationError) -> bool:
        """Show a refusal at its field; False when it is not about these fields."""
        if exc.field == "repeat":
            label, edit = self.repeat_error, self.repeat_edit
        elif exc.field == "passphrase":
            label, edit = self.passphrase_error, self.passphrase_edit
        else:
            return False
        message = passphrase_problem_text(exc)
        label.setText(message)
        label.setAccessibleName(message)
        label.setVisible(True)
        edit.setAccessibleDescription(message)
        edit.setFocus()
        edit.selectAll()
        return True

    def clear_errors(self) -> None:
        self._clear(self.passphrase_error)
        self._clear(self.repeat_error)

    def _clear(self, label: QLabel) -> None:
        label.clear()
        label.setVisible(False)
        edit = self.passphrase_edit if label is self.passphrase_error else self.repeat_edit
        edit.setAccessibleDescription("")

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.passphrase_edit, self.repeat_edit, self.show_box):
            widget.setEnabled(enabled)
        self.remember_box.setEnabled(enabled and self._keyring_available)

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)


class UnlockDialog(QDialog):
    """Asks for an encrypted database's passphrase at start; stays until it opens or Quit.

    The database is opened on the worker (the key derivation and any upgrade take a moment);
    a wrong passphrase says so and the field is ready for another try. With "Remember on
    this computer", the passphrase goes to the keyring once it has opened the database.
    """

    unlocked = Signal(object)  # OpenedDatabase
    unlockFailed = Signal(str)  # the message shown

    def __init__(
        self,
        worker: Worker,
        location: DatabaseLocation,
        database_text: str,
        *,
        message: str = "",
        keyring_available: bool = False,
        forget_remembered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._location = location
        # The remembered passphrase did not open it: unless asked to remember the new one,
        # the stale entry goes.
        self._forget_remembered = forget_remembered
        self._keyring_available = keyring_available
        self._busy = False
        self.opened: OpenedDatabase | None = None
        self.setWindowTitle(self.tr("Unlock the database"))
        self.setAccessibleName(self.tr("Unlock the database"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("This database is encrypted"), self))
        layout.addWidget(paragraph(self.tr("Type its passphrase to open it."), self))
        shown_path = self.fontMetrics().elidedText(
            database_text, Qt.TextElideMode.ElideMiddle, PATH_WIDTH
        )
        where = paragraph(self.tr("Database: %1").replace("%1", shown_path), self)
        where.setToolTip(database_text)
        where.setAccessibleDescription(database_text)
        layout.addWidget(where)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_edit = password_edit(self.tr("Passphrase"), self)
        self.error_label = error_label(self)
        self.error_label.setMaximumWidth(READABLE_WIDTH)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, with_error(self.passphrase_edit, self.error_label, self))
        self.show_box = QCheckBox(self.tr("S&how the characters"), self)
        self.show_box.setAccessibleName(self.tr("Show the characters of the passphrase"))
        self.show_box.toggled.connect(
            lambda shown: self.passphrase_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        form.addRow("", self.show_box)
        self.remember_box = remember_checkbox(keyring_available, self)
        form.addRow("", self.remember_box)
        layout.addLayout(form)

        self.busy_label = paragraph(self.tr("Opening the database…"), self)
        self.busy_label.setVisible(False)
        layout.addWidget(self.busy_label)
        warning = paragraph(no_recovery_text(), self)
        layout.addWidget(warning)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("Unlock"))
        self.ok_button.setDefault(True)
        self.quit_button: QPushButton = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.passphrase_edit.textEdited.connect(lambda _text: self._clear_error())
        if message:
            self._show_error(message)
        self.passphrase_edit.setFocus()
        self.setMinimumWidth(520)

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase."))
            return
        self._clear_error()
        self._set_busy(True)
        job = self._worker.submit(
            setup.open_application_database,
            self._location,
            create=False,
            passphrase=passphrase,
        )
        job.succeeded.connect(lambda opened: self._on_opened(opened, passphrase))
        job.failed.connect(self._on_failed)

    def _on_opened(self, opened: OpenedDatabase, passphrase: str) -> None:
        self.opened = opened
        if self._keyring_available and self.remember_box.isChecked():
            job = self._worker.submit(keyring_store.remember, self._location, passphrase)
        elif self._forget_remembered:
            job = self._worker.submit(keyring_store.forget, self._location)
        else:
            self._finish()
            return
        job.succeeded.connect(lambda _result: self._finish())
        job.failed.connect(self._on_keyring_failed)

    @Slot(object)
    def _on_keyring_failed(self, exc: BaseException) -> None:
        # The database is open: say what the keyring refused, and go on.
        QMessageBox.warning(
            self,
            self.tr("Not remembered"),
            self.tr(
                "The passphrase could not be remembered: %1 It will be asked for again."
            ).replace("%1", passphrase_problem_text(exc)),
        )
        self._finish()

    def _finish(self) -> None:
        self._set_busy(False)
        assert self.opened is not None
        self.unlocked.emit(self.opened)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            message = passphrase_problem_text(exc)
        elif isinstance(exc, SoulError):
            message = self.tr("The database could not be opened: %1").replace(
                "%1", passphrase_problem_text(exc)
            )
        else:
            message = refusal_text(exc)
        self._show_error(message)
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setAccessibleName(message)
        self.error_label.setVisible(True)
        self.passphrase_edit.setAccessibleDescription(message)
        self.unlockFailed.emit(message)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)
        self.passphrase_edit.setAccessibleDescription("")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        for widget in (self.passphrase_edit, self.ok_button, self.show_box):
            widget.setEnabled(not busy)
        self.remember_box.setEnabled(not busy and self._keyring_available)

    @Slot()
    def reject(self) -> None:
        # While the database is being opened, closing would leave its outcome unknown.
        if not self._busy:
            super().reject()
