"""An unencrypted database at the first schema revision (0001), for the upgrade smoke check.

    python installers/old_database.py OUT.db

Run with the development environment (it uses SOUL Desktop's own migrations); the frozen
application must then upgrade the file, backing it up first (installers/smoke.py
--old-database). The rows are those tests/storage/test_migrations.py starts from.
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlalchemy as sa

from soul_desktop.storage import migrations
from soul_desktop.storage.database import DatabaseLocation, create_engine

ROWS = [
    "INSERT INTO region (code, name_sv, name_en) VALUES ('SE32', 'Mellersta Norrland', 'x')",
    "INSERT INTO installation (id, name, role, region_code, created_at, partition, changed_by, "
    "change_counter, hlc, deleted) VALUES ('i1', 'Gammal', 'regional', 'SE32', "
    "'2010-01-01 00:00:00', 'SE32', 'i1', 1, 1, 0)",
    "INSERT INTO local_state (id, installation_id, last_counter, last_hlc) VALUES (1, 'i1', 3, 0)",
]


def main() -> int:
    path = Path(sys.argv[1])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    engine = create_engine(DatabaseLocation.parse(path), enforce_foreign_keys=False)
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
        for row in ROWS:
            conn.execute(sa.text(row))
    engine.dispose()
    print(f"Wrote {path} at revision 0001")
    return 0


if __name__ == "__main__":
    sys.exit(main())
