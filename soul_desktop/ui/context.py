"""What every page needs from the application: worker, database handle, installation, edits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from soul_desktop.domain.records import InstallationInfo
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    # An opaque handle from services.setup; the interface only hands it back to services.
    from soul_desktop.services.setup import Database


@dataclass(frozen=True, slots=True)
class PageContext:
    worker: Worker
    database: Database
    installation: InstallationInfo
    edits: EditRunner
