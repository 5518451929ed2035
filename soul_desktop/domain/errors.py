"""Errors the application reports to its user as one clear sentence."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_NO_PARAMS: Mapping[str, object] = MappingProxyType({})


class SoulError(Exception):
    """Base for failures that carry a message meant for the user."""


class DatabaseOpenError(SoulError):
    """The database could not be opened, or is not one this version can use."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer SOUL Desktop; it is left untouched."""


class DatabaseLockedError(DatabaseOpenError):
    """An encrypted database that was not unlocked; nothing was read or written.

    `code` names the case, stable across versions, so the interface can word it in its own
    language: "database.passphrase_needed" (no passphrase was given) or
    "database.wrong_passphrase" (the one given does not open it).
    """

    code = "database.locked"


class PassphraseRequiredError(DatabaseLockedError):
    """The database is encrypted and no passphrase was given."""

    code = "database.passphrase_needed"


class WrongPassphraseError(DatabaseLockedError):
    """The passphrase does not unlock the database (or the file is not a SOUL database)."""

    code = "database.wrong_passphrase"


class DatabaseInUseError(DatabaseOpenError):
    """A change that needs the database to itself, while another program has it open."""

    code = "database.in_use"


class NotInitialisedError(SoulError):
    """The database has no installation yet; `init` (or the first-run dialog) sets one up."""


class AlreadyInitialisedError(SoulError):
    """`init` on a database that already belongs to an installation."""


class ValidationError(SoulError):
    """Input that breaks a rule; `field` names the offending field when there is one.

    The message is English and complete (the CLI and the logs show it as it is). `code` names
    the rule that was broken ("personnummer.check_digit", "enrolment.course_cancelled"), stable
    across versions, and `params` holds the variable parts of the sentence (names, numbers,
    limits), so the interface can say the same thing in its own language
    (`soul_desktop.ui.refusals.refusal_text`). A code the interface does not know is shown as
    the English message.
    """

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.params: Mapping[str, object] = MappingProxyType(dict(params)) if params else _NO_PARAMS

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def at_field(self, field: str) -> ValidationError:
        """The same refusal reported at another field (a rule checked on behalf of a field)."""
        return ValidationError(self.message, field=field, code=self.code, params=self.params)
