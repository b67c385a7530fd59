"""Finding icons and style sheets in `resources/` (a source checkout or the installed copy)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def resource_dir() -> Path:
    """The `resources/` folder: beside `app/` in a checkout, `app/resources` when installed."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "resources", here / "resources"):
        if (candidate / "styles").is_dir():
            return candidate
    raise FileNotFoundError("Tend's resources folder is missing from this installation")


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons."""
    return QIcon(str(resource_dir() / "icons" / f"{name}.svg"))


def style_sheet() -> str:
    """The application style sheet."""
    return (resource_dir() / "styles" / "tend.qss").read_text(encoding="utf-8")
