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
from soul_desktop.services import installation, setup
from soul_desktop.ui.first_run import FirstRunDialog


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


def when_dialog_opens(action: object) -> QTimer:
    """Run `action(dialog)` as soon as main()'s modal first-run dialog is up."""
    timer = QTimer()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, FirstRunDialog):
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

    assert app.main(namespace(path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    word, seconds = lines[0].split()
    assert word == "SHOWN"
    assert 0 < float(seconds) < 600


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
        dialog.ok_button.click()

    timer = when_dialog_opens(fill_in)
    assert app.main(namespace(path)) == 0
    timer.stop()
    assert capsys.readouterr().out.startswith("SHOWN ")
    opened = setup.open_application_database(setup.locate(path), create=False)
    try:
        info = installation.current(opened.database)
    finally:
        opened.database.dispose()
    assert info is not None
    assert (info.name, info.region_code) == ("Jämtland kontor", "SE32")


def test_seconds_since_process_start_is_plausible() -> None:
    elapsed = app.seconds_since_process_start()
    assert 0 < elapsed < 24 * 3600
