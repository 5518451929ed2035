"""Entry point: no arguments opens the GUI, anything else runs the headless CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from soul_desktop import cli

    ns = cli.parse(sys.argv[1:] if argv is None else argv)
    if ns.command is None:
        # Imported only here, so headless commands never load Qt.
        from soul_desktop import app

        return app.main(ns)
    return cli.run(ns)


if __name__ == "__main__":
    sys.exit(main())
