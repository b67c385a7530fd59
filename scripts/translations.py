"""Tend's translations (UX-3): the Qt `.ts` sources and compiled `.qm` files in `app/i18n`.

    python scripts/translations.py          # update every .ts from the code, then compile
    python scripts/translations.py --check  # fail if a .ts is behind the code or a .qm
                                            # behind its .ts (the tests run this)

`pyside6-lupdate` reads every `tr()` / `QCoreApplication.translate()` of `app/` into each
language's `.ts` (new strings unfinished, removed ones dropped); a translator fills them
with Qt Linguist (`pyside6-linguist app/i18n/tend_pl.ts`); `pyside6-lrelease` compiles
each into the `.qm` the application loads. `tend_en.ts` holds only the English plural
forms (`%n`): Qt's source text is the form for many.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "app" / "i18n"
LANGUAGES = ("es", "pt_BR", "pl", "zh_CN", "en")


def _tool(name: str) -> str:
    """A PySide6 tool beside this Python (the virtual environment's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]').")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update(folder: Path) -> None:
    """Every language's .ts in `folder` brought up to the code's strings."""
    for language in LANGUAGES:
        ts = folder / f"tend_{language}.ts"
        args = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none"]
        if language == "en":
            args.append("-pluralonly")
        args += ["-source-language", "en", "-target-language", language, "-ts", str(ts)]
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def release(folder: Path) -> None:
    for language in LANGUAGES:
        ts = folder / f"tend_{language}.ts"
        qm = folder / f"tend_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True, capture_output=True,
        )  # fmt: skip


def check() -> list[str]:
    """What is out of date: each .ts updated and compiled in a scratch folder, compared."""
    behind = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            ts = I18N / f"tend_{language}.ts"
            if ts.exists():
                shutil.copy(ts, copy / ts.name)
        update(copy)
        release(copy)
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                name = f"tend_{language}{suffix}"
                if not (I18N / name).exists() or not filecmp.cmp(
                    I18N / name, copy / name, shallow=False
                ):
                    behind.append(name)
    return behind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is behind")
    if parser.parse_args().check:
        behind = check()
        for name in behind:
            print(f"out of date: app/i18n/{name} (run python scripts/translations.py)")
        return 1 if behind else 0
    I18N.mkdir(exist_ok=True)
    update(I18N)
    release(I18N)
    return 0


if __name__ == "__main__":
    sys.exit(main())
