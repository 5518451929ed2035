"""The settings page: installation facts, the database file, and the stored language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.ui import i18n
from soul_desktop.ui.pages.settings import SettingsPage


def test_language_defaults_to_swedish_and_a_choice_is_stored(
    qtbot: QtBot, installation_info: InstallationInfo
) -> None:
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


def test_nonsense_in_the_settings_falls_back_to_swedish() -> None:
    QSettings().setValue(i18n.SETTINGS_KEY, "klingon")
    assert i18n.stored_language() == "sv"
    assert i18n.locale_for("sv").name() == "sv_SE"
