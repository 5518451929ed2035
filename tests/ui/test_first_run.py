"""The first-run dialog: it stays open with a reason until the answers hold, then sets up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import installation
from soul_desktop.services.setup import Database
from soul_desktop.ui.first_run import FirstRunDialog
from soul_desktop.ui.worker import Worker


@pytest.fixture
def dialog(qtbot: QtBot, worker: Worker, fresh_database: Database) -> FirstRunDialog:
    regions = installation.region_choices(fresh_database)
    result = FirstRunDialog(worker, fresh_database, regions, "/data/soul.db")
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    return result


def choose_region(dialog: FirstRunDialog, code: str) -> None:
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(code))


def test_an_empty_name_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, dialog: FirstRunDialog, fresh_database: Database
) -> None:
    choose_region(dialog, "SE32")
    qtbot.keyClicks(dialog.name_edit, "   ")
    with qtbot.waitSignal(dialog.validationFailed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["name", "Give the installation a name."]
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "Give the installation a name."
    assert dialog.name_edit.accessibleDescription() == "Give the installation a name."
    assert not dialog.region_error.isVisible()
    assert installation.current(fresh_database) is None


def test_a_regional_installation_needs_a_region(
    qtbot: QtBot, dialog: FirstRunDialog, fresh_database: Database
) -> None:
    qtbot.keyClicks(dialog.name_edit, "Jamtland office")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.region_error.isVisible()
    assert dialog.region_error.text() == "Choose the region this installation works in."
    assert installation.current(fresh_database) is None
    # Choosing a region takes the complaint away.
    qtbot.keyClick(dialog.region_combo, Qt.Key.Key_Down)
    assert dialog.region_combo.currentIndex() >= 0


def test_valid_answers_create_the_installation(
    qtbot: QtBot, dialog: FirstRunDialog, fresh_database: Database
) -> None:
    choose_region(dialog, "SE32")
    # QTest types ASCII only; the Swedish letters are put in as a paste would.
    qtbot.keyClicks(dialog.name_edit, "  Region   ")
    dialog.name_edit.insert("Jämtland ")
    with qtbot.waitSignal(dialog.installationCreated, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    info = blocker.args[0]
    assert info == dialog.created
    assert (info.role, info.region_code, info.name) == (
        InstallationRole.REGIONAL,
        "SE32",
        "Region Jämtland",
    )
    assert installation.current(fresh_database) == info


def test_central_has_no_region(
    qtbot: QtBot, dialog: FirstRunDialog, fresh_database: Database
) -> None:
    choose_region(dialog, "SE11")
    dialog.role_buttons[InstallationRole.CENTRAL].click()
    assert not dialog.region_combo.isEnabled()
    assert dialog.region_code() is None
    # Back to regional: the region chosen before is still there.
    dialog.role_buttons[InstallationRole.REGIONAL].click()
    assert dialog.region_code() == "SE11"
    dialog.role_buttons[InstallationRole.CENTRAL].click()
    qtbot.keyClicks(dialog.name_edit, "SOUL central")
    with qtbot.waitSignal(dialog.installationCreated, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    info = blocker.args[0]
    assert (info.role, info.region_code) == (InstallationRole.CENTRAL, None)


def test_cancel_leaves_no_installation(
    qtbot: QtBot, dialog: FirstRunDialog, fresh_database: Database
) -> None:
    choose_region(dialog, "SE32")
    qtbot.keyClicks(dialog.name_edit, "Jamtland office")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.created is None
    assert installation.current(fresh_database) is None


def test_all_complaints_show_at_once_and_the_focus_goes_to_the_first(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.isVisible()
    assert dialog.region_error.isVisible()
    assert dialog.region_combo.hasFocus()


def test_every_control_has_an_accessible_name(dialog: FirstRunDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    controls = [
        widget
        for kind in (QAbstractButton, QComboBox, QLineEdit)
        for widget in dialog.findChildren(kind)
        # Qt's own helpers (a combo box's inner widgets) are not ours to name.
        if not widget.objectName().startswith("qt_")
    ]
    assert len(controls) >= 6
    assert [w for w in controls if not w.accessibleName()] == []
