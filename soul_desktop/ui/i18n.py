"""Choosing the interface language: stored choice, translators and the matching number locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from soul_desktop import paths

SETTINGS_KEY = "language"
DEFAULT_LANGUAGE = "sv"
# Language code -> the name shown in the settings, always in that language itself.
LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's interface languages that SOUL speaks; else Swedish.

    `ui_languages` is QLocale.system().uiLanguages() unless given (tests give their own).
    """
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in wanted:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def stored_language(settings: QSettings | None = None) -> str:
    """The language chosen in the settings; the system's (or Swedish) when none is.

    Nonsense in the settings counts as no choice.
    """
    value = (settings or QSettings()).value(SETTINGS_KEY, None)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    return system_language()


def store_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    (settings or QSettings()).setValue(SETTINGS_KEY, language)


def locale_for(language: str) -> QLocale:
    """The locale whose number and date formats go with the language."""
    if language == "sv":
        return QLocale("sv_SE")
    # British English: day-month dates and the metric habits of a European programme.
    return QLocale("en_GB")


def translation_file(language: str, folder: Path | None = None) -> Path:
    return (folder or paths.i18n_dir()) / f"soul_{language}.qm"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install SOUL's and Qt's own translators and make the language's locale the default.

    A missing .qm file is not an error: the English source strings are shown instead, which
    beats refusing to start. The translators are parented to `app` so they live as long as it.
    """
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    candidates = [
        translation_file(language),
        # Qt's own strings: standard buttons, context menus of line edits, and so on.
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        / f"qtbase_{language}.qm",
    ]
    for candidate in candidates:
        if not candidate.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(candidate)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
