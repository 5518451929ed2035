"""The Sync page: check and import bundles, the import history, export and receipts."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.sync.bundle import Manifest
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import APPLIED, DRY_RUN
from soul_desktop.sync.receipts import Receipt, apply_receipt, write_receipt
from soul_desktop.ui.conflict_review import ConflictReviewPanel
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.duplicate_review import DuplicateReviewPanel
from soul_desktop.ui.models.sync import (
    CANCELLED,
    BundleCheck,
    HistoryModel,
    PreviewModel,
    SyncOverview,
    check_bundle,
    import_checked,
    installation_text,
    load_overview,
    reason_text,
)
from soul_desktop.ui.pages.common import heading, page_layout, paragraph, value_label
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView

BUNDLE_SUFFIX = ".soulbundle"
TAB_IMPORT, TAB_HISTORY, TAB_EXPORT, TAB_CONFLICTS, TAB_DUPLICATES = 0, 1, 2, 3, 4


def _import_one(database: Any, check: BundleCheck, receipt_folder: str | None) -> BundleCheck:
    # One bundle and its receipt in one worker call: the receipt exists only for an applied one.
    done = import_checked(database, check)
    if receipt_folder and done.summary.outcome == APPLIED and done.summary.bundle_id:
        target = Path(receipt_folder) / f"{done.summary.bundle_id}.receipt.json"
        write_receipt(database, done.summary, target)
    return done


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError) and exc.code:
        return reason_text(exc.code, str(exc))
    return refusal_text(exc)


class SyncPage(QWidget):
    """Three tabs: Import (dry run, apply with progress and cancel), History, Export."""

    checked = Signal()  # the dry runs of the chosen files are shown
    applied = Signal()  # the imports have finished (or stopped after a cancel)
    history_loaded = Signal()
    exported = Signal(object)  # the Manifest written
    receipt_applied = Signal(object)  # the Receipt
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._checks: list[BundleCheck] = []
        self._queue: list[int] = []
        self._cancel = False
        self._receipt_folder: str | None = None
        self._known_ids: set[str] = set()
        self.setAcceptDrops(True)

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Sync"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sync sections"))
        self.tabs.addTab(self._build_import(), self.tr("Import"))
        self.tabs.addTab(self._build_history(), self.tr("History"))
        self.tabs.addTab(self._build_export(), self.tr("Export"))
        self.conflicts = ConflictReviewPanel(context, self.tabs)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.conflicts.loaded.connect(self._on_conflicts_loaded)
        self.applied.connect(self.conflicts.refresh)
        # Where the regions' files meet, persons registered twice are found and merged; a
        # leader's laptop may not merge (the service refuses it), so it has no such tab.
        self.duplicates: DuplicateReviewPanel | None = None
        if context.installation.role != InstallationRole.LEADER:
            self.duplicates = DuplicateReviewPanel(context, self.tabs)
            self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
            self.applied.connect(self.duplicates.invalidate)
        layout.addWidget(self.tabs, 1)
        self.refresh_history()

    # -- building ---------------------------------------------------------------------
    def _button(self, text: str, name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        return button

    def _build_import(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Choose bundle files (or drop them here). Each is checked first without "
                    "changing anything; then Apply imports them one after another. A bundle is "
                    "imported whole or not at all."
                ),
                tab,
            )
        )
        row = QHBoxLayout()
        self.choose_button = self._button(
            self.tr("&Choose files…"), self.tr("Choose bundle files to check"), tab
        )
        self.choose_button.clicked.connect(self._on_choose)
        self.apply_button = self._button(
            self.tr("&Apply"), self.tr("Import the checked bundles"), tab
        )
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = self._button(
            self.tr("Ca&ncel"), self.tr("Stop before the next bundle"), tab
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.clear_button = self._button(self.tr("C&lear list"), self.tr("Clear the list"), tab)
        self.clear_button.clicked.connect(self.clear)
        for button in (self.choose_button, self.apply_button, self.cancel_button):
            row.addWidget(button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)

        receipts = QHBoxLayout()
        self.receipts_check = QCheckBox(self.tr("&Write receipts to folder…"), tab)
        self.receipts_check.setAccessibleName(self.tr("Write a receipt for each imported bundle"))
        self.receipts_check.toggled.connect(self._on_receipts_toggled)
        self.receipt_folder_label = value_label("", tab)
        self.receipt_folder_label.setAccessibleName(self.tr("Folder for receipts"))
        receipts.addWidget(self.receipts_check)
        receipts.addWidget(self.receipt_folder_label, 1)
        layout.addLayout(receipts)

        self.preview_model = PreviewModel(self)
        self.preview_view = RecordTableView("sync/preview", self.tr("Bundles checked"), tab)
        self.preview_view.setModel(self.preview_model)
        layout.addWidget(self.preview_view, 1)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(tab)
        self.progress.setAccessibleName(self.tr("Bundles imported"))
        self.progress.setFormat(self.tr("%v of %m bundles"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        progress_row.addWidget(self.progress, 1)
        layout.addLayout(progress_row)
        self.import_status = value_label("", tab)
        self.import_status.setWordWrap(True)
        self.import_status.setAccessibleName(self.tr("Import status"))
        layout.addWidget(self.import_status)
        return tab

    def _build_history(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(
                self.tr("Every import and refused bundle on this installation, newest first."), tab
            )
        )
        self.history_model = HistoryModel(self)
        self.history_view = RecordTableView("sync/history", self.tr("Import history"), tab)
        self.history_view.setModel(self.history_model)
        layout.addWidget(self.history_view, 1)
        return tab

    def _build_export(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A bundle carries this installation's records to another installation. "
                    "Choose what goes in, then where to save it."
                ),
                tab,
            )
        )
        self.full_radio = QRadioButton(self.tr("&Everything (a full bundle)"), tab)
        self.full_radio.setAccessibleName(self.tr("Export everything"))
        self.changes_radio = QRadioButton(
            self.tr("&Only changes the recipient has not confirmed yet"), tab
        )
        self.changes_radio.setAccessibleName(self.tr("Export only unconfirmed changes"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.full_radio)
        self.scope_group.addButton(self.changes_radio)
        self.full_radio.setChecked(True)
        layout.addWidget(self.full_radio)
        layout.addWidget(self.changes_radio)
        recipient_row = QHBoxLayout()
        self.recipient_label = QLabel(self.tr("&Recipient installation:"), tab)
        self.recipient_combo = QComboBox(tab)
        self.recipient_combo.setAccessibleName(self.tr("Recipient installation"))
        self.recipient_combo.setMinimumContentsLength(36)
        # The installations this one knows are filled in when the history has loaded.
        # Without a choice the bundle is for the installation that enrolled this one.
        self.recipient_combo.addItem(self.tr("The installation that enrolled this one"), None)
        self.recipient_label.setBuddy(self.recipient_combo)
        recipient_row.addWidget(self.recipient_label)
        recipient_row.addWidget(self.recipient_combo)
        recipient_row.addStretch(1)
        layout.addLayout(recipient_row)
        self.scope_text = paragraph("", tab)
        self.scope_text.setAccessibleName(self.tr("What goes in"))
        layout.addWidget(self.scope_text)

        buttons = QHBoxLayout()
        self.export_button = self._button(
            self.tr("E&xport…"), self.tr("Export a bundle to a file"), tab
        )
        self.export_button.clicked.connect(self._on_export)
        self.receipt_button = self._button(
            self.tr("Apply &receipt…"), self.tr("Apply a receipt from a recipient"), tab
        )
        self.receipt_button.clicked.connect(self._on_apply_receipt)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.export_status = value_label("", tab)
        self.export_status.setWordWrap(True)
        self.export_status.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.export_status)
        layout.addStretch(1)
        self.full_radio.toggled.connect(self._update_scope)
        self.recipient_combo.currentIndexChanged.connect(self._update_scope)
        self._update_scope()
        return tab

    # -- file choices (methods, so tests can replace them) -------------------------------
    def choose_bundle_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bundles"),
            "",
            self.tr("SOUL bundles (*.soulbundle);;All files (*)"),
        )
        return list(paths)

    def choose_receipt_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for receipts"))

    def choose_export_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save bundle"),
            f"{self.context.installation.name}{BUNDLE_SUFFIX}",
            self.tr("SOUL bundles (*.soulbundle)"),
        )
        if path and not path.endswith(BUNDLE_SUFFIX):
            path += BUNDLE_SUFFIX
        return path

    def choose_receipt_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a receipt"),
            "",
            self.tr("Receipts (*.receipt.json *.json);;All files (*)"),
        )
        return path

    # -- import -----------------------------------------------------------------------
    @Slot()
    def _on_choose(self) -> None:
        paths = self.choose_bundle_files()
        if paths:
            self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.tabs.setCurrentIndex(TAB_IMPORT)
            self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> None:
        """Dry-run the files on the worker and add them to the list."""
        if self._queue:
            return  # no new files while imports run
        self.choose_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.import_status.setText(self.tr("Checking %n bundle(s)…", "", len(paths)))
        database = self.context.database
        job = self.context.worker.submit(lambda: [check_bundle(database, p) for p in paths])
        job.succeeded.connect(self._on_checked)
        job.failed.connect(self._on_import_failed)

    @Slot(object)
    def _on_checked(self, checks: list[BundleCheck]) -> None:
        self._checks.extend(checks)
        self.preview_model.set_checks(self._checks)
        self.preview_view.resizeColumnsToContents()
        self.choose_button.setEnabled(True)
        ready = sum(1 for c in self._checks if c.summary.outcome == DRY_RUN)
        refused = sum(1 for c in self._checks if c.summary.refused)
        self.apply_button.setEnabled(ready > 0)
        lines = [
            self.tr("Ready to import: %1. Refused: %2.")
            .replace("%1", str(ready))
            .replace("%2", str(refused))
        ]
        # The reasons in full here too: in the table a long one is cut at the column's edge.
        lines += [
            f"{Path(c.path).name}: {reason_text(c.summary.reason_code, c.summary.reason)}"
            for c in self._checks
            if c.summary.refused
        ]
        self.import_status.setText("\n".join(lines))
        self.refresh_history()
        self.checked.emit()

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        self._queue = []
        self._set_running(False)
        self.choose_button.setEnabled(True)
        message = _failure_text(exc)
        self.import_status.setText(message)
        self.failed.emit(message)

    @Slot(bool)
    def _on_receipts_toggled(self, on: bool) -> None:
        if on:
            folder = self.choose_receipt_folder()
            if not folder:
                self.receipts_check.setChecked(False)
                return
            self._receipt_folder = folder
            self.receipt_folder_label.setText(folder)
        else:
            self._receipt_folder = None
            self.receipt_folder_label.setText("")

    @Slot()
    def apply(self) -> None:
        """Import the bundles that passed their dry run, one after another."""
        self._queue = [i for i, c in enumerate(self._checks) if c.summary.outcome == DRY_RUN]
        if not self._queue:
            return
        self._cancel = False
        self.progress.setRange(0, len(self._queue))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._set_running(True)
        self._import_next()

    @Slot()
    def cancel(self) -> None:
        """Stop before the next bundle; the one being imported finishes (all or nothing)."""
        self._cancel = True
        self.cancel_button.setEnabled(False)
        self.import_status.setText(self.tr("Stopping after the current bundle…"))

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.apply_button.setEnabled(False)
        self.choose_button.setEnabled(not running)
        self.clear_button.setEnabled(not running)
        self.receipts_check.setEnabled(not running)

    def _import_next(self) -> None:
        if self._cancel or not self._queue:
            self._finish_imports()
            return
        index = self._queue[0]
        check = self._checks[index]
        self.import_status.setText(self.tr("Importing %1…").replace("%1", Path(check.path).name))
        job = self.context.worker.submit(
            _import_one, self.context.database, check, self._receipt_folder
        )
        job.succeeded.connect(lambda done, i=index: self._on_imported(i, done))
        job.failed.connect(self._on_import_failed)

    def _on_imported(self, index: int, done: BundleCheck) -> None:
        self._checks[index] = done
        self._queue.pop(0)
        self.progress.setValue(self.progress.value() + 1)
        self._import_next()

    def _finish_imports(self) -> None:
        for index in self._queue:
            check = self._checks[index]
            summary = dataclasses.replace(check.summary, outcome=CANCELLED, tables={})
            self._checks[index] = dataclasses.replace(check, summary=summary)
        self._queue = []
        self._set_running(False)
        self.preview_model.set_checks(self._checks)
        imported = sum(1 for c in self._checks if c.summary.outcome == APPLIED)
        cancelled = sum(1 for c in self._checks if c.summary.outcome == CANCELLED)
        refused = sum(1 for c in self._checks if c.summary.refused)
        text = (
            self.tr("Imported: %1. Not imported (cancelled): %2. Refused: %3.")
            .replace("%1", str(imported))
            .replace("%2", str(cancelled))
            .replace("%3", str(refused))
        )
        if self._receipt_folder and imported:
            text += " " + self.tr("Receipts written to %1.").replace("%1", self._receipt_folder)
        self.import_status.setText(text)
        self.refresh_history()
        self.applied.emit()

    @Slot()
    def clear(self) -> None:
        self._checks = []
        self.preview_model.set_checks([])
        self.apply_button.setEnabled(False)
        self.progress.setVisible(False)
        self.import_status.setText("")

    def checks(self) -> list[BundleCheck]:
        return list(self._checks)

    @Slot(int)
    def _on_conflicts_loaded(self, count: int) -> None:
        # The count in the tab's title tells a reviewer there is work without opening it.
        title = (
            self.tr("Conflicts (%1)").replace("%1", str(count)) if count else self.tr("Conflicts")
        )
        self.tabs.setTabText(TAB_CONFLICTS, title)

    # -- history ----------------------------------------------------------------------
    def refresh_history(self) -> None:
        job = self.context.worker.submit(load_overview, self.context.database)
        job.succeeded.connect(self._on_history)
        job.failed.connect(self._on_import_failed)

    @Slot(object)
    def _on_history(self, overview: SyncOverview) -> None:
        first = self.history_model.rowCount() == 0
        self.history_model.set_log(overview.log, overview.names)
        if first and overview.log:
            self.history_view.resizeColumnsToContents()
        local = self.context.installation.id
        for info in overview.installations:
            if info.id == local or info.id in self._known_ids:
                continue
            self.recipient_combo.addItem(installation_text(info), info.id)
            self._known_ids.add(info.id)
        self.history_loaded.emit()

    # -- export -----------------------------------------------------------------------
    def recipient_id(self) -> str | None:
        data = self.recipient_combo.currentData()
        return str(data) if data else None

    def choose_recipient(self, installation_id: str) -> None:
        """Select a known installation as the recipient (as a user would in the list)."""
        index = self.recipient_combo.findData(installation_id)
        if index >= 0:
            self.recipient_combo.setCurrentIndex(index)

    @Slot()
    def _update_scope(self) -> None:
        # Every bundle is sealed to one recipient, full or not: only it can open the file.
        full = self.full_radio.isChecked()
        chosen = self.recipient_id()
        who = (
            self.recipient_combo.currentText()
            if chosen
            else self.tr("the installation that enrolled this one")
        )
        if full:
            text = self.tr(
                "What goes in: every record of every synced table, whoever made it, for %1. "
                "Use it for a first exchange or to rebuild that installation. Only %1 can open "
                "the bundle."
            ).replace("%1", who)
        else:
            text = self.tr(
                "What goes in: the changes %1 has not confirmed with a receipt or sent here "
                "itself. Records it has confirmed are left out, and only %1 can open the bundle."
            ).replace("%1", who)
        self.scope_text.setText(text)
        self.scope_text.setAccessibleDescription(text)

    @Slot()
    def _on_export(self) -> None:
        path = self.choose_export_path()
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the bundle on the worker; the result (rows, tables, file) is shown after."""
        full = self.full_radio.isChecked()
        recipient = self.recipient_id()
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting to %1…").replace("%1", path))
        job = self.context.worker.submit(
            lambda: export_bundle(self.context.database, path, full=full, recipient_id=recipient)
        )
        job.succeeded.connect(lambda manifest: self._on_exported(path, manifest))
        job.failed.connect(self._on_export_failed)

    def _on_exported(self, path: str, manifest: Manifest) -> None:
        self.export_button.setEnabled(True)
        rows = sum(p.rows for p in manifest.parts)
        tables = sum(1 for p in manifest.parts if p.rows)
        self.export_status.setText(
            self.tr("Exported %1 rows from %2 tables to %3.")
            .replace("%1", str(rows))
            .replace("%2", str(tables))
            .replace("%3", path)
        )
        self.exported.emit(manifest)

    @Slot(object)
    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.receipt_button.setEnabled(True)
        message = _failure_text(exc)
        self.export_status.setText(message)
        self.failed.emit(message)

    @Slot()
    def _on_apply_receipt(self) -> None:
        path = self.choose_receipt_file()
        if path:
            self.apply_receipt_file(path)

    def apply_receipt_file(self, path: str) -> None:
        self.receipt_button.setEnabled(False)
        job = self.context.worker.submit(apply_receipt, self.context.database, path)
        job.succeeded.connect(self._on_receipt_applied)
        job.failed.connect(self._on_export_failed)

    @Slot(object)
    def _on_receipt_applied(self, receipt: Receipt) -> None:
        self.receipt_button.setEnabled(True)
        self.export_status.setText(
            self.tr(
                "Receipt applied: installation %1 has confirmed these changes; later exports "
                "to it leave them out."
            ).replace("%1", receipt.installation)
        )
        self.receipt_applied.emit(receipt)


__all__ = ["TAB_EXPORT", "TAB_HISTORY", "TAB_IMPORT", "SyncPage"]
