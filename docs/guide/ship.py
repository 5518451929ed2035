"""Copy the user guide and the screenshots it uses into resources/guide/, as the app ships it.

docs/guide/anvandarguide.md points at ../screenshots/; the shipped copy points at bilder/.
Run from anywhere: `.venv/bin/python docs/guide/ship.py`.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "docs" / "guide" / "anvandarguide.md"
TARGET = ROOT / "resources" / "guide"
IMAGE = re.compile(r"!\[[^\]]*\]\(\.\./screenshots/([^)]+)\)")


def shipped_text(text: str) -> str:
    return text.replace("](../screenshots/", "](bilder/")


def main() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    pictures = TARGET / "bilder"
    if pictures.exists():
        shutil.rmtree(pictures)
    pictures.mkdir(parents=True)
    for name in IMAGE.findall(text):
        shutil.copy2(ROOT / "docs" / "screenshots" / name, pictures / name)
    (TARGET / SOURCE.name).write_text(shipped_text(text), encoding="utf-8")


if __name__ == "__main__":
    main()
