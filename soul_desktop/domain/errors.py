"""Errors the application reports to its user as one clear sentence."""

from __future__ import annotations


class SoulError(Exception):
    """Base for failures that carry a message meant for the user."""


class DatabaseOpenError(SoulError):
    """The database could not be opened, or is not one this version can use."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer SOUL Desktop; it is left untouched."""


class NotInitialisedError(SoulError):
    """The database has no installation yet; `init` (or the first-run dialog) sets one up."""


class AlreadyInitialisedError(SoulError):
    """`init` on a database that already belongs to an installation."""


class ValidationError(SoulError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
