"""Command line: no arguments opens the window; `tend demo` generates a demo workspace."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tend", description="Tend, the Customer Success workspace on the desktop."
    )
    parser.add_argument("--version", action="version", version=f"Tend {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="open this database file (default: the user data directory)"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="generate a demo workspace into a new database file")
    demo.add_argument("--companies", type=int, default=300, metavar="N", help="default 300")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="default 1")
    demo.add_argument("--db", dest="demo_db", metavar="PATH", help="default: the user data file")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    check = sub.add_parser("check", help="check a workspace file for damage (reads only)")
    check.add_argument("--db", dest="check_db", metavar="PATH", help="default: the user data file")
    return parser


def run_check(path: Path) -> int:
    """Check the whole file with SQLite's quick_check, reading only: 0 when it is whole,
    1 when it is damaged (naming the latest backup), 2 when it is not a Tend file."""
    from app.store.backups import latest_backup
    from app.store.tend_file import FileDamaged, NotATendFile, check_integrity, check_tend_file

    if not path.exists():
        print(f"tend check: {path} does not exist", file=sys.stderr)
        return 2
    try:
        check_tend_file(path)
        check_integrity(path, full=True)
    except NotATendFile as exc:
        print(f"tend check: {exc}", file=sys.stderr)
        return 2
    except FileDamaged as exc:
        print(f"tend check: {exc}", file=sys.stderr)
        backup = latest_backup(path)
        if backup is not None:
            print(f"The latest backup is {backup.path} (taken {backup.taken_at:%Y-%m-%d %H:%M} "
                  "UTC); open the file in Tend to be offered it.", file=sys.stderr)  # fmt: skip
        return 1
    print(f"{path}: no damage found")
    return 0


def run_demo(path: Path, companies: int, seed: int, force: bool) -> int:
    """Generate the demo into a new file at `path`, printing progress."""
    from app.domain.demo import generate_demo_file
    from app.store.tend_file import NotATendFile

    if companies < 1:
        print("tend demo: --companies must be at least 1", file=sys.stderr)
        return 2
    if path.exists() and not force:
        print(f"tend demo: {path} already exists; add --force to replace it", file=sys.stderr)
        return 2
    started = time.perf_counter()
    last = [""]

    def progress(phase: str, fraction: float) -> None:
        line = f"  {phase:<24} {fraction * 100:5.1f}%"
        if line != last[0]:
            last[0] = line
            print(line, flush=True)

    print(f"Generating a demo workspace with {companies:,} companies (seed {seed}) into {path}")
    try:
        summary = generate_demo_file(
            path, companies=companies, seed=seed, progress=progress, replace=force
        )
    except (NotATendFile, FileExistsError) as exc:
        print(f"tend demo: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Cancelled; nothing was written to the file.", file=sys.stderr)
        return 130
    elapsed = time.perf_counter() - started
    counts = ", ".join(f"{v:,} {k}" for k, v in summary.counts.items())
    print(f"Done in {elapsed:.1f} s: {counts}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The `tend` console script."""
    args = _parser().parse_args(argv)
    from app.config import default_database

    if args.command == "demo":
        path = Path(args.demo_db or args.db or default_database()).expanduser()
        return run_demo(path, args.companies, args.seed, args.force)
    if args.command == "check":
        return run_check(Path(args.check_db or args.db or default_database()).expanduser())
    from app.views.application import run_gui

    if args.db:
        return run_gui(Path(args.db).expanduser(), chosen=True)
    return run_gui(default_database())
