"""A replica's sync in a process of its own, for tests/sync/test_kill_replica.py: it
stops at the worst moment of a push or a pull, says so in a file, and waits to be killed.

    python -m tests.sync.replica_process DB URL push|pull|finish READY
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from app.domain.sync import apply, push
from app.domain.sync.run import sync_once
from app.store.engine import open_database


def _stall(ready: Path) -> None:
    ready.write_text("stalled")
    time.sleep(120)  # killed long before


def main(db_path: str, url: str, mode: str, ready: str) -> None:
    db = open_database(Path(db_path))
    server = create_engine(url)
    if mode == "push":  # the server committed the push; its answer is never stored

        def record(*_args: Any) -> Any:
            _stall(Path(ready))

        push._record = record  # type: ignore[assignment]
    elif mode == "pull":  # the page's rows written, the local transaction not committed
        real = apply.write_rows

        def write_rows(session: Any, rows: Any) -> None:
            real(session, rows)
            session.flush()
            _stall(Path(ready))

        apply.write_rows = write_rows
        import app.domain.sync.pull as pull

        pull.write_rows = write_rows
    sync_once(db, server)
    Path(ready).write_text("done")


if __name__ == "__main__":
    main(*sys.argv[1:5])
