"""Help: the Swedish user guide in a resizable window, and the About box."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from soul_desktop import __version__, paths

GUIDE_FILE = "anvandarguide.md"
# Screenshots are 1366 px wide; shown at most this wide, so the text beside them stays readable.
MAX_IMAGE_WIDTH = 720
DEFAULT_SIZE = QSize(900, 680)
DOCUMENT_MARGIN = 18
HEADING_SPACE = 14
PARAGRAPH_SPACE = 8


def heading_anchor(text: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def guide_dir() -> Path:
    return paths.resources_dir() / "guide"


def guide_path() -> Path:
    return guide_dir() / GUIDE_FILE


class GuideDialog(QDialog):
    """The user guide: links and headings reachable with Tab, closed with Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.setSizeGripEnabled(True)
        # A help window beside the work, not in front of it: it never blocks the main window.
        self.setModal(False)

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setAccessibleDescription(
            self.tr("Tab moves between links, Enter follows one, Alt+Left goes back")
        )
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        self.browser.sourceChanged.connect(self._prepare_document)
        self._prepare_document()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName(self.tr("Guide buttons"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the user guide"))
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(DEFAULT_SIZE)
        self.browser.setFocus()

    def title(self) -> str:
        """The guide's own title (its first heading), as the document knows it."""
        return self.browser.document().toPlainText().strip().splitlines()[0]

    def _prepare_document(self, *_args: object) -> None:
        document = self.browser.document()
        document.setDocumentMargin(DOCUMENT_MARGIN)
        self._name_headings()
        self._space_blocks()
        self._fit_images()

    def _space_blocks(self) -> None:
        """Air between paragraphs and above headings: Qt's Markdown reader sets almost none."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            spaced = QTextBlockFormat(block.blockFormat())
            if spaced.headingLevel() > 0:
                spaced.setTopMargin(HEADING_SPACE)
                spaced.setBottomMargin(PARAGRAPH_SPACE / 2)
            elif block.textList() is not None:
                spaced.setBottomMargin(PARAGRAPH_SPACE / 3)
            else:
                spaced.setBottomMargin(PARAGRAPH_SPACE)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(spaced)
            block = block.next()

    def _name_headings(self) -> None:
        """Anchor every heading by its GitHub-style name, so the guide's #links work here too.

        Qt's Markdown reader makes no anchors of headings; the same links work on GitHub.
        """
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.length() > 1:
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def _fit_images(self) -> None:
        """Give every picture its size, wide screenshots shrunk to MAX_IMAGE_WIDTH in proportion."""
        document = self.browser.document()
        base = Path(self.browser.source().toLocalFile()).parent
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                if not fragment.isValid() or not fragment.charFormat().isImageFormat():
                    continue
                image = fragment.charFormat().toImageFormat()
                size = QImageReader(str(base / image.name())).size()
                if not size.isValid() or size.width() <= 0:
                    continue
                width = min(size.width(), MAX_IMAGE_WIDTH)
                height = round(size.height() * width / size.width())
                if width < size.width():
                    # Scaled smoothly once here; the text layout would scale it coarsely.
                    picture = QImage(str(base / image.name())).scaled(
                        width,
                        height,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                    # Under the name as written and as resolved against the guide's folder.
                    for url in (QUrl(image.name()), QUrl.fromLocalFile(str(base / image.name()))):
                        document.addResource(QTextDocument.ResourceType.ImageResource, url, picture)
                fitted = QTextImageFormat(image)
                fitted.setWidth(width)
                fitted.setHeight(height)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(fitted)
            block = block.next()


class AboutBox(QMessageBox):
    """Version, programme, funder and licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SOUL Desktop"))
        self.setAccessibleName(self.tr("About SOUL Desktop"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("SOUL Desktop %1").replace("%1", __version__))
        self.setInformativeText(
            "\n\n".join(
                (
                    self.tr(
                        "Planning, attendance and reporting for SOUL, Sociala ekonomins "
                        "organisationer i Utveckling och Lärande."
                    ),
                    self.tr("Part-financed by the European Social Fund (Europeiska socialfonden)."),
                    self.tr("Proprietary software of the SOUL programme. All rights reserved."),
                )
            )
        )
        self.setStandardButtons(QMessageBox.StandardButton.Close)
