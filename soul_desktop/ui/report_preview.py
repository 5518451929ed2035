"""A report's first page as an image: rendered with pdfium on the worker, shown as a QImage.

`render_first_page` runs off the GUI thread and returns plain bytes (no Qt object crosses the
thread); `to_image` makes the QImage in the GUI thread. `PreviewView` shows it scaled to the
width it has, with the page count and notes the report gave, and says so when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

# Wide enough to read a table's text on a laptop; the view scales it down to fit.
RENDER_WIDTH_PX = 1000


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """Pixels of one page: RGB, `stride` bytes per row; `pages` in the whole document."""

    data: bytes
    width: int
    height: int
    stride: int
    channels: int
    pages: int


def render_first_page(path: str, width_px: int = RENDER_WIDTH_PX) -> RenderedPage:
    """Render page 1 of the PDF at `path` about `width_px` wide (call on the worker)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        pages = len(document)
        page = document[0]
        try:
            width_pt, _height_pt = page.get_size()
            bitmap = page.render(scale=width_px / width_pt, rev_byteorder=True)
            try:
                return RenderedPage(
                    data=bytes(bitmap.buffer),
                    width=bitmap.width,
                    height=bitmap.height,
                    stride=bitmap.stride,
                    channels=bitmap.n_channels,
                    pages=pages,
                )
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        document.close()


def to_image(page: RenderedPage) -> QImage:
    """The page as a QImage that owns its pixels (GUI thread)."""
    kind = QImage.Format.Format_RGB888 if page.channels == 3 else QImage.Format.Format_RGBA8888
    # QImage over a Python buffer does not keep it alive: copy() gives it its own pixels.
    return QImage(page.data, page.width, page.height, page.stride, kind).copy()


class PreviewView(QScrollArea):
    """The first page, scaled to the width of the view, or a line saying what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview of the report's first page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll the page
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        self.page_label = QLabel(inner)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_label.setWordWrap(True)
        layout.addWidget(self.page_label, 1)
        self.setWidget(inner)
        self._image: QImage | None = None
        self.show_message(self.tr("Choose a report and press Preview to see its first page."))

    def image(self) -> QImage | None:
        return self._image

    def show_message(self, text: str) -> None:
        self._image = None
        self.page_label.setPixmap(QPixmap())
        self.page_label.setMinimumSize(QSize(0, 0))  # no scroll range left from a page
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)

    def show_page(self, image: QImage, description: str) -> None:
        self._image = image
        self.page_label.setText("")
        self.page_label.setAccessibleName(description)
        self.setAccessibleDescription(description)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        image = self._image
        if image is None or image.isNull():
            return
        width = max(50, self.viewport().width() - 24)
        scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.page_label.setPixmap(QPixmap.fromImage(scaled))
        self.page_label.setMinimumSize(QSize(1, scaled.height()))
