"""The settings page's encryption section: its state, a new passphrase, encrypting, forgetting.

None of these is an undoable edit of the data: each is one service call on the worker, and
the section asks the services for the state again afterwards.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.encryption import EncryptionOutcome, EncryptionState
from soul_desktop.domain.errors import ValidationError, WrongPassphraseError
from soul_desktop.services import encryption, keyring_store
from soul_desktop.ui.pages.common import READABLE_WIDTH, heading, paragraph
from soul_desktop.ui.passphrase import (
    PassphraseFields,
    error_label,
    no_recovery_text,
    passphrase_problem_text,
    password_edit,
    with_error,
)
from soul_desktop.ui.worker import Worker

QWIDGETSIZE_MAX = 16_777_215

if TYPE_CHECKING:
    # An opaque handle from services.setup; the interface only hands it back to services.
    from soul_desktop.services.setup import Database


class _PassphraseDialog(QDialog):
    """What the change and the encrypt dialogs share: the form, the buttons, busy, errors."""

    finished_ok = Signal(object)  # the service call's result

    def __init__(
        self,
        worker: Worker,
        database: Database,
        title: str,
        *,
        keyring_available: bool,
        remembered: bool,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._database = database
        self._busy = False
        self._remembered = remembered
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 16)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(heading(title, self))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = PassphraseFields(self, keyring_available=keyring_available)
        self.fields.remember_box.setChecked(remembered)
        self.general_error = error_label(self)
        self.general_error.setMaximumWidth(READABLE_WIDTH)
        self.busy_label = paragraph(
            self.tr("Working… this can take a while on a large database."), self
        )
        self.busy_label.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            title, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(title)
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(540)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(paragraph(no_recovery_text(), self))
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    @Slot()
    def submit(self) -> None:
        raise NotImplementedError

    def run(self, function: object, *args: object) -> None:
        self._set_busy(True)
        job = self._worker.submit(function, *args)  # type: ignore[arg-type]
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.result_value = result
        remember = self.fields.remember()
        if remember or self._remembered:
            # The keyring follows the checkbox: the new passphrase, or none at all.
            if remember:
                job = self._worker.submit(
                    keyring_store.remember, self._database, self.fields.passphrase()
                )
            else:
                job = self._worker.submit(keyring_store.forget, self._database)
            job.succeeded.connect(lambda _r: self._finish())
            job.failed.connect(self._on_keyring_failed)
            return
        self._finish()

    @Slot(object)
    def _on_keyring_failed(self, exc: BaseException) -> None:
        self.result_value = (self.result_value, passphrase_problem_text(exc))
        self._finish()

    def _finish(self) -> None:
        self._set_busy(False)
        self.finished_ok.emit(self.result_value)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError) and self.fields.show_problem(exc):
            return
        self.show_general_error(passphrase_problem_text(exc))

    def show_general_error(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setAccessibleName(message)
        self.general_error.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        self.fields.set_enabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    @Slot()
    def reject(self) -> None:
        # The file is being rewritten: it cannot be stopped half-way, so the dialog waits.
        if not self._busy:
            super().reject()


class ChangePassphraseDialog(_PassphraseDialog):
    """The current passphrase once, the new one twice; SQLCipher then re-encrypts every page."""

    def __init__(
        self,
        worker: Worker,
        database: Database,
        *,
        keyring_available: bool,
        remembered: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker,
            database,
            self.tr("Change passphrase"),
            keyring_available=keyring_available,
            remembered=remembered,
            parent=parent,
        )
        self.current_edit = password_edit(self.tr("Current passphrase"), self)
        self.current_error = error_label(self)
        label = QLabel(self.tr("C&urrent passphrase:"), self)
        label.setBuddy(self.current_edit)
        self.form.addRow(label, with_error(self.current_edit, self.current_error, self))
        self.fields.add_to(self.form, self, replacing=True)
        self.current_edit.textEdited.connect(lambda _t: self._clear_current_error())
        self.finish_layout()
        # The current passphrase was made last (the shared fields come from the base class);
        # Tab still goes down the form in reading order.
        chain = (
            self.current_edit,
            self.fields.passphrase_edit,
            self.fields.repeat_edit,
            self.fields.show_box,
            self.fields.remember_box,
            self.ok_button,
            self.cancel_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.current_edit.setFocus()

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        self.fields.clear_errors()
        self._clear_current_error()
        self.general_error.setVisible(False)
        current = self.current_edit.text()
        if not current:
            self._show_current_error(self.tr("Type the current passphrase."))
            return
        problems = self.fields.problems(current=current)
        if problems:
            self.fields.show_problem(problems[0])
            return
        self.run(
            encryption.change_passphrase,
            self._database,
            current,
            self.fields.passphrase(),
            self.fields.repeated(),
        )

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError):
            self._set_busy(False)
            self._show_current_error(
                self.tr("This is not the current passphrase. Nothing was changed.")
            )
            return
        super()._on_failed(exc)

    def _show_current_error(self, message: str) -> None:
        self.current_error.setText(message)
        self.current_error.setAccessibleName(message)
        self.current_error.setVisible(True)
        self.current_edit.setAccessibleDescription(message)
        self.current_edit.setFocus()
        self.current_edit.selectAll()

    def _clear_current_error(self) -> None:
        self.current_error.setVisible(False)
        self.current_edit.setAccessibleDescription("")


class EncryptDialog(_PassphraseDialog):
    """Encrypt the unencrypted database in place, after saying how it is done."""

    def __init__(
        self,
        worker: Worker,
        database: Database,
        *,
        keyring_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker,
            database,
            self.tr("Encrypt the database"),
            keyring_available=keyring_available,
            remembered=False,
            parent=parent,
        )
        self.layout_.addWidget(
            paragraph(
                self.tr(
                    "SOUL Desktop first copies the database as it is, then writes an encrypted "
                    "copy next to it, checks that copy row by row and only then puts it in the "
                    "place of the original. If anything goes wrong on the way, the original "
                    "stays as it was. The unencrypted copy is deleted at the end. Other "
                    "programs using this database must be closed first."
                ),
                self,
            )
        )
        self.fields.add_to(self.form, self)
        self.finish_layout()
        self.fields.passphrase_edit.setFocus()

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        self.fields.clear_errors()
        self.general_error.setVisible(False)
        problems = self.fields.problems()
        if problems:
            self.fields.show_problem(problems[0])
            return
        self.run(
            encryption.encrypt, self._database, self.fields.passphrase(), self.fields.repeated()
        )


class EncryptionSection(QGroupBox):
    """Whether the database is encrypted, and the actions that fit its state."""

    stateShown = Signal(object)  # EncryptionState, once the section shows it
    messageShown = Signal(str)  # the outcome of an action, as shown

    def __init__(self, worker: Worker, database: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Encryption"), parent)
        self._worker = worker
        self._database = database
        self.state: EncryptionState | None = None
        self.setAccessibleName(self.tr("Encryption"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.state_label = paragraph("", self)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_label = paragraph("", self)
        self.warning_label = paragraph(no_recovery_text(), self)
        for label in (self.state_label, self.keyring_label, self.warning_label):
            # The layout asks a wrapped label its height for the box's whole width, so a
            # narrower label (paragraph's reading width) would be cut off after a line.
            label.setMaximumWidth(QWIDGETSIZE_MAX)
            layout.addWidget(label)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.change_button = QPushButton(self.tr("&Change passphrase…"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.encrypt_button = QPushButton(self.tr("&Encrypt this database…"), self)
        self.encrypt_button.setAccessibleName(self.tr("Encrypt this database"))
        self.forget_button = QPushButton(self.tr("&Forget the remembered passphrase"), self)
        self.forget_button.setAccessibleName(self.tr("Forget the remembered passphrase"))
        for button in (self.change_button, self.encrypt_button, self.forget_button):
            button.setVisible(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message_label = paragraph("", self)
        self.message_label.setMaximumWidth(QWIDGETSIZE_MAX)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)

        self.change_button.clicked.connect(self.open_change_dialog)
        self.encrypt_button.clicked.connect(self.open_encrypt_dialog)
        self.forget_button.clicked.connect(self.forget)
        self._asked = False

    def showEvent(self, event: QShowEvent) -> None:
        # Asked when first shown, not at start-up: the keyring may take a moment to answer.
        if not self._asked:
            self._asked = True
            self.refresh()
        super().showEvent(event)

    @Slot()
    def refresh(self) -> None:
        job = self._worker.submit(encryption.state, self._database)
        job.succeeded.connect(self._show_state)
        job.failed.connect(lambda exc: self._show_message(passphrase_problem_text(exc)))

    @Slot(object)
    def _show_state(self, state: EncryptionState) -> None:
        self.state = state
        if not state.applies:
            text = self.tr(
                "This is a PostgreSQL database: the database server's own access control "
                "protects it, and SOUL Desktop does not encrypt it."
            )
        elif state.encrypted:
            text = self.tr(
                "The database file is encrypted (SQLCipher, AES-256). It opens only with its "
                "passphrase."
            )
        else:
            text = self.tr(
                "The database file is not encrypted: anyone who gets hold of the file, or of "
                "this computer, can read everything in it."
            )
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        if state.encrypted:
            keyring_text = (
                self.tr("This computer remembers the passphrase (in its keyring).")
                if state.remembered
                else self.tr("The passphrase is asked for at every start.")
            )
        else:
            keyring_text = ""
        self.keyring_label.setText(keyring_text)
        self.keyring_label.setAccessibleName(keyring_text)
        self.keyring_label.setVisible(bool(keyring_text))
        self.warning_label.setVisible(state.applies)
        self.change_button.setVisible(state.encrypted)
        self.forget_button.setVisible(state.encrypted and state.remembered)
        self.encrypt_button.setVisible(state.applies and not state.encrypted)
        self.stateShown.emit(state)

    def _keyring_available(self) -> bool:
        return bool(self.state and self.state.keyring_available)

    @Slot()
    def open_change_dialog(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(
            self._worker,
            self._database,
            keyring_available=self._keyring_available(),
            remembered=bool(self.state and self.state.remembered),
            parent=self,
        )
        dialog.finished_ok.connect(self._on_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def open_encrypt_dialog(self) -> EncryptDialog:
        dialog = EncryptDialog(
            self._worker, self._database, keyring_available=self._keyring_available(), parent=self
        )
        dialog.finished_ok.connect(self._on_encrypted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_changed(self, result: object) -> None:
        message = self.tr("The passphrase was changed.")
        self._show_message(self._with_keyring_problem(message, result))
        self.refresh()

    @Slot(object)
    def _on_encrypted(self, result: object) -> None:
        outcome = result[0] if isinstance(result, tuple) else result
        message = self.tr("The database is now encrypted.")
        if isinstance(outcome, EncryptionOutcome) and outcome.unencrypted_backups:
            names = "\n".join(str(path) for path in outcome.unencrypted_backups)
            message += (
                " "
                + self.tr(
                    "These older backups next to it are not encrypted; delete them, or keep them "
                    "somewhere safe:"
                )
                + "\n"
                + names
            )
        self._show_message(self._with_keyring_problem(message, result))
        self.refresh()

    def _with_keyring_problem(self, message: str, result: object) -> str:
        """The outcome's message, with what the keyring refused (a dialog's (result, problem))."""
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], str):
            problem = self.tr("The passphrase could not be remembered: %1")
            return message + " " + problem.replace("%1", result[1])
        return message

    @Slot()
    def forget(self) -> None:
        self.forget_button.setEnabled(False)
        job = self._worker.submit(keyring_store.forget, self._database)
        job.succeeded.connect(self._on_forgotten)
        job.failed.connect(self._on_forget_failed)

    @Slot(object)
    def _on_forgotten(self, _removed: object) -> None:
        self.forget_button.setEnabled(True)
        self._show_message(
            self.tr(
                "This computer no longer remembers the passphrase; it is asked for at the "
                "next start."
            )
        )
        self.refresh()

    @Slot(object)
    def _on_forget_failed(self, exc: BaseException) -> None:
        self.forget_button.setEnabled(True)
        self._show_message(passphrase_problem_text(exc))

    def _show_message(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setAccessibleName(message)
        self.message_label.setVisible(True)
        self.messageShown.emit(message)
