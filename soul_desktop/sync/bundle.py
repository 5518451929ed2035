"""The `.soulbundle` container: a streamed, checksummed file of NDJSON parts.

Format 2 adds a signature frame after the manifest and seals each part's compressed bytes to
the recipient (`sync/crypto.py`). The container carries the signature and the keys; whether
the signer is to be believed is decided by `sync/trust.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import struct
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import orjson

import soul_desktop
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.storage.digest import synced_tables
from soul_desktop.storage.migrations import HEAD_REVISION
from soul_desktop.sync import crypto

MAGIC = b"SOULBNDL"
FORMAT_VERSION = 2
# Format 1 (no signature frame, parts in clear) is still read, so `verify` can show an old
# bundle; the import refuses it as unsigned.
READABLE_FORMATS = (1, 2)
# How parts are sealed (the manifest's `encryption.scheme`).
SEAL_SCHEME = "x25519-hkdf-sha256-aes256gcm-stream64k"
KINDS = ("incremental", "full", "course_pack")
_ROLES = tuple(role.value for role in InstallationRole)

# Fixed-width integers are big-endian: u16 format version, u32 lengths.
_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")
_HASH_LEN = 32
_PRELUDE_LEN = len(MAGIC) + _U16.size + _U32.size

# Frames the reader must hold in memory whole are small by construction; anything larger is
# refused before it is read, so a hostile length field cannot make the reader allocate.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_PART_HEADER_BYTES = 4096
# A signature frame holds one Ed25519 signature or nothing (an unsigned bundle).
MAX_SIGNATURE_BYTES = 1024

_PART_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_VERSION_TEXT = re.compile(r"[0-9A-Za-z.+\-]{1,32}")

_READ_CHUNK = 1024 * 1024
# Each zlib call may produce at most this much, so one small compressed chunk can never
# expand into a large allocation before the size cap is checked.
_INFLATE_CHUNK = 256 * 1024
_WRITE_FLUSH = 256 * 1024


@dataclass(frozen=True)
class Limits:
    """Ceilings the reader enforces while decompressing (compression bombs)."""

    part_bytes: int = 4 * 1024**3
    total_bytes: int = 16 * 1024**3
    # Real NDJSON deflates 3-20x; deflate itself tops out near 1032x, so 250x with some slack
    # for tiny parts refuses a bomb's declared size before a byte of it is inflated.
    ratio: int = 250
    ratio_slack: int = 64 * 1024
    row_bytes: int = 16 * 1024 * 1024


DEFAULT_LIMITS = Limits()


class BundleError(ValidationError):
    """A bundle that cannot be trusted or read; `code` is stable ("bundle.truncated", ...)."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message, code=code, params=params)


@dataclass(frozen=True)
class Party:
    """An installation named in a manifest (the source, or the intended recipient)."""

    id: str
    name: str
    role: str
    region: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role, "region": self.region}


@dataclass(frozen=True)
class PartInfo:
    """One part as the manifest declares it; `bytes` and `sha256` are of the uncompressed NDJSON."""

    name: str
    rows: int
    bytes: int
    sha256: str
    compressed_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rows": self.rows,
            "bytes": self.bytes,
            "sha256": self.sha256,
            "compressed_bytes": self.compressed_bytes,
        }


@dataclass(frozen=True)
class Sealing:
    """How the parts are encrypted: to whom, and the ephemeral key and salt of this bundle."""

    scheme: str
    recipient: str
    recipient_key: str
    ephemeral_key: str
    salt: str

    def to_json(self) -> dict[str, Any]:
        return {
            "scheme": self.scheme,
            "recipient": self.recipient,
            "recipient_key": self.recipient_key,
            "ephemeral_key": self.ephemeral_key,
            "salt": self.salt,
        }


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself; checked against its checksum before it is parsed.

    `raw` is the manifest exactly as in the file (what `signature` signs); `signer` is the
    enrolment chain the signer presents, checked by `sync/trust.py`.
    """

    format_version: int
    schema_version: str
    app_version: str
    bundle_id: str
    source: Party
    recipient: Party | None
    created: datetime
    kind: str
    counter_ranges: Mapping[str, tuple[int, int]]
    parts: tuple[PartInfo, ...]
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    sealing: Sealing | None = None
    signer: tuple[Any, ...] | None = None
    signature: bytes | None = field(default=None, compare=False)
    raw: bytes = field(default=b"", compare=False, repr=False)

    def part(self, name: str) -> PartInfo:
        for info in self.parts:
            if info.name == name:
                return info
        raise BundleError(
            f"The bundle has no part named {name!r}.", "bundle.no_such_part", part=name
        )

    def to_json(self) -> dict[str, Any]:
        data = dict(self.extra)
        data.update(
            {
                "format_version": self.format_version,
                "schema_version": self.schema_version,
                "app_version": self.app_version,
                "bundle_id": self.bundle_id,
                "source": self.source.to_json(),
                "recipient": self.recipient.to_json() if self.recipient else None,
                "created": _iso(self.created),
                "kind": self.kind,
                "counter_ranges": {k: list(v) for k, v in self.counter_ranges.items()},
                "parts": [p.to_json() for p in self.parts],
            }
        )
        if self.sealing is not None:
            data["encryption"] = self.sealing.to_json()
        if self.signer is not None:
            data["signer"] = list(self.signer)
        return data


@dataclass(frozen=True)
class PartReport:
    """What verification actually found in one part."""

    name: str
    rows: int
    bytes: int
    compressed_bytes: int


@dataclass(frozen=True)
class VerifyReport:
    """A bundle read end to end with every check passed."""

    manifest: Manifest
    parts: tuple[PartReport, ...]
    file_bytes: int
    file_sha256: str
    # False when the parts are sealed and no key was given: only their size and the file's
    # checksum were checked, not their rows.
    payload_checked: bool = True

    @property
    def rows(self) -> int:
        return sum(p.rows for p in self.parts)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# Compact and UTF-8 (not \u escapes) so hashes are reproducible and unicode stays small;
# NaN/Infinity are not JSON, so they are refused when written and when read. One encoder for
# the module: json.dumps with options builds a new one per call, which costs about a third of
# the time per row.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _dumps(value: object) -> bytes:
    return _ENCODER.encode(value).encode()


def _loads(data: bytes) -> Any:
    """Strict JSON from UTF-8 bytes; ValueError on anything else (NaN, bad UTF-8, lone
    surrogates, integers beyond 64 bits). orjson: a third of the standard library's time per
    row, which is a fifth of an import."""
    return orjson.loads(data)


def synced_table_names() -> frozenset[str]:
    """Table names a part may carry: the synced tables (never an installation's local ones)."""
    return frozenset(table.name for table in synced_tables())


def check_part_name(name: object) -> str:
    """`name` when it is a table that may travel; otherwise a BundleError."""
    if not isinstance(name, str) or not _PART_NAME.fullmatch(name):
        # Shown with repr() so control characters or path separators cannot reshape the line.
        shown = repr(name)[:80]
        raise BundleError(
            f"The bundle has a part named {shown}, which is not a table name.",
            "bundle.bad_part_name",
            part=shown,
        )
    if name not in synced_table_names():
        raise BundleError(
            f"The bundle has a part for table {name!r}, which this version does not know.",
            "bundle.unknown_table",
            part=name,
        )
    return name


# --------------------------------------------------------------------------------------------
# Manifest parsing


def _bad_manifest(what: str) -> BundleError:
    return BundleError(f"The bundle's manifest is invalid: {what}.", "bundle.manifest_invalid")


def _want(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(key)
    # bool is an int in Python; a JSON true is never a count.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _bad_manifest(f"{key!r} is missing or has the wrong type")
    return value


def _count(data: Mapping[str, Any], key: str) -> int:
    value = _want(data, key, int)
    if value < 0:
        raise _bad_manifest(f"{key!r} is negative")
    return value


def _party(value: object, key: str) -> Party:
    if not isinstance(value, dict):
        raise _bad_manifest(f"{key!r} is not an object")
    region = value.get("region")
    if region is not None and not isinstance(region, str):
        raise _bad_manifest(f"{key}.region has the wrong type")
    role = _want(value, "role", str)
    if role not in _ROLES:
        raise _bad_manifest(f"{key}.role {role[:40]!r} is not one of {', '.join(_ROLES)}")
    return Party(
        id=_want(value, "id", str), name=_want(value, "name", str), role=role, region=region
    )


def _check_versions(data: Mapping[str, Any]) -> None:
    """Refuse a bundle this build cannot read, naming the version that made it."""
    app_version = data.get("app_version")
    if not isinstance(app_version, str) or not _VERSION_TEXT.fullmatch(app_version):
        raise _bad_manifest("'app_version' is missing or not a version")
    newer = BundleError(
        f"This bundle was made by SOUL Desktop {app_version}; update to import it.",
        "bundle.newer_version",
        app_version=app_version,
    )
    format_version = data.get("format_version")
    if isinstance(format_version, int) and format_version > FORMAT_VERSION:
        raise newer
    schema = data.get("schema_version")
    if not isinstance(schema, str) or not schema.isdigit() or len(schema) > 12:
        raise _bad_manifest("'schema_version' is missing or not a revision")
    # Revisions are zero-padded sequence numbers ("0003"); an older one is upgraded on import.
    if int(schema) > int(HEAD_REVISION):
        raise newer


def parse_manifest(data: object, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest in `data` (decoded JSON), fully checked; BundleError when it is not sane."""
    if not isinstance(data, dict):
        raise _bad_manifest("it is not a JSON object")
    _check_versions(data)
    format_version = _count(data, "format_version")
    if format_version not in READABLE_FORMATS:
        raise _bad_manifest(f"format version {format_version} is not supported")
    bundle_id = _want(data, "bundle_id", str)
    try:
        if str(uuid.UUID(bundle_id)) != bundle_id:
            raise ValueError(bundle_id)
    except ValueError:
        raise _bad_manifest("'bundle_id' is not a UUID") from None
    try:
        created = datetime.fromisoformat(_want(data, "created", str))
    except ValueError:
        raise _bad_manifest("'created' is not an ISO 8601 time") from None
    if created.utcoffset() is None:
        raise _bad_manifest("'created' has no time zone")
    kind = _want(data, "kind", str)
    if kind not in KINDS:
        raise _bad_manifest(f"kind {kind[:40]!r} is not one of {', '.join(KINDS)}")
    recipient = data.get("recipient")
    ranges: dict[str, tuple[int, int]] = {}
    for key, value in _want(data, "counter_ranges", dict).items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(type(n) is int and n >= 0 for n in value)
            or value[0] > value[1]
        ):
            raise _bad_manifest(f"the counter range of {key[:40]!r} is not [from, to]")
        ranges[key] = (value[0], value[1])
    parts: list[PartInfo] = []
    seen: set[str] = set()
    total = 0
    for entry in _want(data, "parts", list):
        if not isinstance(entry, dict):
            raise _bad_manifest("a part entry is not an object")
        name = check_part_name(entry.get("name"))
        if name in seen:
            raise _bad_manifest(f"part {name!r} appears twice")
        seen.add(name)
        sha = _want(entry, "sha256", str)
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise _bad_manifest(f"the sha256 of part {name!r} is not a SHA-256")
        info = PartInfo(
            name=name,
            rows=_count(entry, "rows"),
            bytes=_count(entry, "bytes"),
            sha256=sha,
            compressed_bytes=_count(entry, "compressed_bytes"),
        )
        _check_declared_size(info, limits)
        total += info.bytes
        parts.append(info)
    if total > limits.total_bytes:
        raise _too_large(f"its parts would expand to {total} bytes")
    known = {
        "format_version",
        "schema_version",
        "app_version",
        "bundle_id",
        "source",
        "recipient",
        "created",
        "kind",
        "counter_ranges",
        "parts",
        "encryption",
        "signer",
    }
    sealing = _sealing(data.get("encryption"), format_version)
    signer = data.get("signer")
    if signer is not None and not isinstance(signer, list):
        raise _bad_manifest("'signer' is not a list")
    return Manifest(
        format_version=format_version,
        schema_version=data["schema_version"],
        app_version=data["app_version"],
        bundle_id=bundle_id,
        source=_party(data.get("source"), "source"),
        recipient=None if recipient is None else _party(recipient, "recipient"),
        created=created.astimezone(UTC),
        kind=kind,
        counter_ranges=MappingProxyType(ranges),
        parts=tuple(parts),
        # Later minor additions travel through untouched (versioning rules in the format doc).
        extra=MappingProxyType({k: v for k, v in data.items() if k not in known}),
        sealing=sealing,
        signer=None if signer is None else tuple(signer),
    )


def _sealing(value: object, format_version: int) -> Sealing | None:
    if value is None:
        return None
    if format_version < 2 or not isinstance(value, dict):
        raise _bad_manifest("'encryption' is not an object of format 2")
    if value.get("scheme") != SEAL_SCHEME:
        raise _bad_manifest(f"encryption scheme {str(value.get('scheme'))[:60]!r} is not known")
    recipient = value.get("recipient")
    if not isinstance(recipient, str) or not _UUID_TEXT.fullmatch(recipient):
        raise _bad_manifest("the encryption's recipient is not an installation id")
    for key in ("recipient_key", "ephemeral_key", "salt"):
        try:
            crypto.unb64(value.get(key), crypto.KEY_BYTES)
        except crypto.CryptoError:
            raise _bad_manifest(f"the encryption's {key} is not a 32-byte key") from None
    return Sealing(
        SEAL_SCHEME, recipient, value["recipient_key"], value["ephemeral_key"], value["salt"]
    )


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _too_large(what: str, **params: object) -> BundleError:
    return BundleError(
        f"The bundle is too large to be safe to read: {what}.", "bundle.too_large", **params
    )


def _check_declared_size(info: PartInfo, limits: Limits) -> None:
    ceiling = min(limits.part_bytes, info.compressed_bytes * limits.ratio + limits.ratio_slack)
    if info.bytes > ceiling:
        raise _too_large(f"part {info.name!r} would expand to {info.bytes} bytes", part=info.name)


# --------------------------------------------------------------------------------------------
# Writing


class _Sealer:
    """Seals a part's compressed bytes chunk by chunk (STREAM), so only ciphertext is written.

    A chunk is sealed once more bytes follow it, so the last one (which may be short, or
    empty for an empty stream) is always the one `finish` seals with the last-chunk flag.
    """

    def __init__(self, key: crypto.StreamKey, position: int, name: str, out: IO[bytes]) -> None:
        self._key = key
        self._position = position
        self._name = name
        self._out = out
        self._buffer = bytearray()
        self._chunk = 0

    def write(self, data: bytes) -> None:
        self._buffer += data
        size = crypto.CHUNK_BYTES
        while len(self._buffer) > size:
            block = bytes(self._buffer[:size])
            del self._buffer[:size]
            self._out.write(self._key.seal(self._position, self._chunk, self._name, block, False))
            self._chunk += 1

    def finish(self) -> None:
        block = bytes(self._buffer)
        self._buffer.clear()
        self._out.write(self._key.seal(self._position, self._chunk, self._name, block, True))


class PartWriter:
    """Rows of one part; obtained from BundleWriter.part()."""

    def __init__(self, name: str, out: IO[bytes], sealer: _Sealer | None = None) -> None:
        self.name = name
        self._out: Any = sealer if sealer is not None else out
        self._sealer = sealer
        self._compressor = zlib.compressobj(6)
        self._sha = hashlib.sha256()
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self.rows = 0
        self.bytes = 0
        self.compressed_bytes = 0

    def write_row(self, row: Mapping[str, Any]) -> None:
        if not isinstance(row, Mapping):
            raise TypeError(f"a bundle row must be a mapping, not {type(row).__name__}")
        line = _dumps(row) + b"\n"
        self._pending.append(line)
        self._pending_bytes += len(line)
        self.rows += 1
        # Rows are gathered and compressed in blocks: one zlib call per row is several times slower.
        if self._pending_bytes >= _WRITE_FLUSH:
            self._flush()

    def _flush(self) -> None:
        block = b"".join(self._pending)
        self._pending.clear()
        self._pending_bytes = 0
        self._sha.update(block)
        self.bytes += len(block)
        self._emit(self._compressor.compress(block))

    def _emit(self, data: bytes) -> None:
        if data:
            self._out.write(data)
            self.compressed_bytes += len(data)

    def _finish(self) -> PartInfo:
        self._flush()
        self._emit(self._compressor.flush())
        if self._sealer is not None:
            self._sealer.finish()
        return PartInfo(
            self.name, self.rows, self.bytes, self._sha.hexdigest(), self.compressed_bytes
        )


class BundleWriter:
    """Writes a bundle: parts stream to a scratch file, close() assembles and renames atomically.

    The manifest comes first in the file but its part sizes and hashes are known only at the
    end, so parts go to `<path>.parts.tmp` first; close() writes `<path>.tmp` (header, manifest,
    signature, then the parts copied through, then the checksum), fsyncs it and renames it to
    `path`. A crash or an exception therefore never leaves a partial file under `path`.

    `seal_to` (recipient id, X25519 public key) encrypts every part as it is written, so not
    even the scratch file holds a row in clear; `sign` signs the manifest bytes (Ed25519, see
    `sync/trust.py`). Without them the writer makes the unsigned, unsealed bundles the
    container tests use; the import refuses such bundles.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        manifest_fields: Mapping[str, Any],
        *,
        seal_to: tuple[str, crypto.X25519PublicKey] | None = None,
        sign: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.path = Path(path)
        self._tmp = self.path.with_name(self.path.name + ".tmp")
        self._scratch_path = self.path.with_name(self.path.name + ".parts.tmp")
        self._fields: dict[str, Any] = dict(manifest_fields)
        self._fields.setdefault("bundle_id", str(uuid.uuid4()))
        self._parts: list[PartInfo] = []
        self._open_part: str | None = None
        self._closed = False
        self._sign = sign
        self._key: crypto.StreamKey | None = None
        if seal_to is not None:
            recipient_id, public = seal_to
            self._key, ephemeral, salt = crypto.StreamKey.for_recipient(
                public, self._fields["bundle_id"]
            )
            self._fields["encryption"] = Sealing(
                SEAL_SCHEME,
                recipient_id,
                crypto.b64(crypto.raw_public(public)),
                crypto.b64(ephemeral),
                crypto.b64(salt),
            ).to_json()
        self._scratch: IO[bytes] = open(self._scratch_path, "wb")  # noqa: SIM115  (closed in close/abort)

    def update_manifest(self, **fields: Any) -> None:
        """Set manifest fields known only after the rows (counter ranges seen while exporting)."""
        self._fields.update(fields)

    @contextlib.contextmanager
    def part(self, name: str) -> Iterator[PartWriter]:
        if self._closed or self._open_part is not None:
            raise RuntimeError("one part at a time, before close()")
        check_part_name(name)
        if any(p.name == name for p in self._parts):
            raise ValueError(f"part {name!r} was already written")
        self._open_part = name
        sealer = (
            None if self._key is None else _Sealer(self._key, len(self._parts), name, self._scratch)
        )
        writer = PartWriter(name, self._scratch, sealer)
        try:
            yield writer
        except BaseException:
            self.abort()
            raise
        self._parts.append(writer._finish())
        self._open_part = None

    def manifest_json(self) -> dict[str, Any]:
        data = dict(self._fields)
        data.setdefault("bundle_id", str(uuid.uuid4()))
        created = data.setdefault("created", datetime.now(UTC))
        if isinstance(created, datetime):
            data["created"] = _iso(created)
        data.setdefault("recipient", None)
        data.setdefault("counter_ranges", {})
        data["format_version"] = FORMAT_VERSION
        data["schema_version"] = HEAD_REVISION
        data["app_version"] = soul_desktop.__version__
        data["parts"] = [p.to_json() for p in self._parts]
        return data

    def close(self) -> Manifest:
        if self._closed:
            raise RuntimeError("the bundle is already closed")
        if self._open_part is not None:
            raise RuntimeError(f"part {self._open_part!r} is still open")
        try:
            data = self.manifest_json()
            # The writer refuses what the reader would refuse, so a bad export fails here.
            manifest = parse_manifest(data)
            raw = _dumps(data)
            signature = self._sign(raw) if self._sign is not None else b""
            self._scratch.close()
            with open(self._scratch_path, "rb") as scratch:
                _assemble(
                    self._tmp,
                    raw,
                    self._parts,
                    scratch,
                    signature=signature,
                    sealed=self._key is not None,
                )
            os.replace(self._tmp, self.path)
            _fsync_dir(self.path.parent)
        except BaseException:
            self.abort()
            raise
        finally:
            self._scratch_path.unlink(missing_ok=True)
        self._closed = True
        return replace(manifest, raw=raw, signature=signature or None)

    def abort(self) -> None:
        """Drop everything written so far; nothing appears under the final name."""
        self._closed = True
        self._scratch.close()
        self._scratch_path.unlink(missing_ok=True)
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self.abort()
        elif not self._closed:
            self.close()


class _HashingWriter:
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.sha = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.out.write(data)


def _assemble(
    target: Path,
    manifest: bytes,
    parts: list[PartInfo],
    payloads: IO[bytes] | None,
    format_version: int = FORMAT_VERSION,
    *,
    signature: bytes = b"",
    sealed: bool = False,
) -> None:
    """Write a whole bundle file: prelude, manifest + hash, signature frame (format 2), framed
    parts, end marker, file hash.

    `payloads` holds the parts' bytes as they go in the file (sealed or not) back to back, in
    order. Also used by the tests to build hostile bundles whose checksums are right but whose
    content lies.
    """
    with open(target, "wb") as raw:
        out = _HashingWriter(raw)
        out.write(MAGIC + _U16.pack(format_version) + _U32.pack(len(manifest)))
        out.write(manifest)
        out.write(hashlib.sha256(manifest).digest())
        if format_version >= 2:
            out.write(_U32.pack(len(signature)) + signature)
        for info in parts:
            header = _dumps({"name": info.name, "compressed_bytes": info.compressed_bytes})
            out.write(_U32.pack(len(header)) + header)
            left = _stored_size(info, sealed)
            while left and payloads is not None:
                chunk = payloads.read(min(_READ_CHUNK, left))
                if not chunk:
                    raise OSError("the scratch file ended early")
                out.write(chunk)
                left -= len(chunk)
        out.write(_U32.pack(0))
        raw.write(out.sha.digest())
        raw.flush()
        os.fsync(raw.fileno())


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is; not possible on Windows.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------------------------
# Reading


def _stored_size(info: PartInfo, sealed: bool) -> int:
    """Bytes of a part's payload in the file: the zlib stream, or its sealed chunks."""
    return crypto.sealed_size(info.compressed_bytes) if sealed else info.compressed_bytes


def _truncated(offset: int) -> BundleError:
    return BundleError(
        f"The bundle is incomplete: the file ends at byte {offset}, before its end marker"
        " (cut off while copying or saving?).",
        "bundle.truncated",
        offset=offset,
    )


def _corrupt(what: str, **params: object) -> BundleError:
    return BundleError(f"The bundle is damaged: {what}.", "bundle.corrupt", **params)


def _tampered(name: str) -> BundleError:
    return BundleError(
        f"Part {name!r} of the bundle does not decrypt: its encrypted bytes were changed after "
        "it was written; nothing was read from it.",
        "bundle.tampered",
        part=name,
    )


class _Source:
    """A file read sequentially, optionally hashing every byte it hands out."""

    def __init__(self, f: IO[bytes], hashing: bool) -> None:
        self.f = f
        self.sha = hashlib.sha256() if hashing else None

    def exact(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) != n:
            raise _truncated(self.f.tell())
        if self.sha is not None:
            self.sha.update(data)
        return data

    def some(self, n: int) -> bytes:
        data = self.f.read(min(n, _READ_CHUNK))
        if not data:
            raise _truncated(self.f.tell())
        if self.sha is not None:
            self.sha.update(data)
        return data


class _PartSource(_Source):
    """A part's bytes from a shared file handle; seeks to its own position on every read, so
    several part iterators of one reader may be consumed interleaved."""

    def __init__(self, f: IO[bytes], position: int) -> None:
        super().__init__(f, hashing=False)
        self.position = position

    def some(self, n: int) -> bytes:
        self.f.seek(self.position)
        data = self.f.read(min(n, _READ_CHUNK))
        if not data:
            raise _truncated(self.f.tell())
        self.position += len(data)
        return data

    def exact(self, n: int) -> bytes:
        self.f.seek(self.position)
        data = self.f.read(n)
        if len(data) != n:
            raise _truncated(self.f.tell())
        self.position += n
        return data


@dataclass(frozen=True)
class _Prelude:
    manifest: Manifest
    format_version: int


def _read_prelude(src: _Source, limits: Limits) -> _Prelude:
    head = src.f.read(_PRELUDE_LEN)
    if src.sha is not None:
        src.sha.update(head)
    if not head.startswith(MAGIC[: len(head)]) or not head:
        raise BundleError(
            "This file is not a SOUL Desktop bundle (it does not start with SOULBNDL).",
            "bundle.not_a_bundle",
        )
    if len(head) < _PRELUDE_LEN:
        raise _truncated(len(head))
    (length,) = _U32.unpack_from(head, len(MAGIC) + _U16.size)
    if length > MAX_MANIFEST_BYTES:
        raise _corrupt(f"its manifest length ({length} bytes) is not plausible")
    raw = src.exact(length)
    if hashlib.sha256(raw).digest() != src.exact(_HASH_LEN):
        raise _corrupt("its manifest does not match its checksum")
    try:
        data = _loads(raw)
    except ValueError:
        raise _bad_manifest("it is not JSON") from None
    if not isinstance(data, dict):
        raise _bad_manifest("it is not a JSON object")
    # A newer format is announced by the version that made it, not as damage.
    _check_versions(data)
    (format_version,) = _U16.unpack_from(head, len(MAGIC))
    if format_version not in READABLE_FORMATS or data.get("format_version") != format_version:
        raise _corrupt("its format version fields disagree")
    signature = b""
    if format_version >= 2:
        (size,) = _U32.unpack(src.exact(_U32.size))
        if size > MAX_SIGNATURE_BYTES:
            raise _corrupt(f"its signature frame ({size} bytes) is not plausible")
        signature = src.exact(size)
    manifest = parse_manifest(data, limits)
    return _Prelude(replace(manifest, raw=raw, signature=signature or None), format_version)


def _read_part_header(src: _Source, expected: PartInfo | None) -> None:
    (length,) = _U32.unpack(src.exact(_U32.size))
    if expected is None:
        if length != 0:
            raise _corrupt("it has more parts than its manifest lists")
        return
    if length == 0:
        raise _truncated(src.f.tell())
    if length > MAX_PART_HEADER_BYTES:
        raise _corrupt(f"the header of part {expected.name!r} is not plausible")
    try:
        header = _loads(src.exact(length))
    except ValueError:
        raise _corrupt(f"the header of part {expected.name!r} is not JSON") from None
    if header != {"name": expected.name, "compressed_bytes": expected.compressed_bytes}:
        raise _corrupt(f"part {expected.name!r} is not where its manifest says")


def _read_trailer(src: _Source) -> str:
    assert src.sha is not None
    computed = src.sha.digest()
    stored = src.f.read(_HASH_LEN)
    if len(stored) != _HASH_LEN:
        raise _truncated(src.f.tell())
    if src.f.read(1):
        raise _corrupt("there is data after its end")
    if stored != computed:
        raise _corrupt("the file does not match its checksum")
    return computed.hex()


def _skip(src: _Source, size: int) -> None:
    while size:
        size -= len(src.some(size))


def _payload(
    src: _Source, info: PartInfo, position: int, key: crypto.StreamKey | None
) -> Iterator[bytes]:
    """The compressed bytes of one part, in pieces: read as they are, or chunk by chunk
    decrypted with `key` (each chunk's tag checked before a byte of it is handed out)."""
    if key is None:
        left = info.compressed_bytes
        while left:
            data = src.some(left)
            left -= len(data)
            yield data
        return
    sizes = crypto.chunk_sizes(info.compressed_bytes)
    last = len(sizes) - 1
    for number, size in enumerate(sizes):
        sealed = src.exact(size + crypto.TAG_BYTES)
        try:
            yield key.open(position, number, info.name, sealed, number == last)
        except crypto.CryptoError:
            raise _tampered(info.name) from None


def _lines(chunks: Iterator[bytes], info: PartInfo, limits: Limits) -> Iterator[bytes]:
    """The NDJSON lines of one part (without their newline), every declared fact checked.

    Decompression is bounded per call and against the declared size, so a bomb is refused
    after at most one inflate chunk beyond what the manifest allowed.
    """
    inflater = zlib.decompressobj()
    sha = hashlib.sha256()
    produced = 0
    rows = 0
    tail = b""
    for piece in chunks:
        if inflater.eof:
            if piece:
                raise _corrupt(f"part {info.name!r} has data after its compressed stream")
            continue
        data = piece
        while True:
            try:
                out = inflater.decompress(data, _INFLATE_CHUNK)
            except zlib.error:
                raise _corrupt(f"part {info.name!r} does not decompress", part=info.name) from None
            data = inflater.unconsumed_tail
            if out:
                produced += len(out)
                if produced > info.bytes:
                    raise _too_large(
                        f"part {info.name!r} expands past its declared {info.bytes} bytes",
                        part=info.name,
                    )
                sha.update(out)
                joined = tail + out
                pieces = joined.split(b"\n")
                tail = pieces.pop()
                # Only a chunk longer than the limit can hold a too-long row; else skip the scan.
                if len(joined) > limits.row_bytes and (
                    len(tail) > limits.row_bytes
                    or max(map(len, pieces), default=0) > limits.row_bytes
                ):
                    raise _too_large(f"a row of part {info.name!r} is too long", part=info.name)
                rows += len(pieces)
                yield from pieces
            if not data and len(out) < _INFLATE_CHUNK:
                break
        if inflater.eof and inflater.unused_data:
            raise _corrupt(f"part {info.name!r} has data after its compressed stream")
    if not inflater.eof:
        raise _corrupt(f"part {info.name!r} ends inside its compressed stream", part=info.name)
    if tail:
        raise BundleError(
            f"The last row of part {info.name!r} is not terminated by a newline.",
            "bundle.bad_row",
            part=info.name,
        )
    if rows != info.rows:
        raise BundleError(
            f"Part {info.name!r} has {rows} rows but its manifest says {info.rows}.",
            "bundle.count_mismatch",
            part=info.name,
            rows=rows,
            declared=info.rows,
        )
    if produced != info.bytes or sha.hexdigest() != info.sha256:
        raise BundleError(
            f"Part {info.name!r} does not match the SHA-256 in its manifest.",
            "bundle.hash_mismatch",
            part=info.name,
        )


def _row(line: bytes, info: PartInfo, number: int) -> dict[str, Any]:
    try:
        row = _loads(line)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are both ValueErrors
        row = None
    if not isinstance(row, dict):
        raise BundleError(
            f"Row {number} of part {info.name!r} is not a JSON object.",
            "bundle.bad_row",
            part=info.name,
            row=number,
        )
    return row


def stream_key(
    manifest: Manifest, keys: Iterable[crypto.X25519PrivateKey]
) -> crypto.StreamKey | None:
    """The key that opens a sealed bundle's parts, from whichever of `keys` it was sealed to;
    None for a bundle in clear. BundleError `bundle.not_for_this_key` when none of them fits.
    """
    sealing = manifest.sealing
    if sealing is None:
        return None
    wanted = crypto.unb64(sealing.recipient_key)
    for private in keys:
        if crypto.raw_public(private.public_key()) == wanted:
            return crypto.StreamKey.of_recipient(
                private,
                crypto.unb64(sealing.ephemeral_key),
                crypto.unb64(sealing.salt),
                manifest.bundle_id,
            )
    raise BundleError(
        "The bundle is encrypted for another key than this installation's, so it cannot be "
        "read here (addressed to an installation with the same id but other keys?).",
        "bundle.not_for_this_key",
        recipient=sealing.recipient,
    )


class BundleReader:
    """An opened bundle: the manifest at hand, parts streamed on demand.

    Opening checks the whole file's checksum, so a damaged or cut-off file is refused before any
    row is read; iter_rows() additionally checks a part (size, count, hash) before its first row.
    A sealed bundle's rows are read once `unlock` has found the key.
    """

    def __init__(self, path: Path, f: IO[bytes], manifest: Manifest, offsets: dict[str, int],
                 limits: Limits) -> None:  # fmt: skip
        self.path = path
        self.manifest = manifest
        self._f = f
        self._offsets = offsets
        self._limits = limits
        self._checked: set[str] = set()
        self._key: crypto.StreamKey | None = None
        self._positions = {info.name: i for i, info in enumerate(manifest.parts)}

    @property
    def sealed(self) -> bool:
        return self.manifest.sealing is not None

    def unlock(self, keys: Iterable[crypto.X25519PrivateKey]) -> None:
        """Find the key the parts were sealed to among `keys` (nothing to do in clear)."""
        self._key = stream_key(self.manifest, keys)

    def _lines_of(self, info: PartInfo) -> Iterator[bytes]:
        if self.sealed and self._key is None:
            raise BundleError(
                "The bundle's rows are encrypted; they can be read only with the recipient's key.",
                "bundle.locked",
            )
        src = _PartSource(self._f, self._offsets[info.name])
        chunks = _payload(src, info, self._positions[info.name], self._key)
        return _lines(chunks, info, self._limits)

    def iter_rows(self, name: str, *, check_first: bool = True) -> Iterator[dict[str, Any]]:
        """The rows of part `name`, in order. With check_first (the default) the part is read
        twice: once to check it (nothing yielded), once to parse it, so a corrupt part raises
        before its first row; either way memory stays bounded."""
        info = self.manifest.part(name)
        if check_first and name not in self._checked:
            for _ in self._lines_of(info):
                pass
            self._checked.add(name)
        for number, line in enumerate(self._lines_of(info), start=1):
            yield _row(line, info, number)

    def parts(self) -> Iterator[tuple[PartInfo, Iterator[dict[str, Any]]]]:
        """Each part with an iterator over its rows, in file order."""
        for info in self.manifest.parts:
            yield info, self.iter_rows(info.name)

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _open(path: str | os.PathLike[str]) -> IO[bytes]:
    try:
        return open(path, "rb")
    except OSError as error:
        raise BundleError(
            f"The bundle cannot be opened: {error.strerror or error}.",
            "bundle.unreadable",
            path=str(path),
        ) from None


def open_bundle(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    keys: Iterable[crypto.X25519PrivateKey] | None = None,
) -> BundleReader:
    """Open and check a bundle (structure and whole-file checksum); rows are read later.

    With `keys` a sealed bundle is unlocked at once (see `BundleReader.unlock`). Whether the
    signature is to be believed is for `sync/trust.py` to say.
    """
    f = _open(path)
    try:
        src = _Source(f, hashing=True)
        prelude = _read_prelude(src, limits)
        manifest = prelude.manifest
        sealed = manifest.sealing is not None
        offsets: dict[str, int] = {}
        for info in manifest.parts:
            _read_part_header(src, info)
            offsets[info.name] = f.tell()
            _skip(src, _stored_size(info, sealed))
        _read_part_header(src, None)
        _read_trailer(src)
        reader = BundleReader(Path(path), f, manifest, offsets, limits)
        if keys is not None:
            reader.unlock(keys)
    except BaseException:
        f.close()
        raise
    return reader


def verify_bundle(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    keys: Iterable[crypto.X25519PrivateKey] | None = None,
) -> VerifyReport:
    """Read a bundle once, start to end, and check everything; BundleError names the first fault.

    A sealed bundle's rows are checked only with `keys` (the recipient's); without them its
    parts are only counted through the file's checksum (`payload_checked` is False).
    """
    with _open(path) as f:
        src = _Source(f, hashing=True)
        manifest = _read_prelude(src, limits).manifest
        key = stream_key(manifest, keys) if keys is not None else None
        locked = manifest.sealing is not None and key is None
        reports = []
        for position, info in enumerate(manifest.parts):
            _read_part_header(src, info)
            if locked:
                _skip(src, _stored_size(info, True))
            else:
                chunks = _payload(src, info, position, key)
                for number, line in enumerate(_lines(chunks, info, limits), start=1):
                    _row(line, info, number)
            reports.append(PartReport(info.name, info.rows, info.bytes, info.compressed_bytes))
        _read_part_header(src, None)
        digest = _read_trailer(src)
        return VerifyReport(manifest, tuple(reports), f.tell(), digest, not locked)


def describe(report: VerifyReport, signer_note: str | None = None) -> str:
    """The manifest of a verified bundle as plain lines (what `soul-desktop verify` prints).

    `signer_note` is what the caller could establish about the signature (`sync/trust.py`).
    """
    m = report.manifest

    def party(p: Party | None) -> str:
        if p is None:
            return "anyone (not addressed)"
        return f"{p.name} ({p.role}{', ' + p.region if p.region else ''}) {p.id}"

    if m.sealing is None:
        sealed = "no: the rows are in clear"
    else:
        sealed = f"yes, for installation {m.sealing.recipient} ({m.sealing.scheme})"
    if report.payload_checked:
        intact = (
            f"Intact: {report.rows:,} rows in {len(report.parts)}"
            f" part{'' if len(report.parts) == 1 else 's'},"
            f" {report.file_bytes:,} bytes, file SHA-256 {report.file_sha256}"
        )
    else:
        intact = (
            f"Payload not checked: the rows are encrypted and no key was given (give --db of "
            f"the recipient to decrypt and check them); the file is whole: "
            f"{report.file_bytes:,} bytes, file SHA-256 {report.file_sha256}"
        )
    lines = [
        f"Bundle {m.bundle_id} ({m.kind})",
        f"Made by: SOUL Desktop {m.app_version}, schema {m.schema_version},"
        f" format {m.format_version}",
        f"Created: {_iso(m.created)}",
        f"From: {party(m.source)}",
        f"To: {party(m.recipient)}",
        f"Encrypted: {sealed}",
        f"Signature: {signer_note or ('present' if m.signature else 'none (unsigned)')}",
        "Counters:" + ("" if m.counter_ranges else " none"),
        *(f"  {who}: {low}-{high}" for who, (low, high) in sorted(m.counter_ranges.items())),
        "Parts:" + ("" if m.parts else " none"),
        *(
            f"  {p.name:<24} {p.rows:>12,} rows {p.bytes:>14,} bytes"
            f" ({p.compressed_bytes:,} compressed) sha256 {p.sha256}"
            for p in m.parts
        ),
        *(f"  {key}: {json.dumps(value)[:200]}" for key, value in sorted(m.extra.items())),
        intact,
    ]
    return "\n".join(lines)
