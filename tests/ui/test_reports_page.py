"""The reports page: inputs per report, refusals beside them, preview rendered, save and open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import FourRUnitKind, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.fourr import FourRUnit
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportKind,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.reports import catalogue, tabular
from soul_desktop.reports.pdf_base import DocumentInfo, build_pdf, styles, text
from soul_desktop.services import installation, people
from soul_desktop.storage.database import Database
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages import reports as reports_page
from soul_desktop.ui.pages.reports import (
    COURSE,
    HIDE_SMALL,
    INPUTS,
    MONTH,
    PERIOD,
    PERSON,
    REGION,
    SESSION,
    UNIT,
    ReportsPage,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker
from tests import fourr_dataset

TIMEOUT = 10_000


@pytest.fixture(autouse=True)
def swedish_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield


class StandIn:
    """The catalogue's write: records each request, writes a tiny real PDF (or CSV)."""

    def __init__(self) -> None:
        self.requests: list[tuple[ReportRequest, str]] = []
        self.refusal: ValidationError | None = None

    def __call__(self, db: Database, request: ReportRequest, path: str) -> ReportResult:
        self.requests.append((request, path))
        if self.refusal is not None:
            raise self.refusal
        kind = format_for(path, catalogue.ALLOWED_FORMATS[request.kind])
        if kind is ReportFormat.PDF:
            info = DocumentInfo(
                "Närvarolista", "test", "SOUL", "SOUL · Europeiska socialfonden", ""
            )
            story = [text("Närvarolista för Åsa Öberg", styles().title)]
            pages = build_pdf(path, story, info)
            return ReportResult(path, kind, pages, ("Kursen har inga pass.",))
        rows = tabular.write_csv(path, ["Region", "Kvinnor"], [["SE11", 3]])
        return ReportResult(path, kind, rows)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> StandIn:
    fake = StandIn()
    monkeypatch.setattr(catalogue, "write", fake)
    return fake


@pytest.fixture
def central(
    qtbot: QtBot, worker: Worker, fresh_database: Database
) -> tuple[ReportsPage, fourr_dataset.Dataset]:
    installation.initialise(fresh_database, InstallationRole.CENTRAL, None, "Centralen")
    data = fourr_dataset.build(fresh_database)
    info = installation.current(fresh_database)
    assert info is not None
    page = ReportsPage(PageContext(worker, fresh_database, info, EditRunner(worker)))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.choicesLoaded, timeout=TIMEOUT):
        page.show()
    return page, data


def _choose_course(qtbot: QtBot, page: ReportsPage, course_id: str) -> None:
    index = page.course_combo.findData(course_id)
    assert index >= 0
    with qtbot.waitSignal(page.sessionsLoaded, timeout=TIMEOUT):
        page.course_combo.setCurrentIndex(index)


def test_each_report_shows_only_its_inputs_and_formats(
    central: tuple[ReportsPage, fourr_dataset.Dataset],
) -> None:
    page, _data = central
    widgets = page.rows
    for kind in ReportKind:
        page.set_kind(kind)
        shown = {
            key
            for key in (COURSE, SESSION, PERSON, MONTH, REGION, PERIOD, UNIT, HIDE_SMALL)
            if page.form.isRowVisible(widgets[key])
        }
        assert shown == set(INPUTS[kind]), kind
        formats = [page.format_combo.itemData(i) for i in range(page.format_combo.count())]
        assert formats == [f.value for f in catalogue.ALLOWED_FORMATS[kind]]


def test_preview_renders_the_first_page(
    qtbot: QtBot, central: tuple[ReportsPage, fourr_dataset.Dataset], stand_in: StandIn
) -> None:
    page, data = central
    page.set_kind(ReportKind.SIGNIN)
    _choose_course(qtbot, page, data.courses["C1"])
    assert page.session_combo.count() == 1 + 3  # "all sessions" and S1a, S1b, S1c
    with qtbot.waitSignal(page.previewShown, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    request, path = stand_in.requests[-1]
    assert request.kind is ReportKind.SIGNIN
    assert request.course_id == data.courses["C1"]
    assert request.session_id is None  # every session of the course
    assert path.endswith(".pdf")
    image = page.preview.image()
    assert image is not None and image.width() >= 900
    assert image.height() > image.width()  # an A4 page, upright
    # The title's text is drawn: some pixel on the page is dark.
    assert any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(0, image.height() // 4, 2)
        for x in range(0, image.width(), 4)
    )
    assert "Kursen har inga pass." in page.status.text()
    assert not page.progress.isVisible()

    page.session_combo.setCurrentIndex(2)
    with qtbot.waitSignal(page.previewShown, timeout=TIMEOUT):
        page.make_preview()
    assert stand_in.requests[-1][0].session_id == page.session_combo.itemData(2)


def test_missing_course_is_refused_beside_the_inputs(
    qtbot: QtBot, central: tuple[ReportsPage, fourr_dataset.Dataset], stand_in: StandIn
) -> None:
    page, _data = central
    page.set_kind(ReportKind.CERTIFICATE)
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    expected = refusal_text(ReportError("x", "course", code="report.course_required"))
    assert blocker.args == [expected]
    assert page.message.isVisible() and expected in page.message.text()
    assert page.course_combo.hasFocus() or page.course_combo.lineEdit().hasFocus()
    assert stand_in.requests == []


def test_a_refusal_from_the_report_is_shown(
    qtbot: QtBot, central: tuple[ReportsPage, fourr_dataset.Dataset], stand_in: StandIn
) -> None:
    page, data = central
    page.set_kind(ReportKind.SIGNIN)
    _choose_course(qtbot, page, data.courses["C1"])
    stand_in.refusal = ReportError("gone", "course", code="report.not_found")
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT) as blocker:
        page.make_preview()
    assert blocker.args[0] == refusal_text(stand_in.refusal)
    assert page.save_button.isEnabled() and page.preview_button.isEnabled()


def test_save_writes_the_file_and_open_hands_it_to_the_viewer(
    qtbot: QtBot,
    central: tuple[ReportsPage, fourr_dataset.Dataset],
    stand_in: StandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _data = central
    page.set_kind(ReportKind.PARTICIPANTS)
    page.region_combo.setCurrentIndex(page.region_combo.findData("SE11"))
    page.hide_small.setChecked(True)
    target = tmp_path / "deltagare.csv"
    assert not page.open_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=TIMEOUT) as blocker:
        page.save(str(target))
    assert blocker.args == [str(target)]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    request = stand_in.requests[-1][0]
    assert request.region_code == "SE11"
    assert request.hide_small
    assert request.course_id is None  # "All courses"
    assert "1" in page.status.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_an_ending_the_report_cannot_take_is_refused(
    qtbot: QtBot,
    central: tuple[ReportsPage, fourr_dataset.Dataset],
    stand_in: StandIn,
    tmp_path: Path,
) -> None:
    page, data = central
    page.set_kind(ReportKind.SIGNIN)
    _choose_course(qtbot, page, data.courses["C1"])
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT) as blocker:
        page.save(str(tmp_path / "lista.xlsx"))
    assert ".pdf" in blocker.args[0] and "xlsx" in blocker.args[0]
    assert stand_in.requests == []


def test_person_search_and_month(
    qtbot: QtBot, central: tuple[ReportsPage, fourr_dataset.Dataset], stand_in: StandIn
) -> None:
    page, data = central
    person = people.get_person(page.db, data.persons["A"])
    page.set_kind(ReportKind.MONTHLY)
    page.month_edit.setDate(page.month_edit.date().fromString("2010-03", "yyyy-MM"))
    page.person_edit.setFocus()
    prefix = person.first_name[:3]  # may hold å, ä, ö, which QTest cannot type
    with qtbot.waitSignal(page.personsFound, timeout=TIMEOUT):
        page.person_edit.setText(prefix)
        page.person_edit.textEdited.emit(prefix)
    rows = [page.person_model.index(r, 0) for r in range(page.person_model.rowCount())]
    chosen = next(i for i in rows if i.data(reports_page.PERSON_ID_ROLE) == person.id)
    page.person_completer.activated[type(chosen)].emit(chosen)
    assert page.person_id == person.id
    with qtbot.waitSignal(page.previewShown, timeout=TIMEOUT):
        page.make_preview()
    request = stand_in.requests[-1][0]
    assert request.person_id == person.id
    assert (str(request.period.start), str(request.period.end)) == ("2010-03-01", "2010-03-31")

    # Typed but not chosen from the list: refused, not everybody's report.
    qtbot.keyClicks(page.person_edit, "x")
    assert page.person_id is None
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT):
        page.make_preview()


def test_fourr_unit_and_a_bad_custom_period(
    qtbot: QtBot, central: tuple[ReportsPage, fourr_dataset.Dataset], stand_in: StandIn
) -> None:
    page, _data = central
    page.set_kind(ReportKind.FOURR)
    page.unit_kind_combo.setCurrentIndex(page.unit_kind_combo.findData(FourRUnitKind.REGION))
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("SE12"))
    with qtbot.waitSignal(page.previewShown, timeout=TIMEOUT):
        page.make_preview()
    assert stand_in.requests[-1][0].unit == FourRUnit(FourRUnitKind.REGION, "SE12")

    page.period_combo.setCurrentIndex(page.period_combo.count() - 1)  # custom dates
    page.from_edit.setText("2010-06-01")
    page.to_edit.setText("2010-01-01")
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT) as blocker:
        page.make_preview()
    assert blocker.args[0] == refusal_text(ReportError("x", "period", code="report.bad_period"))


def test_a_region_reports_on_its_own_region(
    qtbot: QtBot, worker: Worker, database: Database
) -> None:
    info = installation.current(database)
    assert info is not None
    page = ReportsPage(PageContext(worker, database, info, EditRunner(worker)))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.choicesLoaded, timeout=TIMEOUT):
        page.show()
    page.set_kind(ReportKind.TARGETS)
    assert not page.region_combo.isEnabled()
    assert page.region_combo.count() == 1
    assert page.region_combo.currentData() == "SE32"
    assert page.request().region_code == "SE32"


def test_every_control_has_an_accessible_name(
    central: tuple[ReportsPage, fourr_dataset.Dataset],
) -> None:
    page, _data = central
    for kind in ReportKind:
        page.set_kind(kind)
        for widget in page.findChildren(QWidget):
            inner = widget.objectName().startswith("qt_") or isinstance(
                widget.parentWidget(), QLineEdit
            )
            if not widget.isVisible() or inner:
                continue  # Qt's own parts (a date edit's inner line) speak for their owner
            if isinstance(widget, QComboBox | QLineEdit | QAbstractButton):
                assert widget.accessibleName(), (kind, widget)
    # Tab order: from the report choice through the inputs to the buttons.
    assert page.kind_combo.nextInFocusChain() is not None
    assert page.preview_button.nextInFocusChain() is page.save_button
