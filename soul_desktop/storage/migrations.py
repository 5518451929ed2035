"""Alembic wiring: the schema revision this build expects, and upgrading a connection to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from soul_desktop.paths import migrations_dir

if TYPE_CHECKING:
    import sqlalchemy as sa
    from alembic.config import Config

# The newest revision in db/versions. Kept here so a normal start compares one string
# instead of importing Alembic; tests/storage/test_migrations.py keeps it honest.
HEAD_REVISION = "0008"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(connection: sa.Connection, revision: str = "head") -> None:
    """Upgrade in the caller's transaction, so a failed step leaves the database as it was."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
