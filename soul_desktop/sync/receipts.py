"""Receipts: a small JSON file telling a bundle's source which of its changes arrived here.

Signed by the installation that imported (a forged receipt would make the source leave changes
out of its next bundles for good), and checked against its enrolment chain before it is
applied. See "Receipts" in docs/sync-bundle-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain.errors import ValidationError
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import SyncImportLog
from soul_desktop.sync import trust
from soul_desktop.sync.exporter import local_installation_id
from soul_desktop.sync.importer import APPLIED, ImportSummary, raise_acks

RECEIPT_FORMAT = "soul-desktop-receipt"
RECEIPT_VERSION = 2
MAX_RECEIPT_BYTES = 1024 * 1024
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ReceiptError(ValidationError):
    """A receipt that cannot be read or is not meant for this installation."""


@dataclass(frozen=True)
class Receipt:
    """`installation` holds every change of each author up to its counter in `holds`.

    `body` is the signed text (the receipt's JSON as written), `signer` and `signature` what
    vouches for it; empty on a receipt being made.
    """

    installation: str
    to: str
    bundle_id: str
    created: str
    holds: dict[str, int]
    body: str = ""
    signer: Any = None
    signature: Any = None

    def body_json(self) -> dict[str, Any]:
        return {
            "installation": self.installation,
            "to": self.to,
            "bundle_id": self.bundle_id,
            "created": self.created,
            "holds": dict(sorted(self.holds.items())),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RECEIPT_FORMAT,
            "version": RECEIPT_VERSION,
            "receipt": self.body,
            "signer": self.signer,
            "signature": self.signature,
        }


def _applied_import(db: Database, bundle_id: str) -> tuple[str, dict[str, Any]]:
    log = SyncImportLog.__table__
    with db.engine.connect() as conn:
        row = conn.execute(
            sa.select(log.c.source_id, log.c.counts)
            .where(log.c.bundle_id == bundle_id, log.c.outcome == APPLIED)
            .order_by(log.c.id.desc())
        ).first()
    if row is None or row.source_id is None or row.counts is None:
        raise ReceiptError(
            f"Bundle {bundle_id} has not been imported here, so there is nothing to confirm.",
            code="receipt.not_imported",
            params={"bundle_id": bundle_id},
        )
    return row.source_id, json.loads(row.counts)


def write_receipt(
    db: Database, imported: ImportSummary | str, path: str | os.PathLike[str]
) -> Receipt:
    """Write the receipt for an applied import (its summary, or the bundle id from the log)."""
    bundle_id = imported.bundle_id if isinstance(imported, ImportSummary) else imported
    if bundle_id is None:
        raise ReceiptError("Only an applied import has a receipt.", code="receipt.not_imported")
    source_id, counts = _applied_import(db, bundle_id)
    with db.engine.begin() as conn:
        me = local_installation_id(conn)
        state = trust.ensure(conn)
    assert state is not None
    holds = {author: int(span[1]) for author, span in counts.get("counter_ranges", {}).items()}
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    unsigned = Receipt(me, source_id, bundle_id, created, holds)
    body = json.dumps(unsigned.body_json(), sort_keys=True, separators=(",", ":"))
    signed = trust.sign_receipt(state, body)
    receipt = Receipt(
        me, source_id, bundle_id, created, holds, body, signed["signer"], signed["signature"]
    )
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(receipt.to_json(), indent=1, sort_keys=True) + "\n", "utf-8")
    os.replace(tmp, target)
    return receipt


def _bad(why: str) -> ReceiptError:
    return ReceiptError(f"This is not a valid receipt: {why}.", code="receipt.invalid")


def read_receipt(path: str | os.PathLike[str]) -> Receipt:
    """Parse and check a receipt file."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_RECEIPT_BYTES + 1)
    except OSError as error:
        raise ReceiptError(
            f"The receipt cannot be read: {error.strerror}.", code="receipt.unreadable"
        ) from None
    if len(data) > MAX_RECEIPT_BYTES:
        raise _bad("it is too large")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad("it is not JSON") from None
    if not isinstance(raw, dict) or raw.get("format") != RECEIPT_FORMAT:
        raise _bad("the format marker is missing")
    version = raw.get("version")
    if version == 1:
        raise ReceiptError(
            "This receipt is not signed (made by an older SOUL Desktop), so it cannot be "
            "believed; import the bundle again to get a signed one.",
            code="trust.unsigned",
        )
    if version != RECEIPT_VERSION:
        raise ReceiptError(
            "This receipt was made by a newer SOUL Desktop; update to read it.",
            code="receipt.newer_version",
        )
    body = raw.get("receipt")
    if not isinstance(body, str):
        raise _bad("its signed part is missing")
    signer, signature = raw.get("signer"), raw.get("signature")
    try:
        raw = json.loads(body)
    except json.JSONDecodeError:
        raise _bad("its signed part is not JSON") from None
    if not isinstance(raw, dict):
        raise _bad("its signed part is not an object")
    for key in ("installation", "to", "bundle_id"):
        if not isinstance(raw.get(key), str) or not _UUID.fullmatch(raw[key]):
            raise _bad(f"{key} is not an installation or bundle id")
    holds = raw.get("holds")
    if not isinstance(holds, dict) or not all(
        isinstance(k, str)
        and _UUID.fullmatch(k)
        and isinstance(v, int)
        and not isinstance(v, bool)
        and v >= 0
        for k, v in holds.items()
    ):
        raise _bad("holds is not a map of installation ids to counters")
    created = raw.get("created")
    return Receipt(
        raw["installation"],
        raw["to"],
        raw["bundle_id"],
        str(created),
        dict(holds),
        body,
        signer,
        signature,
    )


def apply_receipt(db: Database, path: str | os.PathLike[str]) -> Receipt:
    """Mark the receipt's counters as held by its installation: later exports leave them out.

    Only a receipt signed by the installation it speaks for (enrolled through central, not
    revoked) is applied; `trust.TrustError` otherwise, and nothing changes.
    """
    receipt = read_receipt(path)
    with db.engine.begin() as conn:
        me = local_installation_id(conn)
        if receipt.to != me:
            raise ReceiptError(
                "This receipt is for another installation.",
                code="receipt.not_for_us",
                params={"to": receipt.to},
            )
        state = trust.ensure(conn)
        assert state is not None
        trust.check_receipt(
            receipt.body, receipt.signer, receipt.signature, state, receipt.installation
        )
        raise_acks(conn, receipt.installation, receipt.holds)
    return receipt
