"""The cryptographic primitives sync uses, each a thin wrapper around `cryptography`.

Nothing here is invented: Ed25519 signatures (with a purpose prefix per kind of message, so a
signature made for one purpose never verifies for another), X25519 key agreement with
HKDF-SHA256, AES-256-GCM in the STREAM construction (a bundle part is sealed in chunks whose
nonce is the part's position and the chunk's number, and whose associated data says whether it
is the last chunk, so chunks cannot be reordered, dropped, repeated or cut off), scrypt to turn
an enrolment code into a key. What the keys *mean* (who is trusted) is `sync/trust.py`.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = [
    "CHUNK_BYTES",
    "TAG_BYTES",
    "CryptoError",
    "Ed25519PrivateKey",
    "Ed25519PublicKey",
    "StreamKey",
    "X25519PrivateKey",
    "X25519PublicKey",
]

# Plaintext bytes per sealed chunk of a bundle part; each chunk grows by one GCM tag.
CHUNK_BYTES = 64 * 1024
TAG_BYTES = 16
KEY_BYTES = 32
SIGNATURE_BYTES = 64

# scrypt for an enrolment code (about 32 MiB and 0.1 s per derivation): the code already has
# 100 bits of entropy, the work factor only makes a guessed code more expensive still.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

_NONCE = struct.Struct(">IQ")  # part position, chunk number: 12 bytes, unique per file key


class CryptoError(ValueError):
    """A key, signature or ciphertext that does not check out."""


# -- encoding ---------------------------------------------------------------------------------


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int | None = None) -> bytes:
    """Strict base64 (`length` bytes when given); CryptoError on anything else."""
    if not isinstance(text, str):
        raise CryptoError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise CryptoError("not base64 text") from None
    if length is not None and len(data) != length:
        raise CryptoError(f"expected {length} bytes, found {len(data)}")
    return data


def random_bytes(n: int = KEY_BYTES) -> bytes:
    return os.urandom(n)


# -- keys -------------------------------------------------------------------------------------


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signing_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def encryption_key(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def verify_key(text: object) -> Ed25519PublicKey:
    """An Ed25519 public key from its base64 form."""
    return Ed25519PublicKey.from_public_bytes(unb64(text, KEY_BYTES))


def recipient_key(text: object) -> X25519PublicKey:
    """An X25519 public key from its base64 form."""
    return X25519PublicKey.from_public_bytes(unb64(text, KEY_BYTES))


def public_text(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return b64(raw_public(key.public_key()))


def derived_keys(seed: bytes) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    """The signing and the encryption key pair an enrolment secret stands for."""
    material = HKDF(
        algorithm=hashes.SHA256(), length=2 * KEY_BYTES, salt=None, info=b"soul-desktop enrolment"
    ).derive(seed)
    return signing_key(material[:KEY_BYTES]), encryption_key(material[KEY_BYTES:])


# -- signatures -------------------------------------------------------------------------------


def sign(key: Ed25519PrivateKey, purpose: bytes, message: bytes) -> bytes:
    """Ed25519 over `purpose` + NUL + `message`: a signature for one purpose only."""
    return key.sign(purpose + b"\x00" + message)


def verify(key: Ed25519PublicKey, signature: bytes, purpose: bytes, message: bytes) -> None:
    """CryptoError unless `signature` is `key`'s over `message` for `purpose`."""
    try:
        key.verify(signature, purpose + b"\x00" + message)
    except InvalidSignature:
        raise CryptoError("the signature does not verify") from None


# -- bundle payload encryption ----------------------------------------------------------------


def _file_key(shared: bytes, salt: bytes, ephemeral: bytes, recipient: bytes, bundle: str) -> bytes:
    info = b"soul-desktop bundle v2\x00" + ephemeral + recipient + bundle.encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(shared)


class StreamKey:
    """AES-256-GCM in the STREAM construction for one bundle's parts.

    The key is used for one bundle only (a fresh ephemeral X25519 key and salt per bundle), so
    the nonce (part position, chunk number) never repeats under it.
    """

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @staticmethod
    def for_recipient(recipient: X25519PublicKey, bundle_id: str) -> tuple[StreamKey, bytes, bytes]:
        """A new key for a bundle to `recipient`: (key, ephemeral public key, salt)."""
        ephemeral = X25519PrivateKey.generate()
        salt = random_bytes()
        ephemeral_public = raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(recipient)
        key = _file_key(shared, salt, ephemeral_public, raw_public(recipient), bundle_id)
        return StreamKey(key), ephemeral_public, salt

    @staticmethod
    def of_recipient(
        private: X25519PrivateKey, ephemeral_public: bytes, salt: bytes, bundle_id: str
    ) -> StreamKey:
        """The key of a bundle sealed to `private`'s public key."""
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        except ValueError:
            raise CryptoError("the bundle's ephemeral key is not usable") from None
        own = raw_public(private.public_key())
        return StreamKey(_file_key(shared, salt, ephemeral_public, own, bundle_id))

    @staticmethod
    def _aad(name: str, last: bool) -> bytes:
        return b"soul-desktop part\x00" + name.encode("ascii") + (b"\x01" if last else b"\x00")

    def seal(self, position: int, chunk: int, name: str, data: bytes, last: bool) -> bytes:
        return self._aead.encrypt(_NONCE.pack(position, chunk), data, self._aad(name, last))

    def open(self, position: int, chunk: int, name: str, data: bytes, last: bool) -> bytes:
        try:
            return self._aead.decrypt(_NONCE.pack(position, chunk), data, self._aad(name, last))
        except InvalidTag:
            raise CryptoError("a chunk does not decrypt") from None


def sealed_size(plain: int) -> int:
    """Bytes on file of `plain` bytes sealed in chunks (at least one chunk, even when empty)."""
    chunks = max(1, -(-plain // CHUNK_BYTES))
    return plain + chunks * TAG_BYTES


def chunk_sizes(plain: int) -> list[int]:
    """Plaintext size of each chunk of a part of `plain` bytes."""
    if plain <= 0:
        return [0]
    full, rest = divmod(plain, CHUNK_BYTES)
    return [CHUNK_BYTES] * full + ([rest] if rest else [])


# -- secrets under a code (enrolment files) ---------------------------------------------------


def _code_key(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        code.encode("utf-8")
    )


def seal_with_code(code: str, plaintext: bytes, context: bytes) -> dict[str, str | int]:
    """`plaintext` encrypted under a key derived from `code` (scrypt, then AES-256-GCM)."""
    salt, nonce = random_bytes(16), random_bytes(12)
    ciphertext = AESGCM(_code_key(code, salt)).encrypt(nonce, plaintext, context)
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": b64(salt),
        "nonce": b64(nonce),
        "ciphertext": b64(ciphertext),
    }


def open_with_code(code: str, sealed: object, context: bytes) -> bytes:
    """The plaintext of `seal_with_code`; CryptoError for a wrong code or altered data."""
    if not isinstance(sealed, dict) or sealed.get("kdf") != "scrypt":
        raise CryptoError("the sealed part is not understood")
    if (sealed.get("n"), sealed.get("r"), sealed.get("p")) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
        raise CryptoError("the sealed part uses other key derivation settings")
    salt = unb64(sealed.get("salt"), 16)
    nonce = unb64(sealed.get("nonce"), 12)
    ciphertext = unb64(sealed.get("ciphertext"))
    try:
        return AESGCM(_code_key(code, salt)).decrypt(nonce, ciphertext, context)
    except InvalidTag:
        raise CryptoError("wrong code, or the file was altered") from None
