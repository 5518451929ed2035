"""What every report shares: its header and footer from a ReportHeader, and the format check."""

from __future__ import annotations

from soul_desktop.domain.reports import ReportHeader
from soul_desktop.reports.pdf_base import DocumentInfo


def document_info(
    title: str, subject: str, header: ReportHeader, keywords: tuple[str, ...] = ()
) -> DocumentInfo:
    """Metadata plus the header line (programme · funder · period · region) and the footer
    (when and by which installation), beside "sida X av Y" on every page."""
    return DocumentInfo(
        title=title,
        subject=subject,
        author=f"{header.installation_name} (SOUL Desktop)",
        header=header.header_line,
        footer=header.footer_line,
        keywords=("SOUL", header.funder, *keywords),
    )
