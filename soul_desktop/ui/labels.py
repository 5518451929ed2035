"""Translated display names for values the interface shows in several places."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.records import InstallationInfo


def role_name(role: InstallationRole) -> str:
    names = {
        InstallationRole.CENTRAL: QCoreApplication.translate("Labels", "Central office"),
        InstallationRole.REGIONAL: QCoreApplication.translate("Labels", "Regional office"),
        InstallationRole.LEADER: QCoreApplication.translate("Labels", "Workshop leader"),
    }
    return names[role]


def region_text(info: InstallationInfo) -> str:
    """“SE32 Mellersta Norrland”, or a plain word for central, which has no region."""
    if info.region_code is None:
        return QCoreApplication.translate("Labels", "Whole country")
    if info.region_name:
        return f"{info.region_code} {info.region_name}"
    return info.region_code


def date_text(moment: dt.date | dt.datetime) -> str:
    """A date in the chosen language's short format (2026-11-27 in Swedish)."""
    date = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)
