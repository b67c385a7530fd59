"""Build Tend's one-folder desktop bundle with PyInstaller, and smoke-test it (issue 16 item 7).

    pip install -e '.[build]'
    python scripts/build_bundle.py            # dist/tend/ (and dist/Tend.app on macOS)
    python scripts/build_bundle.py --smoke    # build, then run the built program
    python scripts/build_bundle.py --smoke-only

The icons (Windows .ico, macOS .icns) are rendered from resources/icons/tend.svg with Qt
into build/icons. The smoke test runs the built program as a user would, offscreen: its
version, `tend demo` into a new file, `tend check` on it, and the window opened on that
file to its first paint (the Summary with its content), each within a time limit. `.ci/run`
runs it when TEND_BUNDLE=1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICONS = WORK / "icons"


def render_icons() -> None:
    """tend.ico and tend.icns from the SVG, through Qt's image writers."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "tend.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/tend.svg cannot be read")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    ICONS.mkdir(parents=True, exist_ok=True)
    for suffix, kind in ((".ico", "ICO"), (".icns", "ICNS")):
        if not image.save(str(ICONS / f"tend{suffix}"), kind):
            raise SystemExit(f"Qt could not write the {kind} icon")
    del _app


def build() -> None:
    render_icons()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
        str(ROOT / "build.spec"),
    ]  # fmt: skip
    print("building the bundle:", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"built {program()} in {time.monotonic() - started:.0f} s", flush=True)


def program(cli: bool = False) -> Path:
    """The built program: tend-cli for commands on Windows and macOS, tend on Linux."""
    if sys.platform == "win32":
        return DIST / "tend" / ("tend-cli.exe" if cli else "tend.exe")
    if sys.platform == "darwin":
        return DIST / "Tend.app" / "Contents" / "MacOS" / ("tend-cli" if cli else "tend")
    return DIST / "tend" / "tend"


def _run(args: list[str], env: dict[str, str], timeout: float) -> str:
    started = time.monotonic()
    out = subprocess.run(
        [str(program(cli=True)), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    took = time.monotonic() - started
    if out.returncode != 0:
        raise SystemExit(
            f"smoke test: `tend {' '.join(args)}` exited {out.returncode} after {took:.1f} s\n"
            f"{out.stdout}\n{out.stderr}"
        )
    print(f"  tend {' '.join(args)}: ok in {took:.1f} s", flush=True)
    return out.stdout


def smoke() -> None:
    """Run the built program to its first paint on a demo file it generated itself."""
    if not program().exists():
        raise SystemExit(f"smoke test: {program()} was not built")
    print(f"smoke test of {program()}:", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "TEND_CONFIG_DIR": str(home / "config"),
            "TEND_DATA_DIR": str(home / "data"),
        }
        env.pop("PYTHONPATH", None)  # the bundle carries everything it needs
        version = _run(["--version"], env, 60)
        if not version.startswith("Tend "):
            raise SystemExit(f"smoke test: --version printed {version!r}")
        demo = home / "demo.db"
        # 5,000 companies: enough for the demo's helper process (demo/helper.PARALLEL_FROM),
        # which a frozen program starts through multiprocessing.freeze_support.
        _run(["demo", "--companies", "5000", "--db", str(demo)], env, 600)
        report = _run(["check", "--db", str(demo)], env, 120)
        # The window from the console program: a windowed one has no stdout to report on.
        painted = _run(["--db", str(demo)], {**env, "TEND_EXIT_AFTER_FIRST_PAINT": "1"}, 120)
        if "FIRST_PAINT " not in painted:
            raise SystemExit(f"smoke test: the window reported no first paint\n{painted}")
        print(f"  check said: {report.strip().splitlines()[-1] if report.strip() else '(nothing)'}")
    print("smoke test passed", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="run the smoke test after building")
    parser.add_argument("--smoke-only", action="store_true", help="test an existing build")
    args = parser.parse_args()
    if not args.smoke_only:
        build()
    if args.smoke or args.smoke_only:
        smoke()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
