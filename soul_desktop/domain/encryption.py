"""Passphrases of encrypted databases: the rules for a new one, and what an encryption did."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from soul_desktop.domain.errors import ValidationError

# Long enough that guessing is slow behind SQLCipher's key derivation (PBKDF2, 256,000
# rounds), short enough to type at every start when the keyring does not remember it.
MIN_PASSPHRASE_LENGTH = 8


def normalise(passphrase: str) -> str:
    """The form a passphrase is used in: the same letters typed on another system match.

    macOS input methods may produce decomposed letters (a + combining ring for "å") where
    Windows and Linux produce one code point; without this, "Göteborg" typed on one would not
    open a database made on the other.
    """
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(
    passphrase: str, repeated: str | None = None, *, current: str | None = None
) -> str:
    """The passphrase to set, normalised; refuses one that breaks a rule (ValidationError).

    `repeated` is the second typing in a dialog (None when there is none, as on the command
    line); `current` is the passphrase it replaces, when it replaces one.
    """
    if passphrase == "":
        raise ValidationError(
            "the passphrase is empty", field="passphrase", code="passphrase.empty"
        )
    if any(unicodedata.category(char) == "Cc" for char in passphrase):
        # A control character cannot be typed in the unlock dialog: it would lock the user out.
        raise ValidationError(
            "the passphrase holds a control character (a tab, a line break or the like)",
            field="passphrase",
            code="passphrase.control_character",
        )
    text = normalise(passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"the passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long",
            field="passphrase",
            code="passphrase.too_short",
            params={"minimum": MIN_PASSPHRASE_LENGTH},
        )
    if repeated is not None and normalise(repeated) != text:
        raise ValidationError(
            "the two passphrases differ", field="repeat", code="passphrase.mismatch"
        )
    if current is not None and normalise(current) == text:
        raise ValidationError(
            "the new passphrase is the same as the current one",
            field="passphrase",
            code="passphrase.unchanged",
        )
    return text


@dataclass(frozen=True, slots=True)
class EncryptionState:
    """Whether encryption at rest applies to a database, whether it is encrypted, and whether
    this computer's keyring remembers its passphrase."""

    # A SQLite file; PostgreSQL relies on the server's own access control instead.
    applies: bool
    encrypted: bool
    remembered: bool = False
    keyring_available: bool = False


@dataclass(frozen=True, slots=True)
class EncryptionOutcome:
    """What converting an unencrypted database left behind."""

    # The unencrypted copy taken before the conversion, when it was asked to be kept.
    kept_backup: Path | None
    # Older backups next to the database (from upgrades) that are still unencrypted.
    unencrypted_backups: tuple[Path, ...]
