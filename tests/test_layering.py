"""The dependency rule of DESIGN.md: which layer may import what."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import soul_desktop

PACKAGE = Path(soul_desktop.__file__).parent

# Layer -> soul_desktop sub-packages it may import (besides itself and the shared `paths`).
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "services": {"storage", "domain"},
    "sync": {"storage", "domain", "services"},
    "reports": {"storage", "domain", "services"},
    "ui": {"services", "sync", "reports", "domain"},
    "cli": {"services", "sync", "reports", "domain"},
}
THIRD_PARTY_ONLY_IN = {
    "PySide6": {"ui", "app"},
    "sqlalchemy": {"storage", "sync", "app", "cli"},
    "alembic": {"storage"},
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_each_layer_imports_only_what_it_may() -> None:
    problems = []
    for path in _modules():
        layer = _layer(path)
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "soul_desktop" and len(parts) > 1:
                target = parts[1]
                if target in (layer, "paths", "__init__") or layer not in ALLOWED:
                    continue
                if target == "domain" and layer == "domain":
                    continue
                if target not in ALLOWED[layer] and target != "__version__":
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
            elif parts[0] in THIRD_PARTY_ONLY_IN and layer not in THIRD_PARTY_ONLY_IN[parts[0]]:
                problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_no_module_outside_the_interface_loads_qt() -> None:
    names = []
    for path in _modules():
        if _layer(path) in ("ui", "app"):
            continue
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        names.append(".".join(parts))
    probe = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(sys.modules), loaded)\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(names) > 20
