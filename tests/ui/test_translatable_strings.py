"""Every interface string is one lupdate can collect, and the wording built around the
strings of the 4R and networks pages reads as whole sentences in Swedish.

lupdate reads `self.tr("literal")` inside a class and `QCoreApplication.translate("Context",
"literal")`; a string that goes through a wrapper function, a variable or an f-string is never
collected, so `make lupdate` (-no-obsolete) drops its translation and it shows in English.
"""

from __future__ import annotations

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from soul_desktop import paths
from soul_desktop.domain import ids
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.fourr import Period
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, networks, setup
from soul_desktop.storage.database import Database
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.fourr import FourRPage, period_text
from soul_desktop.ui.pages.networks import (
    COL_BOARD,
    COL_MEMBERS,
    COL_NAME,
    COL_REGION,
    NetworksPage,
)
from soul_desktop.ui.worker import Worker

TIMEOUT = 10_000
ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = [
    ROOT / "soul_desktop" / "app.py",
    *sorted((ROOT / "soul_desktop" / "ui").rglob("*.py")),
]


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translate_calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in UI_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) == "translate":
                yield path, node


def test_every_translated_string_is_written_out_where_lupdate_reads_it() -> None:
    problems = []
    for path in UI_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
                problems.append(f"{where}:{node.lineno}: a tr() wrapper")
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _called_name(inner) in ("tr", "translate"):
                        problems.append(f"{where}:{inner.lineno}: translated inside an f-string")
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name == "tr" and isinstance(node.func, ast.Attribute):
                if not (node.args and _is_text(node.args[0])):
                    problems.append(f"{where}:{node.lineno}: tr() of {ast.unparse(node)[:60]}")
            elif name == "tr":
                problems.append(f"{where}:{node.lineno}: a bare tr() call")
            elif name == "translate" and not (
                len(node.args) >= 2 and all(_is_text(a) for a in node.args[:2])
            ):
                problems.append(f"{where}:{node.lineno}: translate() of {ast.unparse(node)[:60]}")
    assert problems == []


def test_every_explicit_context_is_in_the_swedish_translation() -> None:
    """What QCoreApplication.translate() asks for is there, under the same context."""
    known: set[tuple[str, str]] = set()
    root = ET.parse(paths.i18n_dir() / "soul_sv.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        known.update((name, m.findtext("source") or "") for m in context.iter("message"))
    missing = []
    for path, call in _translate_calls():
        if not (len(call.args) >= 2 and all(_is_text(a) for a in call.args[:2])):
            continue  # the test above names it
        context, source = (arg.value for arg in call.args[:2])  # type: ignore[attr-defined]
        if (context, source) not in known:
            missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {context} / {source!r}")
    assert missing == []


def test_a_period_inside_a_sentence_is_in_lower_case() -> None:
    day, later = dt.date(2010, 1, 1), dt.date(2010, 6, 30)
    assert period_text(Period(day, None)) == "from 2010-01-01"
    assert period_text(Period(None, later)) == "until 2010-06-30"
    assert period_text(Period(None, None)) == "all dates"
    assert period_text(Period(day, later)) == "2010-01-01 – 2010-06-30"


@pytest.fixture(autouse=True)
def swedish_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def _idle(qtbot: QtBot, context: PageContext) -> None:
    qtbot.waitUntil(lambda: context.worker.pending() == 0, timeout=TIMEOUT)


def test_the_4r_list_buttons_are_named_in_whole_phrases(
    qtbot: QtBot, worker: Worker, database: Database, installation_info: InstallationInfo
) -> None:
    context = PageContext(worker, database, installation_info, EditRunner(worker))
    page = FourRPage(context)
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    with qtbot.waitSignal(page.figuresLoaded, timeout=TIMEOUT):
        page.show()
    names = [
        button.accessibleName()
        for button in (
            page.add_count_button,
            page.edit_count_button,
            page.delete_count_button,
            page.add_resource_button,
            page.edit_resource_button,
            page.delete_resource_button,
            page.add_action_button,
            page.edit_action_button,
            page.delete_action_button,
        )
    ]
    assert names == [
        "Add a count",
        "Edit the selected count",
        "Delete the selected count",
        "Add a resource",
        "Edit the selected resource",
        "Delete the selected resource",
        "Add an action",
        "Edit the selected action",
        "Delete the selected action",
    ]


@pytest.fixture
def central(empty_db_path: Path) -> Iterator[tuple[Database, InstallationInfo]]:
    opened = setup.open_application_database(setup.locate(empty_db_path), create=False)
    info = installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralen")
    yield opened.database, info
    opened.database.dispose()


def test_central_networks_list_shows_region_and_counts_whole(
    qtbot: QtBot, worker: Worker, central: tuple[Database, InstallationInfo]
) -> None:
    database, info = central
    networks.create_network(
        database, ids.new_id(), "SE31", "Nätverket för social ekonomi i Säffle", dt.date(2009, 9, 8)
    )
    context = PageContext(worker, database, info, EditRunner(worker))
    page = NetworksPage(context)
    qtbot.addWidget(page, before_close_func=lambda _page: _idle(qtbot, context))
    page.resize(1150, 700)
    with qtbot.waitSignal(page.networksLoaded, timeout=TIMEOUT):
        page.show()
    _idle(qtbot, context)
    view = page.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.columnWidth(COL_REGION) >= view.sizeHintForColumn(COL_REGION))
    for column in (COL_REGION, COL_MEMBERS, COL_BOARD):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        assert view.columnWidth(column) >= header.sectionSizeHint(column)
    assert header.sectionResizeMode(COL_NAME) == QHeaderView.ResizeMode.Stretch
    # Everything fits: no column runs past the list's right edge.
    assert header.length() <= view.viewport().width()
