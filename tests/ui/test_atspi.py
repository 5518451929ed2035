"""The running application as a screen reader meets it: through AT-SPI on a real X display.

The application starts as a user starts it (`python -m soul_desktop --db …`) on Xvfb, with a
private D-Bus session and Qt's Linux accessibility bridge on. A small script run by Debian's
/usr/bin/python3 (python3-pyatspi is not on PyPI) finds the application in the desktop's
tree, checks the navigation list's items, opens every page by clicking its item, and checks
that named controls of each page are there and that every combo box has a label (on Linux
Qt names a combo box by its current text; its label comes through a labelled-by relation).

Skipped, with the reason, where xvfb-run, dbus-run-session or pyatspi are missing; CI installs
them (.ci/run: xvfb, xauth, dbus, at-spi2-core, python3-pyatspi).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = Path("/usr/bin/python3")
TIMEOUT = 60

NAVIGATION = [
    "Översikt",
    "Kurser",
    "Deltagare",
    "Närvaro",
    "Nätverk",
    "4R",
    "Rapporter",
    "Synk",
    "Inställningar",
]
# A few named controls of each page, as (role, name), in the Swedish the application starts in.
PAGE_CONTROLS: list[list[tuple[str, str]]] = [
    [("push button", "Uppdatera siffrorna"), ("table", "Regionernas läge")],
    [
        ("table", "Kurser"),
        ("push button", "Ny kurs"),
        ("text", "Sök kurser"),
        ("page tab", "Kalender"),
    ],
    [("table", "Personer"), ("push button", "Ny person"), ("text", "Personer – sök")],
    [("table", "Närvarotabell: personer och kurstillfällen"), ("page tab", "I dag")],
    [("table", "Regionala nätverk"), ("push button", "Nytt nätverk"), ("text", "Sök nätverk")],
    [
        ("page tab", "R1 Representation"),
        ("push button", "Uppdatera siffrorna"),
        ("check box", "Dölj antal under 5"),
    ],
    [
        ("push button", "Förhandsgranska första sidan"),
        ("push button", "Spara rapporten i en fil"),
    ],
    [
        ("push button", "Välj paketfiler att kontrollera"),
        ("table", "Kontrollerade paket"),
        ("page tab", "Exportera"),
    ],
    [("text", "Databasfil"), ("push button", "Kryptera den här databasen")],
]

# Run by /usr/bin/python3 inside xvfb-run and dbus-run-session: argv = app python, db, spec.
PROBE = r'''
import json, os, subprocess, sys, time

import pyatspi

app_python, database, spec_path = sys.argv[1:4]
spec = json.loads(open(spec_path, encoding="utf-8").read())
problems = []


LEAVES = {"table", "list", "tree", "tree table", "combo box", "page tab", "menu bar"}


def walk(node, depth=0):
    """Controls on screen: hidden subtrees and the cells of lists and tables are skipped."""
    yield node
    if depth < 60 and node.getRoleName() not in LEAVES:
        for child in node:
            if child is not None and (depth == 0 or showing(child)):
                yield from walk(child, depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def wait_for(what, seconds=10.0):
    deadline = time.monotonic() + seconds
    while True:
        found = what()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


env = dict(os.environ)
env.update(
    QT_QPA_PLATFORM="xcb",
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    SOUL_STARTUP_PROBE="1",
)
app_process = subprocess.Popen(
    [app_python, "-m", "soul_desktop", "--db", database],
    env=env,
    stdout=subprocess.PIPE,
    stderr=subprocess.STDOUT,
    text=True,
)
try:
    output = []
    for line in app_process.stdout:
        output.append(line)
        if line.startswith("SHOWN"):
            break
    else:
        print(json.dumps({"problems": ["the application ended: " + "".join(output)[-2000:]]}))
        sys.exit(0)

    def application():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "soul-desktop":
                return app
        return None

    app = wait_for(application)
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        problems.append(f"no soul-desktop on the AT-SPI desktop, only {names}")
    else:
        nav = wait_for(
            lambda: next(
                (n for n in walk(app) if n.getRoleName() == "list" and n.name == spec["list"]),
                None,
            )
        )
        if nav is None:
            problems.append(f"no list named {spec['list']!r}")
        else:
            items = [nav[i].name for i in range(nav.childCount)]
            if items != spec["items"]:
                problems.append(f"navigation items {items}")
            for index, expected in enumerate(spec["controls"]):
                if index >= nav.childCount:
                    break
                item = nav[index]
                box = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                pyatspi.Registry.generateMouseEvent(
                    box.x + box.width // 2, box.y + box.height // 2, "b1c"
                )

                def present():
                    found = {
                        (n.getRoleName(), n.name)
                        for n in walk(app)
                        if n.getRoleName() in {r for r, _ in expected}
                    }
                    missing = [c for c in expected if tuple(c) not in found]
                    return missing if missing else None

                deadline = time.monotonic() + 8
                missing = present()
                while missing and time.monotonic() < deadline:
                    time.sleep(0.15)
                    missing = present()
                if missing:
                    problems.append(f"page {items[index]!r}: missing {missing}")
                for node in walk(app):
                    if node.getRoleName() != "combo box":
                        continue
                    labels = [
                        relation.getTarget(k).name
                        for relation in node.getRelationSet()
                        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                        for k in range(relation.getNTargets())
                    ]
                    if not any(label.strip() for label in labels) and not node.description:
                        problems.append(
                            f"page {items[index]!r}: combo box {node.name!r} has no label"
                        )
    print(json.dumps({"problems": sorted(set(problems))}))
finally:
    app_process.terminate()
    try:
        app_process.wait(10)
    except subprocess.TimeoutExpired:
        app_process.kill()
'''


def _missing_tools() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not SYSTEM_PYTHON.exists():
        return f"{SYSTEM_PYTHON} is missing (Debian's python3, for python3-pyatspi)"
    check = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, timeout=30
    )
    if check.returncode != 0:
        return "pyatspi is missing for /usr/bin/python3 (Debian: python3-pyatspi, at-spi2-core)"
    return None


def _cli(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "soul_desktop", *args],
        env=env,
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )


def test_screen_reader_finds_the_named_controls_of_every_page(tmp_path: Path) -> None:
    reason = _missing_tools()
    if reason:
        pytest.skip(reason)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "SOUL_", "DISPLAY", "WAYLAND", "DBUS_", "XDG_", "LC_"))
    }
    # Private settings and data; the Swedish the application starts in without a choice.
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        LANG="sv_SE.UTF-8",
        LANGUAGE="sv",
        NO_AT_BRIDGE="0",
    )
    for folder in ("home", "config", "data", "runtime"):
        (tmp_path / folder).mkdir(mode=0o700)
    database = tmp_path / "demo.db"
    _cli(env, "--db", str(database), "init", "--region", "SE32", "--name", "Jämtland kontor",
         "--unencrypted")  # fmt: skip
    _cli(env, "--db", str(database), "demo", "--participants", "20", "--seed", "8")
    spec = tmp_path / "spec.json"
    spec.write_text(
        json.dumps({"list": "Avsnitt", "items": NAVIGATION, "controls": PAGE_CONTROLS}),
        encoding="utf-8",
    )
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    # xvfb-run outside: the session bus, and the AT-SPI services it starts, see the display.
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
        "dbus-run-session", "--",
        str(SYSTEM_PYTHON), str(probe), sys.executable, str(database), str(spec),
    ]  # fmt: skip
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, cwd=tmp_path
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the probe said nothing (exit {result.returncode}): {result.stderr[-3000:]}"
    assert json.loads(lines[-1])["problems"] == []
