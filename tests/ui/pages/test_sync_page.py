"""The Sync page: dry runs, applying with receipts, refused bundles, history and export."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, setup
from soul_desktop.services.sync_status import digest
from soul_desktop.storage.database import Database
from soul_desktop.sync.bundle import verify_bundle
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_log
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.models.sync import PREVIEW_NEW, PREVIEW_OUTCOME, PREVIEW_TABLE
from soul_desktop.ui.pages.sync import SyncPage
from soul_desktop.ui.worker import Worker
from tests.enrolment import enrol, make_central
from tests.services.test_attendance import build_course


@pytest.fixture
def other(empty_template: Path, tmp_path: Path, database: Database) -> Iterator[Database]:
    """A second installation, Kontor B, with a course to send: the central office, which
    enrolled this page's installation (under its id), so each accepts the other's bundles."""
    path = tmp_path / "b.db"
    shutil.copyfile(empty_template, path)
    db = setup.open_application_database(setup.locate(path), create=False).database
    make_central(db, "Kontor B")
    build_course(db)
    here = installation.current(database)
    assert here is not None
    enrol(db, database, tmp_path, here.name, region="SE32", installation_id=here.id)
    yield db
    db.dispose()


@pytest.fixture
def bundle(other: Database, database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "from-b.soulbundle"
    here = installation.current(database)
    assert here is not None
    export_bundle(other, path, full=True, recipient_id=here.id)
    return path


@pytest.fixture
def page(
    qtbot: QtBot,
    worker: Worker,
    database: Database,
    installation_info: InstallationInfo,
    other: Database,
) -> Iterator[SyncPage]:
    edits = EditRunner(worker)
    result = SyncPage(PageContext(worker, database, installation_info, edits))
    qtbot.addWidget(result)
    qtbot.waitUntil(lambda: worker.pending() == 0)
    result.resize(1200, 700)
    result.show()
    yield result
    edits.deleteLater()


def _check(qtbot: QtBot, page: SyncPage, *paths: Path) -> None:
    with qtbot.waitSignal(page.checked):
        page.add_files([str(p) for p in paths])


def _cell(page: SyncPage, row: int, column: int) -> str:
    model = page.preview_model
    return model.data(model.index(row, column))


def test_a_dry_run_shows_the_counts_and_changes_nothing(
    qtbot: QtBot, page: SyncPage, database: Database, bundle: Path
) -> None:
    before = digest(database)
    _check(qtbot, page, bundle)
    model = page.preview_model
    assert model.rowCount() > 1
    tables = {_cell(page, r, PREVIEW_TABLE): r for r in range(model.rowCount())}
    assert int(_cell(page, tables["Person"], PREVIEW_NEW)) > 0
    assert _cell(page, tables["Person"], PREVIEW_OUTCOME) == "Ready to import"
    assert page.apply_button.isEnabled()
    assert digest(database) == before


def test_apply_imports_and_writes_receipts(
    qtbot: QtBot,
    page: SyncPage,
    database: Database,
    bundle: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "receipts"
    folder.mkdir()
    monkeypatch.setattr(page, "choose_receipt_folder", lambda: str(folder))
    page.receipts_check.setChecked(True)
    _check(qtbot, page, bundle)
    before = digest(database)
    with qtbot.waitSignal(page.applied):
        page.apply_button.click()
    assert digest(database) != before
    assert page.checks()[0].summary.outcome == "applied"
    assert _cell(page, 0, PREVIEW_OUTCOME) == "Imported"
    assert page.progress.value() == page.progress.maximum() == 1
    assert len(list(folder.glob("*.receipt.json"))) == 1
    assert not page.apply_button.isEnabled()


def test_cancel_stops_before_the_next_bundle(
    qtbot: QtBot, page: SyncPage, database: Database, bundle: Path, tmp_path: Path
) -> None:
    second = tmp_path / "again.soulbundle"
    shutil.copyfile(bundle, second)
    _check(qtbot, page, bundle, second)
    with qtbot.waitSignal(page.applied):
        page.apply()
        page.cancel()
    outcomes = [c.summary.outcome for c in page.checks()]
    assert outcomes == ["applied", "cancelled"]
    applied = [e for e in import_log(database) if e["outcome"] == "applied"]
    assert len(applied) == 1


def test_a_damaged_bundle_shows_its_reason_and_changes_nothing(
    qtbot: QtBot, page: SyncPage, database: Database, bundle: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.soulbundle"
    data = bundle.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = digest(database)
    _check(qtbot, page, damaged)
    assert page.preview_model.rowCount() == 1
    outcome = _cell(page, 0, PREVIEW_OUTCOME)
    assert outcome.startswith("Refused: ")
    assert len(outcome) > len("Refused: ") + 10
    assert not page.apply_button.isEnabled()
    assert digest(database) == before


def test_history_lists_the_imports_newest_first(
    qtbot: QtBot, page: SyncPage, bundle: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.soulbundle"
    damaged.write_bytes(b"not a bundle at all")
    _check(qtbot, page, bundle, damaged)
    with qtbot.waitSignal(page.applied):
        page.apply()
    # Refreshes may arrive between the imports; wait for the one that shows the whole log.
    logged = len(import_log(page.context.database))

    def complete() -> bool:
        records = page.history_model.records()
        return len(records) == logged and any(r.outcome == "applied" for r in records)

    qtbot.waitUntil(complete)
    records = page.history_model.records()
    assert records[0].outcome == "applied"
    assert records[0].file_name == bundle.name
    assert records[0].counts["new"] > 0
    assert {r.outcome for r in records} >= {"applied", "refused", "dry_run"}
    ids = [r.id for r in records]
    assert ids == sorted(ids, reverse=True)
    assert records[0].source == "Kontor B"  # by name, not by installation id


def test_the_recipient_is_chosen_by_name_among_known_installations(
    qtbot: QtBot, page: SyncPage, bundle: Path, other: Database, tmp_path: Path
) -> None:
    _check(qtbot, page, bundle)
    with qtbot.waitSignal(page.applied):
        page.apply()
    qtbot.waitUntil(lambda: page.recipient_combo.count() == 2)
    assert page.recipient_combo.itemText(1).startswith("Kontor B (")
    page.changes_radio.setChecked(True)
    page.recipient_combo.setCurrentIndex(1)
    b = installation.current(other)
    assert b is not None and page.recipient_id() == b.id
    assert "Kontor B" in page.scope_text.text()
    target = tmp_path / "to-b.soulbundle"
    with qtbot.waitSignal(page.exported):
        page.export_to(str(target))
    manifest = verify_bundle(target).manifest
    assert manifest.recipient is not None and manifest.recipient.id == b.id
    assert manifest.kind == "incremental"


def test_export_writes_a_verifiable_bundle(
    qtbot: QtBot, page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.soulbundle"
    monkeypatch.setattr(page, "choose_export_path", lambda: str(target))
    with qtbot.waitSignal(page.exported) as blocker:
        page.export_button.click()
    report = verify_bundle(target)
    assert report.manifest.bundle_id == blocker.args[0].bundle_id
    assert report.manifest.kind == "full"
    assert str(report.rows) in page.export_status.text()


def test_an_unreadable_receipt_is_refused_in_words(
    qtbot: QtBot, page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt = tmp_path / "bad.receipt.json"
    receipt.write_text("{}", "utf-8")
    monkeypatch.setattr(page, "choose_receipt_file", lambda: str(receipt))
    with qtbot.waitSignal(page.failed) as blocker:
        page.receipt_button.click()
    assert blocker.args[0] == "The file is not a valid receipt."
    assert page.receipt_button.isEnabled()


def test_dropped_files_are_checked(qtbot: QtBot, page: SyncPage, bundle: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.checked):
        page.dropEvent(event)
    assert page.checks()[0].path == str(bundle)


def test_the_buttons_are_reached_with_the_keyboard(qtbot: QtBot, page: SyncPage) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.choose_button.setFocus()
    qtbot.keyClick(page.choose_button, Qt.Key.Key_Tab)
    # Apply and Cancel are disabled until there is something to do: Tab skips them.
    assert QApplication.focusWidget() is page.clear_button
    qtbot.keyClick(page.clear_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.receipts_check
