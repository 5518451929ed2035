"""The settings page: who this installation is, where its data lives and how it is protected."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.ui import i18n, labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.encryption_settings import EncryptionSection
from soul_desktop.ui.pages.common import heading, page_layout, paragraph, value_label


class SettingsPage(QWidget):
    """Shows the installation and database; the language choice is kept in QSettings."""

    languageChanged = Signal(str)

    def __init__(
        self,
        installation: InstallationInfo,
        database_text: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        context: PageContext | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setAccessibleName(self.tr("Settings"))
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Settings"), self))

        installation_box = QGroupBox(self.tr("This installation"), self)
        installation_box.setAccessibleName(self.tr("This installation"))
        form = _form(installation_box)
        rows = [
            (self.tr("Name"), installation.name),
            (self.tr("Role"), labels.role_name(installation.role)),
            (self.tr("Region"), labels.region_text(installation)),
            (self.tr("Set up on"), labels.date_text(installation.created_at)),
            (self.tr("Installation ID"), installation.id),
        ]
        for caption, text in rows:
            value = value_label(text, installation_box)
            value.setAccessibleName(caption)
            form.addRow(caption, value)
        layout.addWidget(installation_box)

        database_box = QGroupBox(self.tr("Database"), self)
        database_box.setAccessibleName(self.tr("Database"))
        form = _form(database_box, grow=True)
        # A read-only line: a long path without spaces cannot wrap, but it can scroll and be
        # selected and copied whole.
        self.database_label = QLineEdit(database_text, database_box)
        self.database_label.setReadOnly(True)
        self.database_label.setCursorPosition(0)
        self.database_label.setToolTip(database_text)
        self.database_label.setAccessibleName(self.tr("Database file"))
        form.addRow(self.tr("File"), self.database_label)
        layout.addWidget(database_box)

        # The encryption section needs the worker and the database (the main window has them).
        self.encryption_section: EncryptionSection | None = None
        if context is not None:
            self.encryption_section = EncryptionSection(context.worker, context.database, self)
            layout.addWidget(self.encryption_section)

        language_box = QGroupBox(self.tr("Language"), self)
        language_box.setAccessibleName(self.tr("Language"))
        form = _form(language_box)
        self.language_combo = QComboBox(language_box)
        self.language_combo.setAccessibleName(self.tr("Language of the application"))
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        current = i18n.stored_language(self._settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current))
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        form.addRow(self.tr("&Language"), self.language_combo)
        self.language_note = paragraph(
            self.tr("A new language is used the next time you start SOUL Desktop."), language_box
        )
        form.addRow(self.language_note)
        layout.addWidget(language_box)
        layout.addStretch(1)

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if not isinstance(code, str):
            return
        i18n.store_language(code, self._settings)
        self.languageChanged.emit(code)


def _form(box: QGroupBox, *, grow: bool = False) -> QFormLayout:
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    form.setHorizontalSpacing(24)
    # Unless asked to grow, fields keep their natural width: a combo box stretched over the
    # page looks odd.
    policy = QFormLayout.FieldGrowthPolicy
    form.setFieldGrowthPolicy(policy.AllNonFixedFieldsGrow if grow else policy.FieldsStayAtSizeHint)
    return form
