"""A person's GDPR rights on the participants page: export the register extract, erase the data.

Both run on the worker. Erasure is deliberately not an Edit: it cannot be undone (undo would
have to write the erased data back, which the erasure exists to prevent, and the erasure may
already have travelled on in a bundle), so it asks for a plain confirmation and a reason
instead, and leaves the undo history as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.gdpr import ErasureResult
from soul_desktop.domain.people import PersonRecord
from soul_desktop.reports.person_record import check_format, export_record
from soul_desktop.services import gdpr
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.people_forms import ErrorLabel
from soul_desktop.ui.refusals import refusal_text


def export_extract(database: object, person_id: str, path: str) -> str:
    """The worker's whole job for an export: gather the record, write the file."""
    record = gdpr.person_record(database, person_id)  # type: ignore[arg-type]
    export_record(record, path)
    return path


class EraseConfirmation(QDialog):
    """Says plainly what an erasure removes and keeps, that it travels and is final; asks why."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setAccessibleName(self.tr("Erase the personal data of %1").replace("%1", name))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        question = QLabel(self.tr("Erase the personal data of %1?").replace("%1", name), self)
        font = question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        question.setFont(font)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        layout.addWidget(question)

        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            "\n\n".join(
                [
                    self.tr(
                        "Erased: the name (shown as “Raderad person” from now on), "
                        "personnummer, e-mail, phone, birth year, organisation, municipality, "
                        "employment, education, disability, accessibility needs and consent "
                        "date; notes on the person's attendance and enrolments; the name on "
                        "network boards. Also in duplicates merged into this person."
                    ),
                    self.tr(
                        "Kept: gender, role in the organisation and region, and the enrolments "
                        "and attendance themselves (statuses and hours), so that the "
                        "programme's figures stay the same."
                    ),
                    self.tr(
                        "The erasure goes to the other installations with the next bundle, "
                        "and no older bundle can bring the data back. It cannot be undone. "
                        "If the person asked for a register extract, export it first."
                    ),
                ]
            )
        )
        self.explanation.setAccessibleName(self.tr("What the erasure does"))
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)

        reason_label = QLabel(self.tr("&Reason (kept in the erasure log):"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.reason.setPlaceholderText(self.tr("e.g. the person's request of 28 November"))
        self.reason.setMaxLength(gdpr.MAX_REASON_LENGTH)
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)

        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase personal data"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase personal data"))
        # The safe choice is the default: Return in the dialog does not erase by accident.
        self.erase_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._reason_changed)
        self._reason_changed(self.reason.text())
        self.reason.setFocus()

    def _reason_changed(self, text: str) -> None:
        self.erase_button.setEnabled(bool(text.strip()))

    def reason_text(self) -> str:
        return self.reason.text().strip()


class PersonRightsBar(QWidget):
    """The two actions under a person's name, with a line saying how the last one went."""

    erased = Signal(object)  # ErasureResult
    exported = Signal(str)  # the file written
    failed = Signal(str)  # the message shown

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: PersonRecord | None = None
        self.dialog: EraseConfirmation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport register extract…"), self)
        self.export_button.setAccessibleName(self.tr("Export register extract"))
        self.export_button.setToolTip(
            self.tr("Everything this installation holds about the person, as PDF or JSON")
        )
        self.erase_button = QPushButton(self.tr("Erase personal d&ata…"), self)
        self.erase_button.setAccessibleName(self.tr("Erase personal data"))
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.message = ErrorLabel(self.tr("Register extract or erasure"), self)
        layout.addWidget(self.message)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.ask_erase)
        self.set_person(None)

    def set_person(self, record: PersonRecord | None, *, keep_status: bool = False) -> None:
        """Show the actions for `record`; `keep_status` keeps the last outcome on screen."""
        self._record = record
        if not keep_status:
            self.status.hide()
            self.message.show_message("")
        self.export_button.setEnabled(record is not None)
        erased = record is not None and record.erased_at is not None
        self.erase_button.setEnabled(record is not None and not erased)
        self.erase_button.setToolTip(
            self.tr("This person's data has already been erased") if erased else ""
        )

    def _say(self, text: str) -> None:
        self.message.show_message("")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _fail(self, exc: Exception) -> None:
        text = refusal_text(exc)
        self.status.hide()
        self.message.show_message(text)
        self.failed.emit(text)

    # -- export -------------------------------------------------------------------------------
    def ask_export_path(self, suggestion: str) -> str:
        """The file to write, from a save dialog; "" when the user cancels. (Tests replace it.)"""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export register extract"),
            suggestion,
            self.tr("PDF document (*.pdf);;JSON data (*.json)"),
        )
        return path

    def export(self) -> None:
        record = self._record
        if record is None:
            return
        suggestion = str(Path.home() / f"Registerutdrag {record.full_name}.pdf")
        path = self.ask_export_path(suggestion)
        if not path:
            return
        try:
            check_format(path)
        except ValidationError as exc:
            self._fail(exc)
            return
        self._say(self.tr("Writing the register extract…"))
        self.export_button.setEnabled(False)
        job = self._context.worker.submit(export_extract, self._context.database, record.id, path)
        job.succeeded.connect(self._exported)
        job.failed.connect(self._export_failed)

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(self._record is not None)
        self._say(self.tr("Register extract saved to %1.").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(self._record is not None)
        self._fail(exc)

    # -- erasure ------------------------------------------------------------------------------
    def ask_erase(self) -> None:
        record = self._record
        if record is None or record.erased_at is not None:
            return
        dialog = EraseConfirmation(record.full_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._erase(record.id, dialog.reason_text()))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _erase(self, person_id: str, reason: str) -> None:
        # Straight to the worker, not through context.edits: see the module's docstring.
        self.erase_button.setEnabled(False)
        self._say(self.tr("Erasing…"))
        job = self._context.worker.submit(
            gdpr.erase_person, self._context.database, person_id, reason=reason
        )
        job.succeeded.connect(self._erased)
        job.failed.connect(self._erase_failed)

    def _erased(self, result: ErasureResult) -> None:
        self._say(
            self.tr(
                "The personal data was erased. It reaches the other installations with the "
                "next bundle."
            )
        )
        self.erased.emit(result)

    def _erase_failed(self, exc: Exception) -> None:
        self.erase_button.setEnabled(self._record is not None and self._record.erased_at is None)
        self._fail(exc)
