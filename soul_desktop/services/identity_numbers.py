"""Swedish personnummer and organisation numbers: accepted forms, validation, stored form.

The date and check-digit rules come from python-stdnum (`stdnum.se.personnummer`,
`stdnum.se.orgnr`); this module decides which written forms are accepted, works out the
century of a ten-digit number, and says in one sentence what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from stdnum.exceptions import InvalidChecksum, InvalidComponent
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr, personnummer

from soul_desktop.domain.errors import ValidationError

# YYYYMMDD-NNNN or YYMMDD-NNNN, the separator optional ("-" under 100, "+" from 100 years).
_PERSONNUMMER = re.compile(r"^(?P<date>\d{6}|\d{8})(?P<sep>[-+]?)(?P<serial>\d{4})$")
# Coordination numbers (samordningsnummer) add 60 to the day of birth.
_COORDINATION_DAY_OFFSET = 60
# Org numbers are sometimes written with the century prefix 16 (as in VAT numbers).
_ORG_CENTURY_PREFIX = "16"


class NumberProblem(StrEnum):
    """Why a number was refused, for tests and for an interface that words it differently."""

    EMPTY = "empty"
    FORMAT = "format"
    LENGTH = "length"
    DATE = "date"
    FUTURE = "future"
    COORDINATION = "coordination"
    CHECK_DIGIT = "check_digit"


PERSONNUMMER = "personnummer"
ORG_NUMBER = "org_number"


class IdentityNumberError(ValidationError):
    """A refused number; its code is the kind of number and the problem: "org_number.length"."""

    def __init__(
        self,
        message: str,
        field: str,
        problem: NumberProblem,
        kind: str = PERSONNUMMER,
        **params: object,
    ) -> None:
        super().__init__(message, field=field, code=f"{kind}.{problem.value}", params=params)
        self.problem = problem
        self.kind = kind


def _digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def normalise_personnummer(
    text: str, today: dt.date | None = None, field: str = "personnummer"
) -> str:
    """YYYYMMDD-NNNN for a valid personnummer written in any accepted form.

    Accepted: YYYYMMDD-NNNN, YYMMDD-NNNN (with "+" instead of "-" for people aged 100 or more)
    and the same without the separator. Spaces are ignored.
    """
    today = today or dt.date.today()
    compact = "".join(text.split())
    if not compact:
        raise IdentityNumberError("the personnummer is empty", field, NumberProblem.EMPTY)
    match = _PERSONNUMMER.match(compact)
    if match is None:
        count = len(_digits_only(compact))
        if re.fullmatch(r"[\d+\-]+", compact) and count not in (10, 12):
            raise IdentityNumberError(
                f"a personnummer has 10 or 12 digits (YYYYMMDD-NNNN or YYMMDD-NNNN); "
                f"this one has {count}",
                field,
                NumberProblem.LENGTH,
                count=count,
            )
        raise IdentityNumberError(
            "write the personnummer as YYYYMMDD-NNNN or YYMMDD-NNNN",
            field,
            NumberProblem.FORMAT,
        )
    date_part, separator, serial = match["date"], match["sep"], match["serial"]
    if len(date_part) == 8:
        full_date = date_part
    else:
        full_date = _with_century(date_part, centenarian=separator == "+", today=today)
    day = int(full_date[6:8])
    if day > _COORDINATION_DAY_OFFSET:
        raise IdentityNumberError(
            "this is a coordination number (samordningsnummer: the day is over 60); "
            "only personnummer are accepted",
            field,
            NumberProblem.COORDINATION,
        )
    number = f"{full_date}-{serial}"
    try:
        personnummer.validate(number)
    except InvalidComponent:
        shown = f"{full_date[:4]}-{full_date[4:6]}-{full_date[6:8]}"
        raise IdentityNumberError(
            f"the personnummer's date of birth {shown} does not exist",
            field,
            NumberProblem.DATE,
            date=shown,
        ) from None
    except InvalidChecksum:
        raise IdentityNumberError(
            "the personnummer's check digit (the last digit) does not match the others; "
            "a digit is probably mistyped",
            field,
            NumberProblem.CHECK_DIGIT,
        ) from None
    except StdnumError:
        raise IdentityNumberError(
            "write the personnummer as YYYYMMDD-NNNN or YYMMDD-NNNN",
            field,
            NumberProblem.FORMAT,
        ) from None
    born = personnummer.get_birth_date(number)
    if born > today:
        raise IdentityNumberError(
            f"the personnummer's date of birth {born.isoformat()} is in the future",
            field,
            NumberProblem.FUTURE,
            date=born.isoformat(),
        )
    return number


def _with_century(date_part: str, *, centenarian: bool, today: dt.date) -> str:
    """YYYYMMDD for YYMMDD: the latest such date not after today, 100 years earlier with "+"."""
    yy = int(date_part[:2])
    year = today.year - (today.year - yy) % 100
    # A birthday later this year than today belongs to the previous century.
    if (year, date_part[2:]) > (today.year, f"{today:%m%d}"):
        year -= 100
    if centenarian:
        year -= 100
    return f"{year:04d}{date_part[2:]}"


def personnummer_birth_date(number: str) -> dt.date:
    """The date of birth of a stored (normalised) personnummer."""
    return personnummer.get_birth_date(number)


def normalise_org_number(text: str, field: str = "org_number") -> str:
    """NNNNNN-NNNN for a valid organisation number (with or without "-", or a "16" prefix)."""
    compact = "".join(text.split())
    if not compact:
        raise IdentityNumberError("the org number is empty", field, NumberProblem.EMPTY, ORG_NUMBER)
    if not re.fullmatch(r"[\d\-]+", compact):
        raise IdentityNumberError(
            "write the org number as NNNNNN-NNNN", field, NumberProblem.FORMAT, ORG_NUMBER
        )
    digits = _digits_only(compact)
    if len(digits) == 12 and digits.startswith(_ORG_CENTURY_PREFIX):
        digits = digits[2:]
    if len(digits) != 10:
        raise IdentityNumberError(
            f"an org number has 10 digits (NNNNNN-NNNN); this one has {len(digits)}",
            field,
            NumberProblem.LENGTH,
            ORG_NUMBER,
            count=len(digits),
        )
    try:
        orgnr.validate(digits)
    except InvalidChecksum:
        raise IdentityNumberError(
            "the org number's check digit (the last digit) does not match the others; "
            "a digit is probably mistyped",
            field,
            NumberProblem.CHECK_DIGIT,
            ORG_NUMBER,
        ) from None
    except StdnumError:
        raise IdentityNumberError(
            "write the org number as NNNNNN-NNNN", field, NumberProblem.FORMAT, ORG_NUMBER
        ) from None
    return orgnr.format(digits)
