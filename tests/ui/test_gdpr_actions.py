"""The register extract and erasure on the participants page, from the keyboard, no sleeps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import gdpr, people
from soul_desktop.storage.database import Database
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.gdpr_actions import EraseConfirmation
from soul_desktop.ui.pages.participants import ParticipantsPage
from soul_desktop.ui.worker import Worker
from tests.services.test_gdpr import FIRST, LAST, PNR, Rich, build_rich_person


@pytest.fixture
def rich(database: Database) -> Rich:
    return build_rich_person(database)


@pytest.fixture
def context(
    database: Database, worker: Worker, installation_info: InstallationInfo, rich: Rich
) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


def _settle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=10_000)


@pytest.fixture
def page(qtbot: QtBot, context: PageContext, rich: Rich) -> Iterator[ParticipantsPage]:
    widget = ParticipantsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 740)
    with qtbot.waitSignal(widget.personsLoaded, timeout=10_000):
        widget.show()
    _settle(qtbot, context)
    assert widget.persons.select_key(rich.person_id)
    _settle(qtbot, context)
    yield widget
    _settle(qtbot, context)


def test_the_confirmation_says_what_goes_what_stays_and_that_it_is_final(qtbot: QtBot) -> None:
    dialog = EraseConfirmation(f"{FIRST} {LAST}")
    qtbot.addWidget(dialog)
    text = dialog.explanation.text()
    for words in (
        "Erased:",
        "personnummer",
        "notes",
        "Kept: gender",
        "figures stay the same",
        "other installations",
        "cannot be undone",
    ):
        assert words in text
    assert not dialog.erase_button.isEnabled()  # no erasure without a reason
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Begaran")  # QTest types ASCII only
    assert dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault() and not dialog.erase_button.isDefault()


def test_erasing_from_the_page(
    qtbot: QtBot, page: ParticipantsPage, context: PageContext, rich: Rich
) -> None:
    bar = page.rights
    assert page.person_title.text() == f"{FIRST} {LAST}"
    assert bar.erase_button.isEnabled() and page.person_form.isEnabled()

    bar.erase_button.setFocus()
    qtbot.keyClick(bar.erase_button, Qt.Key.Key_Space)
    dialog = bar.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Personens begaran 28 november")
    dialog.erase_button.setFocus()
    with qtbot.waitSignal(page.personErased, timeout=10_000) as erased:
        qtbot.keyClick(dialog.erase_button, Qt.Key.Key_Space)
    _settle(qtbot, context)

    assert erased.args[0].full_name == "Raderad person"
    assert page.person_title.text() == "Raderad person"
    assert not page.person_form.isEnabled()
    assert not bar.erase_button.isEnabled() and bar.export_button.isEnabled()
    assert "erased" in bar.status.text()
    row = page.person_model.row_of(rich.person_id)
    assert row is not None and page.person_model.record_at(row).full_name == "Raderad person"
    record = gdpr.person_record(context.database, rich.person_id)
    assert record.person.personnummer is None
    assert record.erasures[0].reason == "Personens begaran 28 november"
    # Not an edit: nothing to undo.
    assert not context.edits.stack.canUndo()


def test_cancelling_erases_nothing(
    qtbot: QtBot, page: ParticipantsPage, context: PageContext, rich: Rich
) -> None:
    page.rights.ask_erase()
    dialog = page.rights.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Begaran")  # QTest types ASCII only
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _settle(qtbot, context)
    assert people.get_person(context.database, rich.person_id).personnummer == PNR


def test_exporting_the_register_extract(
    qtbot: QtBot,
    page: ParticipantsPage,
    context: PageContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bar = page.rights
    chosen = tmp_path / "utdrag.json"
    monkeypatch.setattr(bar, "ask_export_path", lambda suggestion: str(chosen))
    bar.export_button.setFocus()
    with qtbot.waitSignal(bar.exported, timeout=10_000):
        qtbot.keyClick(bar.export_button, Qt.Key.Key_Space)
    assert json.loads(chosen.read_text(encoding="utf-8"))["person"]["personnummer"] == PNR
    assert str(chosen) in bar.status.text()

    pdf = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(bar, "ask_export_path", lambda suggestion: str(pdf))
    with qtbot.waitSignal(bar.exported, timeout=10_000):
        bar.export_button.click()
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_wrong_file_ending_is_refused_and_writes_nothing(
    qtbot: QtBot,
    page: ParticipantsPage,
    context: PageContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bar = page.rights
    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.setattr(bar, "ask_export_path", lambda suggestion: str(folder / "utdrag.docx"))
    bar.export_button.click()
    _settle(qtbot, context)
    assert bar.message.isVisible() and ".docx" in bar.message.text()
    assert list(folder.iterdir()) == []
    # Cancelling the file dialog does nothing at all.
    monkeypatch.setattr(bar, "ask_export_path", lambda suggestion: "")
    bar.export_button.click()
    assert context.worker.pending() == 0
