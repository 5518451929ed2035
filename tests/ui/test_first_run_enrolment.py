"""The first-run dialog with an enrolment file: the file sets the answers, the code opens it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import installation, setup
from soul_desktop.services.setup import Database
from soul_desktop.sync import enrolment as enrolling
from soul_desktop.sync import trust
from soul_desktop.ui.first_run import FirstRunDialog
from soul_desktop.ui.worker import Worker
from tests.enrolment import make_central


@pytest.fixture
def central(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "central.db"
    shutil.copyfile(empty_template, path)
    db = setup.open_application_database(setup.locate(path), create=False).database
    make_central(db, "Centralt kansli")
    yield db
    db.dispose()


@pytest.fixture
def issued(central: Database, tmp_path: Path) -> tuple[Path, enrolling.IssuedFile]:
    path = tmp_path / "jamtland.enrol"
    return path, enrolling.issue_enrolment(
        central, path, name="Jämtlands kontor", region_code="SE32"
    )


def _dialog(qtbot: QtBot, worker: Worker, database: Database, **options: bool) -> FirstRunDialog:
    regions = installation.region_choices(database)
    result = FirstRunDialog(worker, database, regions, "/data/soul.db", **options)
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    return result


@pytest.fixture
def dialog(qtbot: QtBot, worker: Worker, fresh_database: Database) -> FirstRunDialog:
    return _dialog(qtbot, worker, fresh_database)


def _enrolled(database: Database) -> trust.LocalTrust:
    with database.engine.begin() as conn:
        state = trust.load(conn)
    assert state is not None
    return state


def test_the_file_sets_the_answers_and_the_code_sets_up_an_enrolled_installation(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    fresh_database: Database,
    issued: tuple[Path, enrolling.IssuedFile],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, enrolment = issued
    monkeypatch.setattr(dialog, "choose_enrolment_file", lambda: str(path))
    qtbot.mouseClick(dialog.enrolment_button, Qt.MouseButton.LeftButton)
    assert dialog.enrolment is not None
    assert dialog.role() is InstallationRole.REGIONAL
    assert dialog.region_combo.currentData() == "SE32"
    assert dialog.name_edit.text() == "Jämtlands kontor"
    # Shown, not asked: the file decides them.
    assert not dialog.name_edit.isEnabled() and not dialog.region_combo.isEnabled()
    assert not any(button.isEnabled() for button in dialog.role_buttons.values())
    summary = dialog.enrolment_summary.text()
    assert "enrolled by Centralt kansli" in summary
    assert enrolment.central_fingerprint in summary
    assert dialog.code_edit.isVisible() and dialog.code_edit.hasFocus()

    # Without the code: the reason next to the code field, nothing saved.
    with qtbot.waitSignal(dialog.validationFailed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "code"
    assert dialog.code_error.isVisible()
    assert installation.current(fresh_database) is None

    # A wrong code: refused on the worker, said next to the code field, nothing saved.
    qtbot.keyClicks(dialog.code_edit, "AAAAA-AAAAA-AAAAA-AAAAA")
    with qtbot.waitSignal(dialog.validationFailed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "code"
    assert "code" in dialog.code_error.text()
    assert dialog.isVisible()
    assert installation.current(fresh_database) is None

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, enrolment.code)
    with qtbot.waitSignal(dialog.installationCreated, timeout=10_000) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = created.args[0]
    assert (info.id, info.role, info.region_code, info.name) == (
        enrolment.installation_id,
        InstallationRole.REGIONAL,
        "SE32",
        "Jämtlands kontor",
    )
    assert _enrolled(fresh_database).enrolled


def test_a_file_that_is_not_an_enrolment_is_refused_and_answers_stay_free(
    dialog: FirstRunDialog, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.enrol"
    bogus.write_text("Hej!", "utf-8")
    assert not dialog.use_enrolment(str(bogus))
    assert dialog.enrolment_error.isVisible()
    assert "not a valid enrolment file" in dialog.enrolment_error.text()
    assert dialog.enrolment is None and dialog.name_edit.isEnabled()
    assert not dialog.code_edit.isVisible()


def test_no_file_after_all_goes_back_to_answering_by_hand(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    fresh_database: Database,
    issued: tuple[Path, enrolling.IssuedFile],
) -> None:
    path, _enrolment = issued
    assert dialog.use_enrolment(str(path))
    qtbot.mouseClick(dialog.enrolment_clear, Qt.MouseButton.LeftButton)
    assert dialog.enrolment is None
    assert dialog.name_edit.isEnabled() and dialog.region_combo.isEnabled()
    assert not dialog.code_edit.isVisible()
    dialog.name_edit.setText("Eget kontor")
    with qtbot.waitSignal(dialog.installationCreated, timeout=10_000) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    info = created.args[0]
    assert info.name == "Eget kontor"
    # Set up by hand: keys made, not enrolled.
    state = _enrolled(fresh_database)
    assert not state.enrolled


def test_with_the_passphrase_step_the_database_is_encrypted_and_enrolled(
    qtbot: QtBot,
    worker: Worker,
    fresh_database: Database,
    issued: tuple[Path, enrolling.IssuedFile],
) -> None:
    path, enrolment = issued
    dialog = _dialog(qtbot, worker, fresh_database, ask_passphrase=True)
    assert dialog.passphrase is not None
    assert dialog.use_enrolment(str(path))
    qtbot.keyClicks(dialog.code_edit, enrolment.code)
    passphrase = "en lång och hemlig mening"
    dialog.passphrase.passphrase_edit.setText(passphrase)
    dialog.passphrase.repeat_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.installationCreated, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fresh_database.encrypted
    assert _enrolled(fresh_database).enrolled
