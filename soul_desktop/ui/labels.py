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


def table_name(table: str) -> str:
    """A synced table in words ("course_session" → "Session"); an unknown one as it is."""
    names = {
        "person": QCoreApplication.translate("Labels", "Person"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "course": QCoreApplication.translate("Labels", "Course"),
        "course_session": QCoreApplication.translate("Labels", "Session"),
        "course_area": QCoreApplication.translate("Labels", "Course area"),
        "course_leader": QCoreApplication.translate("Labels", "Course leader"),
        "enrolment": QCoreApplication.translate("Labels", "Enrolment"),
        "enrolment_status_change": QCoreApplication.translate("Labels", "Enrolment history"),
        "attendance": QCoreApplication.translate("Labels", "Attendance"),
        "venue": QCoreApplication.translate("Labels", "Venue"),
        "installation": QCoreApplication.translate("Labels", "Installation"),
        "regional_network": QCoreApplication.translate("Labels", "Regional network"),
        "network_member": QCoreApplication.translate("Labels", "Network member"),
        "network_board_member": QCoreApplication.translate("Labels", "Network board member"),
        "r1_count": QCoreApplication.translate("Labels", "4R representation"),
        "r2_resource": QCoreApplication.translate("Labels", "4R resources"),
        "r3_analysis": QCoreApplication.translate("Labels", "4R analysis"),
        "r4_action": QCoreApplication.translate("Labels", "4R action"),
        "milestone": QCoreApplication.translate("Labels", "Milestone"),
        "target": QCoreApplication.translate("Labels", "Target"),
        "partner": QCoreApplication.translate("Labels", "Partner"),
        "transnational_activity": QCoreApplication.translate("Labels", "Transnational activity"),
        "project_profile": QCoreApplication.translate("Labels", "Project profile"),
        "programme_region": QCoreApplication.translate("Labels", "Programme region"),
    }
    return names.get(table, table)
