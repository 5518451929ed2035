"""The keyed hash that stands for a personnummer between installations.

A personnummer never leaves the installation where it was entered. Bundles carry
HMAC-SHA256(programme key, personnummer) instead, so central can still see that two persons
share one without learning it. The programme key is made by central and reaches every
installation sealed in its enrolment file; without it the hash cannot be recomputed from the
small space of personnummer (about 10^10 values), with it anyone could, so it is as secret as
the data itself.
"""

from __future__ import annotations

import hashlib
import hmac

# Hex digits of an HMAC-SHA256.
HASH_LENGTH = 64

_PURPOSE = b"soul-desktop personnummer\x00"


def personnummer_hash(programme_key: bytes, number: str) -> str:
    """The hash of a stored (normalised, YYYYMMDD-NNNN) personnummer under `programme_key`."""
    return hmac.new(programme_key, _PURPOSE + number.encode("ascii"), hashlib.sha256).hexdigest()
