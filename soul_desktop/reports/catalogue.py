"""Every report by kind: the formats it can be written in, and the module that writes it."""

from __future__ import annotations

import importlib
from types import MappingProxyType

from soul_desktop.domain.reports import ReportFormat, ReportKind, ReportRequest, ReportResult
from soul_desktop.storage.database import Database

PDF, CSV, XLSX = ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX

ALLOWED_FORMATS = MappingProxyType(
    {
        ReportKind.SIGNIN: (PDF,),
        ReportKind.MONTHLY: (PDF,),
        ReportKind.CERTIFICATE: (PDF,),
        ReportKind.PARTICIPANTS: (PDF, CSV, XLSX),
        ReportKind.FOURR: (PDF, CSV, XLSX),
        ReportKind.TARGETS: (PDF, CSV, XLSX),
    }
)

# Imported when first asked for: a report module pulls in ReportLab, which the command line
# and the window need only when a report is made.
_MODULES = MappingProxyType(
    {
        ReportKind.SIGNIN: "soul_desktop.reports.signin",
        ReportKind.MONTHLY: "soul_desktop.reports.monthly",
        ReportKind.CERTIFICATE: "soul_desktop.reports.certificate",
        ReportKind.PARTICIPANTS: "soul_desktop.reports.participants",
        ReportKind.FOURR: "soul_desktop.reports.fourr_report",
        ReportKind.TARGETS: "soul_desktop.reports.targets_report",
    }
)


def write(db: Database, request: ReportRequest, path: str) -> ReportResult:
    """Write the report `request` asks for to `path` (format by the file's ending)."""
    module = importlib.import_module(_MODULES[request.kind])
    result: ReportResult = module.write(db, request, path)
    return result
