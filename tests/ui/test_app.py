"""The application's start: refusal of a bad database, first run, and the start-up probe."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from soul_desktop import app
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import PassphraseRequiredError
from soul_desktop.services import encryption, installation, keyring_store, setup
from soul_desktop.ui import i18n
from soul_desktop.ui.first_run import FirstRunDialog
from soul_desktop.ui.passphrase import UnlockDialog

PASSPHRASE = "vår hemliga fras"


@pytest.fixture
def qt_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication, with whatever translators main() installed taken out again."""
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def probe_quit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app.PROBE_VARIABLE, "quit")


def namespace(path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), command=None)


def when_dialog_opens(action: object, kind: type = FirstRunDialog) -> QTimer:
    """Run `action(dialog)` as soon as main()'s modal dialog of `kind` is up."""
    timer = QTimer()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            timer.stop()
            action(widget)  # type: ignore[operator]

    timer.timeout.connect(poll)
    timer.start(10)
    return timer


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    qt_app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list", encoding="utf-8")
    assert app.main(namespace(bad)) == 1
    assert len(shown) == 1
    assert "is not a SQLite database" in shown[0]
    assert bad.read_text(encoding="utf-8") == "shopping list"


def test_an_initialised_database_opens_the_window_and_the_probe_reports(
    qt_app: QApplication,
    probe_quit: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "t.db"
    opened = setup.open_application_database(setup.locate(path), create=True)
    installation.initialise(opened.database, InstallationRole.LEADER, "SE32", "Kurslaptop")
    opened.database.dispose()

    before = app.seconds_since_process_start()
    assert app.main(namespace(path)) == 0
    after = app.seconds_since_process_start()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    word, seconds = lines[0].split()
    assert word == "SHOWN"
    # Counted from this (pytest's) process start, as for a real start from the command line.
    assert before - 0.01 <= float(seconds) <= after + 0.01  # printed with three decimals


def test_cancelling_the_first_run_leaves_no_database_behind(
    qt_app: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "soul.db"
    timer = when_dialog_opens(lambda dialog: dialog.reject())
    assert app.main(namespace(path)) == 0
    timer.stop()
    assert not path.exists()


def test_first_run_then_the_main_window(
    qt_app: QApplication,
    probe_quit: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "soul.db"

    def fill_in(dialog: FirstRunDialog) -> None:
        dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("SE32"))
        dialog.name_edit.setText("Jämtland kontor")
        # Issue #5: a new installation's database is encrypted; the dialog asks for the
        # passphrase twice.
        assert dialog.passphrase is not None
        dialog.passphrase.passphrase_edit.setText(PASSPHRASE)
        dialog.passphrase.repeat_edit.setText(PASSPHRASE)
        dialog.ok_button.click()

    timer = when_dialog_opens(fill_in)
    assert app.main(namespace(path)) == 0
    timer.stop()
    assert capsys.readouterr().out.startswith("SHOWN ")
    with pytest.raises(PassphraseRequiredError):
        setup.open_application_database(setup.locate(path), create=False)
    opened = setup.open_application_database(
        setup.locate(path), create=False, passphrase=PASSPHRASE
    )
    try:
        info = installation.current(opened.database)
    finally:
        opened.database.dispose()
    assert info is not None
    assert (info.name, info.region_code) == ("Jämtland kontor", "SE32")


@pytest.fixture
def english() -> None:
    """The interface in English (the default is Swedish), so messages compare as written."""
    i18n.store_language("en")


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "soul.db"
    opened = encryption.open_for_init(setup.locate(path), PASSPHRASE)
    installation.initialise(opened.database, InstallationRole.LEADER, "SE32", "Kurslaptop")
    opened.database.dispose()
    return path


@pytest.mark.usefixtures("english")
def test_an_encrypted_database_asks_for_its_passphrase(
    qt_app: QApplication, probe_quit: None, encrypted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tries: list[str] = []

    def type_it(dialog: UnlockDialog) -> None:
        dialog.unlockFailed.connect(tries.append)
        dialog.passphrase_edit.setText("fel fras")
        dialog.ok_button.click()
        # After the refusal, the right one (the dialog stays until then).
        dialog.unlockFailed.connect(
            lambda _message: (dialog.passphrase_edit.setText(PASSPHRASE), dialog.submit())
        )

    timer = when_dialog_opens(type_it, UnlockDialog)
    assert app.main(namespace(encrypted)) == 0
    timer.stop()
    assert tries == ["That passphrase does not open this database. Try again."]
    assert capsys.readouterr().out.startswith("SHOWN ")
    assert keyring_store.recall(setup.locate(encrypted)) is None


def test_a_remembered_passphrase_opens_without_asking(
    qt_app: QApplication, probe_quit: None, encrypted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring_store.remember(setup.locate(encrypted), PASSPHRASE)
    asked: list[UnlockDialog] = []
    timer = when_dialog_opens(lambda dialog: (asked.append(dialog), dialog.reject()), UnlockDialog)
    assert app.main(namespace(encrypted)) == 0
    timer.stop()
    assert asked == []
    assert capsys.readouterr().out.startswith("SHOWN ")


@pytest.mark.usefixtures("english")
def test_a_stale_remembered_passphrase_asks_and_says_why(
    qt_app: QApplication, encrypted: Path
) -> None:
    location = setup.locate(encrypted)
    keyring_store.remember(location, "en gammal fras")
    shown: list[str] = []

    def quit_(dialog: UnlockDialog) -> None:
        shown.append(dialog.error_label.text())
        dialog.quit_button.click()

    before = encrypted.read_bytes()
    timer = when_dialog_opens(quit_, UnlockDialog)
    assert app.main(namespace(encrypted)) == 0
    timer.stop()
    assert len(shown) == 1 and "no longer opens this database" in shown[0]
    # Quitting changes nothing: the file, and the keyring entry (only a successful unlock
    # replaces or removes it).
    assert encrypted.read_bytes() == before
    assert keyring_store.recall(location) == "en gammal fras"


def test_seconds_since_process_start_is_plausible() -> None:
    elapsed = app.seconds_since_process_start()
    assert 0 < elapsed < 24 * 3600
