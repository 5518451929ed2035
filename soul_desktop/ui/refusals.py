"""Refusals in the interface language: one sentence for each rule a refusal's code names.

The domain and the services refuse input with an English message (for the CLI and the logs)
and a stable `code` with `params` (`domain.errors.ValidationError`). `refusal_text` words that
code here, in context "Refusals", with %1-style placeholders filled from the params. A sentence
that names a field is written out whole for each field, so a translation never has to splice a
translated noun into a sentence of another language. An unknown code shows the English
message; an unexpected failure (not a SoulError) says so in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus
from soul_desktop.domain.errors import SoulError, ValidationError

# The table models that name statuses and planning problems are imported when a refusal needs
# them: the main window imports this module, and start-up should not pay for the pages' models.

Params = Mapping[str, object]
_Wording = Callable[[str, str | None, Params], str | None]


def refusal_text(exc: BaseException) -> str:
    """What to tell the user about a refused or failed call, in the interface language."""
    if isinstance(exc, ValidationError) and exc.code:
        if exc.code.startswith("planning."):
            from soul_desktop.domain.planning import PlanningError
            from soul_desktop.ui.models.planning import problem_text

            # Planning's refusals keep their own wording (context "Planning"), by Problem.
            if isinstance(exc, PlanningError):
                return problem_text(exc)
        wording = _WORDINGS.get(exc.code.split(".", 1)[0])
        text = wording(exc.code, exc.field, exc.params) if wording else None
        if text:
            return text
    if isinstance(exc, SoulError):
        return as_sentence(str(exc))
    detail = as_sentence(str(exc))
    if not detail:
        return QCoreApplication.translate("Refusals", "Something went wrong.")
    return QCoreApplication.translate("Refusals", "Something went wrong: %1").replace("%1", detail)


def as_sentence(message: str) -> str:
    """An English message as a sentence: capital first letter, full stop at the end."""
    text = message.strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?)”" else f"{text}."


def _fill(text: str, *values: object) -> str:
    # From the highest number down, so %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", _shown(values[number - 1]))
    return text


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return "" if value is None else str(value)


def _count(params: Params) -> int:
    value = params.get("count", 0)
    return value if isinstance(value, int) else 0


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _enrolment_status(params: Params) -> str:
    from soul_desktop.ui.models.people import enrolment_status_name

    try:
        return _lower_first(enrolment_status_name(EnrolmentStatus(str(params.get("status")))))
    except ValueError:
        return str(params.get("status", ""))


def _attendance_status(params: Params) -> str:
    from soul_desktop.ui.models.attendance import status_name

    try:
        return status_name(AttendanceStatus(str(params.get("status"))))
    except ValueError:
        return str(params.get("status", ""))


# -- names, e-mail, phone, dates: the person and organisation forms ---------------------------


def _name(code: str, field: str | None, p: Params) -> str | None:
    if code == "name.required":
        if field == "first_name":
            return QCoreApplication.translate("Refusals", "The first name is required.")
        if field == "last_name":
            return QCoreApplication.translate("Refusals", "The last name is required.")
        return QCoreApplication.translate("Refusals", "A name is required.")
    if code == "name.too_long":
        if field == "first_name":
            text = QCoreApplication.translate(
                "Refusals", "The first name can be at most %1 characters long."
            )
        elif field == "last_name":
            text = QCoreApplication.translate(
                "Refusals", "The last name can be at most %1 characters long."
            )
        else:
            text = QCoreApplication.translate(
                "Refusals", "The name can be at most %1 characters long."
            )
        return _fill(text, p.get("limit"))
    return None


def _birth_year(code: str, _field: str | None, p: Params) -> str | None:
    year = str(p.get("year", ""))
    if code == "birth_year.not_a_number":
        return QCoreApplication.translate("Refusals", "The birth year must be a whole number.")
    if code == "birth_year.format":
        return QCoreApplication.translate(
            "Refusals", "Write the birth year with four digits, like 1975."
        )
    if code == "birth_year.future":
        return _fill(
            QCoreApplication.translate("Refusals", "The birth year %1 is in the future."), year
        )
    if code == "birth_year.too_early":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The birth year %1 is not plausible; it must be %2 or later."
            ),
            year,
            str(p.get("earliest", "")),
        )
    return None


def _email(code: str, _field: str | None, p: Params) -> str | None:
    if code == "email.too_long":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The e-mail address can be at most %1 characters long."
            ),
            p.get("limit"),
        )
    if code == "email.format":
        return QCoreApplication.translate(
            "Refusals", "The e-mail address should look like name@example.se."
        )
    return None


def _phone(code: str, _field: str | None, p: Params) -> str | None:
    if code == "phone.too_long":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The phone number can be at most %1 characters long."
            ),
            p.get("limit"),
        )
    if code == "phone.format":
        return QCoreApplication.translate(
            "Refusals", "A phone number holds only digits, spaces, + - ( ) and /."
        )
    return None


def _date(code: str, _field: str | None, _p: Params) -> str | None:
    if code == "date.format":
        return QCoreApplication.translate(
            "Refusals", "Write the date as YYYY-MM-DD, like 2026-03-15."
        )
    return None


def _consent_date(code: str, _field: str | None, _p: Params) -> str | None:
    if code == "consent_date.future":
        return QCoreApplication.translate("Refusals", "The consent date is in the future.")
    if code == "consent_date.not_a_date":
        return QCoreApplication.translate("Refusals", "The consent date is not a date.")
    return None


def _needs(code: str, _field: str | None, p: Params) -> str | None:
    if code == "accessibility_needs.unknown":
        return _fill(
            QCoreApplication.translate("Refusals", "“%1” is not a known accessibility need."),
            p.get("value"),
        )
    return None


def _note(code: str, _field: str | None, p: Params) -> str | None:
    if code == "accessibility_note.too_long":
        return _fill(
            QCoreApplication.translate("Refusals", "The note can be at most %1 characters long."),
            p.get("limit"),
        )
    return None


def _declined(code: str, field: str | None, _p: Params) -> str | None:
    if code != "declined.answer_recorded":
        return None
    if field == "declined_personnummer":
        return QCoreApplication.translate(
            "Refusals",
            "The person declined to give a personnummer, but one is recorded; "
            "clear the number or the “declined” mark.",
        )
    if field == "declined_education":
        return QCoreApplication.translate(
            "Refusals",
            "The person declined to state their education, but an education level is "
            "recorded; clear the answer or the “declined” mark.",
        )
    if field == "declined_employment":
        return QCoreApplication.translate(
            "Refusals",
            "The person declined to state their employment, but an employment status is "
            "recorded; clear the answer or the “declined” mark.",
        )
    if field == "declined_disability":
        return QCoreApplication.translate(
            "Refusals",
            "The person declined to answer about disability, but an answer is recorded; "
            "clear the answer or the “declined” mark.",
        )
    if field == "declined_accessibility":
        return QCoreApplication.translate(
            "Refusals",
            "The person declined to state accessibility needs, but needs are recorded; "
            "clear them or the “declined” mark.",
        )
    return QCoreApplication.translate(
        "Refusals",
        "The person declined to answer, but an answer is recorded; "
        "clear the answer or the “declined” mark.",
    )


def _choice(code: str, _field: str | None, p: Params) -> str | None:
    if code == "choice.unknown":
        return _fill(
            QCoreApplication.translate("Refusals", "“%1” is not one of the choices."),
            p.get("value"),
        )
    return None


def _flag(code: str, _field: str | None, _p: Params) -> str | None:
    if code == "flag.not_yes_or_no":
        return QCoreApplication.translate("Refusals", "The answer must be yes or no.")
    return None


def _field(code: str, _field: str | None, p: Params) -> str | None:
    if code == "field.unknown":
        return _fill(
            QCoreApplication.translate("Refusals", "Internal error: unknown field %1."),
            p.get("names"),
        )
    return None


def _person(code: str, _field: str | None, p: Params) -> str | None:
    name = p.get("name")
    if code == "person.exists":
        return QCoreApplication.translate("Refusals", "This person is already registered.")
    if code == "person.not_found":
        return QCoreApplication.translate(
            "Refusals", "The person is no longer in the register; they may have been deleted."
        )
    if code == "person.erased":
        return QCoreApplication.translate(
            "Refusals", "This person's data has been erased; it cannot be filled in again."
        )
    if code == "person.on_courses":
        # Singular and plural as two messages: lupdate cannot mark translate() as numerus.
        if _count(p) == 1:
            return _fill(
                QCoreApplication.translate(
                    "Refusals", "%1 is on one course; withdraw them before deleting."
                ),
                name,
            )
        return _fill(
            QCoreApplication.translate(
                "Refusals", "%1 is on %2 courses; withdraw them before deleting."
            ),
            name,
            _count(p),
        )
    if code == "person.has_attendance":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "%1 has attendance recorded and cannot be deleted."
            ),
            name,
        )
    return None


def _organisation(code: str, _field: str | None, p: Params) -> str | None:
    name = p.get("name")
    if code == "organisation.name_required":
        return QCoreApplication.translate("Refusals", "The organisation's name is required.")
    if code == "organisation.name_too_long":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The organisation's name can be at most %1 characters long."
            ),
            p.get("limit"),
        )
    if code == "organisation.exists":
        return QCoreApplication.translate("Refusals", "This organisation is already registered.")
    if code == "organisation.not_found":
        return QCoreApplication.translate(
            "Refusals", "The organisation is no longer in the register; it may have been deleted."
        )
    if code == "organisation.has_members":
        if _count(p) == 1:
            return _fill(
                QCoreApplication.translate(
                    "Refusals",
                    "One person belongs to %1; move them to another organisation before "
                    "deleting it.",
                ),
                name,
            )
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "%2 persons belong to %1; move them to another organisation before deleting it.",
            ),
            name,
            _count(p),
        )
    if code == "organisation.no_such_name":
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "There is no organisation called “%1”; add it under Organisations first.",
            ),
            name,
        )
    return None


def _municipality(code: str, _field: str | None, p: Params) -> str | None:
    if code == "municipality.unknown_code":
        return _fill(
            QCoreApplication.translate("Refusals", "“%1” is not a Swedish municipality code."),
            p.get("code"),
        )
    if code == "municipality.no_such_name":
        return _fill(
            QCoreApplication.translate("Refusals", "There is no municipality called “%1”."),
            p.get("name"),
        )
    return None


def _legal_form(code: str, _field: str | None, p: Params) -> str | None:
    if code == "legal_form.unknown":
        return _fill(
            QCoreApplication.translate("Refusals", "“%1” is not one of SCB's legal forms."),
            p.get("code"),
        )
    return None


# -- identity numbers (services.identity_numbers: the kind of number, then the problem) -------


def _personnummer(code: str, _field: str | None, p: Params) -> str | None:
    problem = code.split(".", 1)[1]
    if problem == "empty":
        return QCoreApplication.translate("Refusals", "The personnummer is empty.")
    if problem == "format":
        return QCoreApplication.translate(
            "Refusals", "Write the personnummer as YYYYMMDD-NNNN or YYMMDD-NNNN."
        )
    if problem == "length":
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "A personnummer has 10 or 12 digits (YYYYMMDD-NNNN or YYMMDD-NNNN); "
                "this one has %1.",
            ),
            _count(p),
        )
    if problem == "date":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The personnummer's date of birth %1 does not exist."
            ),
            p.get("date"),
        )
    if problem == "future":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The personnummer's date of birth %1 is in the future."
            ),
            p.get("date"),
        )
    if problem == "coordination":
        return QCoreApplication.translate(
            "Refusals",
            "This is a coordination number (samordningsnummer: the day is over 60); "
            "only personnummer are accepted.",
        )
    if problem == "check_digit":
        return QCoreApplication.translate(
            "Refusals",
            "The personnummer's check digit (the last digit) does not match the others; "
            "a digit is probably mistyped.",
        )
    if problem == "birth_year_mismatch":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The birth year %1 does not match the personnummer (born %2)."
            ),
            str(p.get("year", "")),
            str(p.get("born", "")),
        )
    if problem == "taken":
        return _fill(
            QCoreApplication.translate("Refusals", "This personnummer already belongs to %1."),
            p.get("name"),
        )
    return None


def _org_number(code: str, _field: str | None, p: Params) -> str | None:
    problem = code.split(".", 1)[1]
    if problem == "empty":
        return QCoreApplication.translate("Refusals", "The org number is empty.")
    if problem == "format":
        return QCoreApplication.translate("Refusals", "Write the org number as NNNNNN-NNNN.")
    if problem == "length":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "An org number has 10 digits (NNNNNN-NNNN); this one has %1."
            ),
            _count(p),
        )
    if problem == "check_digit":
        return QCoreApplication.translate(
            "Refusals",
            "The org number's check digit (the last digit) does not match the others; "
            "a digit is probably mistyped.",
        )
    if problem == "taken":
        return _fill(
            QCoreApplication.translate("Refusals", "This org number already belongs to %1."),
            p.get("name"),
        )
    return None


# -- courses, enrolment and attendance ----------------------------------------------------------


def _course(code: str, _field: str | None, p: Params) -> str | None:
    if code == "course.not_found":
        return QCoreApplication.translate(
            "Refusals", "The course is no longer there; it may have been deleted."
        )
    if code == "course.unknown_network":
        return QCoreApplication.translate(
            "Refusals", "The chosen network is no longer there; it may have been deleted."
        )
    if code == "course.network_other_region":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The chosen network belongs to region %1, not to the course's %2."
            ),
            p.get("network_region"),
            p.get("region"),
        )
    if code == "course.unknown_activity":
        return _fill(
            QCoreApplication.translate("Refusals", "There is no transnational activity %1."),
            p.get("code"),
        )
    if code == "course.network_wrong_kind":
        return QCoreApplication.translate(
            "Refusals", "Only a network meeting belongs to a network; choose no network first."
        )
    if code == "course.activity_wrong_kind":
        return QCoreApplication.translate(
            "Refusals",
            "A network meeting is not part of a transnational activity; choose no activity first.",
        )
    return None


def _enrolment(code: str, _field: str | None, p: Params) -> str | None:
    name = p.get("name")
    if code == "enrolment.no_persons":
        return QCoreApplication.translate("Refusals", "Choose at least one person to enrol.")
    if code == "enrolment.course_cancelled":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The course “%1” is cancelled; nobody can be enrolled on it."
            ),
            p.get("title"),
        )
    if code == "enrolment.persons_missing":
        if _count(p) == 1:
            return QCoreApplication.translate(
                "Refusals",
                "One of the chosen persons is no longer in the register (deleted or merged).",
            )
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "%1 of the chosen persons are no longer in the register (deleted or merged).",
            ),
            _count(p),
        )
    if code == "enrolment.already_on_course":
        status = p.get("status")
        if status == EnrolmentStatus.ENROLLED:
            text = QCoreApplication.translate("Refusals", "%1 is already enrolled on this course.")
        elif status == EnrolmentStatus.OFFERED:
            text = QCoreApplication.translate(
                "Refusals", "%1 has already been offered a place on this course."
            )
        elif status == EnrolmentStatus.WAITLISTED:
            text = QCoreApplication.translate(
                "Refusals", "%1 is already on this course's waitlist."
            )
        else:
            text = QCoreApplication.translate("Refusals", "%1 is already on this course.")
        return _fill(text, name)
    if code == "enrolment.already_withdrawn":
        return _fill(QCoreApplication.translate("Refusals", "%1 has already withdrawn."), name)
    if code == "enrolment.no_offer":
        return _fill(
            QCoreApplication.translate("Refusals", "%1 has not been offered a place (status: %2)."),
            name,
            _enrolment_status(p),
        )
    if code == "enrolment.not_found":
        return QCoreApplication.translate("Refusals", "The enrolment is no longer there.")
    if code == "enrolment.nothing_to_undo":
        return QCoreApplication.translate("Refusals", "There is nothing to take back.")
    if code == "enrolment.changed_since":
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "The enrolment of %1 has changed since (now: %2); it cannot be taken back.",
            ),
            name,
            _enrolment_status(p),
        )
    return None


def _session(code: str, _field: str | None, _p: Params) -> str | None:
    if code == "session.not_found":
        return QCoreApplication.translate(
            "Refusals", "The session is no longer there; it may have been removed."
        )
    return None


def _attendance(code: str, _field: str | None, p: Params) -> str | None:
    if code == "attendance.minutes_missing":
        return QCoreApplication.translate(
            "Refusals", "Partly present needs the number of minutes the person was there."
        )
    if code == "attendance.partial_range":
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "Partly present means more than 0 and less than %1 minutes; "
                "mark the person present or absent instead.",
            ),
            p.get("planned"),
        )
    if code == "attendance.minutes_not_partial":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "Minutes are given only for partly present, not for %1."
            ),
            _attendance_status(p),
        )
    if code == "attendance.not_enrolled":
        return QCoreApplication.translate(
            "Refusals", "The person is not enrolled on this course; add them as a walk-in."
        )
    if code == "attendance.already_on_list":
        return QCoreApplication.translate(
            "Refusals", "The person is already on this course's list."
        )
    return None


def _walk_in(code: str, _field: str | None, _p: Params) -> str | None:
    if code == "walk_in.not_a_walk_in":
        return QCoreApplication.translate(
            "Refusals", "The person did not come to this course as a walk-in."
        )
    if code == "walk_in.id_missing":
        return QCoreApplication.translate(
            "Refusals", "Internal error: a new person needs an id made beforehand."
        )
    return None


# -- setting up the installation (the first-run dialog) ------------------------------------------


def _installation(code: str, _field: str | None, p: Params) -> str | None:
    if code == "installation.name_required":
        return QCoreApplication.translate("Refusals", "Give the installation a name.")
    if code == "installation.name_too_long":
        return _fill(
            QCoreApplication.translate("Refusals", "The name can be at most %1 characters long."),
            p.get("limit"),
        )
    if code == "installation.region_required":
        return QCoreApplication.translate(
            "Refusals", "Choose the region this installation works in."
        )
    if code == "installation.central_has_region":
        return QCoreApplication.translate("Refusals", "A central installation has no region.")
    if code == "installation.enrolment_mismatch":
        return QCoreApplication.translate(
            "Refusals",
            "The enrolment file is for an installation of another role or region than this one.",
        )
    if code == "installation.unknown_region":
        return _fill(
            QCoreApplication.translate("Refusals", "Unknown region code “%1”; use one of %2."),
            p.get("region"),
            p.get("codes"),
        )
    return None


# -- trust: enrolment files, signed and encrypted bundles (issue #5) --------------------------


def _enrolment_file(code: str, _field: str | None, p: Params) -> str | None:
    if code == "enrolment_file.invalid":
        return QCoreApplication.translate(
            "Refusals",
            "This is not a valid enrolment file, or it was altered; ask for a new one.",
        )
    if code == "enrolment_file.unreadable":
        return QCoreApplication.translate("Refusals", "The enrolment file cannot be read.")
    if code == "enrolment_file.newer_version":
        return QCoreApplication.translate(
            "Refusals",
            "The enrolment file was made by a newer SOUL Desktop; update this one to use it.",
        )
    if code == "enrolment_file.wrong_code":
        return QCoreApplication.translate(
            "Refusals",
            "The one-time code does not open this enrolment file. Check the code you were "
            "given with it.",
        )
    if code == "enrolment_file.code_required":
        return QCoreApplication.translate(
            "Refusals", "Type the one-time code that came with the enrolment file."
        )
    return None


def _trust(code: str, _field: str | None, p: Params) -> str | None:
    wordings = {
        "trust.unsigned": QCoreApplication.translate(
            "Refusals", "The file is not signed, so nobody vouches for it; nothing was imported."
        ),
        "trust.bad_signature": QCoreApplication.translate(
            "Refusals",
            "The file's signature is not valid: it was changed after it was made, or forged; "
            "nothing was imported.",
        ),
        "trust.unknown_installation": QCoreApplication.translate(
            "Refusals",
            "The file comes from an installation central has not enrolled; nothing was imported.",
        ),
        "trust.revoked": QCoreApplication.translate(
            "Refusals",
            "The file comes from an installation central has revoked; nothing was imported.",
        ),
        "trust.source_mismatch": QCoreApplication.translate(
            "Refusals",
            "The file names another sender than the installation that signed it; nothing was "
            "imported.",
        ),
        "trust.key_mismatch": QCoreApplication.translate(
            "Refusals",
            "The sender signs with other keys than the ones known here: its enrolment file "
            "was used twice. Ask central to revoke it; nothing was imported.",
        ),
        "trust.bad_credential": QCoreApplication.translate(
            "Refusals",
            "The bundle carries keys for an installation that its enrolment does not prove; "
            "nothing was imported.",
        ),
        "trust.bad_revocation": QCoreApplication.translate(
            "Refusals",
            "The bundle carries a revocation central did not sign; nothing was imported.",
        ),
        "trust.not_enrolled": QCoreApplication.translate(
            "Refusals",
            "This installation is not enrolled: set it up from an enrolment file from central.",
        ),
        "trust.unencrypted": QCoreApplication.translate(
            "Refusals",
            "The bundle's rows are not encrypted; personal data is accepted encrypted only.",
        ),
    }
    return wordings.get(code)


def _export(code: str, _field: str | None, p: Params) -> str | None:
    wordings = {
        "export.not_enrolled": QCoreApplication.translate(
            "Refusals",
            "This installation is not enrolled, so nobody would accept its bundles: set it up "
            "from an enrolment file from central.",
        ),
        "export.recipient_required": QCoreApplication.translate(
            "Refusals", "Central addresses every bundle: choose the recipient installation."
        ),
        "export.revoked_recipient": QCoreApplication.translate(
            "Refusals", "That installation has been revoked; nothing is sent to it."
        ),
        "export.unknown_recipient": QCoreApplication.translate(
            "Refusals",
            "The keys of that installation are not known here yet: import a bundle from it, "
            "or from central, first.",
        ),
        "export.to_itself": QCoreApplication.translate(
            "Refusals", "A bundle is for another installation, not for this one."
        ),
        "export.leader_required": QCoreApplication.translate(
            "Refusals", "Choose the workshop leader's laptop the course pack is for."
        ),
        "export.not_a_leader": QCoreApplication.translate(
            "Refusals", "A course pack is for a workshop leader's laptop."
        ),
    }
    return wordings.get(code)


# -- the project profile, edited at central (issue #6) ----------------------------------------


def _targets(code: str, field: str | None, p: Params) -> str | None:
    if code == "targets.activity_required":
        return QCoreApplication.translate("Refusals", "Choose the transnational activity.")
    return None


def _profile(code: str, field: str | None, p: Params) -> str | None:
    if code == "profile.central_only":
        return QCoreApplication.translate(
            "Refusals",
            "Targets, milestones and collaborating regions are changed at the central office "
            "only; its bundles bring the changes here.",
        )
    if code == "profile.not_positive":
        if field == "per_region_nominal":
            return QCoreApplication.translate(
                "Refusals", "The share per region must be larger than 0 (or none)."
            )
        return QCoreApplication.translate("Refusals", "The target must be larger than 0.")
    if code == "profile.not_a_number":
        return QCoreApplication.translate("Refusals", "Write the target as a whole number.")
    if code == "profile.too_large":
        return _fill(
            QCoreApplication.translate("Refusals", "The target can be at most %1."),
            p.get("limit"),
        )
    if code == "profile.nominal_above_target":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The share per region (%1) cannot be larger than the target (%2)."
            ),
            p.get("nominal"),
            p.get("target"),
        )
    if code == "profile.note_too_long":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "The evidence note can be at most %1 characters long."
            ),
            p.get("limit"),
        )
    if code == "profile.milestone_not_found":
        return QCoreApplication.translate("Refusals", "The milestone is no longer there.")
    if code == "profile.target_not_found":
        return QCoreApplication.translate("Refusals", "The target is no longer there.")
    if code == "profile.region_not_in_programme":
        return _fill(
            QCoreApplication.translate("Refusals", "%1 is not one of the programme's regions."),
            p.get("region"),
        )
    return None


# -- regional networks (issue #6) --------------------------------------------------------------


def _network(code: str, _field: str | None, p: Params) -> str | None:
    # code -> (sentence, the params that fill %1, %2 …)
    wordings: dict[str, tuple[str, tuple[str, ...]]] = {
        "network.name_required": (
            QCoreApplication.translate("Refusals", "The network needs a name."),
            (),
        ),
        "network.name_too_long": (
            QCoreApplication.translate(
                "Refusals", "The network's name can be at most %1 characters long."
            ),
            ("limit",),
        ),
        "network.formed_not_a_date": (
            QCoreApplication.translate(
                "Refusals", "Write the formed date as YYYY-MM-DD, like 2010-03-01."
            ),
            (),
        ),
        "network.formed_too_early": (
            QCoreApplication.translate(
                "Refusals", "The formed date %1 is too early; it must be %2 or later."
            ),
            ("date", "earliest"),
        ),
        "network.formed_in_future": (
            QCoreApplication.translate(
                "Refusals",
                "The formed date %1 is in the future; record it once the network is formed.",
            ),
            ("date",),
        ),
        "network.region_required": (
            QCoreApplication.translate("Refusals", "Choose the network's region."),
            (),
        ),
        "network.outside_region": (
            QCoreApplication.translate(
                "Refusals", "This installation keeps region %1; the network of %2 is kept there."
            ),
            ("own", "region"),
        ),
        "network.exists": (
            QCoreApplication.translate("Refusals", "The network is already recorded."),
            (),
        ),
        "network.not_found": (
            QCoreApplication.translate(
                "Refusals", "The network is no longer there; it may have been deleted."
            ),
            (),
        ),
        "network.region_has_network": (
            QCoreApplication.translate(
                "Refusals", "Region %1 already has a network, “%2”; a region has one network."
            ),
            ("region", "name"),
        ),
        "network_member.organisation_not_found": (
            QCoreApplication.translate(
                "Refusals",
                "The organisation is no longer in the register; it may have been deleted.",
            ),
            (),
        ),
        "network_member.other_region": (
            QCoreApplication.translate("Refusals", "%1 is not an organisation of region %2."),
            ("name", "region"),
        ),
        "network_member.already_member": (
            QCoreApplication.translate("Refusals", "%1 is already a member of the network."),
            ("name",),
        ),
        "network_member.not_found": (
            QCoreApplication.translate(
                "Refusals", "The organisation is no longer a member of the network."
            ),
            (),
        ),
        "board_seat.name_required": (
            QCoreApplication.translate("Refusals", "The board member needs a name."),
            (),
        ),
        "board_seat.name_too_long": (
            QCoreApplication.translate(
                "Refusals", "The board member's name can be at most %1 characters long."
            ),
            ("limit",),
        ),
        "board_seat.role_too_long": (
            QCoreApplication.translate(
                "Refusals", "The board role can be at most %1 characters long."
            ),
            ("limit",),
        ),
        "board_seat.unknown_gender": (
            QCoreApplication.translate("Refusals", "“%1” is not one of the choices."),
            ("value",),
        ),
        "board_seat.person_not_found": (
            QCoreApplication.translate(
                "Refusals", "The chosen person is no longer in the register."
            ),
            (),
        ),
        "board_seat.not_found": (
            QCoreApplication.translate(
                "Refusals", "The board seat is no longer there; it may have been removed."
            ),
            (),
        ),
        "board_seat.exists": (
            QCoreApplication.translate("Refusals", "The board seat is already recorded."),
            (),
        ),
    }
    if code == "network.has_meetings":
        # Singular and plural as two messages: lupdate cannot mark translate() as numerus.
        if _count(p) == 1:
            return QCoreApplication.translate(
                "Refusals",
                "A network meeting belongs to this network; delete it, or set it to no "
                "network, before deleting the network.",
            )
        return _fill(
            QCoreApplication.translate(
                "Refusals",
                "%1 network meetings belong to this network; delete them, or set them to no "
                "network, before deleting the network.",
            ),
            _count(p),
        )
    found = wordings.get(code)
    if found is None:
        return None
    text, names = found
    return _fill(text, *(p.get(name) for name in names))


# The first part of a code ("enrolment" of "enrolment.no_offer") chooses the wording function.
def _gdpr(code: str, _field: str | None, p: Params) -> str | None:
    if code == "gdpr.person_not_found":
        return QCoreApplication.translate("Refusals", "There is no such person in the register.")
    if code == "gdpr.already_erased":
        return _fill(
            QCoreApplication.translate("Refusals", "This person's data was already erased on %1."),
            p.get("date"),
        )
    if code == "gdpr.reason_required":
        return QCoreApplication.translate(
            "Refusals", "Say why the data is erased; the reason is kept in the erasure log."
        )
    if code == "gdpr.reason_too_long":
        return _fill(
            QCoreApplication.translate("Refusals", "The reason may be at most %1 characters long."),
            p.get("limit"),
        )
    if code == "gdpr.export_format":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "Choose a file name ending in .pdf or .json (not “%1”)."
            ),
            p.get("suffix"),
        )
    if code == "gdpr.no_installation":
        return QCoreApplication.translate(
            "Refusals", "This database has no installation yet; set it up first."
        )
    return None


# -- 4R entries made by hand (issue #6) -------------------------------------------------------


def _fourr_text_required(field: str | None) -> str:
    texts = {
        "body_name": QCoreApplication.translate("Refusals", "Name the body that was counted."),
        "description": QCoreApplication.translate("Refusals", "Describe the resource."),
        "unit_label": QCoreApplication.translate(
            "Refusals", "Say what the amounts are counted in, such as kr, hours or m²."
        ),
        "what": QCoreApplication.translate("Refusals", "Say what is to be done."),
        "owner": QCoreApplication.translate("Refusals", "Say who is responsible."),
    }
    return texts.get(field or "", QCoreApplication.translate("Refusals", "This field is required."))


def _fourr_too_long(field: str | None, limit: object) -> str:
    texts = {
        "body_name": QCoreApplication.translate(
            "Refusals", "The body's name can be at most %1 characters long."
        ),
        "description": QCoreApplication.translate(
            "Refusals", "The description can be at most %1 characters long."
        ),
        "unit_label": QCoreApplication.translate(
            "Refusals", "The unit can be at most %1 characters long."
        ),
        "what": QCoreApplication.translate(
            "Refusals", "The action can be at most %1 characters long."
        ),
        "owner": QCoreApplication.translate(
            "Refusals", "Who is responsible can be at most %1 characters long."
        ),
        "follow_up_note": QCoreApplication.translate(
            "Refusals", "The follow-up note can be at most %1 characters long."
        ),
        "finding": QCoreApplication.translate(
            "Refusals", "The finding can be at most %1 characters long."
        ),
        "author": QCoreApplication.translate(
            "Refusals", "The author's name can be at most %1 characters long."
        ),
    }
    text = texts.get(field or "") or QCoreApplication.translate(
        "Refusals", "An answer can be at most %1 characters long."
    )
    return _fill(text, limit)


def _fourr_date(code: str, field: str | None, p: Params) -> str | None:
    if code == "fourr.date_required":
        if field == "counted_on":
            return QCoreApplication.translate("Refusals", "Give the date of the count.")
        return QCoreApplication.translate("Refusals", "Give the date it was recorded.")
    if code == "fourr.date_in_future":
        if field == "counted_on":
            return QCoreApplication.translate(
                "Refusals", "The date of the count cannot be in the future."
            )
        return QCoreApplication.translate("Refusals", "The date recorded cannot be in the future.")
    if code == "fourr.date_out_of_range":
        return _fill(
            QCoreApplication.translate("Refusals", "Give a date between %1 and %2."),
            p.get("first"),
            p.get("last"),
        )
    if code == "fourr.not_a_date":
        return QCoreApplication.translate("Refusals", "Write a date as YYYY-MM-DD.")
    return None


def _report(code: str, field: str | None, p: Params) -> str | None:
    if code == "report.format":
        suffix = p.get("suffix")
        if suffix:
            return _fill(
                QCoreApplication.translate(
                    "Refusals", "This report is saved as %1, not as .%2: change the file's ending."
                ),
                p.get("allowed"),
                suffix,
            )
        return _fill(
            QCoreApplication.translate(
                "Refusals", "This report is saved as %1: give the file one of those endings."
            ),
            p.get("allowed"),
        )
    wordings = {
        "report.bad_period": QCoreApplication.translate(
            "Refusals",
            "The period is not one: write it as 2010-01..2010-06 or as two dates, "
            "the first not after the last.",
        ),
        "report.session_required": QCoreApplication.translate(
            "Refusals", "Choose the session (or all sessions of the course)."
        ),
        "report.course_required": QCoreApplication.translate("Refusals", "Choose the course."),
        "report.person_required": QCoreApplication.translate("Refusals", "Choose the person."),
        "report.period_required": QCoreApplication.translate("Refusals", "Choose the month."),
        "report.unit_required": QCoreApplication.translate(
            "Refusals",
            "Choose what the 4R report is about: the programme, a region, a course "
            "or a competence area.",
        ),
        "report.not_found": QCoreApplication.translate(
            "Refusals",
            "What the report is about is no longer here (removed, or outside this region): "
            "choose again.",
        ),
    }
    return wordings.get(code)


def _fourr(code: str, field: str | None, p: Params) -> str | None:
    if code.startswith("fourr.date_") or code == "fourr.not_a_date":
        return _fourr_date(code, field, p)
    if code == "fourr.text_required":
        return _fourr_text_required(field)
    if code == "fourr.text_too_long":
        return _fourr_too_long(field, p.get("limit"))
    if code == "fourr.not_text":
        return QCoreApplication.translate("Refusals", "Write the answer as text.")
    if code == "fourr.bad_choice":
        return _fill(
            QCoreApplication.translate("Refusals", "“%1” is not one of the choices."),
            p.get("value"),
        )
    if code in ("fourr.count_negative", "fourr.amount_negative"):
        return QCoreApplication.translate("Refusals", "A number cannot be negative.")
    if code == "fourr.count_not_whole":
        return QCoreApplication.translate("Refusals", "Count persons in whole numbers.")
    if code == "fourr.count_too_large":
        return _fill(
            QCoreApplication.translate("Refusals", "A count can be at most %1."), p.get("limit")
        )
    if code in ("fourr.no_counts", "fourr.not_counts"):
        return QCoreApplication.translate(
            "Refusals", "Count at least one person (woman, man, other or not stated)."
        )
    if code in ("fourr.amount_not_number", "fourr.not_amounts"):
        return QCoreApplication.translate(
            "Refusals", "Write each amount as a number, such as 1500 or 12,50."
        )
    if code == "fourr.amount_too_large":
        return _fill(
            QCoreApplication.translate("Refusals", "An amount can be at most %1."), p.get("limit")
        )
    if code == "fourr.amount_precision":
        return QCoreApplication.translate("Refusals", "An amount can have at most two decimals.")
    if code == "fourr.no_amounts":
        return QCoreApplication.translate(
            "Refusals", "Give an amount for at least one gender (woman, man, other or not stated)."
        )
    if code == "fourr.analysis_empty":
        return QCoreApplication.translate(
            "Refusals", "Answer at least one of the three questions before saving."
        )
    if code == "fourr.bad_period":
        return QCoreApplication.translate("Refusals", "The period ends before it starts.")
    if code == "fourr.bad_unit":
        return QCoreApplication.translate("Refusals", "Choose what the analysis is about.")
    if code == "fourr.unknown_unit":
        return QCoreApplication.translate(
            "Refusals", "The chosen region, course or competence area is no longer there."
        )
    if code == "fourr.other_region":
        return _fill(
            QCoreApplication.translate(
                "Refusals", "This installation keeps the 4R entries of region %1 only."
            ),
            p.get("region"),
        )
    if code == "fourr.not_found":
        return QCoreApplication.translate(
            "Refusals", "The entry is no longer there; it may have been deleted."
        )
    if code == "fourr.already_exists":
        return QCoreApplication.translate("Refusals", "The entry already exists.")
    if code == "fourr.unknown_field":
        return _fill(
            QCoreApplication.translate("Refusals", "A 4R entry has no field “%1”."), p.get("name")
        )
    if code == "fourr.unknown_gender":
        return QCoreApplication.translate("Refusals", "Unknown gender.")
    return None


_WORDINGS: dict[str, _Wording] = {
    "name": _name,
    "birth_year": _birth_year,
    "email": _email,
    "phone": _phone,
    "date": _date,
    "consent_date": _consent_date,
    "accessibility_needs": _needs,
    "accessibility_note": _note,
    "declined": _declined,
    "choice": _choice,
    "flag": _flag,
    "field": _field,
    "person": _person,
    "gdpr": _gdpr,
    "organisation": _organisation,
    "municipality": _municipality,
    "legal_form": _legal_form,
    "personnummer": _personnummer,
    "org_number": _org_number,
    "course": _course,
    "enrolment": _enrolment,
    "session": _session,
    "attendance": _attendance,
    "walk_in": _walk_in,
    "installation": _installation,
    "enrolment_file": _enrolment_file,
    "trust": _trust,
    "export": _export,
    "network": _network,
    "network_member": _network,
    "board_seat": _network,
    "profile": _profile,
    "targets": _targets,
    "fourr": _fourr,
    "report": _report,
}
