"""The duplicate review panel: the ranked list, the pair side by side, merging from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, Gender, InstallationRole
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import attendance, duplicates, installation, people
from soul_desktop.services.duplicates import (
    DuplicateCandidate,
    DuplicatePerson,
    DuplicateReason,
    MergeResult,
)
from soul_desktop.storage.database import Database
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.duplicate_review import (
    COLUMN_BIRTH_YEARS,
    COLUMN_FIRST,
    COLUMN_ORGANISATIONS,
    COLUMN_REASON,
    COLUMN_REGIONS,
    COLUMN_SCORE,
    COLUMN_SECOND,
    DuplicateModel,
    DuplicateReviewPanel,
    confirmation_text,
)
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.models.record_table import RECORD_ROLE
from soul_desktop.ui.worker import Worker
from tests.services.test_attendance import Built, build_course


def _person(pid: str, first: str, year: int | None, org: str | None, **counts: int) -> Any:
    return DuplicatePerson(
        id=pid,
        region="SE32",
        first_name=first,
        last_name="Ek",
        gender=Gender.NOT_STATED,
        birth_year=year,
        personnummer_masked=None,
        email=None,
        phone=None,
        organisation_name=org,
        municipality_name=None,
        enrolments=counts.get("enrolments", 0),
        attendance=counts.get("attendance", 0),
        attended_minutes=counts.get("minutes", 0),
    )


def _candidate(key: str, score: float, first: Any, second: Any) -> DuplicateCandidate:
    return DuplicateCandidate(
        key=key,
        first=first,
        second=second,
        reason=DuplicateReason.SAME_NAME_AND_BIRTH_YEAR,
        score=score,
        evidence=("name", "birth_year"),
    )


# -- the model, without a window --------------------------------------------------------------


def test_the_model_shows_each_pair_in_named_columns() -> None:
    model = DuplicateModel()
    weak = _candidate(
        "a:b", 0.3, _person("a", "Bo", 1970, "Bron"), _person("b", "Bo", 1970, "Väven")
    )
    strong = _candidate(
        "c:d", 0.734, _person("c", "Cia", 1980, None), _person("d", "Cia", None, None)
    )
    model.set_records([weak, strong])

    def cell(row: int, column: int) -> str:
        return str(model.index(row, column).data())

    assert cell(0, COLUMN_SCORE) == "30 %"
    assert cell(0, COLUMN_REASON) == "Same name and birth year"
    assert (cell(0, COLUMN_FIRST), cell(0, COLUMN_SECOND)) == ("Bo Ek", "Bo Ek")
    assert cell(0, COLUMN_BIRTH_YEARS) == "1970"  # one value where both agree
    assert cell(0, COLUMN_ORGANISATIONS) == "Bron / Väven"
    assert cell(0, COLUMN_REGIONS) == "SE32"
    assert cell(1, COLUMN_BIRTH_YEARS) == "1980 / –"
    assert cell(1, COLUMN_ORGANISATIONS) == "–"
    assert model.index(1, COLUMN_SCORE).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, COLUMN_FIRST).data(RECORD_ROLE) is weak
    model.sort(COLUMN_SCORE, Qt.SortOrder.DescendingOrder)
    assert model.record_at(0) is strong


def test_the_more_history_is_suggested_to_stay() -> None:
    quiet = _person("a", "Bo", 1970, None, enrolments=2)
    busy = _person("b", "Bo", 1970, None, enrolments=1, attendance=3)
    assert _candidate("a:b", 0.3, quiet, busy).suggested_survivor is busy
    assert _candidate("a:b", 0.3, quiet, quiet).suggested_survivor is quiet


def test_the_confirmation_says_what_moves() -> None:
    text = confirmation_text(
        MergeResult(
            survivor_id="s",
            duplicate_id="d",
            survivor_name="Nils Nilsson",
            duplicate_name="Nisse Nilsson",
            enrolments_moved=1,
            enrolments_combined=1,
            attendance_moved=3,
            attendance_combined=1,
            history_moved=2,
            other_moved=0,
            filled_fields=("email", "personnummer"),
            place_changes=1,
        )
    )
    assert text.startswith("Merge Nisse Nilsson into Nils Nilsson?")
    assert "• 2 enrolment(s) (1 of them on a course where Nils Nilsson is already enrolled" in text
    assert (
        "• 4 attendance mark(s) (1 of them for a session where Nils Nilsson is already marked"
        in text
    )
    assert "e-mail, personnummer" in text
    assert "1 freed place(s)" in text
    labelled = confirmation_text(
        MergeResult("s", "d", "Bo Ek", "Bo Ek", 0, 0, 0, 0, 0, 0, (), 0),
        ("Person 1", "Person 1 (Bo Ek, SE32)"),
        ("Person 2", "Person 2 (Bo Ek, SE11)"),
    )
    assert labelled.startswith("Merge Person 2 (Bo Ek, SE11) into Person 1 (Bo Ek, SE32)?")
    assert "• nothing: Person 2 has no enrolments" in labelled
    assert "Person 2 is then removed and points to Person 1" in labelled
    assert "cannot be undone" in text


# -- the panel --------------------------------------------------------------------------------


@pytest.fixture
def central(fresh_database: Database) -> Database:
    installation.initialise(fresh_database, InstallationRole.CENTRAL, None, "Centralen")
    return fresh_database


def _context(db: Database, worker: Worker) -> PageContext:
    info = installation.current(db)
    assert isinstance(info, InstallationInfo)
    return PageContext(worker, db, info, EditRunner(worker))


def _show(qtbot: QtBot, context: PageContext) -> DuplicateReviewPanel:
    panel = DuplicateReviewPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()  # the first showing looks for candidates
    return panel


@pytest.fixture
def course(central: Database) -> Built:
    return build_course(central)


@pytest.fixture
def pair(central: Database, course: Built) -> tuple[str, str]:
    """Anna Berg (enrolled, marked present twice) and a second Anna Berg with no history."""
    anna = course.persons[0]
    people.update_person(central, anna, birth_year=1980)
    for session_id in course.sessions[:2]:
        attendance.mark(central, session_id, anna, AttendanceStatus.PRESENT)
    twin = ids.new_id()
    people.create_person(central, twin, "Anna", "Berg", birth_year=1980, email="anna@example.se")
    return anna, twin


@pytest.fixture
def panel(
    qtbot: QtBot, central: Database, worker: Worker, pair: tuple[str, str]
) -> Iterator[DuplicateReviewPanel]:
    widget = _show(qtbot, _context(central, worker))
    yield widget
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=10_000)


def test_an_empty_register_says_there_is_nothing_to_review(
    qtbot: QtBot, central: Database, worker: Worker
) -> None:
    panel = _show(qtbot, _context(central, worker))
    assert panel.model.rowCount() == 0
    assert "No likely duplicates" in panel.status_label.text()
    assert not panel.merge_button.isEnabled()
    assert panel.choice_label.text() == "Choose a pair in the list."


def test_a_leaders_installation_is_told_where_duplicates_are_reviewed(
    qtbot: QtBot, fresh_database: Database, worker: Worker
) -> None:
    installation.initialise(fresh_database, InstallationRole.LEADER, "SE32", "Kurslaptop")
    panel = DuplicateReviewPanel(_context(fresh_database, worker))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.failed, timeout=10_000) as failed:
        panel.show()
    assert "not on a workshop leader's installation" in str(failed.args[0])
    assert panel.status_label.text() == failed.args[0]
    assert not panel.merge_button.isEnabled()


def test_the_pair_is_shown_side_by_side_with_the_busier_one_kept(
    panel: DuplicateReviewPanel, pair: tuple[str, str]
) -> None:
    anna, twin = pair
    assert panel.model.rowCount() == 1
    assert "1 possible duplicate pair(s)" in panel.status_label.text()
    candidate = panel.current_candidate()
    assert candidate is not None
    cards = {
        panel.first_card.person.id: panel.first_card,
        panel.second_card.person.id: panel.second_card,
    }  # type: ignore[union-attr]
    assert cards[anna].values["attendance"].text() == "2"
    assert cards[anna].values["hours"].text() == "6"
    assert cards[anna].values["organisation"].text() == "Föreningen Bron"
    assert cards[twin].values["email"].text() == "anna@example.se"
    assert cards[twin].values["attendance"].text() == "0"
    assert cards[anna].keep_radio.isChecked()
    assert panel.survivor() is not None and panel.survivor().id == anna  # type: ignore[union-attr]
    assert panel.merge_button.isEnabled()
    keep, other = (
        (panel.first_card, panel.second_card)
        if panel.first_card.person.id == anna  # type: ignore[union-attr]
        else (panel.second_card, panel.first_card)
    )
    assert panel.choice_label.text() == (
        f"{keep.label} (Anna Berg, SE32) stays; {other.label} (Anna Berg, national) is merged "
        "into them."
    )
    assert keep.title() == f"{keep.label}: stays"
    assert other.title() == f"{other.label}: is merged into {keep.label}"
    for widget in (panel.refresh_button, panel.merge_button, panel.view, cards[anna].keep_radio):
        assert widget.accessibleName()


def test_merging_from_the_keyboard_after_confirming(
    qtbot: QtBot, panel: DuplicateReviewPanel, central: Database, pair: tuple[str, str]
) -> None:
    anna, twin = pair
    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    panel.confirm_merge = confirm  # type: ignore[method-assign]
    panel.merge_button.setFocus()
    with qtbot.waitSignal(panel.merged, timeout=10_000) as merged:
        qtbot.keyClick(panel.merge_button, Qt.Key.Key_Space)
    result = merged.args[0]
    assert (result.survivor_id, result.duplicate_id) == (anna, twin)
    assert asked[0].startswith("Merge Person ")
    assert "(Anna Berg, national) into Person " in asked[0]
    assert "empty fields filled in: e-mail" in asked[0]
    qtbot.waitUntil(lambda: "was merged into" in panel.status_label.text(), timeout=10_000)
    assert panel.model.rowCount() == 0
    assert "No likely duplicates" in panel.status_label.text()
    assert people.get_person(central, anna).email == "anna@example.se"
    assert twin not in {p.id for p in people.list_persons(central)}


def test_choosing_the_other_one_to_keep(
    qtbot: QtBot, panel: DuplicateReviewPanel, central: Database, pair: tuple[str, str]
) -> None:
    anna, twin = pair
    card = panel.first_card if panel.first_card.person.id == twin else panel.second_card  # type: ignore[union-attr]
    card.keep_radio.setFocus()
    qtbot.keyClick(card.keep_radio, Qt.Key.Key_Space)
    assert panel.survivor().id == twin  # type: ignore[union-attr]
    panel.confirm_merge = lambda _text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.merged, timeout=10_000) as merged:
        panel.merge_button.click()
    assert (merged.args[0].survivor_id, merged.args[0].duplicate_id) == (twin, anna)
    grid = attendance.grid(central, _course_of(central, twin))
    assert twin in {p.id for p in grid.persons}


def _course_of(db: Database, person_id: str) -> str:
    summary = people.get_person_summary(db, person_id)
    (course,) = summary.courses
    return course.course_id


def test_cancelling_the_confirmation_merges_nothing(
    qtbot: QtBot, panel: DuplicateReviewPanel, central: Database, pair: tuple[str, str]
) -> None:
    asked: list[str] = []

    def refuse(text: str) -> bool:
        asked.append(text)
        return False

    panel.confirm_merge = refuse  # type: ignore[method-assign]
    panel.merge_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert panel.status_label.text() == "Not merged."
    assert panel.merge_button.isEnabled()
    assert {p.id for p in people.list_persons(central)} >= set(pair)


def test_a_pair_merged_elsewhere_meanwhile_is_refused_with_a_reason(
    qtbot: QtBot, panel: DuplicateReviewPanel, central: Database, pair: tuple[str, str]
) -> None:
    anna, twin = pair
    duplicates.merge(central, twin, anna)  # someone else at the office, the other way round
    with qtbot.waitSignal(panel.failed, timeout=10_000) as failed:
        panel.merge_button.click()
    # Anna was merged into her twin: keeping Anna now would go round in a circle.
    assert "would go round in a circle" in str(failed.args[0])
    assert panel.merge_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(panel.refresh_button, Qt.Key.Key_Space)
    assert panel.model.rowCount() == 0
