"""Dialogs that edit the project profile at central: a milestone, and the targets and regions.

They hold no data access: each checks what was typed with the rules the service applies
(`domain.profile`), and hands back the new values next to the earlier ones, so the page can
make one undoable change of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import MilestoneStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.profile import (
    MAX_EVIDENCE_NOTE_LENGTH,
    MAX_TARGET_VALUE,
    ProfileSettings,
    TargetRecord,
    TargetValues,
    check_milestone,
    check_target_values,
)
from soul_desktop.domain.targets import Measure, MilestoneRecord
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.models.targets import goal_text, milestone_status_name, region_label
from soul_desktop.ui.refusals import refusal_text

# Targets that count persons have a nominal share per region; the others count regions.
PERSON_MEASURES = frozenset({Measure.COMPLETED_ALL_OR_PART, Measure.ATTENDED})


def _error_label(parent: QWidget) -> QLabel:
    """Where a refused input says why; red text, but the words carry the meaning."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_error_colour(label)
    label.setAccessibleName(QCoreApplication.translate("ProfileDialogs", "Error"))
    label.hide()
    return label


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


def _name_buttons(buttons: QDialogButtonBox) -> None:
    """OK says what it does; each button is announced by the words it shows."""
    save = buttons.button(QDialogButtonBox.StandardButton.Ok)
    save.setText(QCoreApplication.translate("ProfileDialogs", "&Save"))
    save.setAccessibleName(QCoreApplication.translate("ProfileDialogs", "Save"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel.text().replace("&", ""))


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


class MilestoneDialog(QDialog):
    """A milestone's status and evidence note. After OK, `values` holds (status, note)."""

    def __init__(self, record: MilestoneRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.values: tuple[MilestoneStatus, str | None] | None = None
        self.setWindowTitle(self.tr("Milestone of goal %1").replace("%1", str(record.goal)))
        self.setAccessibleName(self.windowTitle())
        self.resize(560, 380)

        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(record.text_sv, self))
        form = QFormLayout()
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in MilestoneStatus:
            self.status.addItem(milestone_status_name(status), status)
        self.status.setCurrentIndex(list(MilestoneStatus).index(record.status))
        form.addRow(self.tr("&Status:"), self.status)

        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.note.setAccessibleDescription(
            self.tr("What shows the milestone's state: a document, a decision, a date")
        )
        # Tab leaves the note, as in every other field; a note needs no tab characters.
        self.note.setTabChangesFocus(True)
        self.note.setPlainText(record.evidence_note or "")
        note_label = QLabel(self.tr("&Evidence note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.counter = QLabel(self)
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.counter)
        layout.addLayout(form, 1)
        self.error = _error_label(self)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.textChanged.connect(self._count)
        self._count()
        self.status.setFocus()

    def _count(self) -> None:
        text = (
            self.tr("%1 of %2 characters")
            .replace("%1", str(len(self.note.toPlainText().strip())))
            .replace("%2", str(MAX_EVIDENCE_NOTE_LENGTH))
        )
        self.counter.setText(text)
        self.counter.setAccessibleName(text)

    def accept(self) -> None:
        try:
            self.values = check_milestone(self.status.currentData(), self.note.toPlainText())
        except ValidationError as exc:
            _show_error(self.error, refusal_text(exc))
            (self.note if exc.field == "evidence_note" else self.status).setFocus()
            return
        _show_error(self.error, "")
        super().accept()

    def changed(self) -> bool:
        return self.values is not None and self.values != (
            self.record.status,
            self.record.evidence_note,
        )


class TargetsDialog(QDialog):
    """The targets' values, and which regions collaborate.

    After OK, `target_changes()` and `region_changes()` hold what was changed, and
    `previous_targets()` and `previous_regions()` the earlier values of the same items.
    """

    def __init__(self, settings: ProfileSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Edit targets"))
        self.setAccessibleName(self.tr("Edit targets"))
        self.resize(720, 540)
        self._after: tuple[TargetValues, ...] | None = None

        outer = QVBoxLayout(self)
        outer.addWidget(
            _wrapped(
                self.tr(
                    "The targets and the collaborating regions are national: central's bundles "
                    "bring the changes to every region."
                ),
                self,
            )
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._targets_box(body))
        layout.addWidget(self._regions_box(body))
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = _error_label(self)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        first = next(iter(self.values.values()), None)
        if first is not None:
            first.setFocus()

    def _targets_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Targets"), parent)
        box.setAccessibleName(self.tr("Targets"))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.addWidget(QLabel(self.tr("Target"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("Value"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("Per region (about)"), box), 0, 2)
        self.values: dict[str, QSpinBox] = {}
        self.nominals: dict[str, QSpinBox] = {}
        for row, target in enumerate(self.settings.targets, start=1):
            text = f"{goal_text(target.goal)}: {target.text_sv}"
            grid.addWidget(_wrapped(text, box), row, 0)
            value = QSpinBox(box)
            value.setRange(0, MAX_TARGET_VALUE)
            value.setValue(target.value)
            value.setAccessibleName(self.tr("Target value: %1").replace("%1", target.text_sv))
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values[target.id] = value
            if target.measure in PERSON_MEASURES or target.per_region_nominal is not None:
                nominal = QSpinBox(box)
                nominal.setRange(0, MAX_TARGET_VALUE)
                # 0 is shown as "none": a target may have no share per region.
                nominal.setSpecialValueText(self.tr("none"))
                nominal.setValue(target.per_region_nominal or 0)
                nominal.setAccessibleName(
                    self.tr("Persons per region (about): %1").replace("%1", target.text_sv)
                )
                grid.addWidget(nominal, row, 2, Qt.AlignmentFlag.AlignTop)
                self.nominals[target.id] = nominal
        return box

    def _regions_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Collaborating regions"), parent)
        box.setAccessibleName(self.tr("Collaborating regions"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Ticked regions are the collaborating ones (the completed-persons target); "
                    "the others count towards the target for the other regions."
                ),
                box,
            )
        )
        self.regions: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, region in enumerate(self.settings.regions):
            check = QCheckBox(region_label(region.region_code, region.region_name), box)
            check.setChecked(region.collaborating)
            check.setAccessibleName(
                self.tr("%1 collaborates").replace(
                    "%1", region_label(region.region_code, region.region_name)
                )
            )
            grid.addWidget(check, index // 2, index % 2)
            self.regions[region.region_code] = check
        layout.addLayout(grid)
        return box

    def _entered(self, target: TargetRecord) -> TargetValues:
        nominal_box = self.nominals.get(target.id)
        # A target without a share-per-region box keeps what it has; 0 in the box is none.
        nominal = (
            target.per_region_nominal if nominal_box is None else (nominal_box.value() or None)
        )
        return TargetValues(target.id, self.values[target.id].value(), nominal)

    def accept(self) -> None:
        entered = []
        for target in self.settings.targets:
            values = self._entered(target)
            try:
                check_target_values(values.value, values.per_region_nominal)
            except ValidationError as exc:
                message = f"{target.text_sv}: {refusal_text(exc)}"
                _show_error(self.error, message)
                box = self.nominals.get(target.id) if exc.field == "per_region_nominal" else None
                (box or self.values[target.id]).setFocus()
                return
            entered.append(values)
        _show_error(self.error, "")
        self._after = tuple(entered)
        super().accept()

    # -- what was changed -------------------------------------------------------------------
    def target_changes(self) -> tuple[TargetValues, ...]:
        before = set(self.settings.target_values())
        return tuple(v for v in self._after or () if v not in before)

    def previous_targets(self) -> tuple[TargetValues, ...]:
        changed = {v.target_id for v in self.target_changes()}
        return tuple(v for v in self.settings.target_values() if v.target_id in changed)

    def region_changes(self) -> dict[str, bool]:
        before = self.settings.collaborating()
        return {
            code: check.isChecked()
            for code, check in self.regions.items()
            if check.isChecked() != before.get(code)
        }

    def previous_regions(self) -> dict[str, bool]:
        before = self.settings.collaborating()
        return {code: before[code] for code in self.region_changes()}

    def changed(self) -> bool:
        return bool(self.target_changes() or self.region_changes())
