"""The generated row packer of the fast insert path accepts no more than `decode_row` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import _insert_plan, _packer
from soul_desktop.sync.rows import RowError, decode_row, tables_in_order
from tests.sync.conftest import World, installation_id, open_db, read_bundle

pytestmark = pytest.mark.sqlite_only(reason="the packer is the SQLite fast insert path")

DIALECT = sqlite.dialect()
TABLES = {table.name: table for table in tables_in_order()}

json_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=50),
    st.sampled_from(
        [
            "2010-03-15",
            "2010-03-15T14:00:00",
            "2010-03-15T14:00:00+01:00",
            "2010-W10-1",
            "present",
            "enrolled",
            "1.5",
            "NaN",
            "x" * 5000,
            "SE32",
            "national",
        ]
    ),
)


@pytest.fixture(scope="module")
def sample_rows(world: World, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict]]:
    """Real rows of every table a bundle of the world holds."""
    path = Path(tmp_path_factory.mktemp("packer")) / "all.soulbundle"
    db, recipient = open_db(world.locations["A"]), open_db(world.locations["B"])
    export_bundle(db, path, full=True, recipient_id=installation_id(recipient))
    db.dispose()
    rows: list[tuple[str, dict[str, Any]]] = []
    with read_bundle(path, recipient) as reader:
        for info in reader.manifest.parts:
            rows.extend((info.name, row) for row in list(reader.iter_rows(info.name))[:3])
    recipient.dispose()
    return rows


def _driver_values(table_name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    """What the slow path (`decode_row`, then each column's bind processor) would store."""
    table = TABLES[table_name]
    _, names, processors = _insert_plan(table, DIALECT)
    decoded = decode_row(table, row)
    return tuple(
        value if (value := decoded.get(name)) is None or process is None else process(value)
        for name, process in zip(names, processors, strict=True)
    )


def test_every_real_row_packs_as_the_slow_path_stores_it(
    sample_rows: list[tuple[str, dict[str, Any]]],
) -> None:
    assert {name for name, _row in sample_rows} >= {
        "person",
        "course",
        "enrolment",
        "course_session",
    }
    for name, row in sample_rows:
        packed = _packer(TABLES[name], DIALECT)(row)
        assert packed is not None, (name, row)
        assert packed == _driver_values(name, row), name


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), value=json_values)
def test_a_changed_value_packs_only_when_decode_row_accepts_it(
    sample_rows: list[tuple[str, dict[str, Any]]], data: st.DataObject, value: Any
) -> None:
    name, original = data.draw(st.sampled_from(sample_rows))
    column = data.draw(st.sampled_from(sorted(original)))
    row = {**original, column: value}
    packed = _packer(TABLES[name], DIALECT)(row)
    if packed is None:
        return  # the slow path decodes it and says why (or inserts it through SQLAlchemy)
    try:
        expected = _driver_values(name, row)
    except RowError as error:
        pytest.fail(f"packed a row decode_row refuses ({name}.{column}={value!r}): {error}")
    assert packed == expected
