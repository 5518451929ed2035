"""Headless command line: set-up, demo data, figures and sync bundles; never imports Qt.

An encrypted database's passphrase comes from the environment variable SOUL_PASSPHRASE or
from the file named by --passphrase-file, never from the command line itself: every user of
the computer can read a command line (ps, /proc, shell history).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from soul_desktop import __version__
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import (
    DatabaseLockedError,
    PassphraseRequiredError,
    SoulError,
)

if TYPE_CHECKING:
    from soul_desktop.domain.fourr import FourRUnit
    from soul_desktop.services.setup import OpenedDatabase

PROG = "soul-desktop"
PASSPHRASE_VARIABLE = "SOUL_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "SOUL_NEW_PASSPHRASE"
ENROLMENT_CODE_VARIABLE = "SOUL_ENROLMENT_CODE"
_HOW_TO_GIVE = f"set {PASSPHRASE_VARIABLE} or give --passphrase-file FILE"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, as for every other refusal; argparse's usage dump buries the reason.
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="SOUL Desktop. Without a command, the graphical application opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: soul.db in the user data directory)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the database's passphrase from FILE (one line; - reads standard input) "
        f"instead of the environment variable {PASSPHRASE_VARIABLE}",
    )
    # Only to refuse it with the reason (and so that argparse does not take it for an
    # abbreviation of --passphrase-file).
    parser.add_argument("--passphrase", nargs="?", const="", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="set up this installation")
    role = init.add_mutually_exclusive_group()
    role.add_argument("--central", action="store_true", help="the central office")
    role.add_argument("--leader", action="store_true", help="a workshop leader's laptop")
    init.add_argument("--region", help="NUTS-2 region code, e.g. SE32 (not for --central)")
    init.add_argument("--name", help="the installation's name")
    init.add_argument(
        "--enrolment",
        metavar="FILE",
        help="set up the installation an enrolment file names (issued by central, or by the "
        f"coordinator for a leader laptop); its one-time code comes from {ENROLMENT_CODE_VARIABLE}"
        ", --code-file or, at a terminal, a prompt",
    )
    init.add_argument(
        "--code-file", metavar="FILE", help="read the enrolment file's one-time code from FILE"
    )
    init.add_argument(
        "--unencrypted",
        action="store_true",
        help=f"make an unencrypted database (throw-away and demo databases only); without it, "
        f"init encrypts the new database with the passphrase from {PASSPHRASE_VARIABLE} or "
        "--passphrase-file",
    )

    demo = commands.add_parser("demo", help="add realistic Swedish demo data")
    demo.add_argument("--participants", type=_positive_int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--courses-per-person",
        type=float,
        default=1.85,
        metavar="MEAN",
        help="mean courses a participant takes (1.85; 3.0 gives about 16 attendance rows each)",
    )

    stats = commands.add_parser("stats", help="counts per table and by region and gender")
    stats.add_argument("--json", action="store_true", help="print JSON")

    targets = commands.add_parser(
        "targets", help="the programme's targets, per region, from the data (as the overview)"
    )
    targets.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser(
        "digest", help="an order-independent hash of all synced content (equal data, equal hash)"
    )

    export = commands.add_parser("export", help="write a .soulbundle for another installation")
    export.add_argument("out", help="the bundle file to write")
    export.add_argument("--full", action="store_true", help="everything, not only new changes")
    export.add_argument(
        "--to", metavar="INSTALLATION_ID", help="the recipient: leave out what it acknowledged"
    )
    export.add_argument(
        "--course",
        metavar="COURSE_ID",
        help="a course pack for a workshop leader's laptop (--to names the laptop when more "
        "than one was enrolled for the course)",
    )

    import_ = commands.add_parser("import", help="merge one or more .soulbundle files")
    import_.add_argument("files", nargs="+", metavar="FILE")
    import_.add_argument("--dry-run", action="store_true", help="report, change nothing")
    import_.add_argument(
        "--receipt-dir", metavar="DIR", help="write a receipt for each applied bundle here"
    )

    receipt = commands.add_parser("receipt", help="write or apply receipts")
    receipt_commands = receipt.add_subparsers(
        dest="receipt_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    write = receipt_commands.add_parser("write", help="a receipt for an imported bundle")
    write.add_argument("bundle_id")
    write.add_argument("out")
    apply = receipt_commands.add_parser("apply", help="mark changes as received by the sender")
    apply.add_argument("files", nargs="+", metavar="FILE")

    verify = commands.add_parser(
        "verify",
        help="check a .soulbundle file and print its manifest; with --db (the recipient's "
        "database) also its signer and its encrypted rows",
    )
    verify.add_argument("file", help="the bundle file")
    verify.add_argument("--json", action="store_true", help="print the manifest as JSON")

    enrol = commands.add_parser(
        "enrol",
        help="issue an enrolment file: central for a regional installation (--region), central "
        "or a coordinator for a leader laptop (--leader --course ID)",
    )
    enrol.add_argument("--region", help="the regional installation's NUTS-2 region, e.g. SE32")
    enrol.add_argument("--leader", action="store_true", help="a workshop leader's laptop")
    enrol.add_argument(
        "--course",
        action="append",
        default=[],
        metavar="COURSE_ID",
        help="a course the leader laptop takes (repeat for more)",
    )
    enrol.add_argument("--name", required=True, help="the new installation's name")
    enrol.add_argument("--out", required=True, metavar="FILE", help="the enrolment file to write")
    enrol.add_argument(
        "--installation-id",
        metavar="ID",
        help="enrol an existing installation (set up before enrolment) under its own id",
    )

    revoke = commands.add_parser(
        "revoke",
        help="central: revoke an installation (a lost or stolen laptop); travels to every "
        "installation with central's bundles",
    )
    revoke.add_argument("installation_id", metavar="INSTALLATION_ID")
    revoke.add_argument("--reason", default="", help="why, kept with the revocation")

    person = commands.add_parser("person", help="a person's data (GDPR): register extract, erasure")
    person_commands = person.add_subparsers(
        dest="person_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    extract = person_commands.add_parser(
        "export", help="everything this installation holds about a person, as JSON or PDF"
    )
    extract.add_argument("person_id", metavar="PERSON_ID")
    extract.add_argument("--out", required=True, metavar="FILE", help="FILE.json or FILE.pdf")
    erase = person_commands.add_parser(
        "erase", help="erase a person's personal data everywhere (travels on; cannot be undone)"
    )
    erase.add_argument("person_id", metavar="PERSON_ID")
    erase.add_argument("--reason", required=True, help="why, for the erasure log")

    report = commands.add_parser(
        "report",
        help="a report as PDF (or CSV/XLSX where it is a table), by the --out file's ending",
    )
    report.add_argument(
        "kind",
        metavar="KIND",
        choices=["signin", "monthly", "certificate", "participants", "4r", "targets"],
        help="signin (sign-in sheet), monthly (attendance report per participant and month), "
        "certificate, participants (participant statistics), 4r, targets",
    )
    report.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, .csv or .xlsx")
    report.add_argument("--course", metavar="ID", help="the course (signin, certificate)")
    report.add_argument("--session", metavar="ID", help="one session (signin)")
    report.add_argument("--person", metavar="ID", help="one participant (monthly, certificate)")
    report.add_argument("--region", metavar="CODE", help="NUTS-2 region, e.g. SE32")
    report.add_argument(
        "--period",
        metavar="FROM..TO",
        help="years, months or days, both included: 2010, 2010-03, 2010-01..2010-06, "
        "2010-01-15..2010-02-14",
    )
    report.add_argument(
        "--unit",
        metavar="KIND:KEY",
        help="the 4R unit: programme (default), region:SE32, course:ID, area:NAT-3",
    )
    report.add_argument(
        "--hide-small",
        action="store_true",
        help="show counts of 1-4 persons as '< 5' (anything that leaves the region)",
    )

    passphrase = commands.add_parser(
        "passphrase", help="change the database's passphrase, or encrypt an unencrypted database"
    )
    passphrase_commands = passphrase.add_subparsers(
        dest="passphrase_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    change = passphrase_commands.add_parser(
        "change",
        help=f"a new passphrase: the current one as for every command, the new one from "
        f"{NEW_PASSPHRASE_VARIABLE} or --new-passphrase-file",
    )
    change.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    change.add_argument("--new-passphrase", nargs="?", const="", help=argparse.SUPPRESS)
    encrypt = passphrase_commands.add_parser(
        "encrypt",
        help=f"encrypt an unencrypted database in place, under the passphrase from "
        f"{PASSPHRASE_VARIABLE} or --passphrase-file",
    )
    encrypt.add_argument(
        "--keep-backup",
        action="store_true",
        help="keep the unencrypted copy taken first (removed otherwise: it would give away "
        "what the encryption protects)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 1


def run(ns: argparse.Namespace) -> int:
    """Run a parsed headless command; every refusal is one line on stderr."""
    if (
        getattr(ns, "passphrase", None) is not None
        or getattr(ns, "new_passphrase", None) is not None
    ):
        return _fail(
            "a passphrase is never given on the command line (other users can read it there); "
            f"{_HOW_TO_GIVE}"
        )
    try:
        return _COMMANDS[ns.command](ns)
    except DatabaseLockedError as exc:
        if exc.code == "init.passphrase_needed":
            return _fail(
                f"init encrypts the new database: {_HOW_TO_GIVE} (or give --unencrypted for a "
                "throw-away database)"
            )
        if isinstance(exc, PassphraseRequiredError):
            return _fail(f"{exc}: {_HOW_TO_GIVE}")
        return _fail(str(exc))
    except SoulError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was saved")
    except Exception as exc:
        # Database driver errors and the like: still one line, never a traceback.
        if type(exc).__module__.startswith(("sqlalchemy", "sqlite3", "sqlcipher3")):
            return _fail(f"database error: {getattr(exc, 'orig', None) or exc}")
        raise


def main(argv: Sequence[str]) -> int:
    ns = parse(argv)
    if ns.command is None:
        return _fail("no command given (run without arguments for the graphical application)")
    return run(ns)


def _read_passphrase(file: str | None, variable: str, option: str) -> str | None:
    """The passphrase from the file named by `option`, else from `variable`; None if neither.

    A file holds one line; its final line break (an editor adds one) is not part of it.
    """
    if file is None:
        return os.environ.get(variable) or None
    try:
        if file == "-":
            text = sys.stdin.readline()
        else:
            with open(file, encoding="utf-8", newline="") as handle:
                text = handle.read()
    except OSError as exc:
        raise SoulError(f"cannot read the {option} {file} ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise SoulError(f"the {option} {file} is not UTF-8 text") from exc
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        raise SoulError(f"the {option} {file} is empty")
    return text


def _passphrase(ns: argparse.Namespace) -> str | None:
    return _read_passphrase(ns.passphrase_file, PASSPHRASE_VARIABLE, "--passphrase-file")


def _open(ns: argparse.Namespace) -> OpenedDatabase:
    """The existing database named by --db, unlocked with the passphrase when it is encrypted."""
    from soul_desktop.services import setup

    return setup.open_application_database(
        setup.locate(ns.db), create=False, passphrase=_passphrase(ns)
    )


def _enrolment_code(ns: argparse.Namespace) -> str:
    """The enrolment file's one-time code: --code-file, the variable, or a prompt."""
    code = _read_passphrase(ns.code_file, ENROLMENT_CODE_VARIABLE, "--code-file")
    if code is None and sys.stdin.isatty():
        import getpass

        code = getpass.getpass("One-time code of the enrolment file: ").strip() or None
    if code is None:
        raise SoulError(
            f"the enrolment file's one-time code is needed: set {ENROLMENT_CODE_VARIABLE} or "
            "give --code-file FILE"
        )
    return code


def _cmd_init(ns: argparse.Namespace) -> int:
    from soul_desktop.services import encryption, installation, setup
    from soul_desktop.sync import enrolment as enrolling

    preview = None
    if ns.enrolment:
        if ns.central or ns.leader or ns.region or ns.name:
            raise SoulError(
                "--enrolment sets the role, region and name from the file; give none of "
                "--central, --leader, --region or --name with it"
            )
        preview = enrolling.read_enrolment(ns.enrolment)
        code = _enrolment_code(ns)
    elif ns.code_file:
        raise SoulError("--code-file goes with --enrolment FILE")
    elif not ns.name:
        raise SoulError("init needs --name (or --enrolment FILE)")
    role = (
        InstallationRole.CENTRAL
        if ns.central
        else InstallationRole.LEADER
        if ns.leader
        else InstallationRole.REGIONAL
    )
    # Validate first: a refused init must not leave a new file behind.
    if preview is None:
        installation.validate(role, ns.region, ns.name)
    location = setup.locate(ns.db)
    passphrase = _passphrase(ns)
    if passphrase is not None and ns.unencrypted:
        raise SoulError(
            f"--unencrypted and a passphrase ({PASSPHRASE_VARIABLE} or --passphrase-file) "
            "contradict each other; give one of them"
        )
    opened = encryption.open_for_init(location, passphrase, allow_unencrypted=ns.unencrypted)
    try:
        if preview is not None:
            info = enrolling.initialise_from_enrolment(opened.database, ns.enrolment, code)
        else:
            info = enrolling.initialise(opened.database, role, ns.region, ns.name)
    except BaseException:
        opened.database.dispose()
        if opened.created and location.path is not None:
            # Nothing of the user's was in it: remove the file this command made.
            for suffix in ("", "-wal", "-shm"):
                location.path.with_name(location.path.name + suffix).unlink(missing_ok=True)
        raise
    encrypted = opened.database.encrypted
    opened.database.dispose()
    where = f" in {info.region_code} {info.region_name}" if info.region_code else ""
    print(f"Initialised {info.role.value} installation “{info.name}”{where} ({info.id})")
    print(f"Database: {location.describe()}")
    if preview is not None:
        courses = f" for course(s) {', '.join(preview.courses)}" if preview.courses else ""
        print(
            f"Enrolled by {preview.issuer_name}{courses}; central “{preview.central_name}” "
            f"has key fingerprint {preview.central_fingerprint} (compare it with central's)."
        )
    elif info.role is not InstallationRole.CENTRAL:
        print(
            "Not enrolled: other installations accept this one's bundles once it is set up "
            "from an enrolment file issued by central (init --enrolment FILE)."
        )
    if encrypted:
        print(
            "Encrypted with the passphrase given. Nothing can recover the data if the "
            "passphrase is lost: keep it safe."
        )
    elif location.path is not None:
        print("Not encrypted (--unencrypted): for throw-away and demo data only.")
    return 0


def _cmd_demo(ns: argparse.Namespace) -> int:
    from soul_desktop.services import demo

    opened = _open(ns)
    try:
        summary = demo.generate(
            opened.database,
            participants=ns.participants,
            seed=ns.seed,
            courses_per_person=ns.courses_per_person,
        )
    finally:
        opened.database.dispose()
    print(
        "Added {organisations} organisations, {persons} persons, {venues} venues, "
        "{courses} courses, {sessions} sessions, {enrolments} enrolments, "
        "{attendance} attendance rows and {networks} regional networks".format(**summary)
    )
    return 0


def _cmd_stats(ns: argparse.Namespace) -> int:
    from soul_desktop.services import stats

    opened = _open(ns)
    try:
        figures = stats.collect(opened.database)
    finally:
        opened.database.dispose()
    if ns.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False, sort_keys=True))
        return 0
    print("Rows per table:")
    for name, count in figures["tables"].items():
        print(f"  {name:<28}{count:>12,}")
    print("Persons by region and gender:")
    for region, genders in figures["persons_by_region_gender"].items():
        print(f"  {region:<10}" + "  ".join(f"{g}={n:,}" for g, n in genders.items()))
    print("Attended hours by region and gender:")
    for region, genders in figures["attended_hours_by_region_gender"].items():
        print(f"  {region:<10}" + "  ".join(f"{g}={h:,.1f}" for g, h in genders.items()))
    return 0


def _cmd_targets(ns: argparse.Namespace) -> int:
    import dataclasses

    from soul_desktop.services import targets

    opened = _open(ns)
    try:
        overview = targets.overview(opened.database)
    finally:
        opened.database.dispose()
    if ns.json:
        print(json.dumps(dataclasses.asdict(overview), indent=2, ensure_ascii=False, default=str))
        return 0
    if overview.region_code:
        print(f"Counted for region {overview.region_code} only (this is a regional installation).")
    for target in overview.targets:
        state = "reached" if target.reached else "not reached"
        print(f"{target.code}: {target.value} of {target.target} ({state})")
        for region in target.regions:
            nominal = f" of {region.nominal}" if region.nominal else ""
            print(f"  {region.region_code:<6}{region.value:>8}{nominal}")
    print("Milestones:")
    for milestone in overview.milestones:
        print(f"  {milestone.code}: {milestone.status}")
    return 0


def _cmd_digest(ns: argparse.Namespace) -> int:
    from soul_desktop.services import sync_status

    opened = _open(ns)
    try:
        print(sync_status.digest(opened.database))
    finally:
        opened.database.dispose()
    return 0


def _cmd_export(ns: argparse.Namespace) -> int:
    from soul_desktop.domain.errors import SoulError
    from soul_desktop.sync.exporter import export_bundle, export_course_pack

    if ns.course and ns.full:
        raise SoulError("--course makes a course pack; it cannot be combined with --full")
    opened = _open(ns)
    try:
        if ns.course:
            manifest = export_course_pack(opened.database, ns.out, ns.course, recipient_id=ns.to)
        else:
            manifest = export_bundle(opened.database, ns.out, full=ns.full, recipient_id=ns.to)
    except ValueError as exc:
        # No installation yet, or no such course: one line, no file written.
        raise SoulError(str(exc)) from exc
    finally:
        opened.database.dispose()
    rows = sum(part.rows for part in manifest.parts)
    to = manifest.recipient.name if manifest.recipient else "anyone"
    print(
        f"Wrote {ns.out}: {manifest.kind}, {rows:,} rows in {len(manifest.parts)} tables "
        f"(bundle {manifest.bundle_id}), signed, encrypted for {to}"
    )
    return 0


def _cmd_import(ns: argparse.Namespace) -> int:
    from pathlib import Path

    from soul_desktop.sync.importer import import_bundle
    from soul_desktop.sync.receipts import write_receipt

    opened = _open(ns)
    refused = 0
    try:
        # Each bundle on its own: one refused bundle does not stop the others.
        for file in ns.files:
            summary = import_bundle(opened.database, file, dry_run=ns.dry_run)
            print(summary.describe())
            if summary.refused:
                refused += 1
            elif ns.receipt_dir and not ns.dry_run and summary.bundle_id:
                target = Path(ns.receipt_dir) / f"{summary.bundle_id}.receipt.json"
                write_receipt(opened.database, summary, target)
                print(f"  receipt: {target}")
    finally:
        opened.database.dispose()
    return 1 if refused else 0


def _cmd_receipt(ns: argparse.Namespace) -> int:
    from soul_desktop.sync.receipts import apply_receipt, write_receipt

    opened = _open(ns)
    try:
        if ns.receipt_command == "write":
            write_receipt(opened.database, ns.bundle_id, ns.out)
            print(f"Wrote receipt {ns.out}")
        else:
            for file in ns.files:
                apply_receipt(opened.database, file)
                print(f"Applied receipt {file}")
    finally:
        opened.database.dispose()
    return 0


def _cmd_verify(ns: argparse.Namespace) -> int:
    from soul_desktop.sync.bundle import describe, verify_bundle

    note = None
    if ns.db is None:
        report = verify_bundle(ns.file)
        if report.manifest.signature is not None:
            note = "present, not checked (give --db of an enrolled installation to check it)"
    else:
        from soul_desktop.sync.trust import verify_here

        opened = _open(ns)
        try:
            with opened.database.engine.begin() as conn:
                report, note = verify_here(conn, ns.file)
        finally:
            opened.database.dispose()
    if ns.json:
        data = report.manifest.to_json()
        data["payload_checked"] = report.payload_checked
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(describe(report, note))
    return 0


def _cmd_enrol(ns: argparse.Namespace) -> int:
    from soul_desktop.sync import enrolment as enrolling

    if ns.leader and ns.region:
        raise SoulError(
            "a leader laptop works in the region of its courses; give --course, not --region"
        )
    if ns.course and not ns.leader:
        raise SoulError("--course goes with --leader")
    if not ns.leader and not ns.region:
        raise SoulError("enrol needs --region (a regional installation) or --leader --course ID")
    opened = _open(ns)
    try:
        issued = enrolling.issue_enrolment(
            opened.database,
            ns.out,
            name=ns.name,
            region_code=ns.region,
            leader=ns.leader,
            courses=ns.course,
            installation_id=ns.installation_id,
        )
    finally:
        opened.database.dispose()
    courses = f", courses {', '.join(issued.courses)}" if issued.courses else ""
    print(
        f"Wrote {ns.out}: enrolment of {issued.role.value} installation “{issued.name}” in "
        f"{issued.region_code}{courses} ({issued.installation_id})"
    )
    print(f"One-time code: {issued.code}")
    print(
        "Give the code by another way than the file (phone, in person): without it the file "
        "is useless, with it anyone could enrol as this installation once."
    )
    print(f"Central's key fingerprint: {issued.central_fingerprint}")
    return 0


def _cmd_revoke(ns: argparse.Namespace) -> int:
    from soul_desktop.sync import enrolment as enrolling

    opened = _open(ns)
    try:
        revoked = enrolling.revoke(opened.database, ns.installation_id, ns.reason)
    finally:
        opened.database.dispose()
    print(
        f"Revoked installation {revoked.installation_id} at {revoked.revoked_at:%Y-%m-%d %H:%M}; "
        "its bundles and receipts are refused wherever the revocation arrives (it travels in "
        "central's next bundles)"
    )
    return 0


def _report_unit(text: str | None) -> FourRUnit:
    from soul_desktop.domain.enums import FourRUnitKind
    from soul_desktop.domain.fourr import PROGRAMME, FourRUnit

    if text is None or text == "programme":
        return PROGRAMME
    kinds = {
        "region": FourRUnitKind.REGION,
        "course": FourRUnitKind.COURSE,
        "area": FourRUnitKind.COMPETENCE_AREA,
    }
    kind, _, key = text.partition(":")
    if kind not in kinds or not key:
        raise SoulError(f"--unit is programme, region:CODE, course:ID or area:CODE, not {text!r}")
    return FourRUnit(kinds[kind], key)


def _cmd_report(ns: argparse.Namespace) -> int:
    from soul_desktop.domain.fourr import WHOLE_TIME
    from soul_desktop.domain.reports import ReportKind, ReportRequest, format_for, parse_period
    from soul_desktop.reports import catalogue

    kind = ReportKind(ns.kind)
    # Everything that can be checked without the database, before opening it.
    format_for(ns.out, catalogue.ALLOWED_FORMATS[kind])
    request = ReportRequest(
        kind=kind,
        period=parse_period(ns.period) if ns.period else WHOLE_TIME,
        region_code=ns.region,
        course_id=ns.course,
        session_id=ns.session,
        person_id=ns.person,
        unit=_report_unit(ns.unit),
        hide_small=ns.hide_small,
    )
    opened = _open(ns)
    try:
        result = catalogue.write(opened.database, request, ns.out)
    finally:
        opened.database.dispose()
    amount = f"{result.pages} page(s)" if result.format == "pdf" else f"{result.pages} row(s)"
    print(f"Wrote {result.path}: {amount}")
    for note in result.notes:
        print(f"  {note}")
    return 0


def _cmd_person(ns: argparse.Namespace) -> int:
    from soul_desktop.reports.person_record import check_format, export_record
    from soul_desktop.services import gdpr

    if ns.person_command == "export":
        check_format(ns.out)  # before opening anything: a wrong ending writes nothing
    opened = _open(ns)
    try:
        if ns.person_command == "export":
            record = gdpr.person_record(opened.database, ns.person_id)
            export_record(record, ns.out)
            print(
                f"Wrote {ns.out}: register extract of {record.person.first_name} "
                f"{record.person.last_name} ({len(record.enrolments)} enrolments, "
                f"{len(record.attendance)} attendance rows)"
            )
        else:
            result = gdpr.erase_person(opened.database, ns.person_id, reason=ns.reason)
            merged = len(result.person_ids) - 1
            also = f" and {merged} duplicate(s) merged into them" if merged else ""
            print(
                f"Erased the personal data of person {result.person_id}{also}: "
                f"{result.rows_changed} rows blanked; the next export carries the erasure on"
            )
    finally:
        opened.database.dispose()
    return 0


def _cmd_passphrase(ns: argparse.Namespace) -> int:
    from soul_desktop.services import encryption, setup

    location = setup.locate(ns.db)
    if location.path is None:
        raise SoulError(
            "a PostgreSQL database has no passphrase: the server's own access control protects it"
        )
    passphrase = _passphrase(ns)
    if ns.passphrase_command == "change":
        if passphrase is None:
            raise SoulError(f"passphrase change needs the current passphrase: {_HOW_TO_GIVE}")
        new = _read_passphrase(
            ns.new_passphrase_file, NEW_PASSPHRASE_VARIABLE, "--new-passphrase-file"
        )
        if new is None:
            raise SoulError(
                f"passphrase change needs the new passphrase: set {NEW_PASSPHRASE_VARIABLE} "
                "or give --new-passphrase-file FILE"
            )
        if not encryption.is_encrypted(location):
            raise SoulError(
                f"{location.describe()} is not encrypted; `passphrase encrypt` encrypts it"
            )
        opened = _open(ns)
        try:
            encryption.change_passphrase(opened.database, passphrase, new)
        finally:
            opened.database.dispose()
        print(f"Changed the passphrase of {location.describe()}.")
        print("Nothing can recover the data if the new passphrase is lost: keep it safe.")
        return 0
    if passphrase is None:
        raise SoulError(f"passphrase encrypt needs the passphrase to encrypt with: {_HOW_TO_GIVE}")
    if encryption.is_encrypted(location):
        raise SoulError(f"{location.describe()} is already encrypted")
    opened = setup.open_application_database(location, create=False)
    try:
        outcome = encryption.encrypt(opened.database, passphrase, keep_backup=ns.keep_backup)
    finally:
        opened.database.dispose()
    print(f"Encrypted {location.describe()}.")
    print("Nothing can recover the data if the passphrase is lost: keep it safe.")
    if outcome.kept_backup is not None:
        print(
            f"The unencrypted copy is kept at {outcome.kept_backup}: store it safely or delete it."
        )
    for backup in outcome.unencrypted_backups:
        print(f"Still unencrypted: the older backup {backup}; delete it or store it safely.")
    return 0


_COMMANDS = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "stats": _cmd_stats,
    "targets": _cmd_targets,
    "digest": _cmd_digest,
    "export": _cmd_export,
    "import": _cmd_import,
    "receipt": _cmd_receipt,
    "verify": _cmd_verify,
    "enrol": _cmd_enrol,
    "revoke": _cmd_revoke,
    "person": _cmd_person,
    "report": _cmd_report,
    "passphrase": _cmd_passphrase,
}
