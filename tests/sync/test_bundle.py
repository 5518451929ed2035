"""The .soulbundle container: round trips, bounded memory, atomic writes, every bad input."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import signal
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import soul_desktop
from soul_desktop.storage.migrations import HEAD_REVISION
from soul_desktop.sync import bundle
from soul_desktop.sync.bundle import (
    BundleError,
    BundleWriter,
    Limits,
    PartInfo,
    open_bundle,
    verify_bundle,
)

SOURCE = {"id": "0b0c6d57-1b39-4c39-9d0f-6f1f3c1f4a10", "name": "Skåne", "role": "regional",
          "region": "SE22"}  # fmt: skip
FIELDS = {"source": SOURCE, "kind": "incremental", "counter_ranges": {SOURCE["id"]: [1, 40]}}
UNICODE = [
    "Åsa Öberg",
    "Ängelholm",
    "😀🎉 👩‍👩‍👧",
    "שלום עולם",
    "مرحبا",
    "line\nbreak\u2028sep",
    "",
]


def _write(path: Path, parts: dict[str, list[dict[str, Any]]], **fields: Any) -> Path:
    with BundleWriter(path, {**FIELDS, **fields}) as writer:
        for name, rows in parts.items():
            with writer.part(name) as part:
                for row in rows:
                    part.write_row(row)
    return path


def _small(tmp_path: Path) -> Path:
    rows = [{"id": f"p{i}", "first_name": UNICODE[i % len(UNICODE)], "n": i} for i in range(5)]
    return _write(tmp_path / "small.soulbundle", {"person": rows, "attendance": [{"id": "a"}]})


def _craft(
    path: Path,
    parts: list[tuple[str, bytes]],
    *,
    manifest: Callable[[dict[str, Any]], None] = lambda m: None,
    entry: Callable[[dict[str, Any]], None] = lambda e: None,
    compressed: Callable[[bytes], bytes] = lambda c: c,
    format_version: int = bundle.FORMAT_VERSION,
) -> Path:
    """A bundle whose checksums are all right but whose content may lie (a hostile sender)."""
    infos: list[PartInfo] = []
    payload = b""
    for name, ndjson in parts:
        data = compressed(zlib.compress(ndjson))
        fields = {
            "name": name,
            "rows": ndjson.count(b"\n"),
            "bytes": len(ndjson),
            "sha256": hashlib.sha256(ndjson).hexdigest(),
            "compressed_bytes": len(data),
        }
        entry(fields)
        infos.append(PartInfo(**fields))
        payload += data
    data = BundleWriter.__new__(BundleWriter)
    data._fields = copy.deepcopy(FIELDS)
    data._parts = infos
    m = data.manifest_json()
    manifest(m)
    bundle._assemble(
        path, bundle._dumps(m), infos, io.BytesIO(payload), format_version=format_version
    )
    return path


def _rows(n: int) -> bytes:
    return b"".join(json.dumps({"id": str(i)}).encode() + b"\n" for i in range(n))


def _code(call: Callable[[], object]) -> BundleError:
    with pytest.raises(BundleError) as caught:
        call()
    error = caught.value
    assert error.code and error.code.startswith("bundle.")
    assert "\n" not in error.message and error.message.endswith(".")
    return error


def _read_all(path: Path, **kw: Any) -> dict[str, list[dict[str, Any]]]:
    with open_bundle(path, **kw) as reader:
        return {info.name: list(rows) for info, rows in reader.parts()}


# --- round trips -----------------------------------------------------------------------------


def test_round_trip_keeps_unicode_rows_and_manifest(tmp_path: Path) -> None:
    people = [
        {
            "id": f"id-{i}",
            "name": UNICODE[i % len(UNICODE)],
            "n": i,
            "x": None,
            "ok": i % 2 == 0,
            "f": i / 7,
            "nested": {"list": [1, "å"]},
        }
        for i in range(20_000)
    ]
    attendance = [{"id": str(i), "present": True} for i in range(3_000)]
    central = {"id": "c", "name": "Central", "role": "central", "region": None}
    parts = {"person": people, "attendance": attendance}
    path = _write(tmp_path / "b.soulbundle", parts, recipient=central)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.soulbundle"]

    with open_bundle(path) as reader:
        m = reader.manifest
        assert m.format_version == bundle.FORMAT_VERSION
        assert m.schema_version == HEAD_REVISION
        assert m.app_version == soul_desktop.__version__
        assert m.source.name == "Skåne" and m.source.region == "SE22"
        assert m.recipient is not None and m.recipient.role == "central"
        assert m.kind == "incremental"
        assert m.counter_ranges == {SOURCE["id"]: (1, 40)}
        assert m.created.tzinfo is not None
        assert [(p.name, p.rows) for p in m.parts] == [("person", 20_000), ("attendance", 3_000)]
        assert list(reader.iter_rows("person")) == people
        assert list(reader.iter_rows("attendance")) == attendance
        assert list(reader.iter_rows("person", check_first=False))[-1] == people[-1]

    report = verify_bundle(path)
    assert report.manifest.bundle_id == m.bundle_id
    assert [(p.name, p.rows) for p in report.parts] == [("person", 20_000), ("attendance", 3_000)]
    assert report.rows == 23_000 and report.file_bytes == path.stat().st_size
    assert m.to_json()["parts"][0]["sha256"] == m.parts[0].sha256


def test_empty_bundle_and_empty_part(tmp_path: Path) -> None:
    when = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
    path = _write(tmp_path / "e.soulbundle", {"venue": []}, kind="full", created=when)
    assert verify_bundle(path).manifest.created == when
    assert _read_all(path) == {"venue": []}
    assert verify_bundle(path).rows == 0
    none = _write(tmp_path / "n.soulbundle", {})
    assert _read_all(none) == {}


def test_writer_refuses_bad_names_and_rows(tmp_path: Path) -> None:
    with BundleWriter(tmp_path / "w.soulbundle", FIELDS) as writer:
        for name in ("../person", "local_state", "no_such_table", "Person"):
            with pytest.raises(BundleError):
                writer.part(name).__enter__()
        with writer.part("person") as part, pytest.raises(TypeError):
            part.write_row(["not", "a", "mapping"])  # type: ignore[arg-type]
    # The TypeError happened inside the part and was caught there; the part was still closed.
    with pytest.raises(BundleError, match="kind"):
        _write(tmp_path / "k.soulbundle", {}, kind="everything")
    assert not (tmp_path / "k.soulbundle").exists()


@pytest.mark.slow
def test_reading_and_writing_stay_within_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.soulbundle"
    count = 200_000
    tracemalloc.start()
    try:
        with BundleWriter(path, FIELDS) as writer, writer.part("attendance") as part:
            for i in range(count):
                part.write_row({"id": f"{i:032x}", "session_id": "s", "present": True, "n": i})
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        seen = 0
        with open_bundle(path) as reader:
            for row in reader.iter_rows("attendance"):
                assert row["n"] == seen
                seen += 1
        assert verify_bundle(path).rows == count
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    # Held at once the rows would take tens of MB; streaming keeps a few 256 kB-1 MB buffers
    # (measured: about 1 MB writing, 3.5 MB reading).
    assert write_peak < 10 * 1024**2, write_peak
    assert read_peak < 10 * 1024**2, read_peak


# --- atomic writes ---------------------------------------------------------------------------


def test_an_abandoned_writer_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "a.soulbundle"
    with pytest.raises(RuntimeError, match="boom"), BundleWriter(path, FIELDS) as writer:
        with writer.part("person") as part:
            part.write_row({"id": "1"})
            assert not path.exists()  # nothing under the final name while writing
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []

    writer = BundleWriter(path, FIELDS)
    with pytest.raises(ValueError, match="inside"), writer.part("person") as part:
        part.write_row({"id": "1"})
        raise ValueError("inside the part")
    assert list(tmp_path.iterdir()) == []


def test_close_replaces_an_older_file_whole(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.soulbundle", {"person": [{"id": "old"}]})
    _write(path, {"person": [{"id": "new"}]})
    assert _read_all(path) == {"person": [{"id": "new"}]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.soulbundle"]


# --- bad input -------------------------------------------------------------------------------


def test_not_a_bundle(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello, not a bundle\n")
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../../etc/passwd", "x")
    for path in (text, empty, archive):
        assert _code(lambda p=path: verify_bundle(p)).code == "bundle.not_a_bundle"
        assert _code(lambda p=path: open_bundle(p)).code == "bundle.not_a_bundle"
    assert _code(lambda: verify_bundle(tmp_path / "missing")).code == "bundle.unreadable"


def test_truncated_anywhere(tmp_path: Path) -> None:
    whole = _small(tmp_path).read_bytes()
    cut = tmp_path / "cut.soulbundle"
    for size in (9, 13, 20, len(whole) // 2, len(whole) - 40, len(whole) - 33, len(whole) - 1):
        cut.write_bytes(whole[:size])
        for read in (verify_bundle, open_bundle):
            error = _code(lambda r=read: r(cut))
            assert error.code == "bundle.truncated", (size, error)
            assert "incomplete" in error.message


def test_trailing_data_is_refused(tmp_path: Path) -> None:
    path = _small(tmp_path)
    path.write_bytes(path.read_bytes() + b"x")
    assert _code(lambda: verify_bundle(path)).code == "bundle.corrupt"
    assert _code(lambda: open_bundle(path)).code == "bundle.corrupt"


def test_flipped_bytes_in_each_region(tmp_path: Path) -> None:
    whole = _small(tmp_path).read_bytes()
    bad = tmp_path / "bad.soulbundle"
    for at in (0, 8, 9, 12, 20, 100, len(whole) // 2, len(whole) - 36, len(whole) - 1):
        flipped = bytearray(whole)
        flipped[at] ^= 0x01
        bad.write_bytes(bytes(flipped))
        assert _code(lambda: verify_bundle(bad)).code.startswith("bundle.")
        assert _code(lambda: open_bundle(bad)).code.startswith("bundle.")


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_single_flipped_byte_is_detected(tmp_path: Path, data: st.DataObject) -> None:
    # tmp_path is shared by all examples, so the bundle is written once.
    small = tmp_path / "small.soulbundle"
    whole = small.read_bytes() if small.exists() else _small(tmp_path).read_bytes()
    at = data.draw(st.integers(0, len(whole) - 1), label="offset")
    mask = data.draw(st.integers(1, 255), label="xor")
    flipped = bytearray(whole)
    flipped[at] ^= mask
    bad = tmp_path / "flipped.soulbundle"
    bad.write_bytes(bytes(flipped))
    with pytest.raises(BundleError):
        verify_bundle(bad)
    with pytest.raises(BundleError):
        _read_all(bad)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../person", "bundle.bad_part_name"),
        ("/etc/passwd", "bundle.bad_part_name"),
        ("person/../../x", "bundle.bad_part_name"),
        ("C:\\windows", "bundle.bad_part_name"),
        ("", "bundle.bad_part_name"),
        ("no_such_table", "bundle.unknown_table"),
        ("local_state", "bundle.unknown_table"),
        ("sync_ack", "bundle.unknown_table"),
        ("sync_import_log", "bundle.unknown_table"),
        ("sync_conflict", "bundle.unknown_table"),
    ],
)
def test_part_names_must_be_known_tables(tmp_path: Path, name: str, code: str) -> None:
    path = _craft(tmp_path / "n.soulbundle", [(name, _rows(2))])
    assert _code(lambda: verify_bundle(path)).code == code
    assert _code(lambda: open_bundle(path)).code == code


def test_a_part_name_that_is_not_a_string(tmp_path: Path) -> None:
    path = _craft(tmp_path / "n.soulbundle", [("person", _rows(1))],
                  manifest=lambda m: m["parts"][0].update(name=["person"]))  # fmt: skip
    assert _code(lambda: verify_bundle(path)).code == "bundle.bad_part_name"


def _collect(path: Path, part: str, **kw: Any) -> tuple[list[dict[str, Any]], BundleError]:
    """Rows yielded before the error, and the error."""
    got: list[dict[str, Any]] = []
    with pytest.raises(BundleError) as caught, open_bundle(path, **kw) as reader:
        for row in reader.iter_rows(part):
            got.append(row)
    return got, caught.value


def test_compression_bomb_declared_too_large(tmp_path: Path) -> None:
    zeros = b"0" * (60 * 1024 * 1024 - 1) + b"\n"  # one 60 MB row; deflates to ~60 kB
    path = _craft(tmp_path / "bomb.soulbundle", [("person", zeros)])
    error = _code(lambda: verify_bundle(path))
    assert error.code == "bundle.too_large"
    assert _code(lambda: open_bundle(path)).code == "bundle.too_large"


def test_compression_bomb_that_lies_about_its_size(tmp_path: Path) -> None:
    lines = _rows(1) + b'{"pad":"' + b"x" * 30_000_000 + b'"}\n'
    path = _craft(tmp_path / "bomb.soulbundle", [("person", lines)],
                  entry=lambda e: e.update(bytes=2000))  # fmt: skip
    tracemalloc.start()
    try:
        rows, error = _collect(path, "person")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "bundle.too_large" and rows == []
    assert peak < 5 * 1024 * 1024  # refused after one inflate chunk, not after 30 MB
    assert _code(lambda: verify_bundle(path)).code == "bundle.too_large"


def test_absolute_ceilings(tmp_path: Path) -> None:
    path = _craft(tmp_path / "c.soulbundle", [("person", _rows(100)), ("venue", _rows(100))])
    assert _code(lambda: verify_bundle(path, Limits(part_bytes=500))).code == "bundle.too_large"
    assert _code(lambda: verify_bundle(path, Limits(total_bytes=2000))).code == "bundle.too_large"
    assert _code(lambda: verify_bundle(path, Limits(row_bytes=5))).code == "bundle.too_large"
    assert verify_bundle(path).rows == 200


@pytest.mark.parametrize(
    ("lie", "code"),
    [
        (lambda e: e.update(rows=e["rows"] + 1), "bundle.count_mismatch"),
        (lambda e: e.update(rows=0), "bundle.count_mismatch"),
        (lambda e: e.update(sha256="0" * 64), "bundle.hash_mismatch"),
        (lambda e: e.update(bytes=e["bytes"] + 10), "bundle.hash_mismatch"),
    ],
)
def test_manifest_that_disagrees_with_the_payload(
    tmp_path: Path, lie: Callable[[dict[str, Any]], None], code: str
) -> None:
    path = _craft(tmp_path / "lie.soulbundle", [("person", _rows(500))], entry=lie)
    rows, error = _collect(path, "person")
    assert error.code == code and rows == []  # refused before the first row
    assert _code(lambda: verify_bundle(path)).code == code


def test_payload_that_is_not_deflate(tmp_path: Path) -> None:
    path = _craft(tmp_path / "d.soulbundle", [("person", _rows(5))],
                  compressed=lambda c: b"\x00" * len(c))  # fmt: skip
    assert _code(lambda: verify_bundle(path)).code == "bundle.corrupt"
    extra = _craft(tmp_path / "x.soulbundle", [("person", _rows(5))],
                   compressed=lambda c: c + b"junk")  # fmt: skip
    assert _code(lambda: verify_bundle(extra)).code == "bundle.corrupt"


@pytest.mark.parametrize(
    "line",
    [b"[1, 2]", b'"text"', b"42", b"null", b"{not json", b"\xff\xfe", b'{"x": NaN}', b""],
)
def test_rows_that_are_not_json_objects(tmp_path: Path, line: bytes) -> None:
    path = _craft(tmp_path / "r.soulbundle", [("person", _rows(3) + line + b"\n")])
    error = _code(lambda: verify_bundle(path))
    assert error.code == "bundle.bad_row" and error.params["row"] == 4
    rows, error = _collect(path, "person")
    assert error.code == "bundle.bad_row" and len(rows) == 3  # staged rows are discarded


def test_last_row_without_newline(tmp_path: Path) -> None:
    path = _craft(tmp_path / "r.soulbundle", [("person", _rows(3) + b'{"id":"x"}')])
    assert _code(lambda: verify_bundle(path)).code == "bundle.bad_row"


@pytest.mark.parametrize(
    ("change", "format_version"),
    [
        (lambda m: m.update(format_version=3, app_version="2.3"), 3),
        (lambda m: m.update(schema_version="9999", app_version="2.3"), 1),
    ],
)
def test_a_bundle_from_the_future(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], format_version: int
) -> None:
    path = _craft(tmp_path / "f.soulbundle", [("person", _rows(1))], manifest=change,
                  format_version=format_version)  # fmt: skip
    for read in (verify_bundle, open_bundle):
        error = _code(lambda r=read: r(path))
        assert error.code == "bundle.newer_version"
        assert "made by SOUL Desktop 2.3; update to import it" in error.message


def test_an_older_schema_is_accepted(tmp_path: Path) -> None:
    path = _craft(tmp_path / "o.soulbundle", [("person", _rows(1))],
                  manifest=lambda m: m.update(schema_version="0001"))  # fmt: skip
    assert verify_bundle(path).manifest.schema_version == "0001"


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.pop("source"),
        lambda m: m["source"].update(role="king"),
        lambda m: m["source"].update(region=22),
        lambda m: m.update(kind="all"),
        lambda m: m.update(bundle_id="not-a-uuid"),
        lambda m: m.update(created="yesterday"),
        lambda m: m.update(created="2026-01-01T00:00:00"),
        lambda m: m.update(counter_ranges={"x": [5, 1]}),
        lambda m: m.update(counter_ranges={"x": [1, True]}),
        lambda m: m.update(parts="person"),
        lambda m: m["parts"][0].update(rows=-1),
        lambda m: m["parts"].append(dict(m["parts"][0])),
        lambda m: m.update(app_version="1.0\nrm -rf"),
        lambda m: m.update(schema_version="head"),
    ],
)
def test_manifests_that_are_not_sane(
    tmp_path: Path, change: Callable[[dict[str, Any]], None]
) -> None:
    path = _craft(tmp_path / "m.soulbundle", [("person", _rows(1))], manifest=change)
    assert _code(lambda: verify_bundle(path)).code == "bundle.manifest_invalid"


def test_manifest_that_is_not_json_or_not_an_object(tmp_path: Path) -> None:
    for raw in (b"[1]", b"{oops", "åäö".encode("latin-1")):
        path = tmp_path / "j.soulbundle"
        bundle._assemble(path, raw, [], None)
        assert _code(lambda p=path: verify_bundle(p)).code == "bundle.manifest_invalid"


def test_unknown_manifest_fields_are_kept(tmp_path: Path) -> None:
    path = _craft(tmp_path / "u.soulbundle", [("person", _rows(1))],
                  manifest=lambda m: m.update(signature="abc"))  # fmt: skip
    assert verify_bundle(path).manifest.extra == {"signature": "abc"}


def test_reading_a_part_that_is_not_there(tmp_path: Path) -> None:
    with open_bundle(_small(tmp_path)) as reader:
        assert _code(lambda: list(reader.iter_rows("venue"))).code == "bundle.no_such_part"


def _iter(reader: bundle.BundleReader) -> Iterator[str]:
    for info, _ in reader.parts():
        yield info.name


def test_parts_come_in_manifest_order(tmp_path: Path) -> None:
    with open_bundle(_small(tmp_path)) as reader:
        assert list(_iter(reader)) == ["person", "attendance"]


def test_part_iterators_may_be_consumed_interleaved(tmp_path: Path) -> None:
    parts = {
        "person": [{"n": i} for i in range(50_000)],
        "venue": [{"v": i} for i in range(50_000)],
    }
    path = _write(tmp_path / "i.soulbundle", parts)
    with open_bundle(path) as reader:
        people, venues = reader.iter_rows("person"), reader.iter_rows("venue")
        pairs = list(zip(people, venues, strict=True))
    assert pairs[-1] == ({"n": 49_999}, {"v": 49_999})


def test_describe_prints_the_manifest(tmp_path: Path) -> None:
    text = bundle.describe(verify_bundle(_small(tmp_path)))
    assert "(incremental)" in text and f"SOUL Desktop {soul_desktop.__version__}" in text
    assert "From: Skåne (regional, SE22)" in text and "To: anyone" in text
    assert "person" in text and "Intact: 6 rows in 2 parts" in text


def test_a_killed_writer_leaves_no_file_under_the_final_name(tmp_path: Path) -> None:
    path = tmp_path / "k.soulbundle"
    script = (
        "import sys\n"
        "from soul_desktop.sync.bundle import BundleWriter\n"
        "w = BundleWriter(sys.argv[1], {'source': {'id': 'x', 'name': 'n', 'role': 'leader',"
        " 'region': None}, 'kind': 'full'})\n"
        "with w.part('attendance') as p:\n"
        "    while True:\n"
        "        p.write_row({'id': 'x' * 40})\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(path)])
    try:
        scratch = tmp_path / "k.soulbundle.parts.tmp"
        deadline = time.monotonic() + 30
        while not (scratch.exists() and scratch.stat().st_size > 100_000):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert not path.exists()
