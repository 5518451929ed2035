"""Accessible names for the helper widgets Qt creates inside our controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton, QWidget


def name_inner_widgets(root: QWidget) -> None:
    """Give a name to what Qt builds on its own: the clear button of a line edit and the
    line edit inside an editable combo box, so a screen reader never meets a nameless control.
    """
    clear = QCoreApplication.translate("Accessibility", "Clear the field")
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(clear)
    for combo in root.findChildren(QComboBox):
        inner = combo.lineEdit()
        if inner is not None and not inner.accessibleName():
            inner.setAccessibleName(combo.accessibleName())
