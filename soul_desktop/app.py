"""Composition root of the graphical application: Qt, language, database, first run, window."""

# The start time below is taken before the heavy imports, so they follow it (E402).
# ruff: noqa: E402

from __future__ import annotations

import argparse
import os
import sys
import time

# Taken first thing, so the fallback start time is as early as this module can know it.
_IMPORTED_AT = time.time()

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from soul_desktop.domain.errors import SoulError, WrongPassphraseError
from soul_desktop.services import encryption, installation, setup
from soul_desktop.ui import i18n
from soul_desktop.ui.first_run import FirstRunDialog
from soul_desktop.ui.main_window import MainWindow
from soul_desktop.ui.worker import Worker

ORGANISATION_NAME = "SOUL"
APPLICATION_NAME = "soul-desktop"
PROBE_VARIABLE = "SOUL_STARTUP_PROBE"


def seconds_since_process_start() -> float:
    """Time since the kernel started this process, so imports are counted too.

    /proc/self/stat field 22 is the start in clock ticks after boot; CLOCK_BOOTTIME is the
    same clock now. Elsewhere the module's import time is the best estimate there is.
    """
    try:
        with open("/proc/self/stat", "rb") as handle:
            stat = handle.read()
        # The command name (field 2) may hold spaces and ")"; count fields after its last ")".
        fields = stat[stat.rindex(b")") + 2 :].split()
        start_ticks = int(fields[19])
        elapsed = time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time() - _IMPORTED_AT
    if elapsed < 0:
        # A clock that disagrees with the kernel's bookkeeping (some sandboxes): do not lie.
        return time.time() - _IMPORTED_AT
    return elapsed


class StartupProbe(QObject):
    """Prints "SHOWN <seconds>" once the window is on screen, for the start-up benchmark."""

    def __init__(self, window: QWidget, quit_after: bool) -> None:
        super().__init__(window)
        self._window = window
        self._quit_after = quit_after
        self._reported = False

    def start(self) -> None:
        # Zero-delay: runs inside the event loop, after show() has been processed.
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        handle = self._window.windowHandle()
        if handle is None or handle.isExposed():
            self._report()
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            # Let the paint that follows the expose happen before calling it shown.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if self._reported:
            return
        self._reported = True
        print(f"SHOWN {seconds_since_process_start():.3f}", flush=True)
        if self._quit_after:
            # exit(), not quit(): quit() also posts a close to every window, which would
            # linger in the queue of a later event loop in the same process (tests).
            QCoreApplication.exit(0)


def _application() -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # Qt appends this to every window title: "Jämtland kontor — SOUL Desktop".
    app.setApplicationDisplayName("SOUL Desktop")
    return app


def _remove_new_database(opened: setup.OpenedDatabase) -> None:
    """Undo a database file this start created, when nobody set it up (first run cancelled)."""
    path = opened.database.location.path
    if not opened.created or path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _unlock(worker: Worker, location: setup.DatabaseLocation) -> setup.OpenedDatabase | None:
    """Open an encrypted database: with the keyring's passphrase, else by asking for it.

    None when the user quits instead. Errors other than a wrong passphrase propagate.
    """
    # Imported here: an unencrypted database never loads the keyring (start-up time).
    from soul_desktop.services import keyring_store
    from soul_desktop.ui.passphrase import UnlockDialog

    message = ""
    remembered = keyring_store.recall(location)
    if remembered is not None:
        try:
            return setup.open_application_database(location, create=False, passphrase=remembered)
        except WrongPassphraseError:
            message = QCoreApplication.translate(
                "App",
                "The passphrase remembered on this computer no longer opens this database "
                "(was it changed elsewhere?). Type the current one.",
            )
    dialog = UnlockDialog(
        worker,
        location,
        location.describe(),
        message=message,
        keyring_available=keyring_store.available(),
        forget_remembered=remembered is not None,
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    opened = dialog.opened
    dialog.deleteLater()
    return opened if accepted else None


def _cannot_start(exc: SoulError) -> int:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Cannot start"),
        QCoreApplication.translate("App", "The database could not be opened.") + "\n\n" + str(exc),
    )
    return 1


def main(ns: argparse.Namespace) -> int:
    """Run the graphical application until its window closes; the exit status is returned."""
    app = _application()
    i18n.install(app, i18n.stored_language())

    # The unlock dialog opens the database on the worker, so it exists from the start.
    worker = Worker()
    try:
        location = setup.locate(ns.db)
        if encryption.is_encrypted(location):
            unlocked = _unlock(worker, location)
            if unlocked is None:
                worker.shutdown()
                return 0
            opened = unlocked
        else:
            opened = setup.open_application_database(location, create=True)
    except SoulError as exc:
        worker.shutdown()
        return _cannot_start(exc)
    except BaseException:
        worker.shutdown()
        raise

    database = opened.database
    try:
        # One indexed row: cheap enough to read before the window, unlike the figures.
        info = installation.current(database)
        if info is None:
            state = encryption.state(database, ask_keyring=False)
            ask_passphrase = state.applies and not state.encrypted
            dialog = FirstRunDialog(
                worker,
                database,
                installation.region_choices(database),
                location.describe(),
                ask_passphrase=ask_passphrase,
                keyring_available=ask_passphrase and encryption.keyring_available(),
            )
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            info = dialog.created
            dialog.deleteLater()
            if not accepted or info is None:
                # The file must be closed before it can be removed; `finally` repeats harmlessly.
                worker.shutdown()
                database.dispose()
                _remove_new_database(opened)
                return 0

        window = MainWindow(worker, database, info, location.describe())
        window.show()
        if opened.backup is not None:
            window.show_backup_notice(opened.backup)
        probe = os.environ.get(PROBE_VARIABLE)
        if probe:
            StartupProbe(window, quit_after=probe == "quit").start()
        # Counted after the window is up: on a large database this takes longer than start-up.
        QTimer.singleShot(0, window.overview.refresh)
        return app.exec()
    finally:
        worker.shutdown()
        database.dispose()
