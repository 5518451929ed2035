"""The overview page: who this installation is and how much the database holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.records import InstallationInfo, OverviewFigures
from soul_desktop.services import stats
from soul_desktop.ui import labels
from soul_desktop.ui.pages.common import heading, page_layout, value_label
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    # An opaque handle from services.setup; the interface only hands it back to services.
    from soul_desktop.services.setup import Database

# Shown in place of a number while the figures are being counted.
PLACEHOLDER = "…"
TILE_COLUMNS = 4


class FigureTile(QFrame):
    """One figure: a large number above its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel(PLACEHOLDER, self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption_label)
        self.set_value(PLACEHOLDER)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        # Read as one phrase ("Courses: 12") rather than a bare number without meaning.
        self.setAccessibleName(f"{self.caption}: {text}")
        self.value.setAccessibleName(f"{self.caption}: {text}")


class OverviewPage(QWidget):
    """Installation card and figures; the figures are counted on the worker, never in the GUI."""

    figuresLoaded = Signal(object)  # OverviewFigures
    loadFailed = Signal(object)  # the exception

    def __init__(
        self,
        worker: Worker,
        database: Database,
        installation: InstallationInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._database = database
        self._loading = False
        self.figures: OverviewFigures | None = None
        self.setAccessibleName(self.tr("Overview"))

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Overview"), self))
        layout.addWidget(self._installation_box(installation))
        layout.addWidget(self._figures_box())
        layout.addStretch(1)

    def _installation_box(self, info: InstallationInfo) -> QGroupBox:
        box = QGroupBox(self.tr("This installation"), self)
        box.setAccessibleName(self.tr("This installation"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(24)
        rows = {
            "name": (self.tr("Name"), info.name),
            "role": (self.tr("Role"), labels.role_name(info.role)),
            "region": (self.tr("Region"), labels.region_text(info)),
            "created": (self.tr("Set up on"), labels.date_text(info.created_at)),
        }
        self.installation_values: dict[str, QLabel] = {}
        for key, (caption, text) in rows.items():
            value = value_label(text, box)
            value.setAccessibleName(caption)
            form.addRow(caption, value)
            self.installation_values[key] = value
        return box

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("In the database"), self)
        box.setAccessibleName(self.tr("In the database"))
        outer = QVBoxLayout(box)
        grid = QGridLayout()
        grid.setSpacing(10)
        captions = {
            "organisations": self.tr("Organisations"),
            "persons": self.tr("Persons"),
            "courses": self.tr("Courses"),
            "sessions": self.tr("Course sessions"),
            "enrolments": self.tr("Enrolments"),
            "attendance_rows": self.tr("Attendance records"),
            "attended_hours": self.tr("Hours attended"),
        }
        self.tiles: dict[str, FigureTile] = {}
        for index, (field, caption) in enumerate(captions.items()):
            tile = FigureTile(caption, box)
            self.tiles[field] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        for column in range(TILE_COLUMNS):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)

        footer = QHBoxLayout()
        self.status_label = QLabel(box)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("&Update figures"), box)
        self.refresh_button.setAccessibleName(self.tr("Update figures"))
        self.refresh_button.clicked.connect(self.refresh)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.refresh_button)
        outer.addLayout(footer)
        return box

    def is_loading(self) -> bool:
        return self._loading

    @Slot()
    def refresh(self) -> None:
        """Count the figures again on the worker; a second click while counting does nothing."""
        if self._loading:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        for tile in self.tiles.values():
            tile.set_value(PLACEHOLDER)
        self._set_status(self.tr("Counting…"))
        job = self._worker.submit(stats.overview, self._database)
        job.succeeded.connect(self._on_figures)
        job.failed.connect(self._on_failure)

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    @Slot(object)
    def _on_figures(self, figures: OverviewFigures) -> None:
        self._loading = False
        self.figures = figures
        locale = QLocale()
        for field, tile in self.tiles.items():
            value = getattr(figures, field)
            if isinstance(value, float):
                tile.set_value(locale.toString(value, "f", 1))
            else:
                tile.set_value(locale.toString(int(value)))
        self.refresh_button.setEnabled(True)
        now = locale.toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self._set_status(self.tr("Counted at %1.").replace("%1", now))
        self.figuresLoaded.emit(figures)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self._loading = False
        for tile in self.tiles.values():
            tile.set_value("–")
        self.refresh_button.setEnabled(True)
        reason = refusal_text(exc)
        self._set_status(self.tr("The figures could not be counted: %1").replace("%1", reason))
        self.loadFailed.emit(exc)
