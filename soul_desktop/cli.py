"""Headless command line: set-up, demo data, figures and sync bundles; never imports Qt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from soul_desktop import __version__
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import SoulError

PROG = "soul-desktop"


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="set up this installation")
    role = init.add_mutually_exclusive_group()
    role.add_argument("--central", action="store_true", help="the central office")
    role.add_argument("--leader", action="store_true", help="a workshop leader's laptop")
    init.add_argument("--region", help="NUTS-2 region code, e.g. SE32 (not for --central)")
    init.add_argument("--name", required=True, help="the installation's name")

    demo = commands.add_parser("demo", help="add realistic Swedish demo data")
    demo.add_argument("--participants", type=_positive_int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    stats = commands.add_parser("stats", help="counts per table and by region and gender")
    stats.add_argument("--json", action="store_true", help="print JSON")

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
        "--course", metavar="COURSE_ID", help="a course pack for a workshop leader's laptop"
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
        "verify", help="check a .soulbundle file and print its manifest (no database needed)"
    )
    verify.add_argument("file", help="the bundle file")
    verify.add_argument("--json", action="store_true", help="print the manifest as JSON")
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
    try:
        return _COMMANDS[ns.command](ns)
    except SoulError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was saved")
    except Exception as exc:
        # Database driver errors and the like: still one line, never a traceback.
        if type(exc).__module__.startswith(("sqlalchemy", "sqlite3")):
            return _fail(f"database error: {getattr(exc, 'orig', None) or exc}")
        raise


def main(argv: Sequence[str]) -> int:
    ns = parse(argv)
    if ns.command is None:
        return _fail("no command given (run without arguments for the graphical application)")
    return run(ns)


def _cmd_init(ns: argparse.Namespace) -> int:
    from soul_desktop.services import installation, setup

    role = (
        InstallationRole.CENTRAL
        if ns.central
        else InstallationRole.LEADER
        if ns.leader
        else InstallationRole.REGIONAL
    )
    # Validate first: a refused init must not leave a new file behind.
    installation.validate(role, ns.region, ns.name)
    location = setup.locate(ns.db)
    opened = setup.open_application_database(location, create=True)
    try:
        info = installation.initialise(opened.database, role, ns.region, ns.name)
    except BaseException:
        opened.database.dispose()
        if opened.created and location.path is not None:
            # Nothing of the user's was in it: remove the file this command made.
            for suffix in ("", "-wal", "-shm"):
                location.path.with_name(location.path.name + suffix).unlink(missing_ok=True)
        raise
    opened.database.dispose()
    where = f" in {info.region_code} {info.region_name}" if info.region_code else ""
    print(f"Initialised {info.role.value} installation “{info.name}”{where} ({info.id})")
    print(f"Database: {location.describe()}")
    return 0


def _cmd_demo(ns: argparse.Namespace) -> int:
    from soul_desktop.services import demo, setup

    opened = setup.open_application_database(setup.locate(ns.db), create=False)
    try:
        summary = demo.generate(opened.database, participants=ns.participants, seed=ns.seed)
    finally:
        opened.database.dispose()
    print(
        "Added {organisations} organisations, {persons} persons, {venues} venues, "
        "{courses} courses, {sessions} sessions, {enrolments} enrolments and "
        "{attendance} attendance rows".format(**summary)
    )
    return 0


def _cmd_stats(ns: argparse.Namespace) -> int:
    from soul_desktop.services import setup, stats

    opened = setup.open_application_database(setup.locate(ns.db), create=False)
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


def _cmd_digest(ns: argparse.Namespace) -> int:
    from soul_desktop.services import setup, sync_status

    opened = setup.open_application_database(setup.locate(ns.db), create=False)
    try:
        print(sync_status.digest(opened.database))
    finally:
        opened.database.dispose()
    return 0


def _cmd_export(ns: argparse.Namespace) -> int:
    from soul_desktop.domain.errors import SoulError
    from soul_desktop.services import setup
    from soul_desktop.sync.exporter import export_bundle, export_course_pack

    if ns.course and (ns.full or ns.to):
        raise SoulError("--course makes a course pack; it cannot be combined with --full or --to")
    opened = setup.open_application_database(setup.locate(ns.db), create=False)
    try:
        if ns.course:
            manifest = export_course_pack(opened.database, ns.out, ns.course)
        else:
            manifest = export_bundle(opened.database, ns.out, full=ns.full, recipient_id=ns.to)
    except ValueError as exc:
        # No installation yet, or no such course: one line, no file written.
        raise SoulError(str(exc)) from exc
    finally:
        opened.database.dispose()
    rows = sum(part.rows for part in manifest.parts)
    print(
        f"Wrote {ns.out}: {manifest.kind}, {rows:,} rows in {len(manifest.parts)} tables "
        f"(bundle {manifest.bundle_id})"
    )
    return 0


def _cmd_import(ns: argparse.Namespace) -> int:
    from pathlib import Path

    from soul_desktop.services import setup
    from soul_desktop.sync.importer import import_bundle
    from soul_desktop.sync.receipts import write_receipt

    opened = setup.open_application_database(setup.locate(ns.db), create=False)
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
    from soul_desktop.services import setup
    from soul_desktop.sync.receipts import apply_receipt, write_receipt

    opened = setup.open_application_database(setup.locate(ns.db), create=False)
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

    report = verify_bundle(ns.file)
    if ns.json:
        print(json.dumps(report.manifest.to_json(), indent=2, ensure_ascii=False))
    else:
        print(describe(report))
    return 0


_COMMANDS = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "stats": _cmd_stats,
    "digest": _cmd_digest,
    "export": _cmd_export,
    "import": _cmd_import,
    "receipt": _cmd_receipt,
    "verify": _cmd_verify,
}
