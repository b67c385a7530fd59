"""Generated demo databases, cached by size and seed (generation takes about a minute)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"


def demo_database(companies: int, seed: int = 1) -> Path:
    """The path of a demo database of `companies` companies, generating it if needed.

    The cache key includes today's date because the demo is anchored to today.
    """
    from app.domain.demo import generate_demo_file

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{companies}-seed{seed}-{dt.date.today().isoformat()}.db"
    if path.exists():
        return path
    for stale in CACHE.glob(f"demo-{companies}-seed{seed}-*.db*"):
        if stale.is_dir():  # the backups a migration made of an older day's file
            shutil.rmtree(stale)
        else:
            stale.unlink()
    print(f"generating a {companies:,}-company demo database (cached in {CACHE})...", flush=True)
    generate_demo_file(path, companies=companies, seed=seed)
    return path
