"""A floor made of the product's own SQL: the statements an action ran, captured once,
then replayed on a raw sqlite3 connection (no ORM, no Qt) in the same run."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def captured(
    engine: Any, action: Callable[[], object], this_thread_only: bool = False
) -> list[tuple[str, Any]]:
    """The SQL statements (with their parameters) that `action` runs on `engine` (only
    those of the calling thread, not of the reads it starts elsewhere, when asked)."""
    import threading

    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []
    caller = threading.get_ident()

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        if not this_thread_only or threading.get_ident() == caller:
            statements.append((sql, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return statements


@contextmanager
def raw_replay(database: Path, statements: list[tuple[str, Any]]) -> Iterator[Callable[[], None]]:
    """A function that runs `statements` on a raw sqlite3 connection to `database`.

    The connection leaves transactions to the statements, as the product's does
    (app/store/transactions.py): each captured BEGIN starts one, and the one open before
    it (or at the end) is rolled back, as the product's session gives its connection back."""
    raw = sqlite3.connect(database, isolation_level=None)

    def replay() -> None:
        for sql, params in statements:
            if raw.in_transaction and sql.startswith("BEGIN"):
                raw.rollback()
            raw.execute(sql, params).fetchall()
        if raw.in_transaction:
            raw.rollback()

    try:
        yield replay
    finally:
        raw.close()
