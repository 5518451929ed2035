"""The settings page: installation facts, the database file, and the stored language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.ui import i18n
from soul_desktop.ui.pages.settings import SettingsPage


def test_language_defaults_to_swedish_and_a_choice_is_stored(
    qtbot: QtBot, installation_info: InstallationInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    page = SettingsPage(installation_info, "/data/soul.db")
    qtbot.addWidget(page)
    assert page.language_combo.currentData() == "sv"
    assert page.language_combo.currentText() == "Svenska"
    assert "next time" in page.language_note.text()
    with qtbot.waitSignal(page.languageChanged, timeout=1000) as blocker:
        page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert blocker.args == ["en"]
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    assert i18n.stored_language() == "en"


def test_the_page_shows_the_database_file(
    qtbot: QtBot, installation_info: InstallationInfo
) -> None:
    page = SettingsPage(installation_info, "/data/soul.db")
    qtbot.addWidget(page)
    assert page.database_label.text() == "/data/soul.db"


def test_nonsense_in_the_settings_falls_back_to_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    QSettings().setValue(i18n.SETTINGS_KEY, "klingon")
    assert i18n.stored_language() == "sv"
    assert i18n.locale_for("sv").name() == "sv_SE"


@pytest.mark.parametrize(
    ("system", "language"),
    [
        (["sv-SE"], "sv"),
        (["en-US", "en"], "en"),
        (["de-DE", "en-GB"], "en"),  # the first one SOUL speaks
        (["fi_FI"], "sv"),  # none: the programme's own language
        (["C"], "sv"),
    ],
)
def test_without_a_choice_the_language_follows_the_system(system: list[str], language: str) -> None:
    assert i18n.system_language(system) == language


def test_a_choice_in_the_settings_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.stored_language() == "en"  # nothing stored yet
    i18n.store_language("sv")
    assert i18n.stored_language() == "sv"


def test_swedish_dates_times_and_numbers() -> None:
    locale = i18n.locale_for("sv")
    assert locale.toString(1234.5, "f", 1).replace("\N{NO-BREAK SPACE}", " ") == "1 234,5"
    from PySide6.QtCore import QDate, QTime

    assert locale.toString(QDate(2010, 3, 15), QLocale.FormatType.ShortFormat) == "2010-03-15"
    assert locale.toString(QTime(14, 0), QLocale.FormatType.ShortFormat) == "14:00"
    english = i18n.locale_for("en")
    assert english.toString(1234.5, "f", 1) == "1,234.5"
