"""The conflict review panel: the list in words, both values side by side, decisions with undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import Gender
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import conflicts, people
from soul_desktop.services.conflicts import ReviewItem
from soul_desktop.storage.database import Database
from soul_desktop.ui.conflict_review import (
    REVIEW_FIELD,
    REVIEW_KEPT,
    REVIEW_KEPT_SOURCE,
    REVIEW_KEPT_TIME,
    REVIEW_LOST,
    REVIEW_LOST_SOURCE,
    REVIEW_RECORD,
    REVIEW_TABLE,
    ConflictReviewPanel,
    ReviewTableModel,
    moment_text,
)
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.worker import Worker
from tests.storage.test_conflicts import STRANGER, add_item

KEPT_AT = dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC)
LOST_AT = dt.datetime(2026, 5, 4, 7, 30, tzinfo=dt.UTC)


def _item(**changes: Any) -> ReviewItem:
    values: dict[str, Any] = {
        "id": 1,
        "kind": "conflict",
        "table": "person",
        "row_id": ids.new_id(),
        "row_label": "Åsa Berg",
        "field": "last_name",
        "kept_value": "Berg",
        "kept_label": None,
        "kept_author": ids.new_id(),
        "kept_author_name": "Kontor A",
        "kept_at": KEPT_AT,
        "lost_value": "Ek",
        "lost_label": None,
        "lost_author": STRANGER,
        "lost_author_name": None,
        "lost_at": LOST_AT,
        "current_value": "Berg",
        "current_label": None,
        "row_exists": True,
        "row_deleted": False,
        "changed_since": False,
        "bundle_id": None,
        "source_id": STRANGER,
        "source_name": None,
        "detected_at": dt.datetime(2026, 5, 4, 9, 0),
    }
    values.update(changes)
    return ReviewItem(**values)


def _cell(model: ReviewTableModel, row: int, column: int) -> str:
    return model.data(model.index(row, column))


# -- the model, without a window --------------------------------------------------------------


def test_the_model_says_what_in_words(qtbot: QtBot) -> None:
    model = ReviewTableModel()
    organisation = _item(
        id=2,
        field="organisation_id",
        kept_value=ids.new_id(),
        kept_label="Föreningen Bron",
        lost_value=ids.new_id(),
        lost_label="Kooperativet Gnistan",
    )
    gender = _item(id=3, field="gender", kept_value=Gender.WOMAN, lost_value=Gender.NOT_STATED)
    deleted = _item(
        id=4, kind="edited_after_delete", field="email", kept_value=True, lost_value=None
    )
    session = _item(id=5, table="course_session", field="note", row_label="Kurs – 2026-03-01")
    model.set_records([_item(), organisation, gender, deleted, session])
    assert model.rowCount() == 5
    assert [_cell(model, 0, c) for c in (REVIEW_TABLE, REVIEW_RECORD, REVIEW_FIELD)] == [
        "Person",
        "Åsa Berg",
        "Last name",
    ]
    assert (_cell(model, 0, REVIEW_KEPT), _cell(model, 0, REVIEW_LOST)) == ("Berg", "Ek")
    # An unknown installation is shown by its id; times in this computer's time zone.
    assert (_cell(model, 0, REVIEW_KEPT_SOURCE), _cell(model, 0, REVIEW_LOST_SOURCE)) == (
        "Kontor A",
        STRANGER,
    )
    assert _cell(model, 0, REVIEW_KEPT_TIME) == moment_text(KEPT_AT)
    assert moment_text(KEPT_AT) != moment_text(LOST_AT)
    # References by the name of the row, enums and empties in words.
    assert (_cell(model, 1, REVIEW_FIELD), _cell(model, 1, REVIEW_KEPT)) == (
        "Organisation",
        "Föreningen Bron",
    )
    assert _cell(model, 1, REVIEW_LOST) == "Kooperativet Gnistan"
    assert (_cell(model, 2, REVIEW_KEPT), _cell(model, 2, REVIEW_LOST)) == ("Woman", "Not stated")
    assert (_cell(model, 3, REVIEW_KEPT), _cell(model, 3, REVIEW_LOST)) == ("Deleted", "(empty)")
    assert (_cell(model, 4, REVIEW_TABLE), _cell(model, 4, REVIEW_FIELD)) == ("Session", "Note")
    # Sorting by time sorts by the moment, not by its text.
    model.sort(REVIEW_KEPT_TIME)
    assert model.row_of("1") is not None
    assert model.headerData(REVIEW_LOST, Qt.Orientation.Horizontal) == "Other value"


# -- the panel --------------------------------------------------------------------------------


@pytest.fixture
def context(database: Database, worker: Worker, installation_info: InstallationInfo) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


@pytest.fixture
def person_id(database: Database) -> str:
    person = ids.new_id()
    people.create_person(database, person, "Åsa", "Berg", email="asa@example.se")
    return person


def _panel(qtbot: QtBot, context: PageContext) -> ConflictReviewPanel:
    with qtbot.waitSignal(context.worker.succeeded, timeout=10_000):
        panel = ConflictReviewPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=10_000)
    return panel


@pytest.fixture
def panel(
    qtbot: QtBot, context: PageContext, database: Database, person_id: str
) -> Iterator[ConflictReviewPanel]:
    add_item(database, "person", person_id, "last_name", "Ek")
    widget = _panel(qtbot, context)
    yield widget
    context.edits.deleteLater()


def test_no_conflicts_says_so(qtbot: QtBot, context: PageContext) -> None:
    panel = _panel(qtbot, context)
    assert panel.stack.currentIndex() == panel.PAGE_EMPTY
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No conflicts to review"
    assert not panel.view.isVisible()


def test_an_item_shows_both_values_side_by_side(panel: ConflictReviewPanel) -> None:
    assert panel.stack.currentIndex() == panel.PAGE_LIST and panel.view.isVisible()
    assert panel.model.rowCount() == 1
    item = panel.current_item()
    assert item is not None and item.lost_value == "Ek"
    assert panel.title.text() == "Person: Åsa Berg – Last name"
    assert panel.kept_side.value.text() == "Berg"
    assert panel.lost_side.value.text() == "Ek"
    assert panel.kept_side.source.text() == "From: Jämtland kontor"
    assert panel.lost_side.source.text() == f"From: {STRANGER}"
    assert panel.kept_side.button.text() == "&Keep this value"
    assert panel.lost_side.button.text() == "&Use the other value"
    for side in (panel.kept_side, panel.lost_side):
        assert side.button.isEnabled() and side.button.accessibleName()
    assert panel.view.accessibleName() == "Conflicts to review"


def test_the_decisions_are_reachable_by_keyboard(
    qtbot: QtBot, panel: ConflictReviewPanel, database: Database, person_id: str
) -> None:
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.kept_side.button
    qtbot.keyClick(panel.kept_side.button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.lost_side.button
    with qtbot.waitSignal(panel.resolved, timeout=10_000) as resolved:
        qtbot.keyClick(panel.lost_side.button, Qt.Key.Key_Space)
    assert resolved.args[0].written
    assert people.get_person(database, person_id).last_name == "Ek"
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == panel.PAGE_EMPTY, timeout=10_000)
    assert "now holds the other value" in panel.status.text()


def test_keep_closes_the_item_and_undo_opens_it_again(
    qtbot: QtBot,
    panel: ConflictReviewPanel,
    context: PageContext,
    database: Database,
    person_id: str,
) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=10_000) as loaded:
        panel.kept_side.button.click()
    assert loaded.args == [0]
    assert people.get_person(database, person_id).last_name == "Berg"
    assert conflicts.count_open(database) == 0
    with qtbot.waitSignal(panel.loaded, timeout=10_000) as loaded:
        context.edits.stack.undo()
    assert loaded.args == [1]
    assert panel.current_item() is not None
    assert "open again" in panel.status.text()


def test_undo_of_the_other_value_writes_the_earlier_one_back(
    qtbot: QtBot,
    panel: ConflictReviewPanel,
    context: PageContext,
    database: Database,
    person_id: str,
) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.use_other()
    assert people.get_person(database, person_id).last_name == "Ek"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        context.edits.stack.undo()
    assert people.get_person(database, person_id).last_name == "Berg"
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        context.edits.stack.redo()
    assert people.get_person(database, person_id).last_name == "Ek"
    assert panel.model.rowCount() == 0


def test_a_refusal_is_shown_in_words_and_the_list_refreshed(
    qtbot: QtBot, panel: ConflictReviewPanel, database: Database
) -> None:
    item = panel.current_item()
    assert item is not None
    conflicts.resolve(database, item.id, conflicts.KEPT)  # decided meanwhile (another window)
    with qtbot.waitSignal(panel.failed, timeout=10_000) as failed:
        panel.use_other()
    assert failed.args == ["This conflict has already been decided."]
    assert panel.status.text() == failed.args[0]
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == panel.PAGE_EMPTY, timeout=10_000)


def test_an_edit_after_a_delete_offers_keep_deleted_or_restore(
    qtbot: QtBot, context: PageContext, database: Database, person_id: str
) -> None:
    people.delete_person(database, person_id)
    add_item(database, "person", person_id, "email", "late@example.se", kind="edited_after_delete")
    panel = _panel(qtbot, context)
    assert panel.kept_side.button.text() == "&Keep it deleted"
    assert panel.lost_side.button.text() == "&Restore with the later edit"
    assert panel.lost_side.value.text() == "E-mail: late@example.se"
    with qtbot.waitSignal(panel.resolved, timeout=10_000):
        panel.use_other()
    assert people.get_person(database, person_id).email == "late@example.se"


def test_refresh_shows_items_recorded_since(
    qtbot: QtBot, context: PageContext, database: Database, person_id: str
) -> None:
    panel = _panel(qtbot, context)
    assert panel.model.rowCount() == 0
    add_item(database, "person", person_id, "email", "b@example.se")
    with qtbot.waitSignal(panel.loaded, timeout=10_000) as loaded:
        panel.refresh()
    assert loaded.args == [1]
    assert panel.stack.currentIndex() == panel.PAGE_LIST
    assert panel.current_item() is not None
    assert panel.lost_side.value.text() == "b@example.se"
