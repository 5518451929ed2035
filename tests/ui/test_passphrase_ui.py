"""The encrypted database in the interface: the unlock dialog, the first run, the settings."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import encryption, installation, keyring_store, setup
from soul_desktop.storage.database import Database
from soul_desktop.ui.encryption_settings import (
    ChangePassphraseDialog,
    EncryptDialog,
    EncryptionSection,
)
from soul_desktop.ui.first_run import FirstRunDialog
from soul_desktop.ui.passphrase import UnlockDialog
from soul_desktop.ui.worker import Worker
from tests.keyring_backend import MemoryKeyring

PASSPHRASE = "vår hemliga fras"
NEW = "en helt ny fras"


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _unnamed(widget: QWidget) -> list[QWidget]:
    controls = [
        child
        for kind in (QAbstractButton, QLineEdit)
        for child in widget.findChildren(kind)
        if not child.objectName().startswith("qt_")
    ]
    assert controls
    return [child for child in controls if not child.accessibleName()]


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "soul.db"
    opened = encryption.open_for_init(setup.locate(path), PASSPHRASE)
    installation.initialise(opened.database, InstallationRole.LEADER, "SE32", "Lisas laptop")
    opened.database.dispose()
    return path


@pytest.fixture
def unlock(qtbot: QtBot, worker: Worker, encrypted_path: Path) -> Iterator[UnlockDialog]:
    dialog = UnlockDialog(
        worker, setup.locate(encrypted_path), str(encrypted_path), keyring_available=True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.opened is not None:
        dialog.opened.database.dispose()


def test_a_wrong_passphrase_says_so_and_lets_you_try_again(
    qtbot: QtBot, unlock: UnlockDialog, encrypted_path: Path
) -> None:
    before = _snapshot(encrypted_path.parent)
    qtbot.keyClicks(unlock.passphrase_edit, "fel fras")
    with qtbot.waitSignal(unlock.unlockFailed, timeout=10_000) as blocker:
        qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    assert blocker.args == ["That passphrase does not open this database. Try again."]
    assert unlock.isVisible() and unlock.opened is None
    assert unlock.error_label.isVisible()
    assert unlock.passphrase_edit.accessibleDescription() == blocker.args[0]
    # The wrong text is selected: typing again replaces it.
    assert unlock.passphrase_edit.selectedText() == "fel fras"
    assert _snapshot(encrypted_path.parent) == before

    qtbot.keyClicks(unlock.passphrase_edit, "v")
    assert not unlock.error_label.isVisible()
    unlock.passphrase_edit.setText(PASSPHRASE)  # "å" is put in as a paste would
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(unlock.ok_button, Qt.MouseButton.LeftButton)
    assert unlock.result() == QDialog.DialogCode.Accepted
    opened = blocker.args[0]
    assert opened is unlock.opened and opened.database.encrypted
    assert installation.current(opened.database) is not None


def test_an_empty_passphrase_is_not_tried(qtbot: QtBot, unlock: UnlockDialog) -> None:
    with qtbot.waitSignal(unlock.unlockFailed, timeout=1000) as blocker:
        qtbot.mouseClick(unlock.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Type the passphrase."]


def test_remember_on_this_computer(
    qtbot: QtBot, unlock: UnlockDialog, encrypted_path: Path, memory_keyring: MemoryKeyring
) -> None:
    unlock.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.remember_box, Qt.MouseButton.LeftButton)
    assert unlock.remember_box.isChecked()
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000):
        qtbot.mouseClick(unlock.ok_button, Qt.MouseButton.LeftButton)
    assert keyring_store.recall(setup.locate(encrypted_path)) == PASSPHRASE


def test_a_stale_remembered_passphrase_is_forgotten(
    qtbot: QtBot, worker: Worker, encrypted_path: Path
) -> None:
    location = setup.locate(encrypted_path)
    keyring_store.remember(location, "the old one")
    dialog = UnlockDialog(
        worker,
        location,
        str(encrypted_path),
        message="remembered one failed",
        keyring_available=True,
        forget_remembered=True,
    )
    qtbot.addWidget(dialog)
    assert dialog.error_label.text() == "remembered one failed"
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as blocker:
        dialog.submit()
    blocker.args[0].database.dispose()
    assert keyring_store.recall(location) is None


def test_quit_opens_nothing(qtbot: QtBot, unlock: UnlockDialog) -> None:
    qtbot.mouseClick(unlock.quit_button, Qt.MouseButton.LeftButton)
    assert unlock.result() == QDialog.DialogCode.Rejected and unlock.opened is None


def test_without_a_keyring_remembering_is_not_offered(
    qtbot: QtBot, worker: Worker, encrypted_path: Path
) -> None:
    dialog = UnlockDialog(worker, setup.locate(encrypted_path), "x", keyring_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.remember_box.isEnabled()
    assert "no keyring" in dialog.remember_box.toolTip()


def test_the_unlock_dialog_names_every_control(unlock: UnlockDialog) -> None:
    assert _unnamed(unlock) == []
    # The characters can be shown, for a passphrase that keeps failing.
    assert unlock.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    unlock.show_box.click()
    assert unlock.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal


# --- the first run ---------------------------------------------------------------------------


@pytest.fixture
def first_run(qtbot: QtBot, worker: Worker, fresh_database: Database) -> FirstRunDialog:
    regions = installation.region_choices(fresh_database)
    dialog = FirstRunDialog(
        worker,
        fresh_database,
        regions,
        "/data/soul.db",
        ask_passphrase=True,
        keyring_available=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("SE32"))
    qtbot.keyClicks(dialog.name_edit, "Kontoret")
    return dialog


def test_first_run_asks_for_the_passphrase_twice(
    qtbot: QtBot, first_run: FirstRunDialog, fresh_database: Database
) -> None:
    fields = first_run.passphrase
    assert fields is not None
    qtbot.keyClicks(fields.passphrase_edit, "kort")
    with qtbot.waitSignal(first_run.validationFailed, timeout=1000) as blocker:
        qtbot.mouseClick(first_run.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["passphrase", "The passphrase must be at least 8 characters long."]
    assert fields.passphrase_error.isVisible()

    fields.passphrase_edit.setText("lång nog fras")
    qtbot.keyClicks(fields.repeat_edit, "lang nog fras")
    with qtbot.waitSignal(first_run.validationFailed, timeout=1000) as blocker:
        qtbot.mouseClick(first_run.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "repeat"
    assert fields.repeat_edit.hasFocus()
    assert not fresh_database.encrypted and installation.current(fresh_database) is None

    fields.repeat_edit.setText("lång nog fras")
    with qtbot.waitSignal(first_run.installationCreated, timeout=20_000):
        qtbot.mouseClick(first_run.ok_button, Qt.MouseButton.LeftButton)
    assert fresh_database.encrypted
    assert installation.current(fresh_database) == first_run.created
    assert encryption.is_encrypted(fresh_database.location)
    assert keyring_store.recall(fresh_database.location) is None


def test_first_run_can_remember_the_passphrase(
    qtbot: QtBot, first_run: FirstRunDialog, fresh_database: Database
) -> None:
    fields = first_run.passphrase
    assert fields is not None
    fields.passphrase_edit.setText(PASSPHRASE)
    fields.repeat_edit.setText(PASSPHRASE)
    fields.remember_box.setChecked(True)
    with qtbot.waitSignal(first_run.installationCreated, timeout=20_000):
        first_run.submit()
    assert keyring_store.recall(fresh_database.location) == PASSPHRASE


def test_first_run_names_every_control(first_run: FirstRunDialog) -> None:
    assert _unnamed(first_run) == []


# --- the settings section ----------------------------------------------------------------------


def _section(qtbot: QtBot, worker: Worker, database: Database) -> EncryptionSection:
    section = EncryptionSection(worker, database)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.stateShown, timeout=10_000):
        section.show()
    return section


def test_encrypt_from_the_settings(qtbot: QtBot, worker: Worker, database: Database) -> None:
    section = _section(qtbot, worker, database)
    assert "not encrypted" in section.state_label.text()
    assert section.encrypt_button.isVisibleTo(section)
    assert not section.change_button.isVisibleTo(section)
    assert "Nobody can recover" in section.warning_label.text()
    dialog = section.open_encrypt_dialog()
    assert isinstance(dialog, EncryptDialog)
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    qtbot.keyClicks(dialog.fields.passphrase_edit, "lang och hemlig")
    qtbot.keyClicks(dialog.fields.repeat_edit, "lang och hemlig")
    with qtbot.waitSignal(section.stateShown, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    state = blocker.args[0]
    assert state.encrypted and not state.remembered
    assert database.encrypted and installation.current(database) is not None
    assert section.message_label.text() == "The database is now encrypted."
    assert "is encrypted" in section.state_label.text()
    assert section.change_button.isVisibleTo(section)
    assert not section.encrypt_button.isVisibleTo(section)


def test_an_encrypt_dialog_refuses_differing_passphrases(
    qtbot: QtBot, worker: Worker, database: Database
) -> None:
    section = _section(qtbot, worker, database)
    dialog = section.open_encrypt_dialog()
    dialog.fields.passphrase_edit.setText("lang och hemlig")
    dialog.fields.repeat_edit.setText("lang och hemlix")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.fields.repeat_error.text() == (
        "The two passphrases differ. Type the same passphrase twice."
    )
    assert not database.encrypted
    dialog.reject()


@pytest.fixture
def encrypted_database(encrypted_path: Path) -> Iterator[Database]:
    opened = setup.open_application_database(
        setup.locate(encrypted_path), create=False, passphrase=PASSPHRASE
    )
    yield opened.database
    opened.database.dispose()


def test_change_the_passphrase_from_the_settings(
    qtbot: QtBot, worker: Worker, encrypted_database: Database, encrypted_path: Path
) -> None:
    keyring_store.remember(encrypted_database, PASSPHRASE)
    section = _section(qtbot, worker, encrypted_database)
    assert section.state is not None and section.state.remembered
    assert "remembers the passphrase" in section.keyring_label.text()
    dialog = section.open_change_dialog()
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    # Remembered before: the new one is remembered too, unless unticked.
    assert dialog.fields.remember_box.isChecked()
    # Keyboard first: Tab goes from the current passphrase to the new one, then its repeat.
    dialog.activateWindow()
    dialog.current_edit.setFocus()
    qtbot.waitUntil(dialog.current_edit.hasFocus, timeout=5000)
    qtbot.keyClick(dialog.current_edit, Qt.Key.Key_Tab)
    assert dialog.fields.passphrase_edit.hasFocus()
    qtbot.keyClick(dialog.fields.passphrase_edit, Qt.Key.Key_Tab)
    assert dialog.fields.repeat_edit.hasFocus()
    # The file itself (its -wal and -shm come and go with the connections).
    before = hashlib.sha256(encrypted_path.read_bytes()).hexdigest()
    qtbot.keyClicks(dialog.current_edit, "inte den")
    dialog.fields.passphrase_edit.setText(NEW)
    dialog.fields.repeat_edit.setText(NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.current_error.isVisible, timeout=10_000)
    assert dialog.current_error.text() == (
        "This is not the current passphrase. Nothing was changed."
    )
    assert hashlib.sha256(encrypted_path.read_bytes()).hexdigest() == before

    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(section.stateShown, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert section.message_label.text() == "The passphrase was changed."
    assert keyring_store.recall(encrypted_database) == NEW
    assert installation.current(encrypted_database) is not None
    setup.open_application_database(
        setup.locate(encrypted_path), create=False, passphrase=NEW
    ).database.dispose()


def test_forget_the_remembered_passphrase(
    qtbot: QtBot, worker: Worker, encrypted_database: Database
) -> None:
    keyring_store.remember(encrypted_database, PASSPHRASE)
    section = _section(qtbot, worker, encrypted_database)
    assert section.forget_button.isVisibleTo(section)
    with qtbot.waitSignal(section.stateShown, timeout=10_000) as blocker:
        qtbot.mouseClick(section.forget_button, Qt.MouseButton.LeftButton)
    assert not blocker.args[0].remembered
    assert keyring_store.recall(encrypted_database) is None
    assert "asked for at every start" in section.keyring_label.text()
    assert "no longer remembers" in section.message_label.text()
    assert not section.forget_button.isVisibleTo(section)


def test_without_a_keyring_the_change_dialog_does_not_offer_it(
    qtbot: QtBot, worker: Worker, encrypted_database: Database
) -> None:
    keyring.set_keyring(fail.Keyring())
    section = _section(qtbot, worker, encrypted_database)
    dialog = section.open_change_dialog()
    assert not dialog.fields.remember_box.isEnabled()
    dialog.reject()


def test_a_postgres_database_is_not_ours_to_encrypt(qtbot: QtBot, worker: Worker) -> None:
    import sqlalchemy as sa

    from soul_desktop.storage.database import DatabaseLocation

    server = Database(
        DatabaseLocation.parse("postgresql+psycopg://soul@dbhost/c"), sa.create_engine("sqlite://")
    )
    try:
        section = _section(qtbot, worker, server)
        assert "PostgreSQL" in section.state_label.text()
        buttons = (section.change_button, section.encrypt_button, section.forget_button)
        assert not any(button.isVisibleTo(section) for button in buttons)
    finally:
        server.dispose()
