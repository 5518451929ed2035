"""Accessible names for the helper widgets Qt creates inside our controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

# Text colours of the application's own, each over 4.5:1 against the palette's backgrounds
# (Window, Base, AlternateBase) of light palettes and of dark (high-contrast) ones alike.
ERROR_ON_LIGHT = "#a40000"
ERROR_ON_DARK = "#ff9b9b"
MUTED_ON_LIGHT = "#595959"
MUTED_ON_DARK = "#b3b3b3"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    first, second = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's when None) has a dark background."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return _luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def error_colour(palette: QPalette | None = None) -> QColor:
    """The colour of an error text: dark red on a light palette, light red on a dark one."""
    return QColor(ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT)


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Grey for secondary text that still reads (4.5:1) on the palette's backgrounds."""
    return QColor(MUTED_ON_DARK if is_dark(palette) else MUTED_ON_LIGHT)


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet giving a label the error colour."""
    return f"color: {error_colour(palette).name()};"


def set_error_colour(widget: QWidget) -> None:
    """Give `widget`'s text the error colour for its own palette."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    palette.setColor(QPalette.ColorRole.Text, error_colour(palette))
    widget.setPalette(palette)


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
    for bar in root.findChildren(QTabBar):
        tabs = bar.parentWidget()
        if not bar.accessibleName() and isinstance(tabs, QTabWidget):
            bar.setAccessibleName(tabs.accessibleName())
    for area in root.findChildren(QScrollArea):
        if not area.accessibleName():
            area.setAccessibleName(_scroll_area_name(area))


def _scroll_area_name(area: QScrollArea) -> str:
    """What a scroll area shows: its content's name, else the title of its tab."""
    content = area.widget()
    if content is not None and content.accessibleName():
        return content.accessibleName()
    stack = area.parentWidget()
    tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(area) >= 0:
        return (
            tabs.tabText(tabs.indexOf(area)).replace("&&", "\0").replace("&", "").replace("\0", "&")
        )
    return ""
