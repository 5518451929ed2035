"""Trust between installations: enrolment chains, signed bundles and receipts, revocations.

Central is the root. Its root credential (its id and public keys, self-signed) reaches every
installation in its enrolment file and is the one key everything is checked against.

An enrolment is issued for an installation that has no keys yet. The issuer (central for a
regional installation, a regional coordinator for a leader laptop in its region) makes a
one-time secret, derives a one-time key pair from it (`crypto.derived_keys`) and signs a
certificate naming the new installation (id, name, role, region, a leader's courses) and the
one-time public keys. The enrolment file holds the issuer's own chain, that certificate and,
sealed under a one-time code the issuer reads out by another channel (phone, in person), the
secret and the programme key. The new installation makes its own key pairs, signs a binding
of its public keys with the one-time key, and forgets the one-time signing key. Its chain, the
links from central down to it, each a certificate signed by the issuer and a binding signed
with that certificate's one-time key, lets anyone who holds central's key check its keys,
offline. Every bundle carries its signer's chain in the manifest and an Ed25519 signature over
the manifest; the manifest holds every part's SHA-256, so the signature covers every row.

Refusals (`TrustError.code`): `trust.unsigned`, `trust.bad_signature`,
`trust.unknown_installation`, `trust.revoked`, `trust.source_mismatch`, `trust.key_mismatch`,
`trust.bad_credential`, `trust.bad_revocation`, `trust.not_enrolled`, `trust.unencrypted`;
for enrolment files `enrolment_file.*`. See docs/sync-bundle-format.md, "Trust".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.identity_hash import personnummer_hash
from soul_desktop.storage import keys as key_store
from soul_desktop.storage.models import Installation, LocalState
from soul_desktop.sync import crypto
from soul_desktop.sync.bundle import Manifest, Party

# Purposes signed into every signature, so one kind of signature never passes for another.
ROOT = b"soul-desktop root credential v1"
CERTIFICATE = b"soul-desktop enrolment certificate v1"
BINDING = b"soul-desktop key binding v1"
MANIFEST = b"soul-desktop bundle manifest v2"
RECEIPT = b"soul-desktop receipt v2"
REVOCATION = b"soul-desktop revocation v1"

ENROLMENT_FORMAT = "soul-desktop-enrolment"
ENROLMENT_VERSION = 1
MAX_ENROLMENT_BYTES = 1024 * 1024
# Links below central: a regional installation has one, a leader two.
MAX_CHAIN = 2

# One-time codes: 20 characters from 32 unambiguous ones (100 bits), shown in groups of five.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 20

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CENTRAL = InstallationRole.CENTRAL.value
_REGIONAL = InstallationRole.REGIONAL.value
_LEADER = InstallationRole.LEADER.value


class TrustError(ValidationError):
    """A bundle, receipt, row or enrolment whose signer cannot be believed; `code` says why."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message, code=code, params=params)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def fingerprint(sign_key: str) -> str:
    """A short, readable fingerprint of a public signing key (to compare by phone)."""
    digest = hashlib.sha256(crypto.unb64(sign_key)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


# -- identities -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Identity:
    """An installation whose public keys a chain has proven (or central itself)."""

    id: str
    name: str
    role: str
    region: str | None
    sign_key: str
    encrypt_key: str
    # A leader's courses, from its enrolment; None for other roles.
    courses: tuple[str, ...] | None = None
    # The installations whose certificates lead to this one, central first.
    issuers: tuple[str, ...] = ()

    def party(self) -> Party:
        return Party(id=self.id, name=self.name, role=self.role, region=self.region)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Central's root credential: the one key every chain leads back to."""

    credential: Mapping[str, Any]
    identity: Identity

    @staticmethod
    def parse(credential: object) -> Anchor:
        """Check a root credential (self-signed, well formed); TrustError otherwise."""
        bad = TrustError(
            "The central installation's credential is not valid.", "trust.bad_credential"
        )
        if not isinstance(credential, dict):
            raise bad
        text = credential.get("certificate")
        try:
            body = json.loads(text) if isinstance(text, str) else None
            if not isinstance(body, dict) or body.get("type") != "soul-desktop-root":
                raise bad
            who = body["installation"]
            identity = Identity(
                id=_uuid(who["id"]),
                name=str(who["name"]),
                role=_CENTRAL,
                region=None,
                sign_key=body["sign_key"],
                encrypt_key=body["encrypt_key"],
            )
            if who.get("role") != _CENTRAL:
                raise bad
            crypto.recipient_key(identity.encrypt_key)
            crypto.verify(
                crypto.verify_key(identity.sign_key),
                crypto.unb64(credential.get("signature"), crypto.SIGNATURE_BYTES),
                ROOT,
                text.encode("utf-8"),
            )
        except (KeyError, TypeError, ValueError, crypto.CryptoError):
            raise bad from None
        return Anchor(dict(credential), identity)


def _uuid(value: object) -> str:
    if not is_installation_id(value):
        raise ValueError("not an installation id")
    assert isinstance(value, str)
    return value


def is_installation_id(value: object) -> bool:
    """Whether `value` is an installation id (a lower-case UUID)."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def root_credential(
    installation_id: str,
    name: str,
    sign: crypto.Ed25519PrivateKey,
    encrypt: crypto.X25519PrivateKey,
) -> dict[str, str]:
    """Central's self-signed root credential."""
    body = _canonical(
        {
            "type": "soul-desktop-root",
            "installation": {"id": installation_id, "name": name, "role": _CENTRAL},
            "sign_key": crypto.public_text(sign),
            "encrypt_key": crypto.public_text(encrypt),
            "created": _iso(_now()),
        }
    )
    signature = crypto.sign(sign, ROOT, body.encode("utf-8"))
    return {"certificate": body, "signature": crypto.b64(signature)}


# -- chains -----------------------------------------------------------------------------------


def _unknown(why: str, **params: object) -> TrustError:
    return TrustError(
        f"The bundle's signer is not an enrolled installation of this programme: {why}; "
        "nothing was imported.",
        "trust.unknown_installation",
        **params,
    )


def _revoked(installation_id: str, name: str) -> TrustError:
    return TrustError(
        f"The installation {name!r} ({installation_id}) has been revoked by central; nothing "
        "signed by it (or enrolled through it) is accepted.",
        "trust.revoked",
        installation=installation_id,
    )


def verify_chain(
    links: object,
    anchor: Anchor,
    revoked: Collection[str] = (),
    *,
    allow_unbound_last: bool = False,
) -> Identity:
    """The installation a chain of links proves, checked from central down; TrustError.

    Each link's certificate must be signed by the installation above it (central for the
    first), name central's root, and fit the issuer's role (central enrols regional
    installations and leaders; a regional installation enrols leaders in its own region);
    each binding must be signed with its certificate's one-time key. An empty chain is central.
    No installation on the way may be revoked. `allow_unbound_last` accepts a last link
    without its binding (an enrolment file not yet used); the keys are then the one-time ones.
    """
    return chain_identities(links, anchor, revoked, allow_unbound_last=allow_unbound_last)[-1]


def chain_identities(
    links: object,
    anchor: Anchor,
    revoked: Collection[str] = (),
    *,
    allow_unbound_last: bool = False,
) -> list[Identity]:
    """Every installation a chain proves, central first (see `verify_chain`)."""
    issuer = anchor.identity
    if issuer.id in revoked:
        raise _revoked(issuer.id, issuer.name)
    if not isinstance(links, list) or len(links) > MAX_CHAIN:
        raise _unknown("its enrolment chain is missing or malformed")
    found = [issuer]
    for index, link in enumerate(links):
        last = index == len(links) - 1
        proven = _verify_link(link, issuer, anchor, allow_unbound=allow_unbound_last and last)
        issuer = Identity(
            id=proven.id,
            name=proven.name,
            role=proven.role,
            region=proven.region,
            sign_key=proven.sign_key,
            encrypt_key=proven.encrypt_key,
            courses=proven.courses,
            issuers=tuple(identity.id for identity in found),
        )
        if issuer.id in revoked:
            raise _revoked(issuer.id, issuer.name)
        found.append(issuer)
    return found


def _verify_link(
    link: object, issuer: Identity, anchor: Anchor, *, allow_unbound: bool
) -> Identity:
    if not isinstance(link, dict):
        raise _unknown("a link of its enrolment chain is malformed")
    text = link.get("certificate")
    try:
        if not isinstance(text, str):
            raise ValueError
        crypto.verify(
            crypto.verify_key(issuer.sign_key),
            crypto.unb64(link.get("certificate_signature"), crypto.SIGNATURE_BYTES),
            CERTIFICATE,
            text.encode("utf-8"),
        )
    except (ValueError, crypto.CryptoError):
        raise _unknown(f"its enrolment is not signed by {issuer.name!r}") from None
    try:
        cert = json.loads(text)
        who = cert["installation"]
        identity_id = _uuid(who["id"])
        role, region = who["role"], who.get("region")
        name = str(who["name"])
        courses = who.get("courses")
        one_time = cert["enrolment_sign_key"]
        one_time_encrypt = cert["enrolment_encrypt_key"]
        if cert.get("type") != "soul-desktop-enrolment":
            raise ValueError
    except (KeyError, TypeError, ValueError):
        raise _unknown("its enrolment certificate is malformed") from None
    if cert.get("issuer") != issuer.id or cert.get("root") != anchor.identity.id:
        raise _unknown("its enrolment names another issuer or another central")
    if issuer.role == _CENTRAL:
        allowed = role in (_REGIONAL, _LEADER)
    elif issuer.role == _REGIONAL:
        allowed = role == _LEADER and region == issuer.region
    else:
        allowed = False
    if not allowed or not isinstance(region, str):
        raise _unknown(f"a {issuer.role} installation may not enrol a {role} one there")
    if role == _LEADER:
        if not isinstance(courses, list) or not all(isinstance(c, str) for c in courses):
            raise _unknown("a leader's enrolment must list its courses")
        course_ids: tuple[str, ...] | None = tuple(courses)
    else:
        course_ids = None
    binding_text = link.get("binding")
    if binding_text is None and allow_unbound:
        return Identity(identity_id, name, role, region, one_time, one_time_encrypt, course_ids)
    try:
        if not isinstance(binding_text, str):
            raise ValueError
        crypto.verify(
            crypto.verify_key(one_time),
            crypto.unb64(link.get("binding_signature"), crypto.SIGNATURE_BYTES),
            BINDING,
            binding_text.encode("utf-8"),
        )
        binding = json.loads(binding_text)
        if (
            binding.get("type") != "soul-desktop-binding"
            or binding.get("installation") != identity_id
            or binding.get("enrolment_sign_key") != one_time
        ):
            raise ValueError
        sign_key, encrypt_key = binding["sign_key"], binding["encrypt_key"]
        crypto.verify_key(sign_key)
        crypto.recipient_key(encrypt_key)
    except (KeyError, TypeError, ValueError, crypto.CryptoError):
        raise _unknown(f"the keys of {name!r} are not bound to its enrolment") from None
    return Identity(identity_id, name, role, region, sign_key, encrypt_key, course_ids)


# -- this installation ------------------------------------------------------------------------


@dataclass
class LocalTrust:
    """What an installation knows for checking and signing: its keys, central's root, the
    revocations, and the keys it has pinned for other installations (their rows)."""

    installation_id: str
    sign_private: crypto.Ed25519PrivateKey
    encrypt_private: crypto.X25519PrivateKey
    enrolment_encrypt_private: crypto.X25519PrivateKey | None
    chain: list[Any] | None
    anchor: Anchor | None
    programme_key: bytes | None
    revoked: dict[str, key_store.RevocationRecord] = field(default_factory=dict)

    @property
    def enrolled(self) -> bool:
        return self.anchor is not None and self.chain is not None

    def decryption_keys(self) -> list[crypto.X25519PrivateKey]:
        found = [self.encrypt_private]
        if self.enrolment_encrypt_private is not None:
            found.append(self.enrolment_encrypt_private)
        return found

    def sign_manifest(self, raw: bytes) -> bytes:
        return crypto.sign(self.sign_private, MANIFEST, raw)

    def require_anchor(self) -> Anchor:
        if self.anchor is None or self.chain is None:
            raise TrustError(
                "This installation is not enrolled, so it cannot check who signed a bundle; "
                "set it up from an enrolment file issued by central (`init --enrolment`).",
                "trust.not_enrolled",
            )
        return self.anchor

    def own_identity(self) -> Identity:
        return verify_chain(self.chain, self.require_anchor())

    def hash_personnummer(self, number: str) -> str | None:
        if self.programme_key is None:
            return None
        return personnummer_hash(self.programme_key, number)


def load(conn: sa.Connection) -> LocalTrust | None:
    """This installation's trust state, or None before it has keys."""
    stored = key_store.load(conn)
    if stored is None:
        return None
    anchor = Anchor.parse(stored.anchor) if stored.anchor is not None else None
    return LocalTrust(
        installation_id=stored.installation_id,
        sign_private=crypto.signing_key(stored.sign_private),
        encrypt_private=crypto.encryption_key(stored.encrypt_private),
        enrolment_encrypt_private=(
            None
            if stored.enrolment_encrypt_private is None
            else crypto.encryption_key(stored.enrolment_encrypt_private)
        ),
        chain=stored.credential,
        anchor=anchor,
        programme_key=stored.programme_key,
        revoked=_valid_revocations(key_store.revocations(conn), anchor),
    )


def _valid_revocations(
    found: Mapping[str, key_store.RevocationRecord], anchor: Anchor | None
) -> dict[str, key_store.RevocationRecord]:
    if anchor is None:
        return {}
    return {
        installation_id: record
        for installation_id, record in found.items()
        if revocation_valid(anchor, installation_id, record.revoked_at, record.reason,
                            record.signature)
    }  # fmt: skip


def local_installation(conn: sa.Connection) -> tuple[str, str, str, str | None] | None:
    """(id, name, role, region) of this database's installation, or None before `init`."""
    state = LocalState.__table__
    table = Installation.__table__
    row = conn.execute(
        sa.select(table.c.id, table.c.name, table.c.role, table.c.region_code)
        .select_from(state.join(table, table.c.id == state.c.installation_id))
        .where(state.c.id == 1)
    ).first()
    if row is None:
        return None
    role = row.role.value if hasattr(row.role, "value") else str(row.role)
    return row.id, row.name, role, row.region_code


def ensure(conn: sa.Connection) -> LocalTrust | None:
    """This installation's trust state, its key pairs made first if it has none (an
    installation from before keys existed, or set up without them). Central also becomes its
    own root and gets the programme key. None before `init`."""
    found = load(conn)
    if found is not None:
        return found
    me = local_installation(conn)
    if me is None:
        return None
    installation_id, name, role, _region = me
    sign, encrypt = crypto.Ed25519PrivateKey.generate(), crypto.X25519PrivateKey.generate()
    anchor: dict[str, Any] | None = None
    chain: list[Any] | None = None
    programme: bytes | None = None
    if role == _CENTRAL:
        anchor = root_credential(installation_id, name, sign, encrypt)
        chain = []
        programme = crypto.random_bytes()
    key_store.save(
        conn,
        key_store.StoredKeys(
            installation_id=installation_id,
            sign_private=crypto.raw_private(sign),
            encrypt_private=crypto.raw_private(encrypt),
            enrolment_encrypt_private=None,
            credential=chain,
            anchor_id=installation_id if anchor else None,
            anchor=anchor,
            programme_key=programme,
        ),
    )
    if anchor is not None:
        key_store.publish(
            conn, installation_id, crypto.public_text(sign), crypto.public_text(encrypt), chain
        )
    trust = load(conn)
    assert trust is not None
    if trust.programme_key is not None:
        key_store.backfill_personnummer_hashes(conn, trust.hash_personnummer)
    return trust


# -- bundles ----------------------------------------------------------------------------------


def check_bundle(manifest: Manifest, trust: LocalTrust, conn: sa.Connection) -> Identity:
    """The installation that signed `manifest`, or TrustError with the reason.

    Checked in this order: a signature is there; the signer's chain leads to central and no
    installation on it is revoked; the signature verifies with the key the chain proves; the
    manifest's `source` is that installation; the keys are the ones this database pinned for
    it (if it knew it before); the rows are encrypted.
    """
    anchor = trust.require_anchor()
    if manifest.signature is None:
        raise TrustError(
            "The bundle is not signed (made by an older SOUL Desktop, or altered), so nobody "
            "vouches for its content; nothing was imported.",
            "trust.unsigned",
        )
    signer = manifest.signer if manifest.signer is not None else None
    identity = verify_chain(
        list(signer) if signer is not None else None, anchor, trust.revoked.keys()
    )
    try:
        crypto.verify(
            crypto.verify_key(identity.sign_key), manifest.signature, MANIFEST, manifest.raw
        )
    except crypto.CryptoError:
        raise TrustError(
            f"The bundle's signature is not valid for {identity.name!r}: the manifest was "
            "changed after signing, or the bundle was forged; nothing was imported.",
            "trust.bad_signature",
            signer=identity.id,
        ) from None
    source = manifest.source
    if (source.id, source.role, source.region) != (identity.id, identity.role, identity.region):
        raise TrustError(
            f"The bundle says it comes from {source.name!r} ({source.role}, "
            f"{source.region or 'national'}) but is signed by {identity.name!r} "
            f"({identity.role}, {identity.region or 'national'}); nothing was imported.",
            "trust.source_mismatch",
            signer=identity.id,
        )
    check_pinned(conn, identity)
    if manifest.sealing is None:
        raise TrustError(
            "The bundle's rows are not encrypted; personal data travels only encrypted, so "
            "nothing was imported.",
            "trust.unencrypted",
        )
    return identity


def check_pinned(conn: sa.Connection, identity: Identity) -> None:
    """TrustError unless `identity`'s keys are the ones this database holds for it, if any.

    The first keys a database learns for an installation stay (they came with a checked
    chain); other keys for the same id mean one enrolment file was used twice.
    """
    table = Installation.__table__
    row = conn.execute(
        sa.select(table.c.sign_key, table.c.encrypt_key).where(table.c.id == identity.id)
    ).first()
    if row is None or row.sign_key is None:
        return
    if (row.sign_key, row.encrypt_key) != (identity.sign_key, identity.encrypt_key):
        raise TrustError(
            f"The installation {identity.name!r} ({identity.id}) signs with other keys than "
            "the ones known here: its enrolment file was used twice; ask central to revoke "
            "it and enrol again. Nothing was imported.",
            "trust.key_mismatch",
            installation=identity.id,
        )


def check_installation_row(
    row: Mapping[str, Any], anchor: Anchor, revoked: Collection[str]
) -> None:
    """An incoming `installation` row that carries keys must carry the chain proving them.

    Otherwise a relay could hand out its own key as another installation's (and so read what
    is then encrypted to it). A row without keys (an installation not yet enrolled) passes.
    """
    sign_key, encrypt_key, text = row.get("sign_key"), row.get("encrypt_key"), row.get("credential")
    if sign_key is None and encrypt_key is None and text is None:
        return
    bad = TrustError(
        f"The bundle carries keys for installation {row.get('name')!r} ({row.get('id')}) that "
        "its enrolment does not prove; nothing was imported.",
        "trust.bad_credential",
        installation=str(row.get("id")),
    )
    try:
        links = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        raise bad from None
    try:
        identity = verify_chain(links, anchor, revoked=())
    except TrustError:
        raise bad from None
    if (
        identity.id != row.get("id")
        or identity.role != row.get("role")
        or identity.region != row.get("region_code")
        or identity.sign_key != sign_key
        or identity.encrypt_key != encrypt_key
    ):
        raise bad


def chain_of_row(text: str | None, anchor: Anchor) -> Identity | None:
    """The identity an installation row's chain proves, or None when it proves nothing."""
    if text is None:
        return None
    try:
        return verify_chain(json.loads(text), anchor)
    except (TrustError, ValueError):
        return None


def known_identities(conn: sa.Connection, anchor: Anchor) -> dict[str, Identity]:
    """The installations this database holds proven keys for (its installation rows)."""
    table = Installation.__table__
    found: dict[str, Identity] = {}
    for row in conn.execute(
        sa.select(table.c.id, table.c.credential).where(table.c.sign_key.is_not(None))
    ):
        identity = chain_of_row(row.credential, anchor)
        if identity is not None and identity.id == row.id:
            found[row.id] = identity
    return found


# -- revocations ------------------------------------------------------------------------------


def _revocation_message(installation_id: str, revoked_at: dt.datetime | str, reason: str) -> bytes:
    moment = revoked_at if isinstance(revoked_at, str) else revoked_at.isoformat()
    return _canonical([installation_id, moment, reason]).encode("utf-8")


def sign_revocation(
    trust: LocalTrust, installation_id: str, revoked_at: dt.datetime, reason: str
) -> str:
    """Central's signature of a revocation (the row's `signature`)."""
    return crypto.b64(
        crypto.sign(
            trust.sign_private, REVOCATION, _revocation_message(installation_id, revoked_at, reason)
        )
    )


def revocation_valid(
    anchor: Anchor,
    installation_id: str,
    revoked_at: dt.datetime | str,
    reason: str,
    signature: str,
) -> bool:
    try:
        crypto.verify(
            crypto.verify_key(anchor.identity.sign_key),
            crypto.unb64(signature, crypto.SIGNATURE_BYTES),
            REVOCATION,
            _revocation_message(installation_id, revoked_at, reason),
        )
    except crypto.CryptoError:
        return False
    return True


def check_revocation_row(row: Mapping[str, Any], anchor: Anchor) -> None:
    """An incoming revocation must be central's, signed, and never withdrawn."""
    ok = (
        isinstance(row.get("installation_id"), str)
        and isinstance(row.get("revoked_at"), str)
        and isinstance(row.get("reason"), str)
        and isinstance(row.get("signature"), str)
        and row.get("deleted") is False
        and revocation_valid(
            anchor, row["installation_id"], row["revoked_at"], row["reason"], row["signature"]
        )
    )
    if not ok:
        raise TrustError(
            f"The bundle carries a revocation of installation {row.get('installation_id')!r} "
            "that central did not sign (or one withdrawn); nothing was imported.",
            "trust.bad_revocation",
            installation=str(row.get("installation_id")),
        )


# -- receipts ---------------------------------------------------------------------------------


def sign_receipt(trust: LocalTrust, body: str) -> dict[str, Any]:
    return {
        "signer": trust.chain if trust.chain is not None else [],
        "signature": crypto.b64(crypto.sign(trust.sign_private, RECEIPT, body.encode("utf-8"))),
    }


def check_receipt(
    body: str, signer: object, signature: object, trust: LocalTrust, installation_id: str
) -> Identity:
    """The installation that signed a receipt, which must be the one it speaks for."""
    anchor = trust.require_anchor()
    identity = verify_chain(signer, anchor, trust.revoked.keys())
    try:
        crypto.verify(
            crypto.verify_key(identity.sign_key),
            crypto.unb64(signature, crypto.SIGNATURE_BYTES),
            RECEIPT,
            body.encode("utf-8"),
        )
    except crypto.CryptoError:
        raise TrustError(
            "The receipt's signature is not valid: it was changed or forged.",
            "trust.bad_signature",
        ) from None
    if identity.id != installation_id:
        raise TrustError(
            "The receipt is signed by another installation than the one it speaks for.",
            "trust.source_mismatch",
        )
    return identity


# -- enrolment files --------------------------------------------------------------------------


def new_code() -> str:
    """A one-time enrolment code: 100 random bits in 4 groups of 5 characters."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 5] for i in range(0, CODE_LENGTH, 5))


def normalise_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


@dataclass(frozen=True)
class IssuedEnrolment:
    """An enrolment file's content (`document`) and the code that opens its secret."""

    document: dict[str, Any]
    code: str
    identity: Identity  # the new installation, with its one-time keys
    record: key_store.IssuedRecord


def issue(
    trust: LocalTrust,
    issuer: Identity,
    *,
    installation_id: str,
    name: str,
    role: InstallationRole,
    region: str,
    courses: Iterable[str] = (),
) -> IssuedEnrolment:
    """An enrolment for a new installation, signed by `issuer` (this installation).

    Central enrols regional installations and leaders; a regional installation enrols leaders
    of its own region. The caller has checked names, regions and courses.
    """
    anchor = trust.require_anchor()
    if trust.programme_key is None:
        raise TrustError(
            "This installation has no programme key to pass on; it cannot enrol others.",
            "trust.not_enrolled",
        )
    seed = crypto.random_bytes()
    one_time_sign, one_time_encrypt = crypto.derived_keys(seed)
    course_list = sorted(set(courses)) if role is InstallationRole.LEADER else None
    who: dict[str, Any] = {
        "id": installation_id,
        "name": name,
        "role": role.value,
        "region": region,
    }
    if course_list is not None:
        who["courses"] = course_list
    certificate = _canonical(
        {
            "type": "soul-desktop-enrolment",
            "installation": who,
            "issuer": issuer.id,
            "root": anchor.identity.id,
            "issued": _iso(_now()),
            "enrolment_sign_key": crypto.public_text(one_time_sign),
            "enrolment_encrypt_key": crypto.public_text(one_time_encrypt),
        }
    )
    link = {
        "certificate": certificate,
        "certificate_signature": crypto.b64(
            crypto.sign(trust.sign_private, CERTIFICATE, certificate.encode("utf-8"))
        ),
        "binding": None,
        "binding_signature": None,
    }
    chain = [*(trust.chain or []), link]
    # The issuer checks its own work: the chain must verify as the receivers will check it.
    identity = verify_chain(chain, anchor, trust.revoked.keys(), allow_unbound_last=True)
    code = new_code()
    secret = _canonical(
        {"seed": crypto.b64(seed), "programme_key": crypto.b64(trust.programme_key)}
    ).encode("utf-8")
    document = {
        "format": ENROLMENT_FORMAT,
        "version": ENROLMENT_VERSION,
        "installation": who,
        "issuer": issuer.party().to_json(),
        "central": dict(anchor.credential),
        "chain": chain,
        "sealed": crypto.seal_with_code(normalise_code(code), secret, certificate.encode()),
    }
    record = key_store.IssuedRecord(
        installation_id=installation_id,
        name=name,
        role=role,
        region_code=region,
        courses=tuple(course_list or ()),
        enrolment_encrypt_key=crypto.public_text(one_time_encrypt),
        credential=chain,
        issued_at=_now().replace(tzinfo=None),
    )
    return IssuedEnrolment(document, code, identity, record)


def write_enrolment(document: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, target)


@dataclass(frozen=True)
class EnrolmentFile:
    """A read and checked enrolment file (its secret still sealed)."""

    document: Mapping[str, Any]
    anchor: Anchor
    identity: Identity  # the installation to set up (one-time keys)
    issuer: Identity
    chain: list[Any]

    @property
    def certificate(self) -> str:
        return str(self.chain[-1]["certificate"])


def _enrolment_error(why: str, code: str = "enrolment_file.invalid") -> TrustError:
    return TrustError(f"This is not a valid enrolment file: {why}.", code)


def read_enrolment(path: str | os.PathLike[str]) -> EnrolmentFile:
    """Parse an enrolment file and check its chain against the central credential it holds."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_ENROLMENT_BYTES + 1)
    except OSError as error:
        raise TrustError(
            f"The enrolment file cannot be read: {error.strerror or error}.",
            "enrolment_file.unreadable",
        ) from None
    if len(data) > MAX_ENROLMENT_BYTES:
        raise _enrolment_error("it is too large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _enrolment_error("it is not JSON") from None
    if not isinstance(document, dict) or document.get("format") != ENROLMENT_FORMAT:
        raise _enrolment_error("the format marker is missing")
    if document.get("version") != ENROLMENT_VERSION:
        raise TrustError(
            "This enrolment file was made by a newer SOUL Desktop; update to use it.",
            "enrolment_file.newer_version",
        )
    try:
        anchor = Anchor.parse(document.get("central"))
    except TrustError:
        raise _enrolment_error("central's credential in it is not valid") from None
    chain = document.get("chain")
    try:
        identity = verify_chain(chain, anchor, allow_unbound_last=True)
    except TrustError as error:
        raise _enrolment_error(f"its chain does not hold ({error.message})") from None
    assert isinstance(chain, list) and chain
    if chain[-1].get("binding") is not None:
        raise _enrolment_error("it has already been used")
    issuer = verify_chain(chain[:-1], anchor)
    return EnrolmentFile(document, anchor, identity, issuer, chain)


@dataclass(frozen=True)
class Enrolled:
    """What `enrol_here` made: the completed chain and the keys to store."""

    identity: Identity
    stored: key_store.StoredKeys


def enrol_here(enrolment: EnrolmentFile, code: str) -> Enrolled:
    """Open the enrolment's secret with `code`, make this installation's key pairs and bind
    them to the enrolment. The one-time signing key is used once here and forgotten."""
    try:
        secret = json.loads(
            crypto.open_with_code(
                normalise_code(code),
                enrolment.document.get("sealed"),
                enrolment.certificate.encode("utf-8"),
            )
        )
        seed = crypto.unb64(secret["seed"], crypto.KEY_BYTES)
        programme = crypto.unb64(secret["programme_key"], crypto.KEY_BYTES)
    except crypto.CryptoError:
        raise TrustError(
            "The enrolment code does not open this enrolment file (mistyped, or the file was "
            "altered); nothing was set up.",
            "enrolment_file.wrong_code",
        ) from None
    except (KeyError, TypeError, ValueError):
        raise _enrolment_error("its sealed part is malformed") from None
    one_time_sign, one_time_encrypt = crypto.derived_keys(seed)
    if crypto.public_text(one_time_sign) != enrolment.identity.sign_key:
        raise _enrolment_error("its secret does not belong to its certificate")
    sign, encrypt = crypto.Ed25519PrivateKey.generate(), crypto.X25519PrivateKey.generate()
    binding = _canonical(
        {
            "type": "soul-desktop-binding",
            "installation": enrolment.identity.id,
            "enrolment_sign_key": enrolment.identity.sign_key,
            "sign_key": crypto.public_text(sign),
            "encrypt_key": crypto.public_text(encrypt),
        }
    )
    last = dict(enrolment.chain[-1])
    last["binding"] = binding
    last["binding_signature"] = crypto.b64(
        crypto.sign(one_time_sign, BINDING, binding.encode("utf-8"))
    )
    chain = [*enrolment.chain[:-1], last]
    identity = verify_chain(chain, enrolment.anchor)
    stored = key_store.StoredKeys(
        installation_id=identity.id,
        sign_private=crypto.raw_private(sign),
        encrypt_private=crypto.raw_private(encrypt),
        enrolment_encrypt_private=crypto.raw_private(one_time_encrypt),
        credential=chain,
        anchor_id=enrolment.anchor.identity.id,
        anchor=dict(enrolment.anchor.credential),
        programme_key=programme,
    )
    return Enrolled(identity, stored)


# -- checking a bundle file here --------------------------------------------------------------


def verify_here(conn: sa.Connection, path: str | os.PathLike[str]) -> tuple[Any, str]:
    """Check a bundle file with this installation's keys: its signer (as an import would) and,
    when it is sealed to this installation, every row. Returns the `VerifyReport` and a line
    naming the signer; TrustError or BundleError with the first fault."""
    from soul_desktop.sync.bundle import verify_bundle

    state = ensure(conn)
    if state is None:
        raise TrustError(
            "This database has no installation yet, so it holds no key to check with.",
            "trust.not_enrolled",
        )
    report = verify_bundle(path)  # the container first: a damaged file is named as such
    identity = check_bundle(report.manifest, state, conn)
    sealing = report.manifest.sealing
    me = local_installation(conn)
    if sealing is not None and me is not None and sealing.recipient == me[0]:
        report = verify_bundle(path, keys=state.decryption_keys())
    issuers = " → ".join(identity.issuers) if identity.issuers else "central itself"
    note = (
        f"valid, by {identity.name} ({identity.role}"
        f"{', ' + identity.region if identity.region else ''}) {identity.id}; "
        f"enrolled through {issuers}"
    )
    return report, note
