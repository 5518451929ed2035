"""The overview page: figures are counted on the worker and shown in the chosen locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from soul_desktop.domain.errors import SoulError
from soul_desktop.domain.records import InstallationInfo, OverviewFigures
from soul_desktop.services import stats
from soul_desktop.services.setup import Database
from soul_desktop.ui.pages.overview import PLACEHOLDER, OverviewPage
from soul_desktop.ui.worker import Worker


@pytest.fixture
def page(
    qtbot: QtBot, worker: Worker, database: Database, installation_info: InstallationInfo
) -> OverviewPage:
    result = OverviewPage(worker, database, installation_info)
    qtbot.addWidget(result)
    return result


def test_figures_arrive_from_the_database(qtbot: QtBot, page: OverviewPage) -> None:
    with qtbot.waitSignal(page.figuresLoaded, timeout=10_000) as blocker:
        page.refresh()
        # Until the worker answers, the page says it is counting and shows no stale numbers.
        assert page.is_loading()
        assert not page.refresh_button.isEnabled()
        assert {tile.value.text() for tile in page.tiles.values()} == {PLACEHOLDER}
    figures = blocker.args[0]
    assert isinstance(figures, OverviewFigures)
    assert figures.persons == 0
    assert page.tiles["persons"].value.text() == QLocale().toString(0)
    assert not page.is_loading()
    assert page.refresh_button.isEnabled()


def test_figures_use_the_swedish_number_format(
    qtbot: QtBot, page: OverviewPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    figures = OverviewFigures(
        organisations=1234,
        persons=56789,
        courses=12,
        sessions=345,
        enrolments=6789,
        attendance_rows=1_000_000,
        attended_hours=2345.5,
    )
    monkeypatch.setattr(stats, "overview", lambda _database: figures)
    QLocale.setDefault(QLocale("sv_SE"))
    with qtbot.waitSignal(page.figuresLoaded, timeout=5000):
        page.refresh()
    group = QLocale("sv_SE").groupSeparator()
    assert page.tiles["organisations"].value.text() == f"1{group}234"
    assert page.tiles["attendance_rows"].value.text() == f"1{group}000{group}000"
    assert page.tiles["attended_hours"].value.text() == f"2{group}345,5"
    assert page.tiles["courses"].accessibleName() == "Courses: 12"


def test_a_failure_is_shown_and_can_be_retried(
    qtbot: QtBot, page: OverviewPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_database: Database) -> OverviewFigures:
        raise SoulError("the database is locked")

    monkeypatch.setattr(stats, "overview", broken)
    with qtbot.waitSignal(page.loadFailed, timeout=5000):
        page.refresh()
    # The reason as a sentence of its own, not the name of an exception class.
    assert page.status_label.text() == "The figures could not be counted: The database is locked."
    assert page.refresh_button.isEnabled()
    assert not page.is_loading()


def test_installation_card(page: OverviewPage) -> None:
    values = {key: label.text() for key, label in page.installation_values.items()}
    assert values["name"] == "Jämtland kontor"
    assert values["role"] == "Regional office"
    assert values["region"] == "SE32 Mellersta Norrland"
