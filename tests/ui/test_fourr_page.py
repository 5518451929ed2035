"""The 4R page driven as a user would: choose a unit and period, read R1 and R2, write R3 and
R4 and the counts and resources by hand, undo and redo."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from soul_desktop.domain import fourr as fourr_domain
from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    Gender,
    InstallationRole,
    OutsideBody,
    ResourceKind,
)
from soul_desktop.domain.fourr import (
    PROGRAMME,
    WHOLE_TIME,
    FourRError,
    FourRUnit,
    GenderCounts,
    Period,
)
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import fourr_entries, installation
from soul_desktop.storage.database import Database
from soul_desktop.ui.accessibility import name_inner_widgets
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.models.fourr import (
    ACTION_DUE,
    COUNT_NAME,
    FIGURE_LABEL,
    FIGURE_MAN,
    FIGURE_TOTAL,
    FIGURE_WOMAN,
)
from soul_desktop.ui.pages.fourr import (
    CUSTOM_PERIOD,
    SETTINGS_HIDE_SMALL,
    TAB_R3,
    ActionDialog,
    CountDialog,
    FourRPage,
    ResourceDialog,
    period_choices,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker
from tests import fourr_dataset

TIMEOUT = 10_000
NB = "\u00a0"
SE32 = FourRUnit(FourRUnitKind.REGION, "SE32")
T = TypeVar("T")


@pytest.fixture(autouse=True)
def swedish_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield


def _context(worker: Worker, db: Database) -> PageContext:
    info = installation.current(db)
    assert info is not None
    return PageContext(worker, db, info, EditRunner(worker))


@pytest.fixture
def regional(
    worker: Worker, database: Database, installation_info: InstallationInfo
) -> PageContext:
    return PageContext(worker, database, installation_info, EditRunner(worker))


@pytest.fixture
def central(worker: Worker, fresh_database: Database) -> tuple[PageContext, fourr_dataset.Dataset]:
    installation.initialise(fresh_database, InstallationRole.CENTRAL, None, "Centralen")
    data = fourr_dataset.build(fresh_database)
    return _context(worker, fresh_database), data


def _idle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)


def _open(qtbot: QtBot, context: PageContext) -> FourRPage:
    page = FourRPage(context)
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    page.resize(1366, 768)
    with (
        qtbot.waitSignal(page.figuresLoaded, timeout=TIMEOUT),
        qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT),
    ):
        page.show()
    return page


def _update(qtbot: QtBot, page: FourRPage) -> None:
    with (
        qtbot.waitSignal(page.figuresLoaded, timeout=TIMEOUT),
        qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT),
    ):
        page.update_button.setFocus()
        qtbot.keyClick(page.update_button, Qt.Key.Key_Space)


def _row_texts(page: FourRPage, label: str) -> list[str]:
    model = page.r1_model
    for row in range(model.rowCount()):
        if model.index(row, FIGURE_LABEL).data() == label:
            return [model.index(row, c).data() for c in range(FIGURE_WOMAN, FIGURE_TOTAL + 1)]
    raise AssertionError(label)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _dialog(qtbot: QtBot, page: FourRPage, kind: type[T]) -> T:
    """The dialog the page opened, once it has the keyboard."""
    dialog = page.dialog
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    return dialog


def _accept(qtbot: QtBot, page: FourRPage) -> None:
    """Press OK in the open dialog and wait until the page shows the written entry."""
    dialog = page.dialog
    assert dialog is not None
    with (
        qtbot.waitSignal(page.context.edits.finished, timeout=TIMEOUT),
        qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT),
    ):
        dialog.accept()
    assert page.dialog is None


def _undo(qtbot: QtBot, page: FourRPage) -> None:
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        page.context.edits.stack.undo()


def _redo(qtbot: QtBot, page: FourRPage) -> None:
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        page.context.edits.stack.redo()


# -- figures ----------------------------------------------------------------------------------
def test_central_sees_the_programme_and_narrows_to_a_region_and_half_year(
    qtbot: QtBot, central: tuple[PageContext, fourr_dataset.Dataset]
) -> None:
    context, _data = central
    page = _open(qtbot, context)
    assert page.unit == PROGRAMME
    assert not page.unit_combo.isEnabled()
    # First the whole project period (the profile's); 2 women, 2 men, 1 "other" enrolled.
    assert page.period == Period(dt.date(2009, 2, 2), dt.date(2012, 1, 31))
    assert page.period_combo.currentText() == "Project period (2009-02-02 – 2012-01-31)"
    enrolled = [f"2 (40{NB}%)", f"2 (40{NB}%)", f"1 (20{NB}%)", f"0 (0{NB}%)", "5"]
    assert _row_texts(page, "Enrolled") == enrolled
    # Each cell reads aloud with its row and column.
    index = page.r1_model.index(0, FIGURE_MAN)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"Enrolled, Man: 2 (40{NB}%)"
    # All dates: C7 has no session, so it belongs to no period, and nothing changes.
    page.period_combo.setCurrentIndex(page.period_combo.findText("All dates"))
    assert not page.from_edit.isEnabled()
    assert page.from_edit.text() == ""
    _update(qtbot, page)
    assert page.period == WHOLE_TIME
    assert _row_texts(page, "Enrolled") == enrolled
    assert _row_texts(page, "Waitlisted")[3] == f"1 (100{NB}%)"
    assert page.r1_model.index(0, FIGURE_LABEL).data() == "Enrolled"
    labels = [page.r1_model.index(r, 0).data() for r in range(6)]
    assert labels == [
        "Enrolled",
        "Waitlisted",
        "Attended",
        "Completed",
        "No-show",
        "Course leaders",
    ]
    assert page.r1_model.rowCount() > 6  # the roles follow
    # The bars show the selected row; all four genders always.
    assert page.r1_bars.title() == "Enrolled"
    assert len(page.r1_bars.value_texts()) == 4
    assert "Not stated: 0" in page.r1_bars.accessibleDescription()
    assert "5 course(s)" in page.status_label.text()
    # Network boards come from the figures.
    assert page.boards_model.rowCount() == 3
    assert not page.boards_view.isHidden()
    # R2: hours and the money that cannot be divided.
    texts = [page.r2_model.index(0, c).data() for c in range(1, 6)]
    assert texts[0] == f"22,0 (71{NB}%)"
    assert texts[4] == "31,0"
    assert page.unallocated_label.text().endswith(f"1{NB}000 kr")
    assert page.area_model.rowCount() == 4

    # Hiding counts under 5: every small figure says "< 5", kept for the next session.
    page.hide_small.setFocus()
    qtbot.keyClick(page.hide_small, Qt.Key.Key_Space)
    assert _row_texts(page, "Enrolled") == ["< 5", "< 5", "< 5", "0", "–"]
    assert page.r1_bars.value_texts()[:3] == ["< 5", "< 5", "< 5"]
    assert page.r1_bars.bar_fraction(Gender.WOMAN) == 0
    assert QSettings().value(SETTINGS_HIDE_SMALL) in (True, "true")
    qtbot.keyClick(page.hide_small, Qt.Key.Key_Space)
    assert _row_texts(page, "Enrolled") == enrolled

    # Region SE11, first half of 2010: C1 and C5.
    _choose(page.kind_combo, FourRUnitKind.REGION.value)
    assert page.unit_combo.isEnabled()
    _choose(page.unit_combo, "SE11")
    index = page.period_combo.findText("2010, first half (January–June)")
    assert index >= 0
    page.period_combo.setCurrentIndex(index)
    assert page.from_edit.text() == "2010-01-01" and not page.from_edit.isEnabled()
    _update(qtbot, page)
    assert page.unit == FourRUnit(FourRUnitKind.REGION, "SE11")
    assert page.period == Period(dt.date(2010, 1, 1), dt.date(2010, 6, 30))
    assert [t.split(" ")[0] for t in _row_texts(page, "Enrolled")] == ["1", "1", "1", "0", "3"]
    assert "2 course(s)" in page.status_label.text()
    assert page.boards_model.rowCount() == 1

    # Selecting another row moves the bars.
    page.r1_view.setFocus()
    qtbot.keyClick(page.r1_view, Qt.Key.Key_Down)
    assert page.r1_bars.title() == "Waitlisted"


def test_a_course_is_found_by_typing_and_a_custom_period_is_checked(
    qtbot: QtBot, central: tuple[PageContext, fourr_dataset.Dataset]
) -> None:
    context, data = central
    page = _open(qtbot, context)
    _choose(page.kind_combo, FourRUnitKind.COURSE.value)
    assert page.unit_combo.isEditable()
    line = page.unit_combo.lineEdit()
    assert line is not None and line.accessibleName() == "Find a course"
    # Text that names no course of the list is refused, nothing is counted.
    line.setText("no such course")
    page.update_figures()
    assert page.message.text() == "⚠ Choose a course from the list."
    assert page.unit == PROGRAMME
    index = page.unit_combo.findData(data.courses["C2"])
    line.setText(page.unit_combo.itemText(index))
    _update(qtbot, page)
    assert page.unit == FourRUnit(FourRUnitKind.COURSE, data.courses["C2"])
    assert _row_texts(page, "Enrolled")[0] == f"2 (100{NB}%)"

    _choose(page.period_combo, CUSTOM_PERIOD)
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    page.from_edit.setText("2010-13-01")
    page.update_figures()
    assert "YYYY-MM-DD" in page.message.text()
    page.from_edit.setText("2010-09-01")
    page.to_edit.setText("2010-08-01")
    page.update_figures()
    assert page.message.text() == "⚠ The period ends before it starts."
    page.to_edit.setText("2010-09-30")
    _update(qtbot, page)
    assert page.period == Period(dt.date(2010, 9, 1), dt.date(2010, 9, 30))
    assert page.message.text() == ""


def test_period_presets_cover_the_project_years_and_halves() -> None:
    choices = period_choices((dt.date(2010, 3, 1), dt.date(2011, 12, 31)))
    texts = [c.text for c in choices]
    assert texts[0] == "Project period (2010-03-01 – 2011-12-31)"
    assert choices[0].period == Period(dt.date(2010, 3, 1), dt.date(2011, 12, 31))
    assert texts[1] == "All dates" and choices[1].period == WHOLE_TIME
    assert texts[2:5] == [
        "2010",
        "2010, first half (January–June)",
        "2010, second half (July–December)",
    ]
    assert choices[-1].period == Period(dt.date(2011, 7, 1), dt.date(2011, 12, 31))
    assert len(choices) == 2 + 2 * 3
    assert period_choices(None, dt.date(2026, 5, 1))[0].text == "All dates"


# -- entries by hand --------------------------------------------------------------------------
def test_counts_by_hand_are_added_edited_deleted_and_undone(
    qtbot: QtBot, regional: PageContext, database: Database
) -> None:
    page = _open(qtbot, regional)
    # A coordinator starts at the own region.
    assert page.unit == SE32
    assert page.kind_combo.currentData() == FourRUnitKind.REGION.value
    assert page.unit_combo.count() == 1

    page.add_count_button.click()
    dialog = _dialog(qtbot, page, CountDialog)
    assert dialog.name_edit.hasFocus()
    # Nothing counted and no name: refused in the dialog, which stays open.
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "⚠ Name the body that was counted."
    assert dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "Styrgruppen i ")
    dialog.name_edit.insert("Jämtland")  # typed keys are ASCII only in QTest
    dialog.accept()
    assert dialog.error.text().startswith("⚠ Count at least one person")
    dialog.spins["woman"].setValue(4)
    dialog.spins["man"].setValue(3)
    dialog.spins["not_stated"].setValue(1)
    _choose(dialog.body, OutsideBody.STEERING_GROUP.value)
    _accept(qtbot, page)
    (record,) = fourr_entries.r1_counts(database, SE32, WHOLE_TIME)
    assert record.counts == GenderCounts(4, 3, 0, 1)
    assert record.counted_on == dt.date.today()
    # The entry applies to the period on screen (the whole project period).
    assert page.period is not None
    assert (record.period_start, record.period_end) == (page.period.start, page.period.end)
    assert page.count_model.rowCount() == 1
    assert page.count_model.index(0, COUNT_NAME).data() == "Styrgruppen i Jämtland"

    # Edit: the dialog opens with the values, a change is written and can be undone.
    page.count_view.setCurrentIndex(page.count_model.index(0, 0))
    page.edit_count_button.click()
    dialog = _dialog(qtbot, page, CountDialog)
    assert dialog.spins["woman"].value() == 4
    dialog.spins["woman"].setValue(5)
    _accept(qtbot, page)
    assert fourr_entries.r1_counts(database, SE32, WHOLE_TIME)[0].counts.woman == 5
    _undo(qtbot, page)
    assert fourr_entries.r1_counts(database, SE32, WHOLE_TIME)[0].counts.woman == 4

    # Delete with the Delete key; undo brings it back, redo takes it again.
    page.activateWindow()
    page.count_view.setFocus()
    qtbot.waitUntil(page.count_view.hasFocus, timeout=TIMEOUT)
    page.count_view.setCurrentIndex(page.count_model.index(0, 0))
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        qtbot.keyClick(page.count_view, Qt.Key.Key_Delete)
    assert page.count_model.rowCount() == 0
    _undo(qtbot, page)
    assert page.count_model.rowCount() == 1
    _redo(qtbot, page)
    assert fourr_entries.r1_counts(database, SE32, WHOLE_TIME) == []
    # Undo back to before the count was added (the undone edit left the stack when the
    # delete came): the list is empty, the database too.
    _undo(qtbot, page)
    assert page.count_model.rowCount() == 1
    _undo(qtbot, page)
    assert not page.context.edits.stack.canUndo()
    assert fourr_entries.r1_counts(database, SE32, WHOLE_TIME) == []
    assert page.count_model.rowCount() == 0


def test_hidden_small_counts_apply_to_the_counts_by_hand(
    qtbot: QtBot, regional: PageContext, database: Database
) -> None:
    fourr_entries.create_r1_count(
        database,
        ids.new_id(),
        SE32,
        body=OutsideBody.PARTNER_BOARD,
        body_name="Partnerstyrelsen",
        counted_on=dt.date(2010, 3, 1),
        counts=GenderCounts(6, 2, 0, 0),
    )
    page = _open(qtbot, regional)
    model = page.count_model
    assert model.index(0, 3).data() == f"6 (75{NB}%)"
    page.hide_small.setChecked(True)
    assert [model.index(0, c).data() for c in range(3, 8)] == ["6", "< 5", "0", "0", "–"]


def test_resources_by_hand_take_amounts_as_written_in_swedish(
    qtbot: QtBot, regional: PageContext, database: Database
) -> None:
    page = _open(qtbot, regional)
    page.add_resource_button.click()
    dialog = _dialog(qtbot, page, ResourceDialog)
    _choose(dialog.kind, ResourceKind.MONEY.value)
    qtbot.keyClicks(dialog.description, "Arvoden till lektorer")
    dialog.amounts["woman"].setText("1 500,50")
    dialog.amounts["man"].setText("abc")
    dialog.accept()
    assert dialog.error.text().startswith("⚠ Write each amount as a number")
    assert dialog.amounts["man"].hasFocus()
    dialog.amounts["man"].setText("2000")
    _accept(qtbot, page)
    (record,) = fourr_entries.r2_resources(database, SE32, WHOLE_TIME)
    assert [str(a) for a in record.amounts] == ["1500.50", "2000.00", "0.00", "0.00"]
    assert record.unit_label == "kr"
    assert page.resource_model.rowCount() == 1
    _undo(qtbot, page)
    assert fourr_entries.r2_resources(database, SE32, WHOLE_TIME) == []


def test_the_analysis_is_saved_as_versions_and_earlier_ones_are_read_only(
    qtbot: QtBot, regional: PageContext, database: Database
) -> None:
    page = _open(qtbot, regional)
    page.tabs.setCurrentIndex(TAB_R3)
    assert page.why_edit.accessibleName() == (
        "Why do representation and the distribution of resources look like this?"
    )
    assert page.whose_edit.placeholderText().startswith("Who decides")
    assert page.version_text.isReadOnly()
    # Nothing written: refused beside the button.
    page.save_r3_button.click()
    assert page.r3_message.text() == ("⚠ Answer at least one of the three questions before saving.")
    page.why_edit.setFocus()
    qtbot.keyClicks(page.why_edit, "Kvinnorna ")
    page.why_edit.insertPlainText("är många i vården.")
    page.author_edit.setText("Anna Ek")
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        page.save_r3_button.click()
    assert page.version_model.rowCount() == 1
    assert page.why_edit.toPlainText() == "Kvinnorna är många i vården."
    qtbot.keyClicks(page.norms_edit, "Omsorg ses som kvinnors sak.")
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        page.save_r3_button.click()
    assert page.period is not None
    versions = fourr_entries.r3_versions(database, SE32, page.period)
    assert [(v.version, v.author) for v in versions] == [(2, "Anna Ek"), (1, "Anna Ek")]
    assert versions[1].norms_text == ""
    # The earlier version, chosen in the list, is shown as it was.
    page.version_view.setCurrentIndex(page.version_model.index(1, 0))
    shown = page.version_text.toPlainText()
    assert shown.startswith("Version 1, written ")
    assert "by Anna Ek" in shown
    assert "Omsorg" not in shown
    assert QSettings().value("fourr/author") == "Anna Ek"
    # Undo of the second save deletes that version; the first is untouched.
    _undo(qtbot, page)
    assert [v.version for v in fourr_entries.r3_versions(database, SE32, page.period)] == [1]
    assert page.version_model.rowCount() == 1
    _redo(qtbot, page)
    assert page.version_model.rowCount() == 2


def test_actions_overdue_stand_out_and_their_status_changes_undoably(
    qtbot: QtBot, regional: PageContext, database: Database
) -> None:
    page = _open(qtbot, regional)
    page.add_action_button.click()
    dialog = _dialog(qtbot, page, ActionDialog)
    qtbot.keyClicks(dialog.what, "Bjud in fler ")
    dialog.what.insertPlainText("män till kurserna i styrelsearbete")
    dialog.accept()
    assert dialog.error.text() == "⚠ Say who is responsible."
    assert dialog.owner.hasFocus()
    qtbot.keyClicks(dialog.owner, "Regionkoordinatorn")
    dialog.due.setText("2010-09-30")
    dialog.finding.setPlainText("Åtta av tio deltagare är kvinnor")
    _accept(qtbot, page)
    (record,) = fourr_entries.r4_actions(database, SE32, WHOLE_TIME)
    assert record.status is ActionStatus.PLANNED
    assert record.finding == "Åtta av tio deltagare är kvinnor"
    model = page.action_model
    assert model.index(0, ACTION_DUE).data() == "2010-09-30 – Overdue"
    assert not model.index(0, ACTION_DUE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert page.overdue_label.text().startswith("⚠ 1 action(s) overdue")

    page.action_view.setCurrentIndex(model.index(0, 0))
    assert page.status_combo.isEnabled()
    page.status_combo.setFocus()
    with qtbot.waitSignal(page.entriesLoaded, timeout=TIMEOUT):
        page.status_combo.setCurrentIndex(page.status_combo.findData(ActionStatus.DONE.value))
        page.status_combo.activated.emit(page.status_combo.currentIndex())
    assert fourr_entries.r4_actions(database, SE32, WHOLE_TIME)[0].status is ActionStatus.DONE
    assert model.index(0, ACTION_DUE).data() == "2010-09-30"
    assert page.overdue_label.text() == "No action is overdue."
    _undo(qtbot, page)
    assert model.index(0, ACTION_DUE).data() == "2010-09-30 – Overdue"
    assert page.status_combo.currentData() == ActionStatus.PLANNED.value


def _inside_combo(widget: QWidget) -> bool:
    """A combo box's own popup list (named by the combo box itself)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_a_name_and_tab_follows_the_top_bar(
    qtbot: QtBot, regional: PageContext
) -> None:
    page = _open(qtbot, regional)
    name_inner_widgets(page)
    nameless = [
        f"{type(w).__name__} {w.objectName()}"
        for w in page.findChildren(QWidget)
        if isinstance(
            w, QAbstractButton | QComboBox | QLineEdit | QPlainTextEdit | QAbstractItemView
        )
        and not isinstance(w, QAbstractSpinBox)
        and not _inside_combo(w)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
    ]
    assert nameless == []
    order = [page.kind_combo]
    widget: QWidget = page.kind_combo
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        order.append(widget)
    # From and until are skipped while a preset period is chosen.
    assert order == [
        page.kind_combo,
        page.unit_combo,
        page.period_combo,
        page.hide_small,
        page.update_button,
    ]


def test_every_refusal_code_of_the_entries_has_its_own_wording(qtbot: QtBot) -> None:
    source = Path(fourr_entries.__file__).read_text(encoding="utf-8")
    domain = Path(fourr_domain.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'code="(fourr\.[a-z_]+)"', source + domain))
    assert "fourr.text_required" in codes and "fourr.bad_period" in codes
    fields = ["body_name", "description", "unit_label", "what", "owner", "counted_on", None]
    for code in sorted(codes):
        for field in fields:
            exc = FourRError("english message", field, code=code, params={"limit": 5})
            text = refusal_text(exc)
            assert text and text != "English message.", (code, field)
