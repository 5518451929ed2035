"""The overview page: who this installation is, how much the database holds, and where the
programme stands against its targets."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTime, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.profile import ProfileSettings
from soul_desktop.domain.records import InstallationInfo, OverviewFigures
from soul_desktop.domain.targets import (
    DrillDown,
    Measure,
    MilestoneRecord,
    TargetProgress,
    TargetsOverview,
)
from soul_desktop.services import planning, profile, stats, targets
from soul_desktop.ui import labels
from soul_desktop.ui.edits import Edit, EditRunner
from soul_desktop.ui.models.targets import (
    ACTIVITY_DRILLS,
    REGION_DRILLS,
    REGION_NETWORK,
    ActivityModel,
    MilestoneModel,
    RegionStandingModel,
    drill_subject,
    goal_text,
    milestone_of,
    not_applicable_text,
    region_label,
    target_applies,
    target_phrase,
    target_state_text,
    target_value_text,
)
from soul_desktop.ui.pages.common import heading, page_layout, paragraph, value_label
from soul_desktop.ui.profile_dialogs import MilestoneDialog, TargetsDialog
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.target_details import (
    DrillTableView,
    TargetDetailsDialog,
    layout_remembered,
    size_columns,
)
from soul_desktop.ui.widgets.record_table_view import RecordTableView
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
        *,
        edits: EditRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._database = database
        self._loading = False
        self.figures: OverviewFigures | None = None
        self.setAccessibleName(self.tr("Overview"))

        # The page grew past one screen with the targets: it scrolls as a whole, and moving
        # the focus with Tab brings the focused control into view (QScrollArea does that).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Overview"))
        content = QWidget(self.scroll)
        layout = page_layout(content)
        layout.addWidget(heading(self.tr("Overview"), content))
        layout.addWidget(self._installation_box(installation))
        layout.addWidget(self._figures_box())
        self.targets = TargetsSection(worker, database, installation, edits, content)
        layout.addWidget(self.targets)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)

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
        """Count the figures and the targets again on the worker; a second click while
        counting does nothing."""
        if self._loading:
            self.targets.refresh()
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        for tile in self.tiles.values():
            tile.set_value(PLACEHOLDER)
        self._set_status(self.tr("Counting…"))
        job = self._worker.submit(stats.overview, self._database)
        job.succeeded.connect(self._on_figures)
        job.failed.connect(self._on_failure)
        # After the figures: they are quicker, and at the top of the page.
        self.targets.refresh()

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


# -- the programme's targets ----------------------------------------------------------------

# Room for "Not reached: 127 to go" on one line; longer explanations wrap.
STATE_WIDTH = 170
# Where the tables keep their column widths and sort (QSettings, under "tables/").
REGIONS_STATE = "overviewTargetRegions"
MILESTONES_STATE = "overviewTargetMilestones"
ACTIVITIES_STATE = "overviewTargetActivities"


def load_targets(
    database: Database, today: dt.date | None = None
) -> tuple[TargetsOverview, dict[str, str]]:
    """The targets overview and the competence areas' names (for the missing ones)."""
    overview = targets.overview(database, today=today)
    names = {area.code: area.name_sv for area in planning.area_choices(database, None)}
    return overview, names


def target_drill(
    target: TargetProgress, region_code: str | None
) -> tuple[DrillDown, str | None, str | None] | None:
    """What lies behind a target's number: (what, region, key) for `targets.drill_down`.

    None for a measure this version does not know, and for the networks target: the regions
    behind it are the region table's network column (each network's meetings open from there).
    """
    if not target.known_measure:
        return None
    drills = {
        Measure.COMPLETED_ALL_OR_PART.value: DrillDown.COMPLETED_PERSONS,
        Measure.ATTENDED.value: DrillDown.ATTENDED_PERSONS,
        Measure.REGIONS_COVERING_AREAS.value: DrillDown.AREA_COURSES,
    }
    what = drills.get(target.measure)
    if what is None:
        return None
    # For the person measures the key is the target's scope (collaborating, other, all).
    return what, region_code, target.scope


class DrillProgressBar(QProgressBar):
    """A target's progress that opens the list behind its number on a click, Space or Enter.

    It takes the focus (Tab reaches it) and shows that it has it with a focus frame; it is
    read as the target's phrase ("Goal 1: 123 of 170 persons completed; not reached: 47 to
    go").
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextVisible(True)
        self.setMinimumWidth(220)
        self.setAccessibleDescription(
            self.tr("Press Enter to see the persons or courses behind the number")
        )

    def show_target(self, target: TargetProgress) -> None:
        self.setRange(0, max(1, target.target))
        self.setValue(min(target.value, target.target) if target.known_measure else 0)
        # A literal text: no %-placeholders in it for QProgressBar to fill.
        self.setFormat(target_value_text(target).replace("%", "%%"))
        phrase = target_phrase(target)
        self.setAccessibleName(phrase)
        self.setToolTip(phrase)
        self.setEnabled(True)

    def show_not_applicable(self, target: TargetProgress, reason: str) -> None:
        """A target that does not count this office's region: nothing to show, nor to open."""
        self.setRange(0, max(1, target.target))
        self.setValue(0)
        self.setFormat("–")
        phrase = f"{goal_text(target.goal)}: {reason}"
        self.setAccessibleName(phrase)
        self.setToolTip(phrase)
        self.setEnabled(False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # A progress bar draws no focus of its own; the keyboard user must see where it is.
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))


@dataclass
class _TargetRow:
    text: QLabel
    bar: DrillProgressBar
    state: QLabel


class TargetsSection(QGroupBox):
    """The programme's targets, each region's standing, the milestones and the transnational
    activities, from `services.targets.overview`, loaded on the worker.

    Every number opens the persons or courses behind it (`target_details`). At the central
    office the targets, the collaborating regions and the milestones can be edited; each
    change goes through the EditRunner and can be undone.
    """

    targetsLoaded = Signal(object)  # TargetsOverview
    targetsFailed = Signal(object)  # the exception
    detailsOpened = Signal(object)  # the TargetDetailsDialog
    editorOpened = Signal(object)  # the MilestoneDialog or TargetsDialog

    def __init__(
        self,
        worker: Worker,
        database: Database,
        installation: InstallationInfo,
        edits: EditRunner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Targets"))
        self.setAccessibleName(self.tr("Targets"))
        self._worker = worker
        self._database = database
        self._installation = installation
        # Without the window's runner the edits still work, but undo stays on this page's stack.
        self._edits = edits if edits is not None else EditRunner(worker, self)
        self.central = installation.role is InstallationRole.CENTRAL
        self._loading = False
        self._again = False
        self.overview: TargetsOverview | None = None
        self.area_names: dict[str, str] = {}
        self.target_rows: dict[str, _TargetRow] = {}
        self.dialog: QDialog | None = None
        self._sized = {
            key
            for key in (REGIONS_STATE, MILESTONES_STATE, ACTIVITIES_STATE)
            if layout_remembered(key)
        }

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.status_label, 1)
        self.edit_targets_button = QPushButton(self.tr("Edit &targets…"), self)
        self.edit_targets_button.setAccessibleName(self.tr("Edit targets"))
        self.edit_targets_button.setToolTip(
            self.tr("Change the targets' values and which regions collaborate")
        )
        self.edit_targets_button.clicked.connect(self.edit_targets)
        self.edit_targets_button.setVisible(self.central)
        top.addWidget(self.edit_targets_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        if installation.region_code is not None:
            region = labels.region_text(installation)
            layout.addWidget(
                paragraph(
                    self.tr(
                        "This office counts its own region only (%1). The central office "
                        "counts the whole programme, with duplicate persons merged."
                    ).replace("%1", region),
                    self,
                )
            )

        self.targets_grid = QGridLayout()
        self.targets_grid.setHorizontalSpacing(16)
        self.targets_grid.setVerticalSpacing(8)
        self.targets_grid.setColumnStretch(0, 3)
        self.targets_grid.setColumnStretch(1, 2)
        layout.addLayout(self.targets_grid)

        layout.addWidget(self._subheading(self.tr("Regions")))
        self.regions_model = RegionStandingModel(self)
        self.regions_view = DrillTableView(
            REGIONS_STATE, self.tr("Regions' standing"), REGION_DRILLS, self
        )
        self.regions_view.setModel(self.regions_model)
        self.regions_view.numberChosen.connect(self._region_number_chosen)
        layout.addWidget(self.regions_view)

        layout.addWidget(self._subheading(self.tr("Milestones of goals 2 and 3")))
        self.milestones_model = MilestoneModel(self)
        self.milestones_view = RecordTableView(
            MILESTONES_STATE, self.tr("Milestones of goals 2 and 3"), self
        )
        self.milestones_view.setModel(self.milestones_model)
        # A milestone is a sentence: it wraps rather than hides behind an ellipsis.
        self.milestones_view.setWordWrap(True)
        milestone_row = QHBoxLayout()
        if self.central:
            self.milestones_view.activated.connect(self._milestone_activated)
            self.edit_milestone_button = QPushButton(self.tr("Edit &milestone…"), self)
            self.edit_milestone_button.setAccessibleName(self.tr("Edit milestone"))
            self.edit_milestone_button.clicked.connect(self.edit_current_milestone)
            self.edit_milestone_button.setEnabled(False)
            self.milestones_view.selectionModel().currentRowChanged.connect(
                self._milestone_current_changed
            )
            milestone_row.addStretch(1)
            milestone_row.addWidget(self.edit_milestone_button)
        else:
            self.edit_milestone_button = None
            note = self.tr("The central office sets the milestones' status.")
            note_label = QLabel(note, self)
            note_label.setTextFormat(Qt.TextFormat.PlainText)
            note_label.setAccessibleName(note)
            milestone_row.addWidget(note_label)
            milestone_row.addStretch(1)
        layout.addWidget(self.milestones_view)
        layout.addLayout(milestone_row)

        layout.addWidget(self._subheading(self.tr("Transnational activities")))
        self.activities_model = ActivityModel(self)
        self.activities_view = DrillTableView(
            ACTIVITIES_STATE, self.tr("Transnational activities"), ACTIVITY_DRILLS, self
        )
        self.activities_view.setModel(self.activities_model)
        self.activities_view.numberChosen.connect(self._activity_number_chosen)
        layout.addWidget(self.activities_view)
        for view in (self.regions_view, self.milestones_view, self.activities_view):
            _fit_height(view)
        self._set_status(self.tr("Counting…"))

    def _tables(self) -> list[tuple[RecordTableView, str]]:
        return [
            (self.regions_view, REGIONS_STATE),
            (self.milestones_view, MILESTONES_STATE),
            (self.activities_view, ACTIVITIES_STATE),
        ]

    def _subheading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        return label

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def is_loading(self) -> bool:
        return self._loading

    # -- loading ----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Count the targets again on the worker; asked while counting, once more after."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._set_status(self.tr("Counting…"))
        job = self._worker.submit(load_targets, self._database)
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_loaded(self, result: tuple[TargetsOverview, dict[str, str]]) -> None:
        self._loading = False
        overview, names = result
        self.show_overview(overview, names)
        self.targetsLoaded.emit(overview)
        if self._again:
            self._again = False
            self.refresh()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._again = False
        reason = refusal_text(exc)
        self._set_status(self.tr("The targets could not be counted: %1").replace("%1", reason))
        self.targetsFailed.emit(exc)

    def show_overview(
        self, overview: TargetsOverview, area_names: Mapping[str, str] | None = None
    ) -> None:
        """Show a counted overview (also usable without the worker)."""
        self.overview = overview
        self.area_names = dict(area_names or {})
        self._show_targets(overview.targets)
        self.regions_model.set_overview(overview, self.area_names)
        self.milestones_model.set_records(overview.milestones)
        self.activities_model.set_records(overview.activities)
        for view, key in self._tables():
            if key not in self._sized and view.model().rowCount():
                # The first time there is something to show, unless the user's own widths
                # are remembered.
                self._sized.add(key)
                size_columns(view)
            _fit_height(view)
        self.milestones_view.resizeRowsToContents()
        _fit_height(self.milestones_view)
        locale = QLocale()
        counted = locale.toString(
            QTime(overview.counted_at.hour, overview.counted_at.minute),
            QLocale.FormatType.ShortFormat,
        )
        self._set_status(self.tr("Counted at %1.").replace("%1", counted))

    def _show_targets(self, targets: Sequence[TargetProgress]) -> None:
        ids = [t.id for t in targets]
        if ids != list(self.target_rows):
            self._clear_targets()
            for row, target in enumerate(targets):
                text = QLabel(self)
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.PlainText)
                bar = DrillProgressBar(self)
                bar.clicked.connect(lambda target_id=target.id: self.open_target(target_id))
                state = QLabel(self)
                state.setTextFormat(Qt.TextFormat.PlainText)
                state.setWordWrap(True)
                state.setMinimumWidth(STATE_WIDTH)
                self.targets_grid.addWidget(text, row, 0)
                self.targets_grid.addWidget(bar, row, 1)
                self.targets_grid.addWidget(state, row, 2)
                self.target_rows[target.id] = _TargetRow(text, bar, state)
            self._order_tabs()
        for target in targets:
            widgets = self.target_rows[target.id]
            text = f"{goal_text(target.goal)}: {target.text_sv}"
            widgets.text.setText(text)
            widgets.text.setAccessibleName(text)
            if self.overview is not None and not target_applies(target, self.overview):
                reason = not_applicable_text(target)
                widgets.bar.show_not_applicable(target, reason)
                widgets.state.setText(reason)
                widgets.state.setAccessibleName(reason)
                continue
            widgets.bar.show_target(target)
            state = target_state_text(target)
            # Reached or not is said in words; a check mark adds to them, never replaces them.
            widgets.state.setText(("✓ " if target.reached else "") + state)
            widgets.state.setAccessibleName(state)

    def _clear_targets(self) -> None:
        for widgets in self.target_rows.values():
            for widget in (widgets.text, widgets.bar, widgets.state):
                self.targets_grid.removeWidget(widget)
                widget.deleteLater()
        self.target_rows.clear()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.edit_targets_button] if self.central else []
        chain += [row.bar for row in self.target_rows.values()]
        chain += [self.regions_view, self.milestones_view]
        if self.edit_milestone_button is not None:
            chain.append(self.edit_milestone_button)
        chain.append(self.activities_view)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what lies behind a number ------------------------------------------------------
    def open_target(self, target_id: str) -> TargetDetailsDialog | None:
        """The list behind a target's number; for the networks target, the regions' networks."""
        target = self._target(target_id)
        if target is None:
            return None
        if self.overview is not None and not target_applies(target, self.overview):
            return None
        if target.measure == Measure.REGIONS_WITH_NETWORK:
            self._go_to_networks()
            return None
        drill = target_drill(target, self._own_region())
        if drill is None:
            return None
        what, region, key = drill
        where = self._region_label(region) if region is not None else None
        subject = drill_subject(what, where, target.scope)
        return self._open_details(what, region, key, subject, expected=target.value)

    def _go_to_networks(self) -> None:
        """The regions behind the networks target are the table's network column."""
        if self.regions_model.rowCount() == 0:
            return
        self.regions_view.setFocus()
        self.regions_view.setCurrentIndex(self.regions_model.index(0, REGION_NETWORK))

    def _region_label(self, code: str) -> str:
        standing = next((r for r in self.regions_model.records() if r.region_code == code), None)
        return region_label(code, standing.region_name if standing else None)

    def _target(self, target_id: str) -> TargetProgress | None:
        if self.overview is None:
            return None
        return next((t for t in self.overview.targets if t.id == target_id), None)

    def _own_region(self) -> str | None:
        if self.overview is not None and self.overview.region_code is not None:
            return self.overview.region_code
        return self._installation.region_code

    @Slot(QModelIndex)
    def _region_number_chosen(self, index: QModelIndex) -> None:
        self.open_region_number(index.row(), index.column())

    def open_region_number(self, row: int, column: int) -> TargetDetailsDialog | None:
        what = REGION_DRILLS.get(column)
        if what is None:
            return None
        standing = self.regions_model.record_at(row)
        where = region_label(standing.region_code, standing.region_name)
        key = None
        expected: int | None = None
        if what is DrillDown.NETWORK:
            if standing.network_id is None:
                self._set_status(
                    self.tr("%1 has no regional network recorded.").replace("%1", where)
                )
                return None
            key = standing.network_id
            where = standing.network_name or where
        elif what is DrillDown.COMPLETED_PERSONS:
            expected = standing.completed_persons
        elif what is DrillDown.ATTENDED_PERSONS:
            expected = standing.attended_persons
        subject = drill_subject(what, where)
        return self._open_details(what, standing.region_code, key, subject, expected=expected)

    @Slot(QModelIndex)
    def _activity_number_chosen(self, index: QModelIndex) -> None:
        self.open_activity_number(index.row(), index.column())

    def open_activity_number(self, row: int, column: int) -> TargetDetailsDialog | None:
        what = ACTIVITY_DRILLS.get(column)
        if what is None:
            return None
        activity = self.activities_model.record_at(row)
        subject = drill_subject(what, f"{activity.code} {activity.title_sv}")
        return self._open_details(what, self._own_region(), activity.code, subject)

    def _open_details(
        self,
        what: DrillDown,
        region: str | None,
        key: str | None,
        subject: str,
        *,
        expected: int | None = None,
    ) -> TargetDetailsDialog:
        dialog = TargetDetailsDialog(
            self._worker, self._database, what, region, key, subject, self.window(), expected
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        self.detailsOpened.emit(dialog)
        return dialog

    # -- editing at central -------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _milestone_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.edit_milestone_button is not None:
            self.edit_milestone_button.setEnabled(current.isValid())

    @Slot(QModelIndex)
    def _milestone_activated(self, index: QModelIndex) -> None:
        self.edit_milestone(index.row())

    @Slot()
    def edit_current_milestone(self) -> None:
        index = self.milestones_view.currentIndex()
        if index.isValid():
            self.edit_milestone(index.row())

    def edit_milestone(self, row: int) -> MilestoneDialog | None:
        if not self.central or not 0 <= row < self.milestones_model.rowCount():
            return None
        record = milestone_of(self.milestones_model, row)
        dialog = MilestoneDialog(record, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._milestone_chosen(dialog))
        self.dialog = dialog
        dialog.open()
        self.editorOpened.emit(dialog)
        return dialog

    def _milestone_chosen(self, dialog: MilestoneDialog) -> None:
        if dialog.values is None or not dialog.changed():
            return
        record = dialog.record
        status, note = dialog.values
        edit = Edit(
            text=self.tr("Change milestone %1").replace("%1", record.code),
            forward=partial(
                profile.update_milestone,
                self._database,
                record.id,
                status=status,
                evidence_note=note,
            ),
            backward=partial(
                profile.update_milestone,
                self._database,
                record.id,
                status=record.status,
                evidence_note=record.evidence_note,
            ),
            apply=self._milestone_applied,
        )
        self._edits.perform(edit, on_error=self._edit_refused)

    def _milestone_applied(self, record: MilestoneRecord) -> None:
        self.milestones_model.update_record(record)

    @Slot()
    def edit_targets(self) -> None:
        """Read the profile on the worker, then open the dialog with it."""
        if not self.central:
            return
        self.edit_targets_button.setEnabled(False)
        job = self._worker.submit(profile.settings, self._database)
        job.succeeded.connect(self._open_targets_dialog)
        job.failed.connect(self._edit_refused)

    @Slot(object)
    def _open_targets_dialog(self, settings: ProfileSettings) -> None:
        self.edit_targets_button.setEnabled(True)
        dialog = TargetsDialog(settings, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._targets_chosen(dialog))
        self.dialog = dialog
        dialog.open()
        self.editorOpened.emit(dialog)

    def _targets_chosen(self, dialog: TargetsDialog) -> None:
        if not dialog.changed():
            return
        edit = Edit(
            text=self.tr("Change the targets"),
            forward=partial(
                profile.update_profile,
                self._database,
                targets=dialog.target_changes(),
                collaborating=dialog.region_changes(),
            ),
            backward=partial(
                profile.update_profile,
                self._database,
                targets=dialog.previous_targets(),
                collaborating=dialog.previous_regions(),
            ),
            apply=self._targets_applied,
        )
        self._edits.perform(edit, on_error=self._edit_refused)

    def _targets_applied(self, _settings: ProfileSettings) -> None:
        # Which regions collaborate changes what is counted: count again.
        self.refresh()

    @Slot(object)
    def _edit_refused(self, exc: BaseException) -> None:
        self.edit_targets_button.setEnabled(True)
        self._set_status(self.tr("The change was not made: %1").replace("%1", refusal_text(exc)))


def _fit_height(view: RecordTableView) -> None:
    """As tall as its rows: the page scrolls, the table does not."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += (
        sum(view.rowHeight(row) for row in range(rows))
        or view.verticalHeader().defaultSectionSize()
    )
    view.setFixedHeight(height + 2)
