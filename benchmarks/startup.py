"""startup_first_paint: process start to the main window's first paint on a big demo
database, beside a bare PySide6 window started the same way."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure

ROOT = Path(__file__).resolve().parent.parent


def _first_paint_ms(args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return (float(line.split()[1]) - started) * 1000
    raise RuntimeError(f"no first paint reported by {args}: {out.stdout}\n{out.stderr}")


def measure(database: Path, runs: int = 7) -> Figure:
    """Median first-paint time of Tend and of the bare window, alternating runs."""
    # A user's start reads the compiled bytecode Python wrote on the first one (and a
    # bundle ships it): compile it now, and let the runs use it, whatever this shell says.
    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    with tempfile.TemporaryDirectory() as config:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "TEND_EXIT_AFTER_FIRST_PAINT": "1",
            "TEND_CONFIG_DIR": config,
        }
        tend, bare = [], []
        for _ in range(runs):
            tend.append(_first_paint_ms(["-m", "app", "--db", str(database)], env))
            bare.append(_first_paint_ms([str(ROOT / "benchmarks" / "bare_window.py")], env))
    return Figure.of(
        "startup_first_paint", tend, bare, f"{database.name}; floor: bare PySide6 window"
    )
