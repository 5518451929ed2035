"""Where the application finds its resources, migrations and default database."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "soul-desktop"
APP_AUTHOR = "SOUL"


def project_root() -> Path:
    """The folder holding `resources/` and `db/` (the bundle folder when frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def reference_dir() -> Path:
    return resources_dir() / "reference"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def migrations_dir() -> Path:
    return project_root() / "db"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return user_data_dir() / "soul.db"
