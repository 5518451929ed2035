"""An honest placeholder page for parts of the application that are not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from soul_desktop.ui.pages.common import READABLE_WIDTH, heading, page_layout, paragraph


class EmptyStatePage(QWidget):
    """Says what the page will hold, and plainly that it does not hold it yet."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        layout = page_layout(self)
        self.title_label = heading(title, self)
        layout.addWidget(self.title_label)
        self.purpose_label = paragraph(purpose, self)
        layout.addWidget(self.purpose_label)

        # A quiet frame sets the notice apart from the description without alarming anyone.
        notice = QFrame(self)
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice.setMaximumWidth(READABLE_WIDTH)
        notice_layout = QVBoxLayout(notice)
        notice_layout.setContentsMargins(12, 10, 12, 10)
        self.notice_label = paragraph(
            self.tr(
                "This part is not built yet. It will come in a later version of SOUL Desktop; "
                "until then nothing can be entered or changed here."
            ),
            notice,
        )
        notice_layout.addWidget(self.notice_label)
        layout.addWidget(notice)
        layout.addStretch(1)
