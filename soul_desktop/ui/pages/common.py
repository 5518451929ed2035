"""Small building blocks every page shares: the heading, readable text and page margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# Wide enough for a calm line of text, narrow enough that the eye finds the next line.
READABLE_WIDTH = 640
PAGE_MARGIN = 24


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(12)
    return layout


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """The page's title: larger and bold, and announced as a heading's text."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Wrapped plain text, never wider than a comfortable reading width."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMaximumWidth(READABLE_WIDTH)
    label.setAccessibleName(text)
    return label


def value_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A value the user may want to copy (a name, a path, an id): selectable by mouse and keys."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    flags = Qt.TextInteractionFlag
    label.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    return label
